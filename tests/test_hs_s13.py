"""Section rules from the wild pool (session 13, family: sections), tested on invented snippets.

- items captioned with a dash: "Library Fund –" on a line over its text, or "Approval of Minutes –
  there were ..." with the text run on, in minutes that title several items so.
"""

from __future__ import annotations

from notes_extract import extract

CAPTIONED = """Riverside Quilting Guild
Monthly meeting, 4 March 2021

Welcome –
The meeting was opened by the President at 7 pm.
Approval of Minutes – there were no corrections.
Library Fund –
It was noted that-
Two new books were bought.
Workshop Schedule –
Raffle Report –
Tickets sold well, and the prize was a lap quilt.
Show and Tell – members brought eight quilts.
"""


def _titles(text: str) -> list[str]:
    return [s.title for s in extract(text.encode(), format="text").sections]


def test_dash_captions_open_items_whatever_follows() -> None:
    assert _titles(CAPTIONED) == ["Welcome", "Approval of Minutes", "Library Fund", "Workshop Schedule",
                                  "Raffle Report", "Show and Tell"]


def test_dash_caption_keeps_its_text_and_an_empty_caption_stays() -> None:
    sections = extract(CAPTIONED.encode(), format="text").sections
    by_title = {s.title: [p.text for p in s.points] for s in sections}
    assert by_title["Library Fund"] == ["It was noted that-", "Two new books were bought."]
    assert by_title["Workshop Schedule"] == []
    assert by_title["Show and Tell"] == ["members brought eight quilts."]



BLOG_POST = """Hillcrest Allotment Society

Committee meeting, 9 May 2019

The meeting opened at 7 pm.

Water Troughs
The new troughs are in place and working.

Plot Inspections
Inspections will be held in June.

The meeting closed at 8.30 pm.

Leave a Reply
Your email address will not be published.
"""


def test_a_blog_comment_form_ends_the_minutes() -> None:
    assert _titles(BLOG_POST) == ["Water Troughs", "Plot Inspections"]


def test_no_comments_over_post_a_comment_is_no_point() -> None:
    text = ("Parish Walking Group\nMeeting, 3 June 2018\n\nPresent: Ann Lee, Bo Ode\n\n"
            "Routes\nThe summer routes were agreed.\n"
            "Two new walk leaders were welcomed.\n\nNo comments:\nPost a Comment\n")
    points = [p.text for s in extract(text.encode(), format="text").sections for p in s.points]
    assert points == ["The summer routes were agreed.", "Two new walk leaders were welcomed."]


LABELLED_BULLETS = """Oakfield Book Circle
Meeting of 2 February 2022

Thank you all for coming. A summary of what we covered:

- Reading List: the spring list was agreed, with six titles.
- Library Visit – The visit is booked for March.
- The room was warm and comfortable.
- Membership Fees: fees stay at ten pounds a year.

We close with thanks to our host.
"""


def test_a_list_of_labelled_bullets_is_a_list_of_items() -> None:
    sections = extract(LABELLED_BULLETS.encode(), format="text").sections
    assert [s.title for s in sections] == ["Reading List", "Library Visit", "Membership Fees"]
    assert [p.text for p in sections[1].points] == ["The visit is booked for March.",
                                                   "The room was warm and comfortable."]
    assert [p.text for p in sections[2].points] == ["fees stay at ten pounds a year."]


def test_bullets_labelled_with_names_stay_points() -> None:
    text = LABELLED_BULLETS + ("\nEach member then spoke in turn about the month.\n\n"
                               "- Priya Nair: I finished the second novel.\n"
                               "- Tomas Berg: I will bring biscuits.\n- Ulla Frey: I liked the ending.\n")
    sections = extract(text.encode(), format="text").sections
    assert [s.title for s in sections] == ["Reading List", "Library Visit", "Membership Fees"]


TIMED = """# Elm Street Neighbours

Meeting of 12 April 2022

6:30 - Call to order
6:32 - Tree planting day
- Saplings arrive on Friday
- Volunteers meet at the corner
6:45 - Parking survey
6:58 - Summer fair stalls
- Four stalls booked so far
7:10 - Meeting adjourned
"""


def test_time_stamped_lines_are_the_items_of_a_timed_log() -> None:
    sections = extract(TIMED.encode(), format="markdown").sections
    assert [s.title for s in sections] == ["Call to order", "Tree planting day", "Parking survey",
                                           "Summer fair stalls", "Meeting adjourned"]
    assert [p.text for p in sections[1].points] == ["Saplings arrive on Friday", "Volunteers meet at the corner"]


def test_stamped_opening_and_closing_lines_alone_make_no_timed_log() -> None:
    text = ("Harbour Rowing Club\n\n8:00pm: Meeting called to order\n\n"
            "- Boat repairs: Two hulls need new paint.\n- Coaching sessions: Saturday sessions start in May.\n"
            "- Annual fees: The fee stays the same this year.\n\n9:10pm: Meeting adjourned\n")
    assert _titles(text)[:3] == ["Boat repairs", "Coaching sessions", "Annual fees"]


def test_a_heading_naming_the_minutes_is_no_item() -> None:
    text = ("June 12, 2021\nGardening Club Minutes\n- Seed swap was held in the hall\n"
            "- Two new members joined the club\n- Tom will order the compost bins\n")
    record = extract(text.encode(), format="text")
    assert "Gardening Club Minutes" not in [s.title for s in record.sections]
