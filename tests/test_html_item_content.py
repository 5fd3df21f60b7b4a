"""An HTML list item's later lines and paragraphs are its content, a level below it: a log of dated
bullets ("<li><p>2024-05-02<br>Ann proposed ...</p><p>Carried.</p></li>") reads as one meeting per date."""

from __future__ import annotations

from notes_extract.api import extract_all
from notes_extract.loaders import load

_LOG = """<html><body><h1>Garden Club Committee Decisions 2024</h1>
<h2>Minutes</h2>
<ul>
<li><p>2024-05-02<br>Ann Lee proposed that the shed be repainted.</p><p>Motion carried unanimously.</p></li>
<li><p>2024-06-06<br>Bob Hart proposed a summer open day.</p><p>Motion carried unanimously.</p></li>
<li><p>2024-07-04<br>The committee voted to buy a new mower.</p></li>
</ul></body></html>
"""


def test_an_items_later_lines_and_paragraphs_sit_a_level_below_it() -> None:
    blocks = load(_LOG.encode(), source="log.html").blocks
    levels = [(b.text, b.level) for b in blocks if b.kind.name == "LIST_ITEM"][:3]
    assert levels == [("2024-05-02", 0), ("Ann Lee proposed that the shed be repainted.", 1),
                      ("Motion carried unanimously.", 1)]


def test_a_log_of_dated_bullets_in_html_is_one_meeting_per_date(tmp_path) -> None:
    path = tmp_path / "log.html"
    path.write_text(_LOG, encoding="utf-8")
    records = extract_all(path)
    assert [r.meeting.date for r in records] == ["2024-05-02", "2024-06-06", "2024-07-04"]
    assert records[2].decisions[0].text.startswith("The committee voted to buy a new mower")



def test_an_item_of_two_lines_whose_first_ends_in_a_colon_is_one_line() -> None:
    # "Vote on the new member:<br><b>7-0 in favour</b>": the tally is what the colon introduces, one item
    # (as in Word and PDF); an item of a title and its notes still keeps them apart (above)
    page = ("<html><body><h1>Board meeting</h1><ul><li>New member<ul>"
            "<li>Vote on the new member:<br><strong>7-0 (1 abstention) in favour of Kim joining</strong></li>"
            "</ul></li><li>Funding</li></ul></body></html>")
    items = [b.text for b in load(page.encode(), source="board.html").blocks if b.kind.name == "LIST_ITEM"]
    assert items == ["New member", "Vote on the new member: 7-0 (1 abstention) in favour of Kim joining", "Funding"]
