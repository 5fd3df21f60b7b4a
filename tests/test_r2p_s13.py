"""Attendance and meeting facts, second round (session 13): common label conventions for the chair,
the minute taker, the title and the place, a place on a line of several labelled facts or in front
matter, slash-joined attendance labels and names set in bold in a participants list. Invented snippets."""

from __future__ import annotations

import pytest

from notes_extract.api import extract_text

_ITEMS = "\n1. Accounts\nThe treasurer gave the balance.\n\n2. Summer fair\nStalls are booked.\n"
_PRESENT = "Present: Tam Orr, Una Vick, Wes Yule\n"


def _record(text: str, fmt: str | None = None):
    return extract_text(text, format=fmt)


def _names(people) -> list[str]:
    return [p.name for p in people]


# Chair labels: a convenor, a moderator, a meeting lead.

@pytest.mark.parametrize("label", ["Convenor", "Convener", "Moderator", "Meeting lead"])
def test_chair_labels(label):
    text = f"Allotment Committee\nDate: 5 June 2026\n{label}: Tam Orr\n{_PRESENT}{_ITEMS}"
    assert _record(text).meeting.chair == "Tam Orr"


# Minute taker labels: a minute secretary, "Taking minutes".

@pytest.mark.parametrize("label", ["Minute Secretary", "Taking minutes"])
def test_minute_taker_labels(label):
    text = f"Allotment Committee\nDate: 5 June 2026\n{_PRESENT}{label}: Wes Yule\n{_ITEMS}"
    assert _record(text).meeting.minute_taker == "Wes Yule"


# Title from a bare "Meeting:" or "Title:" label; a sentence after the label is no title.

@pytest.mark.parametrize("line,title", [("Meeting: Orchard Working Party", "Orchard Working Party"),
                                        ("Title: Orchard Working Party Meeting", "Orchard Working Party Meeting")])
def test_bare_title_labels(line, title):
    text = f"{line}\nDate: 5 June 2026\n{_PRESENT}{_ITEMS}"
    assert _record(text).meeting.title == title


def test_bare_meeting_label_over_a_sentence_is_no_title():
    text = f"Orchard Society\nMeeting: called to order at 7pm by Tam Orr.\n{_PRESENT}{_ITEMS}"
    assert _record(text).meeting.title == "Orchard Society"


def test_subject_label_keeps_a_lower_case_name():
    text = f"Subject: orchard-wg Meeting Minutes\nHello all,\n\nDate: 5 June 2026\n{_PRESENT}{_ITEMS}"
    assert _record(text).meeting.title == "orchard-wg Meeting Minutes"


# The place on a line of several labelled facts.

@pytest.mark.parametrize("line", ["Date: 5 June 2026   Time: 7pm   Venue: Mill Barn",
                                  "Date: 5 June 2026 | Location: Mill Barn",
                                  "Date: 5 June 2026 Time: 7pm Place: Mill Barn Chair: Tam Orr"])
def test_place_among_labelled_facts(line):
    text = f"Allotment Committee\n{line}\n{_PRESENT}{_ITEMS}"
    assert _record(text).meeting.location == "Mill Barn"


@pytest.mark.parametrize("label", ["Held at", "Meeting held at"])
def test_held_at_label(label):
    text = f"Allotment Committee\nDate: 5 June 2026\n{label}: Mill Barn\n{_PRESENT}{_ITEMS}"
    assert _record(text).meeting.location == "Mill Barn"


def test_place_after_date_and_time_loses_both_ats():
    text = f"Allotment Committee\nFriday, 5 June 2026 at 7:00 pm at the Mill Hall\n{_PRESENT}{_ITEMS}"
    assert _record(text).meeting.location == "Mill Hall"  # a lower-case "the" is no part of the place


def test_front_matter_location():
    text = f"---\ntitle: Allotment Committee\ndate: 2026-06-05\nlocation: Mill Barn\n---\n\n{_PRESENT}{_ITEMS}"
    assert _record(text, "markdown").meeting.location == "Mill Barn"


# Attendance: a label of two words joined by a slash; names set in bold in a participants list.

def test_slash_joined_attendance_label():
    text = f"# Orchard sync\n\nDate: 2026-06-05\n\nPresent/Contributors: Tam Orr, Una Vick, Wes Yule\n{_ITEMS}"
    assert _names(_record(text, "markdown").attendance.present) == ["Tam Orr", "Una Vick", "Wes Yule"]


def test_bold_names_in_a_participants_list():
    text = ("# Orchard sync\n\nDate: 2026-06-05\n\nParticipants (voting members in bold):\n\n"
            "* **Tam Orr (TO)**\n* **Una Vick** (by proxy to Tam)\n* **Wes Yule**\n* Xan Zell\n\n"
            "## Accounts\n\nThe treasurer gave the balance.\n")
    assert _names(_record(text, "markdown").attendance.present) == ["Tam Orr", "Una Vick", "Wes Yule", "Xan Zell"]


@pytest.mark.parametrize("rest", ["Present: Tam Orr, Una Vick\n\n* **Old Business**\n* The fence was mended.",
                                  "Attendees:\n\n* Tam Orr\n* Una Vick\n* **Action Items**\n* **New Business**",
                                  "Present: Tam Orr, Una Vick\n\n* **Treasurer Report**\n  * The balance is fine."])
def test_bold_bullets_after_the_names_are_no_names(rest):
    text = f"# Orchard sync\n\nDate: 2026-06-05\n\n{rest}\n\n## Accounts\n\nThe balance was given.\n"
    assert _names(_record(text, "markdown").attendance.present) == ["Tam Orr", "Una Vick"]


def test_bold_topic_after_the_names_is_no_name():
    text = ("# Orchard sync\n\nDate: 2026-06-05\n\nAttendees:\n\n* Tam Orr\n* Una Vick\n\n"
            "**Accounts**\n\nThe treasurer gave the balance.\n")
    assert _names(_record(text, "markdown").attendance.present) == ["Tam Orr", "Una Vick"]


# Who opened the meeting chaired it, near the top; a clerk opening it for an election does not.

@pytest.mark.parametrize("line", ["Tam Orr opened the meeting at 7pm and welcomed everyone.",
                                  "The meeting was opened by Tam Orr at 7.05pm.",
                                  "Tam Orr declared the meeting open at 7.05pm."])
def test_opener_is_the_chair(line):
    text = f"Allotment Committee\nDate: 5 June 2026\n{_PRESENT}\n{line}\n{_ITEMS}"
    assert _record(text).meeting.chair == "Tam Orr"


@pytest.mark.parametrize("line", ["The Clerk, Una Vick opened the meeting at 7pm.",
                                  "Tam Orr opened the new meeting room in May.",
                                  "Members opened the meeting with a minute's silence."])
def test_no_chair_from_other_openings(line):
    text = f"Allotment Committee\nDate: 5 June 2026\n{_PRESENT}\n{line}\n{_ITEMS}"
    assert _record(text).meeting.chair is None


def test_an_opening_in_a_later_report_is_no_chair():
    text = (f"Allotment Committee\nDate: 5 June 2026\n{_PRESENT}\n1. Apologies\nNone.\n\n2. Accounts\n"
            "The balance was given.\n\n3. Report of the Orchard Group\nUna Vick opened the meeting at 6pm.\n")
    assert _record(text).meeting.chair is None


# A title opening with a date written year first, with spaces or a month's name.

@pytest.mark.parametrize("line", ["# 2026-June-05 Orchard WG Meeting Notes", "# 2026 06 05 Orchard WG Meeting Notes"])
def test_title_loses_a_year_first_date(line):
    text = f"{line}\n\n## Attending\n\n* Tam Orr\n* Una Vick\n\n## Accounts\n\nThe balance was given.\n"
    assert _record(text, "markdown").meeting.title == "Orchard WG Meeting"
