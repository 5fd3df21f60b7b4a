"""Owners marked after a point ("... a quote. Action: BT", or "Action: BT" on the line below):
the point is the task, the mark its owners. Invented minutes."""

from __future__ import annotations

from notes_extract import extract

HEAD = ("Minutes of the Committee Meeting held on Tuesday 4 March 2024\n\n"
        "Present: Ann Gorse (AG), Bill Tarn (BT), Cath Lune\n\n")


def _actions(body: str) -> list[tuple[str, list[str], str | None]]:
    record = extract((HEAD + body).encode(), format="text")
    return [(a.text, [o.name for o in a.owners], a.section) for a in record.actions]


def test_a_mark_at_the_end_of_a_paragraph_owns_its_text() -> None:
    body = "1. Hall repairs\nThe roof leaks again and a builder should be asked for a quote. ACTION: BT\n"
    assert _actions(body) == [("The roof leaks again and a builder should be asked for a quote.",
                               ["Bill Tarn"], "Hall repairs")]


def test_a_first_name_mark_resolves_to_the_attendee() -> None:
    body = "1. Notice board\nWhen the board is back, contact details will be posted. Action: Cath\n"
    assert _actions(body) == [("When the board is back, contact details will be posted.", ["Cath Lune"],
                               "Notice board")]


def test_a_mark_on_its_own_line_owns_the_point_above() -> None:
    body = "1. Website\nThe website needs the new dates.\nAction: AG/BT\n"
    assert _actions(body) == [("The website needs the new dates.", ["Ann Gorse", "Bill Tarn"], "Website")]


def test_a_label_followed_by_a_task_is_not_a_mark() -> None:
    body = "1. Website\nThe website is out of date. Action: update the dates page\n"
    assert [text for text, _, _ in _actions(body)] != ["The website is out of date."]


_CLERK = ("Minutes of the Parish Council Meeting held on 4 March 2024\n\n"
          "Present: Cllr Ann Gorse (Chair), Cllr Bill Tarn\nIn attendance: Dave Ryle (Parish Clerk)\n\n1. Finance\n")


def test_a_task_requested_of_an_officer_through_that_is_theirs() -> None:
    record = extract((_CLERK + "Cllr Tarn requested that the Parish Clerk should contact the insurers.\n"
                      "Members requested that the Clerk review the position.\n").encode(), format="text")
    assert [[o.name for o in a.owners] for a in record.actions] == [["Dave Ryle"], ["Dave Ryle"]]


def test_a_request_that_something_be_done_names_no_owner() -> None:
    record = extract((_CLERK + "Cllr Tarn requested that the Clerk be thanked for her work.\n").encode(),
                     format="text")
    assert record.actions == []


def test_a_marked_paragraph_gives_the_sentence_that_sets_the_task() -> None:
    text = ("Club committee, 18 September 2023\n\nPresent: Pete Long, Mary Ng, Sara Khan\n\n"
            "1. Treasurer's report\n"
            "The balance stands at £2,450. Pete to prepare the annual accounts for the AGM.   ACTION: PL\n\n"
            "2. Fun day\nThe fun day raised £320. Mary will book the bouncy castle for July.   ACTION: MN\n")
    actions = [(a.text, [o.name for o in a.owners]) for a in extract(text.encode(), format="text").actions]
    assert actions == [("Pete to prepare the annual accounts for the AGM.", ["Pete Long"]),
                       ("Mary will book the bouncy castle for July.", ["Mary Ng"])]
