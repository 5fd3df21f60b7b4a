"""The text of one OpenDocument paragraph or heading: runs with their boldness, and frames it anchors.

Spaces are elements in ODF (text:s with a count, text:tab, text:line-break);
notes, annotations and hidden text are not what a reader sees in the line
and are left out; text boxes anchored in the paragraph are handed back so
the body reader can put their paragraphs after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from notes_extract.loaders.docx.wordml import Element
from notes_extract.loaders.odf.names import draw, office, text
from notes_extract.loaders.odf.styles import Styles

# A text:s element may claim any count of spaces; more than this is one wide gap.
MAX_SPACE_RUN = 16
# Inline elements whose content is not part of the visible line.
_SKIPPED = frozenset({
    text("note"), office("annotation"), office("annotation-end"), text("hidden-text"), text("hidden-paragraph"),
    text("bookmark-start"), text("bookmark-end"), text("reference-mark-start"), text("reference-mark-end"),
    text("change-start"), text("change-end"), text("change"), text("soft-page-break"), text("number"),
    text("ruby-text"),
})  # fmt: skip
_FRAME = draw("frame")
_TEXT_BOX = draw("text-box")
_SPACES, _SPACE_COUNT, _STYLE_NAME = text("s"), text("c"), text("style-name")
_ONE_SPACE = frozenset({text("tab"), text("line-break")})


@dataclass
class LineText:
    """A paragraph's text as runs of (text, bold), plus the text boxes anchored in it."""

    runs: list[tuple[str, bool]] = field(default_factory=list)
    boxes: list[Element] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(run for run, _ in self.runs)

    def lead_bold(self) -> str:
        """The bold text the line starts with ("" when it starts in plain type)."""
        if not self.runs or not self.runs[0][1] and self.runs[0][0].strip():
            return ""  # (most lines: the first run plain and not blank)
        lead: list[str] = []
        for run, bold in self.runs:
            if bold:
                lead.append(run)
            elif run.strip():
                break
            else:
                lead.append(run)
        return " ".join("".join(lead).split())


def read_line(paragraph: Element, styles: Styles, bold: bool) -> LineText:
    """The runs of a text:p or text:h whose paragraph style makes it ``bold`` (or not)."""
    line = LineText()
    _read_into(paragraph, styles, bold, line)
    return line


def _read_into(element: Element, styles: Styles, bold: bool, line: LineText) -> None:
    if element.text:
        line.runs.append((element.text, bold))
    for child in element:
        tag = child.tag
        if tag == _SPACES:
            count = child.get(_SPACE_COUNT, "1")
            line.runs.append((" " * min(int(count) if count.isdigit() else 1, MAX_SPACE_RUN), bold))
        elif tag in _ONE_SPACE:
            line.runs.append((" ", bold))
        elif tag == _FRAME:
            line.boxes.extend(box for box in child if box.tag == _TEXT_BOX)
        elif tag not in _SKIPPED and isinstance(tag, str):
            own = styles.bold_of(child.get(_STYLE_NAME))
            _read_into(child, styles, bold if own is None else own, line)
        if child.tail:
            line.runs.append((child.tail, bold))


def number_label(paragraph: Element) -> str | None:
    """The number a heading or list paragraph stores for itself (text:number), if any."""
    found = paragraph.find(text("number"))
    if found is None:
        return None
    label = "".join(found.itertext()).strip()
    return label or None
