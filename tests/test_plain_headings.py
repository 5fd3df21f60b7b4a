"""Word minutes typed without styles: bold paragraphs as the document's own headings (invented snippets)."""

from __future__ import annotations

from pathlib import Path

from notes_extract.api import extract

from .plain_render import render_docx


def _sections(src: str, tmp_path: Path) -> list[str]:
    record = extract(render_docx(src, tmp_path / "minutes.docx"))
    return [s.title for s in record.sections]


LONG_HEADING = """# Linden Road Tenants' Group
Present: Ann, Bo, Cy, Di
## Bins
The bins were left out again.
## Ann: Said the landlord could repaint the stairwell this spring if we agree on a colour by the end of the month
Members liked pale green.
## Garden
Bo will cut the hedge.
## Lighting
Two lamps are out.
"""


def test_long_bold_paragraph_in_a_bold_heading_style_is_a_heading(tmp_path: Path) -> None:
    titles = _sections(LONG_HEADING, tmp_path)
    assert len(titles) == 4
    assert "stairwell" in titles[1]


EMPHASIS = """# Linden Road Tenants' Group
Present: Ann, Bo, Cy, Di
## Bins
The bins were left out again.
**Resolved that the group writes to the landlord about the bins and asks for a second collection every week in winter**
Cy will draft it.
## Garden
Bo will cut the hedge.
## Lighting
Two lamps are out.
"""


def test_long_bold_resolution_stays_a_point(tmp_path: Path) -> None:
    assert _sections(EMPHASIS, tmp_path) == ["Bins", "Garden", "Lighting"]


UNDER_A_LABEL = """# Games Society – Committee
Present: Ann, Bo, Cy, Di
## Item 1: Room booking
- Discussion: the usual room is being refurbished
## Item 2: Spring tournament
- Discussion: sixteen teams have entered
## Decisions Made
## Decision 1: Book the library seminar room until Easter
- Decision: Ann books it for Tuesdays
## Decision 2: Cap the tournament at sixteen teams
- Decision: late entries go on a waiting list
"""


def test_bold_lines_under_a_bold_field_label_are_its_content(tmp_path: Path) -> None:
    titles = _sections(UNDER_A_LABEL, tmp_path)
    assert not any(t.startswith("Decision") for t in titles)


TEMPLATE = """# Orchestra committee
Present: Ann, Bo, Cy
## Summer concert
## Where things stand
The hall is booked for July.
## What members said
Bo thinks the date clashes with the fete.
## Uniforms
## Where things stand
The old jackets are worn.
## What members said
Cy will price new ones.
## Fundraising
## Where things stand
The raffle raised little last year.
## What members said
Ann suggests a quiz night instead.
"""


def test_bold_lines_repeated_under_every_bold_topic_are_its_parts(tmp_path: Path) -> None:
    assert _sections(TEMPLATE, tmp_path) == ["Summer concert", "Uniforms", "Fundraising"]


AGENDA_OVER_HEADINGS = """# Accessibility working group
Attendees: Ann, Bo, Cy
## Agenda
## Since last time
- The contrast checker was merged.
- Two new issues were filed.
## Screen reader testing
- Bo tested the menus with a screen reader.
## Documentation
- Cy will write the keyboard shortcuts page.
"""


def test_an_agenda_label_over_bold_headings_is_no_list_of_agenda_items(tmp_path: Path) -> None:
    assert _sections(AGENDA_OVER_HEADINGS, tmp_path)[:1] == ["Since last time"]


PROPOSAL_AND_MOTION = """# Linden Road Tenants' Group
Present: Ann, Bo, Cy, Di
## Bins
The bins were left out again.
## Proposal to name a contact for the landlord who answers the letters and emails that arrive between meetings
Everyone agreed that someone should. Di was named.
## Garden
**Motion to spend up to two hundred pounds of the group's funds on new planters for the front garden this spring.**
Seconded by Bo. Carried.
## Lighting
Two lamps are out.
"""


def test_a_long_bold_proposal_titles_an_item_and_a_bold_motion_stays_a_point(tmp_path: Path) -> None:
    titles = _sections(PROPOSAL_AND_MOTION, tmp_path)
    assert len(titles) == 4 and titles[1].startswith("Proposal to name")


LABELLED_DETAILS = """# Riverside Rowing Club – Safety Committee
The committee meets monthly; all members are welcome.
## Attendees
Ann Lee, Bo Ode, Cy Park
## Meeting details
**Date**: Tuesday, 3 March 2026
**Venue**: the boathouse
## Lifejackets
Four need new buckles.
## Night rowing
Lights are needed on every boat.
## First aid
The kit was restocked.
"""


def test_a_bold_word_labelled_just_after_the_bold_is_a_field_not_an_item(tmp_path: Path) -> None:
    titles = _sections(LABELLED_DETAILS, tmp_path)
    assert "Date" not in titles and "Venue" not in titles
