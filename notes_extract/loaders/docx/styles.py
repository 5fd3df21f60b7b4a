"""The style sheet (styles.xml): what a paragraph or character style makes of its text.

Styles inherit through w:basedOn, so every question (bold? hidden? heading
level? list numbering?) is answered by the nearest style in the chain that
says. Heading levels come from the style's name ("heading 2", "Title"), its
id, or its outline level; list depth also from Word's "List Bullet N" names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.docx.package import Package
from notes_extract.loaders.docx.wordml import (
    W_B,
    W_CAPS,
    W_ILVL,
    W_NUMID,
    W_NUMPR,
    W_OUTLINE_LVL,
    W_PPR,
    W_RPR,
    W_SMALL_CAPS,
    W_VANISH,
    Element,
    child_val,
    heading_from_outline,
    parse_int,
    toggle,
    w,
)

_HEADING_NAME = lazy_compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_TITLE_NAME = lazy_compile(r"^title$", re.IGNORECASE)
# "List Bullet 2" / "List Number 3": Word's built-in list styles carry the
# nesting depth in their name while their numbering is single-level.
_LIST_STYLE_NAME = lazy_compile(r"^list\s*(?:bullet|number)(?:\s*([1-9]))?$", re.IGNORECASE)

_Answer = TypeVar("_Answer")


@dataclass(frozen=True)
class Style:
    """One w:style, as far as the loader cares; None means "not set here, ask the parent"."""

    style_id: str
    name: str
    based_on: str | None
    bold: bool | None
    hidden: bool | None
    caps: bool | None  # w:caps or w:smallCaps: shown in capitals whatever was typed
    outline: int | None
    num_id: str | None
    ilvl: int | None


@dataclass
class Styles:
    """The style sheet; a style is parsed only when the body first uses it.

    Style sheets hold hundreds of styles and a document uses a dozen, so
    parsing them all up front would cost more than walking the body.
    """

    elements: dict[str, Element] = field(default_factory=dict)
    default_paragraph: str | None = None
    default_bold: bool = False
    default_hidden: bool = False
    default_caps: bool = False
    _parsed: dict[str, Style] = field(default_factory=dict, init=False, repr=False)
    _chains: dict[str, tuple[Style, ...]] = field(default_factory=dict, init=False, repr=False)
    _answers: dict[tuple[str, str | None], Any] = field(default_factory=dict, init=False, repr=False)

    def memo(self, question: str, style_id: str | None, answer: Callable[[], _Answer]) -> _Answer:
        """``answer()`` to ``question`` about a style, worked out once per style sheet: the body asks
        it of every paragraph, and a document uses a dozen styles."""
        key = (question, style_id)
        if key not in self._answers:
            self._answers[key] = answer()
        return self._answers[key]

    def get(self, style_id: str) -> Style | None:
        style = self._parsed.get(style_id)
        if style is None:
            element = self.elements.get(style_id)
            if element is None:
                return None
            style = self._parsed[style_id] = parse_style(style_id, element)
        return style

    def chain(self, style_id: str | None) -> tuple[Style, ...]:
        """The style and its ancestors, nearest first (cycles cut)."""
        if style_id is None:
            return ()
        cached = self._chains.get(style_id)
        if cached is not None:
            return cached
        out: list[Style] = []
        seen: set[str] = set()
        current: str | None = style_id
        while current is not None and current not in seen:
            style = self.get(current)
            if style is None:
                break
            seen.add(current)
            out.append(style)
            current = style.based_on
        result = tuple(out)
        self._chains[style_id] = result
        return result

    def bold(self, style_id: str | None) -> bool | None:
        return next((s.bold for s in self.chain(style_id) if s.bold is not None), None)

    def hidden(self, style_id: str | None) -> bool | None:
        return next((s.hidden for s in self.chain(style_id) if s.hidden is not None), None)

    def caps(self, style_id: str | None) -> bool | None:
        return next((s.caps for s in self.chain(style_id) if s.caps is not None), None)

    def heading_level(self, style_id: str | None) -> int | None:
        """Heading level a paragraph style gives: its name, else its outline level."""
        return self.memo("heading level", style_id, lambda: self._heading_level(style_id))

    def _heading_level(self, style_id: str | None) -> int | None:
        if style_id is None:
            return None
        chain = self.chain(style_id)
        if not chain:  # unknown style: its id is all there is ("Heading2")
            return heading_from_name(style_id)
        for style in chain:
            level = heading_from_name(style.name)
            if level is None:  # ids like "Heading2" survive renamed display names
                level = heading_from_name(style.style_id)
            if level is not None:
                return level
            if style.outline is not None:
                return heading_from_outline(style.outline)
        return None

    def numbering(self, style_id: str | None) -> tuple[str, int | None, str] | None:
        """(numId, ilvl, style id) of the nearest style in the chain with numbering."""
        for style in self.chain(style_id):
            if style.num_id is not None:
                return style.num_id, style.ilvl, style.style_id
        return None

    def list_depth(self, style_id: str | None) -> int | None:
        """Nesting depth implied by a "List Bullet N"/"List Number N" style name."""
        return self.memo("list depth", style_id, lambda: self._list_depth(style_id))

    def _list_depth(self, style_id: str | None) -> int | None:
        if style_id is None:
            return None
        style = self.get(style_id)
        for name in (style.name if style else "", style_id):
            match = _LIST_STYLE_NAME.match(name)
            if match:
                return int(match.group(1) or 1) - 1
        return None


def heading_from_name(name: str) -> int | None:
    """Level of a "heading N" / "Title" style name (Title counts as level 1)."""
    if _TITLE_NAME.match(name):
        return 1
    match = _HEADING_NAME.match(name)
    return int(match.group(1)) if match else None


def read_styles(package: Package, part: str | None) -> Styles:
    """The style sheet in ``part`` (empty when there is none): defaults and styles by id."""
    root = package.xml_if_present(part)
    styles = Styles()
    if root is None:
        return styles
    defaults = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{W_RPR}")
    styles.default_bold = bool(toggle(defaults, W_B))
    styles.default_hidden = bool(toggle(defaults, W_VANISH))
    styles.default_caps = bool(shown_in_capitals(defaults))
    style_id_attr, default_attr, type_attr = w("styleId"), w("default"), w("type")
    for element in root.iterchildren(w("style")):
        style_id = element.get(style_id_attr)
        if not style_id:
            continue
        styles.elements.setdefault(style_id, element)
        is_default = (element.get(default_attr) or "").lower() in ("1", "true", "on")
        if is_default and element.get(type_attr, "paragraph") == "paragraph":
            styles.default_paragraph = style_id
    return styles


def parse_style(style_id: str, element: Element) -> Style:
    """The properties of one w:style element set at its own level."""
    ppr = element.find(W_PPR)
    rpr = element.find(W_RPR)
    numpr = ppr.find(W_NUMPR) if ppr is not None else None
    return Style(
        style_id=style_id,
        name=(child_val(element, w("name")) or style_id).strip(),
        based_on=child_val(element, w("basedOn")),
        bold=toggle(rpr, W_B),
        hidden=toggle(rpr, W_VANISH),
        caps=shown_in_capitals(rpr),
        outline=parse_int(child_val(ppr, W_OUTLINE_LVL)),
        num_id=child_val(numpr, W_NUMID),
        ilvl=parse_int(child_val(numpr, W_ILVL)),
    )


def shown_in_capitals(rpr: Element | None) -> bool | None:
    """Whether run properties show text in capitals (w:caps, or w:smallCaps, capitals to a reader);
    None when neither is set at this level."""
    values = [toggle(rpr, tag) for tag in (W_CAPS, W_SMALL_CAPS)]
    return None if values == [None, None] else any(values)
