"""OpenDocument styles: which paragraph styles are headings or bold, and how list levels are numbered.

A style may set a property or inherit it from its parent
(``style:parent-style-name``); automatic styles (content.xml) usually only
add a revision id to a named style, so the chain is followed to the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from notes_extract.loaders.docx.wordml import Element
from notes_extract.loaders.odf.names import fo, style, text

# Parent chains longer than this are cycles or hostile; the walk stops there.
MAX_STYLE_CHAIN = 32
# fo:font-weight values that read as bold.
_BOLD_WEIGHTS = frozenset({"bold", "600", "700", "800", "900"})
# Named styles that act as a top-level heading without an outline level.
_TITLE_STYLES = frozenset({"Title"})


@dataclass(frozen=True)
class ParagraphStyle:
    parent: str | None = None
    bold: bool | None = None  # None: not set here, inherited
    outline_level: int | None = None
    list_style: str | None = None


@dataclass(frozen=True)
class ListLevel:
    """One level of a list style: a number format ("1", "a", "i", "A", "I") or a bullet ("")."""

    num_format: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    display_levels: int = 1


@dataclass
class Styles:
    """Every paragraph/text style and list style a document defines, by name."""

    styles: dict[str, ParagraphStyle] = field(default_factory=dict)
    lists: dict[str, dict[int, ListLevel]] = field(default_factory=dict)
    # Boldness and heading level by style name, worked out once: the body asks them of every paragraph.
    _bold: dict[str | None, bool | None] = field(default_factory=dict, init=False, repr=False)
    _heading: dict[str | None, int | None] = field(default_factory=dict, init=False, repr=False)

    def add_from(self, container: Element | None) -> None:
        """Read the styles under an office:styles or office:automatic-styles element."""
        self._bold.clear()
        self._heading.clear()
        if container is None:
            return
        for child in container:
            if child.tag == style("style"):
                name = child.get(style("name"))
                if name:
                    self.styles[name] = _paragraph_style(child)
            elif child.tag == text("list-style"):
                name = child.get(style("name"))
                if name:
                    self.lists[name] = _list_levels(child)

    def _chain(self, name: str | None) -> list[ParagraphStyle]:
        chain: list[ParagraphStyle] = []
        while name and name in self.styles and len(chain) < MAX_STYLE_CHAIN:
            chain.append(self.styles[name])
            name = self.styles[name].parent
        return chain

    def bold_of(self, name: str | None) -> bool | None:
        """Whether a style makes text bold: True/False where its chain says, None where it is silent."""
        if name not in self._bold:
            self._bold[name] = next((found.bold for found in self._chain(name) if found.bold is not None), None)
        return self._bold[name]

    def heading_level(self, name: str | None) -> int | None:
        """The outline level a paragraph style gives (Heading 2 → 2), or None for body text."""
        if name not in self._heading:
            self._heading[name] = self._heading_level(name)
        return self._heading[name]

    def _heading_level(self, name: str | None) -> int | None:
        current = name
        for found in self._chain(name):
            if found.outline_level:
                return found.outline_level
            if current in _TITLE_STYLES:
                return 1
            current = found.parent
        return None

    def list_style_of(self, name: str | None) -> str | None:
        for found in self._chain(name):
            if found.list_style:
                return found.list_style
        return None

    def list_level(self, list_style: str | None, level: int) -> ListLevel:
        levels = self.lists.get(list_style or "", {})
        return levels.get(level, ListLevel())


def _paragraph_style(element: Element) -> ParagraphStyle:
    props = element.find(style("text-properties"))
    weight = props.get(fo("font-weight")) if props is not None else None
    outline = element.get(style("default-outline-level"))
    return ParagraphStyle(
        parent=element.get(style("parent-style-name")),
        bold=None if weight is None else weight in _BOLD_WEIGHTS,
        outline_level=int(outline) if outline and outline.isdigit() else None,
        list_style=element.get(style("list-style-name")),
    )


def _list_levels(element: Element) -> dict[int, ListLevel]:
    levels: dict[int, ListLevel] = {}
    for child in element:
        raw = child.get(text("level"), "1")
        level = int(raw) if raw.isdigit() else 1
        if child.tag == text("list-level-style-number"):
            start = child.get(text("start-value"), "1")
            shown = child.get(text("display-levels"), "1")
            levels[level] = ListLevel(
                num_format=child.get(style("num-format"), "1") or "",
                prefix=child.get(style("num-prefix"), ""), suffix=child.get(style("num-suffix"), ""),
                start=int(start) if start.isdigit() else 1, display_levels=int(shown) if shown.isdigit() else 1)
        else:
            levels[level] = ListLevel()
    return levels
