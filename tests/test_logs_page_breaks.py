"""Logs kept in one Word file whose entries are told apart only by a page break, a section break
or a drawn rule, under an undated title ("Team Meeting") with the date below it (invented logs
from tests/log_fixtures.py); a single meeting of several pages must stay one."""

import pytest

from notes_extract import extract_all
from notes_extract.loaders.docx import load
from tests import log_fixtures as fixtures


def _dates(fixture: fixtures.LogFixture) -> list[str | None]:
    return [r.meeting.date for r in extract_all(fixture.data, format="docx")]


@pytest.mark.parametrize("separator", fixtures.SEPARATORS)
def test_word_loader_marks_where_each_entry_starts(separator: str) -> None:
    fixture = fixtures.separated_log(4, separators=(separator,), date_in=("sentence",))
    titles = [b for b in load(fixture.data, source="log.docx").blocks if b.text == "Team Meeting"]
    if separator.endswith("rule"):
        assert all(b.after_rule for b in titles)
    else:
        assert [b.page for b in titles] == [2, 3, 4, 5]


def test_a_word_file_without_breaks_has_no_pages() -> None:
    fixture = fixtures.dated_log(3)
    assert all(b.page is None and not b.after_rule for b in load(fixture.data, source="log.docx").blocks)


@pytest.mark.parametrize("separators", [(s,) for s in fixtures.SEPARATORS] + [fixtures.SEPARATORS])
@pytest.mark.parametrize("date_in", [("sentence",), ("when-table",), ("after-present",),
                                     ("sentence", "when-table", "line", "after-present")])
def test_entries_a_page_or_a_rule_apart_under_undated_titles_split(separators: tuple[str, ...],
                                                                    date_in: tuple[str, ...]) -> None:
    fixture = fixtures.separated_log(9, separators=separators, date_in=date_in)
    assert _dates(fixture) == fixture.dates


@pytest.mark.parametrize("title_style", ["bold", "title", "plain"])
def test_a_log_without_a_cover_page_splits_at_its_first_line(title_style: str) -> None:
    fixture = fixtures.separated_log(14, separators=("page", "border-rule", "section"), title_style=title_style,
                                     date_in=("sentence", "after-present"), writings=(0, 1, 4), cover=False)
    assert _dates(fixture) == fixture.dates


@pytest.mark.parametrize("separators", [(s,) for s in fixtures.SEPARATORS] + [fixtures.SEPARATORS])
@pytest.mark.parametrize("agenda_dates", [True, False])
def test_a_meeting_of_several_pages_or_ruled_parts_stays_one(separators: tuple[str, ...], agenda_dates: bool) -> None:
    fixture = fixtures.paged_single_meeting(separators=separators, agenda_dates=agenda_dates)
    assert _dates(fixture) == fixture.dates


def test_pages_that_open_alike_with_one_date_stay_one_meeting() -> None:
    """An agenda, the minutes and an appendix, each a page headed "Team Meeting" and dated the same day."""
    same_day = fixtures.separated_log(3, separators=("page",), date_in=("sentence",), cover=False, step=0)
    assert len(extract_all(same_day.data, format="docx")) == 1
