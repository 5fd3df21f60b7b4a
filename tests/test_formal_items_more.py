"""Formal item structure, second part: minute books kept on one line, bold lead-ins, agenda-worded
items, apologies and declarations under numbered items, and the next meeting's item.

Every snippet is invented."""

from __future__ import annotations

from notes_extract import extract_text
from notes_extract.loaders.text.gapped import ungap_lines

_GAP = " " * 7
_MINUTE_BOOK = ("Minutes of meeting of the Board held in the Town Hall on Tuesday 3rd May 1910." + "\n\n" + _GAP.join([
    "PRESENT : Messrs Allen, Baxter and Crane.",
    "The Minutes of the previous meeting were read and confirmed.",
    "Water Supply   Concerning the new reservoir it was resolved that the engineer report on the cost "
    "of the works before the next meeting of the Board.",
    "Street Lighting   Mr Allen moved and Mr Baxter seconded “That six new lamps be erected in the "
    "main street”. This was carried.",
    "Dog Tax   It was resolved that the tax remain as last year.",
    "Confirmed",
]) + "\n")


def test_a_long_line_of_gapped_items_is_cut_into_items_with_their_titles() -> None:
    lines = ungap_lines(_MINUTE_BOOK.split("\n"))
    assert "Water Supply" in lines
    assert any(line.startswith("Concerning the new reservoir") for line in lines)
    assert "The Minutes of the previous meeting were read and confirmed." in lines


def test_gapped_item_titles_become_sections() -> None:
    titles = [s.title for s in extract_text(_MINUTE_BOOK).sections]
    assert titles == ["Water Supply", "Street Lighting", "Dog Tax"]


def test_a_short_spaced_line_is_left_alone() -> None:
    row = "Item" + _GAP + "Owner" + _GAP + "Due" + _GAP + "Status"
    assert ungap_lines([row]) == [row]
