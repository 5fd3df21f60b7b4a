"""Ways minutes write who attended that no rule read before (invented snippets, issue 9)."""

from __future__ import annotations

from notes_extract import extract_all, extract_text

_HEAD = "# Riverside Allotment Society - Committee Meeting\n\nDate: 4 March 2024\n\n"
_TAIL = "\n\n## 1. Water supply\n\nThe committee agreed to replace the tap on plot 12.\n"
_TEXT_HEAD = "RIVERSIDE ALLOTMENT SOCIETY\nCommittee Meeting\n4 March 2024\n\n"
_TEXT_TAIL = "\n\n1. Water supply\nThe committee agreed to replace the tap on plot 12.\n"


def _markdown(body: str):
    return extract_text(_HEAD + body + _TAIL, format="markdown").attendance


def _text(body: str):
    return extract_text(_TEXT_HEAD + body + _TEXT_TAIL, format="text").attendance


def _names(people) -> list[str]:
    return [p.name for p in people]


def test_roll_call_with_dot_leaders() -> None:
    attendance = _text("ROLL CALL\nAnn Lee ....... present\nBo Ode ....... present\nCy Rand ....... absent")
    assert _names(attendance.present) == ["Ann Lee", "Bo Ode"]
    assert _names(attendance.absent) == ["Cy Rand"]


def test_modes_of_attending_without_colons() -> None:
    bold = _markdown("## Attendance\n\n**In person**\n\n- Ann Lee\n- Bo Ode\n\n**Online**\n\n- Cy Rand")
    nested = _markdown("## Attendance\n\n- In person\n  - Ann Lee\n  - Bo Ode\n- Online\n  - Cy Rand")
    assert _names(bold.present) == _names(nested.present) == ["Ann Lee", "Bo Ode", "Cy Rand"]


def test_slash_between_names() -> None:
    attendance = _markdown("Present: Ann Lee / Bo Ode / Cy Rand (Chair / Treasurer)")
    assert _names(attendance.present) == ["Ann Lee", "Bo Ode", "Cy Rand"]


def test_role_after_colon_leaves_no_colon_on_the_name() -> None:
    attendance = _markdown("Present: Ann Lee: Chair, Bo Ode: Treasurer, Cy Rand")
    assert [(p.name, p.role) for p in attendance.present] == [("Ann Lee", "chair"), ("Bo Ode", "treasurer"),
                                                              ("Cy Rand", None)]


def test_sign_in_list_with_details_after_slashes_or_bars() -> None:
    slashes = _markdown("Roll call:\n\n- **name** / **institution** / **GitHub handle**\n- Ann Lee / Acme / @annl\n"
                        "- Bo / Foo Lab / @bo\n- Cy Rand / Bar Univ\n- Di Fox / Acme, Foo / dfox")
    bars = _markdown("## Attendees\n\n- Name | Affiliation\n- Ann Lee | Acme\n- Bo | Foo Lab\n- Cy Rand | Bar Univ")
    # the header set wholly in bold, as a PDF printed from the page shows it (its slashes in bold type)
    bold_header = _markdown("Roll call:\n\n- **name / institution / GitHub handle**\n- Ann Lee / Acme / @annl\n"
                            "- Bo / Foo Lab / @bo\n- Cy Rand / Bar Univ")
    assert _names(slashes.present) == ["Ann Lee", "Bo", "Cy Rand", "Di Fox"]
    assert _names(bars.present) == ["Ann Lee", "Bo", "Cy Rand"]
    assert _names(bold_header.present) == ["Ann Lee", "Bo", "Cy Rand"]


def test_member_and_alternate_after_a_slash_are_two_people() -> None:
    attendance = _markdown("Present:\n\n- Ann Lee / Bo Ode\n- Cy Rand / Di Fox")
    assert _names(attendance.present) == ["Ann Lee", "Bo Ode", "Cy Rand", "Di Fox"]


_LOG = """# Steering Committee Meeting Notes

## September 20, 2017

* Moderator: Ann Lee [Acme] (@annl)
* Note Taker: Bo Ode [Foo] (@bode)
* Attendees
    * Ann Lee [Acme Corp]
    * Bo Ode [Foo]
    * Cy Rand [Bar Labs]

### Agenda

* Voting process
    * Agreed to use the new process.

## September 13, 2017

* Moderator: Cy Rand [Bar Labs] (@cyr)
* Attendees
    * Ann Lee [Acme Corp]
    * Cy Rand [Bar Labs]

### Agenda

* Charter review
    * Discussed the draft.
"""


def test_log_entry_header_list_of_roles_and_attendees() -> None:
    """A list right under an entry's date whose items are "Moderator: ..." and "Attendees" over the
    names is the entry's header, not its topics; a role line's name with its details is someone listed."""
    first, second = extract_all(_LOG.encode())
    assert [(p.name, p.role) for p in first.attendance.present] == [
        ("Ann Lee", "chair"), ("Bo Ode", "minute taker"), ("Cy Rand", None)]
    assert (first.meeting.chair, first.meeting.minute_taker) == ("Ann Lee", "Bo Ode")
    assert _names(second.attendance.present) == ["Ann Lee", "Cy Rand"]
    assert second.meeting.chair == "Cy Rand"


def test_ticked_names_typed_as_lines_of_plain_text() -> None:
    attendance = _text("Attendance\n[X] Ann Lee\n[X] Bo Ode (Chair)\n[ ] Cy Rand\n\nApologies\n[X] Di Fox")
    assert _names(attendance.present) == ["Ann Lee", "Bo Ode"]
    assert _names(attendance.absent) == ["Cy Rand"]
    assert _names(attendance.apologies) == ["Di Fox"]


def test_present_without_colon_in_capitals_or_before_titles() -> None:
    capitals = _text("PRESENT Ann Lee, Bo Ode, Cy Rand")
    titled = _text("Present Cllr Ann Lee, Cllr Bo Ode, Mrs Di Fox (Clerk)")
    assert _names(capitals.present) == ["Ann Lee", "Bo Ode", "Cy Rand"]
    assert _names(titled.present) == ["Ann Lee", "Bo Ode"]
    assert _names(titled.in_attendance) == ["Di Fox"]


def test_headings_naming_the_body_in_full_or_two_groups() -> None:
    names = "\n\nAnn Lee (Chair), Bo Ode (Treasurer), Cy Rand"
    for heading in ("## Board of Directors Present", "## Members of the Board Present",
                    "## Directors and Staff Present"):
        attendance = _markdown(heading + names)
        assert [(p.name, p.role) for p in attendance.present] == [("Ann Lee", "chair"), ("Bo Ode", "treasurer"),
                                                                  ("Cy Rand", None)], heading


def test_bullets_run_into_one_paragraph() -> None:
    attendance = _markdown("Date: 4 March 2024 Time: 7pm Members in attendance ● Ann Lee – Director ● Bo Ode – Chair "
                           "● Cy Rand – Guest ● Di Fox Apologies ● Ed Moe – Member")
    assert [(p.name, p.role) for p in attendance.present] == [("Ann Lee", "director"), ("Bo Ode", "chair"),
                                                              ("Di Fox", None)]
    assert _names(attendance.in_attendance) == ["Cy Rand"]
    assert _names(attendance.apologies) == ["Ed Moe"]


def test_where_from_in_square_brackets() -> None:
    attendance = _markdown("4 March 2024 at the Town Hall\n\nAnn Lee [Acme Corp] and Bo Ode – [Foo of Bar], Cy Rand\n\n"
                           "Also attending\n\nIvy Oak [Acme Corp] and Kim Roe – Clerk\n\n"
                           "Apologies – Lou Sax and Max Tod [Foo of Bar]")
    assert _names(attendance.present) == ["Ann Lee", "Bo Ode", "Cy Rand"]
    assert [(p.name, p.role) for p in attendance.in_attendance] == [("Ivy Oak", None), ("Kim Roe", "clerk")]
    assert _names(attendance.apologies) == ["Lou Sax", "Max Tod"]


def test_attendance_label_after_a_label_of_the_line() -> None:
    for line in ("Committee Meeting: Present: Ann Lee, Bo Ode; Absent: Cy Rand",
                 "- Roll call: Present: Ann Lee, Bo Ode; Absent: Cy Rand"):
        attendance = _markdown(line)
        assert _names(attendance.present) == ["Ann Lee", "Bo Ode"], line
        assert _names(attendance.absent) == ["Cy Rand"], line


def test_body_members_before_a_dash_and_a_couple_with_one_surname() -> None:
    attendance = _markdown("Board Members – Ann Lee (Acme Corp), Di & Ed Fox (Bar Trust)")
    assert _names(attendance.present) == ["Ann Lee", "Di Fox", "Ed Fox"]


def test_restructuredtext_links_to_people() -> None:
    text = ("Board Meeting\n=============\n\nAttendance: `Ann Lee`_, `Bo Ode <https://x.org/bo>`_, Cy Rand\n\n"
            "Finance\n-------\n\nNoted.\n")
    assert _names(extract_text(text, format="text").attendance.present) == ["Ann Lee", "Bo Ode", "Cy Rand"]


def test_titled_run_on_list_then_a_count_of_the_public() -> None:
    attendance = _text("Present Cllr Ann Lee, Cllr Bo Ode, Mrs Di Fox (Clerk) and 2 members of the public")
    assert _names(attendance.present) == ["Ann Lee", "Bo Ode"]
    assert _names(attendance.in_attendance) == ["Di Fox"]


def test_user_names_among_names_one_a_line() -> None:
    sentence = _markdown("Attendees, in order of arrival:\n\n- ann (notes)\n- Bo\n- Cy")
    mixed = _markdown("Attendees\n\n- ann\n- Bo Ode\n- cy_r")
    assert [(p.name, p.role) for p in sentence.present] == [("ann", "minute taker"), ("Bo", None), ("Cy", None)]
    assert _names(mixed.present) == ["ann", "Bo Ode", "cy_r"]


def test_and_inside_where_someone_is_from() -> None:
    attendance = _markdown("## Attendees\n\n- Ann Lee - Acme (US)\n- Cy Rand - Foo & Bar (DE)\n"
                           "- Di Fox - Arts and Culture Trust")
    assert _names(attendance.present) == ["Ann Lee", "Cy Rand", "Di Fox"]


def test_visitors_named_in_a_sentence_with_long_brackets() -> None:
    for sentence in ("Visitors were Ann Lee (Acme Corp), Bo Ode (Dept of Foo and Bar Studies).",
                     "Visitors signed in were Ann Lee (Acme Corp), Bo Ode (Dept of Foo and Bar Studies)."):
        attendance = _markdown("Present: Gil Fry, Hal Ng\n\n## 1. Welcome\n\n" + sentence)
        assert _names(attendance.in_attendance) == ["Ann Lee", "Bo Ode"], sentence


def test_who_came_in_other_words() -> None:
    for label in ("## List of attendees", "## Who attended", "Who's here, please add your name:"):
        attendance = extract_text("# Weekly call 2024-03-04\n\n" + label + "\n\n- Ann Lee\n- bo_ode\n\n## Updates\n\n"
                                  "- The release is out.\n", format="markdown").attendance
        assert _names(attendance.present) == ["Ann Lee", "bo_ode"], label


def test_handle_in_brackets_then_where_from_and_a_bracket_left_open() -> None:
    attendance = _markdown("Attendees:\n\n- Ann Lee (@annl, Acme\n- Bo Ode (@bode), Foo\n- Cy Rand (@cyr), Bar Labs")
    assert _names(attendance.present) == ["Ann Lee", "Bo Ode", "Cy Rand"]
