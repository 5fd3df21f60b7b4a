"""WordprocessingML vocabulary: namespaces, the element names read in several
places, and small readers of the ``w:val`` properties Word hangs on them.

Element names are lxml's Clark notation ("{namespace}local"), named here
after their local names (``W_PPR`` is ``w:pPr``). Names only one module reads
live in that module.
"""

from __future__ import annotations

from lxml import etree

Element = etree._Element

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"

# w:ilvl counts from 0 and Word lists have nine levels.
DEEPEST_LIST_LEVEL = 8
# w:outlineLvl 0-8 are heading levels 1-9; 9 means body text.
OUTLINE_LEVELS = 9

# On/off properties (w:b, w:vanish) are on unless w:val says otherwise.
_FALSE_VALUES = frozenset({"0", "false", "off", "none"})


def w(tag: str) -> str:
    """The Clark name of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{tag}"


W_VAL = w("val")
W_P, W_R, W_T = w("p"), w("r"), w("t")
W_PPR, W_RPR = w("pPr"), w("rPr")
W_PSTYLE = w("pStyle")
W_NUMPR, W_NUMID, W_ILVL, W_OUTLINE_LVL = w("numPr"), w("numId"), w("ilvl"), w("outlineLvl")
W_B, W_VANISH = w("b"), w("vanish")
W_CAPS, W_SMALL_CAPS = w("caps"), w("smallCaps")
W_SDT, W_SDT_PR, W_SDT_CONTENT = w("sdt"), w("sdtPr"), w("sdtContent")
MC_ALTERNATE_CONTENT = f"{{{MC_NS}}}AlternateContent"
_MC_CHOICE, _MC_FALLBACK = f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"


def first_child(parent: Element, tag: str) -> Element | None:
    """``parent.find(tag)`` for a plain tag name, without parsing it as a path (the body reader asks
    this several times of every paragraph and run). A Python loop over the children beats lxml's
    tag-filtered iterator here: a paragraph or run holds one or two children, its properties first."""
    for child in parent:
        if child.tag == tag:
            return child
    return None


def child_val(parent: Element | None, tag: str) -> str | None:
    """The w:val of ``parent``'s child ``tag``, or None."""
    if parent is None:
        return None
    child = first_child(parent, tag)
    return None if child is None else child.get(W_VAL)


def parse_int(text: str | None, default: int | None = None) -> int | None:
    """``text`` as an integer; ``default`` when it is missing or not a number."""
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def toggle(parent: Element | None, tag: str) -> bool | None:
    """An on/off property (w:b, w:vanish): None when not set at this level."""
    if parent is None:
        return None
    child = first_child(parent, tag)
    if child is None:
        return None
    return child.get(W_VAL, "true").lower() not in _FALSE_VALUES


def heading_from_outline(outline: int | None) -> int | None:
    """The heading level an outline level gives (outlineLvl 0 is the top level), or None."""
    if outline is None or not 0 <= outline < OUTLINE_LEVELS:
        return None
    return outline + 1


def chosen_branch(alternate: Element) -> Element | None:
    """The branch of mc:AlternateContent to read: the first Choice, else Fallback.

    Reading both would duplicate text boxes, which Word writes twice (DrawingML
    in the Choice, VML in the Fallback).
    """
    choice = alternate.find(_MC_CHOICE)
    return choice if choice is not None else alternate.find(_MC_FALLBACK)
