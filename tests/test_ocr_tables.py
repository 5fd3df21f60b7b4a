"""Scanned ruled tables: rulings found in the page image, OCR words placed in the cells they fall in."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from notes_extract import extract_all, loaders
from notes_extract.loaders.ocr.engines import OcrWord, find_engine, split_line
from notes_extract.loaders.ocr.pages import page_from_words
from notes_extract.loaders.ocr.rulings import find_rulings
from tests.conftest import require_tool

# A page drawn at 100 pixels per inch: 0.72 points per pixel.
POINTS_PER_PIXEL = 0.72
# The invented grid: three columns, three rows (a header and two actions).
GRID_X = (60, 110, 560, 760)
GRID_Y = (300, 350, 420, 490)


def ruled_page(width: int = 850, height: int = 700, thickness: int = 2) -> Image.Image:
    """A blank page with GRID_X x GRID_Y drawn as a ruled table."""
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    for x in GRID_X:
        draw.rectangle((x, GRID_Y[0], x + thickness - 1, GRID_Y[-1]), fill=0)
    for y in GRID_Y:
        draw.rectangle((GRID_X[0], y, GRID_X[-1], y + thickness - 1), fill=0)
    return page


def test_rulings_are_found_once_each_in_points() -> None:
    edges = find_rulings(ruled_page(), POINTS_PER_PIXEL)
    rules = sorted(round(e["top"]) for e in edges if e["orientation"] == "h")
    uprights = sorted(round(e["x0"]) for e in edges if e["orientation"] == "v")
    assert rules == [round((y + 1) * POINTS_PER_PIXEL) for y in GRID_Y]
    assert uprights == [round((x + 1) * POINTS_PER_PIXEL) for x in GRID_X]


def test_letter_strokes_and_short_dashes_are_not_rulings() -> None:
    page = Image.new("L", (400, 200), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle((20, 20, 22, 45), fill=0)  # a tall letter's stem: 18 points
    draw.rectangle((50, 60, 75, 62), fill=0)  # a dash
    assert find_rulings(page, POINTS_PER_PIXEL) == []


def test_a_ruling_broken_by_scan_dropouts_is_one_edge() -> None:
    page = Image.new("L", (600, 100), 255)
    draw = ImageDraw.Draw(page)
    for start in range(20, 560, 60):  # dashes 59 pixels long with 1-pixel gaps
        draw.rectangle((start, 50, start + 58, 51), fill=0)
    (edge,) = find_rulings(page, POINTS_PER_PIXEL)
    assert edge["orientation"] == "h" and edge["width"] > 500 * POINTS_PER_PIXEL


def test_a_filled_band_gives_its_two_sides() -> None:
    page = Image.new("L", (600, 200), 255)
    ImageDraw.Draw(page).rectangle((20, 50, 560, 90), fill=0)
    rules = sorted(e["top"] for e in find_rulings(page, POINTS_PER_PIXEL) if e["orientation"] == "h")
    assert rules == [50 * POINTS_PER_PIXEL, 91 * POINTS_PER_PIXEL]


def _cell_words() -> list[OcrWord]:
    """Invented OCR words: a line above the table, then a header row and two action rows."""
    return [
        *split_line("Actions agreed today", 60, 330, 240, 270, 0.95),
        *split_line("No", 70, 100, 312, 336, 0.9), *split_line("Action", 120, 200, 312, 336, 0.9),
        *split_line("Owner", 570, 650, 312, 336, 0.9),
        *split_line("1", 75, 85, 372, 396, 0.9), *split_line("Book the hall for May", 120, 390, 372, 396, 0.9),
        OcrWord("|", 553, 562, 372, 396, 0.3), *split_line("Dana Frost", 570, 700, 372, 396, 0.9),
        *split_line("2", 75, 85, 442, 466, 0.9), *split_line("Send the accounts", 120, 360, 442, 466, 0.9),
        *split_line("Raj Patel", 570, 690, 442, 466, 0.9),
    ]


def test_ocr_words_in_a_ruled_grid_become_table_cells() -> None:
    rulings = find_rulings(ruled_page(), POINTS_PER_PIXEL)
    page = page_from_words(_cell_words(), 1, POINTS_PER_PIXEL, 850 * POINTS_PER_PIXEL, 700 * POINTS_PER_PIXEL,
                           rulings=rulings)
    (table,) = page.tables
    assert table.rows == [["No", "Action", "Owner"], ["1", "Book the hall for May", "Dana Frost"],
                          ["2", "Send the accounts", "Raj Patel"]]
    assert [line.text for line in page.lines] == ["Actions agreed today"]


def test_without_rulings_the_same_words_stay_lines() -> None:
    page = page_from_words(_cell_words(), 1, POINTS_PER_PIXEL, 850 * POINTS_PER_PIXEL, 700 * POINTS_PER_PIXEL)
    assert page.tables == [] and len(page.lines) > 1


def _drawn_minutes() -> bytes:
    """One small invented page of minutes with a ruled actions table, as a PNG at 100 dpi."""
    page = ruled_page()
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=22)
    draw.text((60, 60), "Present: Dana Frost, Raj Patel, Lena Ortiz", font=font, fill=0)
    draw.text((60, 250), "Actions", font=font, fill=0)
    for y, cells in zip(GRID_Y, [("No", "Action", "Owner"), ("1", "Book the hall for May", "Dana Frost"),
                                 ("2", "Send the accounts", "Raj Patel")], strict=False):
        for x, text in zip(GRID_X, cells, strict=False):
            draw.text((x + 12, y + 14), text, font=font, fill=0)
    out = io.BytesIO()
    page.save(out, format="PNG", dpi=(100, 100))
    return out.getvalue()


def test_a_scanned_actions_table_is_read_through_the_real_engine() -> None:
    require_tool(find_engine() is not None, "no OCR engine (tesseract or notes-extract[ocr]) is installed")
    document = loaders.load(_drawn_minutes(), source="scan.png")
    tables = [b for b in document.blocks if b.kind.value == "table"]
    assert len(tables) == 1 and "Book the hall for May" in tables[0].text
    (record,) = extract_all(_drawn_minutes())
    owners: Any = sorted(tuple(o.name for o in a.owners) for a in record.actions)
    assert owners == [("Dana Frost",), ("Raj Patel",)]


def test_a_bullet_read_as_a_letter_before_a_wide_gap_is_a_bullet() -> None:
    found = [OcrWord("e", 100, 111, 100, 128, 0.6),
             *split_line("Action: Dana to book the hall", 150, 600, 100, 128, 0.9),
             *split_line("We agreed to meet in May", 100, 480, 160, 188, 0.9)]
    page = page_from_words(found, 1, POINTS_PER_PIXEL, 600, 800)
    assert page.lines[0].text.startswith("• Action:") and page.lines[1].text.startswith("We agreed")


def test_a_letter_after_an_ordinary_word_space_is_left_alone() -> None:
    found = [OcrWord("o", 100, 111, 100, 128, 0.6), *split_line("clock sharp", 118, 300, 100, 128, 0.9)]
    assert page_from_words(found, 1, POINTS_PER_PIXEL, 600, 800).lines[0].text == "o clock sharp"


def test_a_run_counts_as_a_ruling_from_exactly_its_minimum_length_wherever_it_lies() -> None:
    # Only rows holding a long run are cut into runs (found by eroding the rows): a run of exactly
    # the minimum, at either end of its row, must still be found, and one pixel shorter must not.
    import numpy

    from notes_extract.loaders.ocr.rulings import _bands

    for min_run in (1, 2, 5, 8, 13):
        for length in (min_run - 1, min_run, min_run + 1):
            for start in (0, 7, 40 - length):
                ink = numpy.zeros((3, 40), dtype=bool)
                ink[1, start:start + length] = True
                found = [(b.start, b.end, b.first_row) for b in _bands(ink, min_run)]
                expected = [(start, start + length - 1, 1)] if length >= min_run and length else []
                assert found == expected, (min_run, length, start)
