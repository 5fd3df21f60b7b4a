"""List markers cut from their text: a list copied from a web page or a Word document often leaves each item's
number on a line of its own ("1)" / "10:07 AM call to order", "a." / "Steering Committee meetings are ...").
Each such marker is put back before the line it numbers, so the item reads as typed."""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile

# "1)", "12.", "a.", "iv)", "(b)", "•": a marker, alone on its line.
_LONE_MARKER = lazy_compile(r"^(?P<indent>[ \t]*)(?P<marker>(?:\d{1,3}|[A-Za-z]|[ivxIVX]{2,5})[.)]"
                            r"|\(\s*(?:\d{1,3}|[A-Za-z]|[ivxIVX]{2,5})\s*\)|[•·▪◦‣●○■□➢►])[ \t]*$")
# A file cuts its markers so only where this many are found (one alone may be a stray "a." or a footnote's "1.").
MIN_LONE_MARKERS = 3


def join_lone_markers(lines: list[str]) -> list[str]:
    """The lines, each marker alone on its line joined to the text on the next line."""
    lone = [i for i in range(len(lines) - 1) if _LONE_MARKER.match(lines[i]) and lines[i + 1].strip()
            and not _LONE_MARKER.match(lines[i + 1])]
    if len(lone) < MIN_LONE_MARKERS:
        return lines
    out = list(lines)
    for i in lone:
        m = _LONE_MARKER.match(lines[i])
        assert m is not None
        out[i + 1] = f"{m['indent']}{m['marker']} {lines[i + 1].strip()}"
    joined = set(lone)
    return [line for i, line in enumerate(out) if i not in joined]
