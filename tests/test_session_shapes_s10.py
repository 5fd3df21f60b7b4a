"""Shapes read this session: meeting facts written in ways no earlier rule read. All names and
lines are invented."""

from __future__ import annotations

from notes_extract import extract


def _meeting(text: str, fmt: str = "text"):  # type: ignore[no-untyped-def]
    return extract(text.encode(), format=fmt).meeting


def test_a_title_block_line_naming_the_body_in_full_is_the_title() -> None:
    text = ("Club Committee Meeting Minutes 3/4/2025\n\nRIVERSIDE TENNIS CLUB COMMITTEE MEETING\n\n"
            "10 am 03/04/2025 Clubhouse\n\nPresent: Kit Marsh, Rosa Dunn\n\n1. Courts\n\nThe nets were replaced.\n")
    meeting = _meeting(text)
    assert meeting.title == "RIVERSIDE TENNIS CLUB COMMITTEE MEETING"
    assert meeting.location == "Clubhouse"


def test_a_body_line_over_a_kind_line_names_the_meeting_the_first_line_shortens() -> None:
    text = ("Oak Hill PTA General Meeting Minutes May 2, 2023\n\nOak Hill Elementary PTA\n\nGeneral Meeting Minutes\n\n"
            "Present: Kit Marsh, Rosa Dunn\n\n1. Book fair\n\nThe fair raised $400.\n")
    assert _meeting(text).title == "Oak Hill Elementary PTA General Meeting"


def test_a_department_line_over_a_meeting_the_title_does_not_name_stays_apart() -> None:
    text = ("NORTHFIELD COLLEGE\n\nGEOGRAPHY\n\nMinute of Project Supervision Meeting\n\nDate: 4 March 2024\n\n"
            "Present: Kit Marsh, Rosa Dunn\n\n"
            "1. Progress\n\nThe survey is done.\n")
    assert _meeting(text).title == "Project Supervision Meeting"


def test_draft_minutes_before_the_body_name_are_not_part_of_the_title() -> None:
    text = ("Draft Minutes Harbour Sailing Association\n\nJune 6, 2013\n\nPresent: Kit Marsh, Rosa Dunn\n\n"
            "1. Moorings\n\nThe moorings were checked.\n")
    assert _meeting(text).title == "Harbour Sailing Association"


def test_the_place_after_at_on_the_date_line() -> None:
    text = ("HARBOUR SAILING ASSOCIATION\n\nBOARD OF DIRECTORS MEETING\n\n14 MAY 2019 AT THE BOATHOUSE CLUBHOUSE\n\n"
            "PRESENT: K. MARSH, R. DUNN\n\nI. MOORINGS\n\nThe moorings were checked.\n")
    meeting = _meeting(text)
    assert meeting.location == "THE BOATHOUSE CLUBHOUSE"
    assert meeting.title == "HARBOUR SAILING ASSOCIATION BOARD OF DIRECTORS MEETING"


def test_a_place_label_heading_over_the_place() -> None:
    text = ("# Team 4 Sprint Planning\n\n### Attendees\nKit Marsh, Rosa Dunn\n\n### When & Where\n"
            "Online - Google Meet\n03/02/2022, 6:00PM\n\n### Agenda\n\n- Pick the next stories.\n")
    meeting = _meeting(text, "markdown")
    assert meeting.location == "Online - Google Meet"


def test_a_sentence_under_a_time_and_place_heading_gives_the_place() -> None:
    text = ("# Organisers Chat 5\n\n## Time/Location\n\nThe meeting will take place in the #organisers channel "
            "at 19:00 CET on Friday 28th March 2008.\n\n## Present\n\nKit, Rosa, Wen\n\n## Minutes\n\n"
            "- The venue is confirmed.\n")
    assert _meeting(text, "markdown").location == "#organisers channel"


def test_a_venue_item_saying_a_room_is_booked_gives_no_place() -> None:
    text = ("# Northside Readers\n\nDate: 8 May 2024\n\nPresent: Kit Marsh, Rosa Dunn\n\n## Venue\n\n"
            "The library room is booked until August.\n")
    assert _meeting(text, "markdown").location is None


_SAILING = ("Harbour Sailing Club Committee Meeting\n\nDate: 4 March 2024\n\n"
            "Present: Kit Marsh (KM), Rosa Dunn (RD), Wen Oduya (WO)\n\n2. Moorings\n\n")


def test_an_owners_mark_in_brackets_after_an_agreement() -> None:
    record = extract((_SAILING + "It was agreed that the jetty would be repaired. (Action Kit Marsh/Rosa Dunn)\n")
                     .encode(), format="text")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("It was agreed that the jetty would be repaired.", ["Kit Marsh", "Rosa Dunn"])]
    assert [d.text for d in record.decisions] == ["It was agreed that the jetty would be repaired."]


def test_an_owners_mark_in_capitals_needs_no_full_stop_before_it() -> None:
    record = extract((_SAILING + "A letter of thanks is to be sent to the harbour master ACTION WO/RD\n").encode(),
                     format="text")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("A letter of thanks is to be sent to the harbour master", ["Wen Oduya", "Rosa Dunn"])]


def test_capitals_inside_a_shouted_line_or_a_word_are_no_mark() -> None:
    record = extract((_SAILING + "RESCHEDULED - LICENSEE FAILED TO APPEAR\n\n"
                      "We wait for the next release, which fixes one of the routing APIs.\n").encode(), format="text")
    assert record.actions == []


def test_a_decision_does_not_take_the_owners_mark_after_it() -> None:
    record = extract((_SAILING + "It was agreed that the buoys would be repainted in April. Action: KM/RD\n").encode(),
                     format="text")
    assert [d.text for d in record.decisions] == ["It was agreed that the buoys would be repainted in April."]


def test_minutes_signed_as_a_correct_record_are_approved() -> None:
    record = extract((b"Harbour Sailing Club Committee Meeting\n\nPresent: Kit Marsh, Rosa Dunn\n\n"
                      b"1. Minutes of the last meeting\n\n"
                      b"The minutes of the meeting held on 5 February were signed as a correct record.\n"),
                     format="text")
    assert [(d.text, d.kind) for d in record.decisions] == [
        ("The minutes of the meeting held on 5 February were signed as a correct record.", "other")]


def test_minutes_signed_after_their_motion_are_its_result() -> None:
    record = extract((b"Harbour Parish Council\n\nPresent: Cllr Kit Marsh, Cllr Rosa Dunn\n\n"
                      b"1. Minutes\n\nIt was proposed by Cllr Marsh and seconded by Cllr Dunn that the Minutes were a "
                      b"true record. The Council was all in favour and the Minutes were signed by the Chairman.\n"),
                     format="text")
    assert len(record.decisions) == 1
    assert record.decisions[0].text.endswith("the Minutes were signed by the Chairman.")
    assert record.decisions[0].outcome == "carried"


def test_participants_written_with_where_they_are_from_at_the_end_of_the_minutes() -> None:
    text = (b"# Weather Services Technical Committee\n\n1. **AOB**\n\nLM will set up the call.\n\n"
            b"#### Participants\n\n- SO - Steve Olsen, National Weather Service, USA [NWS], Chair\n"
            b"- LM - Lena Mika, Bureau of Meteorology, Australia [BoM], Vice-Chair\n"
            b"- GT - Gus Tran, Met Office, UK [UKMO]\n\n"
            b"#### Apologies\n\n- PR - Paul Rees, Meteo Agency, France [MF]\n")
    record = extract(text, format="markdown")
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Steve Olsen", "chair"), ("Lena Mika", "vice-chair"), ("Gus Tran", None)]
    assert [p.name for p in record.attendance.apologies] == ["Paul Rees"]
    assert [o.name for a in record.actions for o in a.owners] == ["Lena Mika"]


def test_lines_of_several_names_stay_several_people() -> None:
    text = (b"# Garden Club Committee\n\n## Present\n\n- Ann Lee, Bo Ode\n- Cy Rand, Di Fox\n\n"
            b"## Plants\n\nThe seedlings are ready.\n")
    record = extract(text, format="markdown")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Rand", "Di Fox"]


def test_handles_with_names_in_brackets_and_emoji_in_headings() -> None:
    text = (b"# Infra Team Meeting 2022-03-22\n\n## Attendees\n\n* @kmarsh (Kit Marsh)\n* @rdunn (Rosa Dunn)\n"
            b"* @acme (Acme Corp)\n\n## Notes :book:\n\n* Weekly release is out.\n* @rdunn to check the certificates\n")
    record = extract(text, format="markdown")
    assert [p.name for p in record.attendance.present] == ["Kit Marsh", "Rosa Dunn", "@acme"]
    assert [s.title for s in record.sections] == ["Notes"]
    assert record.meeting.minute_taker is None
    assert [o.name for a in record.actions for o in a.owners] == ["Rosa Dunn"]


def test_a_team_decides_after_a_reason_and_puts_off_to_next_week() -> None:
    text = (b"# Infra Team Meeting 2019-11-05\n\nAttending: kit, rosa, wen\n\n## Mirrors\n\n"
            b"Due to the low traffic we decided to remove the old mirrors.\n\n"
            b"It is hard to do that inside the team, and we reached the decision to wait for the costs.\n\n"
            b"There was no time to discuss the budget so we deferred to next week.\n\n"
            b"- Guidance for new developers - postponed until next meeting.\n\n"
            b"Due to the rain we will decide next week.\n")
    record = extract(text, format="markdown")
    assert [d.text for d in record.decisions] == [
        "Due to the low traffic we decided to remove the old mirrors.",
        "It is hard to do that inside the team, and we reached the decision to wait for the costs.",
        "There was no time to discuss the budget so we deferred to next week.",
        "Guidance for new developers - postponed until next meeting."]
    assert [d.outcome for d in record.decisions][2:] == ["deferred", "deferred"]


_FORM = (b"Meeting Title:\nREVITALISING THE PATIENT GROUP\nDate:\n8th August 2023\nTime:\n1pm - 2pm\n"
         b"Meeting Location:\nHarbour Road Surgery\nFacilitator:\nKit Marsh\nNote-taker:\nRosa Dunn\n"
         b"Present:\nKit Marsh\nRosa Dunn\nWen Oduya\nApologies:\nDi Fox\n\n"
         b"1. INTRODUCTIONS\nEveryone introduced themselves.\n")


def test_a_forms_labels_over_their_values() -> None:
    record = extract(_FORM, format="text")
    meeting = record.meeting
    assert (meeting.title, meeting.location, meeting.minute_taker, meeting.start_time) == (
        "REVITALISING THE PATIENT GROUP", "Harbour Road Surgery", "Rosa Dunn", "13:00")
    assert [p.name for p in record.attendance.present] == ["Kit Marsh", "Rosa Dunn", "Wen Oduya"]
    assert [s.title for s in record.sections] == ["INTRODUCTIONS"]


def test_a_minutes_label_over_numbered_lines_is_no_field() -> None:
    record = extract(b"04/11/22\nDoor Lock Project\nMinutes:\n1.Made a circuit for the lock.\n"
                     b"2.Ran the code for the card reader.\n", format="text")
    assert record.meeting.minute_taker is None


_TRUSTEES = (b"Harbour Community Centre Trustees Meeting\n\nDate: 4 March 2024\n\n"
             b"Present: Kit Marsh (KM), Rosa Dunn (RD), Jo Bell (JB), "
             b"Lauren Tomes \xe2\x80\x93 Company Secretary (LT)\n\n"
             b"Apologies for Absence: were received from Morag Bell (MB), Cy Rand (CR)\n\n2. Car park\n\n")


def test_a_role_of_several_words_after_a_dash_and_apologies_the_label_runs_into() -> None:
    record = extract(_TRUSTEES + b"The lights were mended.\n", format="text")
    assert [(p.name, p.role) for p in record.attendance.present][-1] == ("Lauren Tomes", "company secretary")
    assert [p.name for p in record.attendance.apologies] == ["Morag Bell", "Cy Rand"]


def test_someone_is_to_do_something() -> None:
    record = extract(_TRUSTEES + b"KM is to source a new camera for the car park.\n\n"
                                 b"The plan is to finish the work by May.\n\nRosa is to be thanked for her work.\n",
                     format="text")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("KM is to source a new camera for the car park.", ["Kit Marsh"])]


def test_all_agreed_takes_the_sentence_it_agrees_to() -> None:
    record = extract(_TRUSTEES + b"The committee should publish the accounts more widely. All agreed.\n\n"
                                 b"JB sought approval for a new boat. All agreed \xe2\x80\x93 action JB.\n",
                     format="text")
    assert [d.text for d in record.decisions] == [
        "The committee should publish the accounts more widely. All agreed.",
        "JB sought approval for a new boat. All agreed \u2013 action JB."]


def test_an_item_whose_whole_body_is_approved() -> None:
    record = extract(b"Tadley School PTA Meeting\n\nDate: 8 March 2011\n\nPresent: Kit Marsh, Rosa Dunn\n\n"
                     b"1. Minutes of the Last Meeting:\nApproved\n\n2. Treasurer's Report\nThe balance is 400.\n",
                     format="text")
    assert [(s.title, s.kind) for s in record.sections] == [
        ("Minutes of the Last Meeting", "previous_minutes"), ("Treasurer's Report", "report")]
    assert [(d.text, d.outcome) for d in record.decisions] == [("Approved", "carried")]


def test_a_churchs_officers_in_the_plural_after_their_names_and_concluded_decides_nothing() -> None:
    record = extract(b"St Mark's Church, Harbour\nParochial Church Council\n\n"
                     b"Present: Rev. Tom Bell (Chairman), Ann Adams, Jennifer Hayward (Churchwardens), Kit Marsh\n\n"
                     b"1. Churchyard\nThe wall needs repair. Concluded.\n", format="text")
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Tom Bell", "chair"), ("Ann Adams", "churchwarden"), ("Jennifer Hayward", "churchwarden"),
        ("Kit Marsh", None)]
    assert record.decisions == []


def test_participant_lines_of_different_widths_are_each_one_person() -> None:
    text = (b"# Technical Committee 24 May 2017\n\n#### Participants\n\n"
            b"- SO - Steve Olsen, National Weather Service, USA [NWS], Chair\n"
            b"- LM - Lena Mika, Bureau of Meteorology, Australia [BoM], Vice-Chair\n"
            b"- PR - Paul Rees, Meteo Agency, France [MF]\n\n1. **Costs**\n\nThe costs were compared.\n")
    record = extract(text, format="markdown")
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Steve Olsen", "chair"), ("Lena Mika", "vice-chair"), ("Paul Rees", None)]


def test_a_note_takers_short_form_a_sentence_ending_in_initials_and_signed_minutes_carried() -> None:
    record = extract(b"St Mary's PCC Meeting\n\nDate: 10 September 2019\n\nNote-taker: Sylma van Wyk (SvW)\n\n"
                     b"Present: Ann Adams (AA), Dan Hill (DH)\n\n1. Minutes\n"
                     b"The Minutes of Tuesday 16th July were signed as a correct record.\n\n2. Churchyard\n"
                     b"DH suggested we seek advice on this from the DAC. AA to contact. Action: AA\n", format="text")
    assert record.meeting.minute_taker == "Sylma van Wyk"
    assert [a.text for a in record.actions] == ["AA to contact."]
    assert [d.outcome for d in record.decisions] == ["carried"]


def test_a_flats_number_opens_the_place_and_is_no_time() -> None:
    meeting = _meeting("Minutes of the Harbour Owners Committee meeting\nWednesday 15th November, 2017 at 10.00am\n"
                       "at 33/9 Western Harbour View\nPresent: Kit Marsh, Rosa Dunn\n- Welcome\nKM welcomed all.\n")
    assert (meeting.start_time, meeting.location) == ("10:00", "33/9 Western Harbour View")


def test_a_couple_written_with_one_surname() -> None:
    record = extract(b"Harbour Owners Committee\n\n"
                     b"Present: Mark & Sima Oduya, Chrissie Faure, Ann Lee & Bo Ode\n\n"
                     b"1. Welcome\nAll were welcomed.\n", format="text")
    assert [p.name for p in record.attendance.present] == [
        "Mark Oduya", "Sima Oduya", "Chrissie Faure", "Ann Lee", "Bo Ode"]


def test_a_group_named_between_the_in_attendance_label_and_its_people() -> None:
    record = extract(b"Minutes of the Harbour Owners Committee meeting\nPresent: Rod Mathers, Ken Webb\n"
                     b"In attendance (from 10.45am) The Estate team: Mark & Sima Oduya, Jodie Wren\n"
                     b"- Welcome\nRM welcomed old and new members\n", format="text")
    assert [p.name for p in record.attendance.present] == ["Rod Mathers", "Ken Webb"]
    assert [p.name for p in record.attendance.in_attendance] == ["Mark Oduya", "Sima Oduya", "Jodie Wren"]


def test_the_chairman_who_opened_the_meeting_chairs_it_and_a_bodys_line_is_no_place() -> None:
    record = extract(b"St Mark's Church, Harbour\nParochial Church Council\n\nPresent: Rev. Tom Bell, Ann Adams\n\n"
                     b"Chairman Rev. Tom Bell opened the meeting with a prayer.\n\n"
                     b"1. Churchyard\nThe wall needs repair.\n",
                     format="text")
    assert (record.meeting.chair, record.meeting.location) == ("Tom Bell", None)
