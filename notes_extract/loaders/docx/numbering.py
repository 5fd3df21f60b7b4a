"""List definitions from numbering.xml: the levels each numId counts with.

A paragraph names a list by numId (w:num), which points to an abstract
definition (w:abstractNum) holding the levels' formats, texts and starts; a
definition may defer to a list style (w:numStyleLink), and a w:num may
override single levels or their start values. What is read here is the
result of all of that, per numId. Counting is `counters`' business.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from notes_extract.loaders.docx.package import Package
from notes_extract.loaders.docx.styles import Styles
from notes_extract.loaders.docx.wordml import W_ILVL, W_NUMID, W_PSTYLE, Element, child_val, parse_int, toggle, w


@dataclass(frozen=True)
class ListLevel:
    """One w:lvl: how items at this level are numbered."""

    fmt: str  # w:numFmt: "decimal", "lowerRoman", "bullet", ...
    text: str  # w:lvlText: "%1.%2)", where %N is level N's counter
    start: int
    legal: bool  # w:isLgl: every level's counter shown in digits
    style_id: str | None  # the paragraph style linked to this level


@dataclass(frozen=True)
class ListDefinition:
    """The levels of the list one numId names, its overrides applied."""

    levels: dict[int, ListLevel]


@dataclass
class Numbering:
    """The document's lists by numId."""

    lists: dict[str, ListDefinition] = field(default_factory=dict)

    def level(self, num_id: str, ilvl: int) -> ListLevel | None:
        definition = self.lists.get(num_id)
        return None if definition is None else definition.levels.get(ilvl)

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        """The level a style is linked to (w:lvl/w:pStyle), as in outline numbering."""
        definition = self.lists.get(num_id)
        if definition is None:
            return None
        return next((i for i, lvl in definition.levels.items() if lvl.style_id == style_id), None)


def parse_level(element: Element) -> tuple[int, ListLevel]:
    """(ilvl, level) of one w:lvl element."""
    ilvl = parse_int(element.get(W_ILVL), 0) or 0
    return ilvl, ListLevel(
        fmt=child_val(element, w("numFmt")) or "decimal",
        text=child_val(element, w("lvlText")) or "",
        start=parse_int(child_val(element, w("start")), 1) or 0,
        legal=toggle(element, w("isLgl")) is True,
        style_id=child_val(element, W_PSTYLE),
    )


def read_numbering(package: Package, part: str | None, styles: Styles) -> Numbering:
    """The lists defined in ``part`` (none when there is no numbering part)."""
    root = package.xml_if_present(part)
    numbering = Numbering()
    if root is None:
        return numbering
    abstracts, style_links = _abstract_definitions(root)
    num_abstract: dict[str, str] = {}  # numId -> abstractNumId
    num_elements: dict[str, Element] = {}
    for element in root.iterchildren(w("num")):
        num_id = element.get(W_NUMID)
        if num_id is None:
            continue
        num_abstract[num_id] = child_val(element, w("abstractNumId")) or ""
        num_elements[num_id] = element
    for num_id, abstract_id in num_abstract.items():
        levels = dict(abstract_levels(abstract_id, abstracts, style_links, num_abstract, styles))
        apply_overrides(levels, num_elements[num_id])
        numbering.lists[num_id] = ListDefinition(levels)
    return numbering


def _abstract_definitions(root: Element) -> tuple[dict[str, dict[int, ListLevel]], dict[str, str]]:
    """The levels of each w:abstractNum, and the numbering style each one that links defers to."""
    abstract_id_attr = w("abstractNumId")
    abstracts: dict[str, dict[int, ListLevel]] = {}
    style_links: dict[str, str] = {}  # abstractNumId -> numbering style it defers to
    for element in root.iterchildren(w("abstractNum")):
        key = element.get(abstract_id_attr) or ""
        abstracts[key] = dict(parse_level(lvl) for lvl in element.iterchildren(w("lvl")))
        link = child_val(element, w("numStyleLink"))
        if link:
            style_links[key] = link
    return abstracts, style_links


def abstract_levels(
    abstract_id: str,
    abstracts: dict[str, dict[int, ListLevel]],
    style_links: dict[str, str],
    num_abstract: dict[str, str],
    styles: Styles,
) -> dict[int, ListLevel]:
    """An abstract numbering's levels, following w:numStyleLink to the list style."""
    seen: set[str] = set()
    while abstract_id in style_links and abstract_id not in seen:
        seen.add(abstract_id)
        linked = styles.numbering(style_links[abstract_id])
        if linked is None or linked[0] not in num_abstract:
            break
        abstract_id = num_abstract[linked[0]]
    return abstracts.get(abstract_id, {})


def apply_overrides(levels: dict[int, ListLevel], num: Element) -> None:
    """Apply a w:num's w:lvlOverride elements: a whole new level, or just a new start."""
    for override in num.iterchildren(w("lvlOverride")):
        ilvl = parse_int(override.get(W_ILVL), 0) or 0
        replacement = override.find(w("lvl"))
        if replacement is not None:
            levels[ilvl] = parse_level(replacement)[1]
        start = parse_int(child_val(override, w("startOverride")))
        if start is not None and ilvl in levels:
            levels[ilvl] = dataclasses.replace(levels[ilvl], start=start)
