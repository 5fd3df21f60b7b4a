"""A log whose entries open with a dated bullet or line carrying the entry's first words
("- 2023-02-14 Ann proposed ...") splits at those openings; a single meeting whose bullets merely
carry dates stays one meeting. Each guard test also shows the same openings splitting without the
one thing that makes them a meeting's items. Every snippet is invented."""

from __future__ import annotations

from notes_extract import extract_all

_ROSTER = "# Rowing Club Committee Record\n\n## Committee\n\n- Ann Lee\n- Bo Chan\n\n## Record\n\n"
_BULLETS = ("- 2023-02-14\n  Ann Lee proposed that the club buy a second trailer.\n\n"
            "- 2023-03-14\n  Bo Chan proposed to hold the regatta in June.\n\n"
            "- 2023-04-11\n  The committee voted to raise the annual fee to forty pounds.\n")
_ONE_LINE = ("- 14 February 2023: Ann Lee proposed that the club buy a second trailer.\n"
             "- 14 March 2023: Bo Chan proposed to hold the regatta in June.\n"
             "- 11 April 2023: The committee voted to raise the annual fee to forty pounds.\n")


def _dates(text: str, fmt: str = "markdown") -> list[str]:
    return [str(r.meeting.date) for r in extract_all(text.encode(), format=fmt)]


def test_dated_bullets_with_the_entrys_words_under_them_split_into_meetings() -> None:
    records = extract_all((_ROSTER + _BULLETS).encode(), format="markdown")
    assert [str(r.meeting.date) for r in records] == ["2023-02-14", "2023-03-14", "2023-04-11"]
    assert [r.meeting.title for r in records] == ["Rowing Club Committee Record"] * 3
    assert [[d.text for d in r.decisions] for r in records][2] == [
        "The committee voted to raise the annual fee to forty pounds."]
    assert not records[0].decisions and not records[1].decisions


def test_one_line_dated_bullets_split_and_the_entrys_words_are_no_place() -> None:
    records = extract_all(("# Rowing Club Committee Record\n\n" + _ONE_LINE).encode(), format="markdown")
    assert [str(r.meeting.date) for r in records] == ["2023-02-14", "2023-03-14", "2023-04-11"]
    assert all(r.meeting.location is None for r in records)


def test_dated_lines_of_plain_text_split_with_the_lines_after_them() -> None:
    text = ("Rowing Club Committee Record\n\n"
            "14 February 2023 - Ann Lee proposed that we buy a second trailer.\n\n"
            "14 March 2023 - Bo Chan proposed to hold the regatta in June.\n\nThe treasurer will book the venue.\n\n"
            "11 April 2023 - The committee voted to raise the annual fee to forty pounds.\n")
    assert _dates(text, "text") == ["2023-02-14", "2023-03-14", "2023-04-11"]


def test_one_late_entry_at_the_top_of_a_dated_log_still_splits() -> None:
    late = "- 2023-06-13\n  Ann Lee proposed to thank the volunteers in the newsletter.\n\n"
    assert _dates(_ROSTER + late + _BULLETS + "- 2023-05-09\n  Bo Chan proposed to order new oars.\n") == \
        ["2023-06-13", "2023-02-14", "2023-03-14", "2023-04-11", "2023-05-09"]


def test_dated_bullets_under_the_meetings_own_date_stay_one_meeting() -> None:
    assert len(_dates("# Rowing Club Committee\n\n" + _ONE_LINE)) == 3
    assert _dates("# Rowing Club Committee, 7 January 2023\n\n" + _ONE_LINE) == ["2023-01-07"]


def test_dated_bullets_followed_by_the_meetings_next_item_stay_one_meeting() -> None:
    assert len(_dates(_ROSTER + _BULLETS)) == 3
    assert len(_dates(_ROSTER + _BULLETS + "\n## Any other business\n\nNone raised.\n")) == 1


def test_dated_bullets_beside_an_undated_one_stay_one_meeting() -> None:
    assert len(_dates(_ROSTER + _ONE_LINE)) == 3
    assert len(_dates(_ROSTER + _ONE_LINE + "- Bo Chan proposed to review the boathouse lease.\n")) == 1


def test_dated_bullets_after_the_meetings_longer_items_stay_one_meeting() -> None:
    assert len(_dates(_ROSTER + _ONE_LINE)) == 3
    items = "".join(f"Item {n}: the committee discussed the boathouse roof, the lease and the new oars again.\n\n"
                    for n in range(1, 5))
    assert len(_dates("# Rowing Club Committee\n\n" + items + _ONE_LINE)) == 1


def test_dated_bullets_whose_dates_jump_about_stay_one_meeting() -> None:
    jumbled = ("- 2023-03-14: Bo Chan proposed to hold the regatta in June.\n"
               "- 2023-04-11: The committee voted to raise the annual fee.\n"
               "- 2023-02-14: Ann Lee proposed that the club buy a second trailer.\n")
    assert len(_dates(_ROSTER + _ONE_LINE)) == 3
    assert len(_dates(_ROSTER + jumbled)) == 1


def test_a_bare_upcoming_label_over_a_list_gives_the_entrys_actions() -> None:
    text = ("# Harbour data group\n\n## 2024-05-07\n\nThe loader was rewritten.\n\nUpcoming:\n\n"
            "- publish the loader's schema\n- add checks to the nightly build\n\n"
            "## 2024-06-04\n\nThe schema was published.\n")
    records = extract_all(text.encode(), format="markdown")
    assert [a.text for a in records[0].actions] == ["publish the loader's schema", "add checks to the nightly build"]
