"""Numbered items that only group sub-items ("2. Committee reports" over "a) Membership: ..."): the sub-items
are the sections (invented minutes)."""

from notes_extract import extract_text

_HEAD = "Riverside Garden Club\nMinutes of the Board Meeting, 4 March 2024\nPresent: Ann Lee, Bo Chan, Cy Dunn\n\n"


def test_lettered_captions_under_a_reports_item() -> None:
    text = _HEAD + """1. Approval of minutes
The minutes of the February meeting were approved.

2. Committee reports
a) Membership: We have 45 paid members, up from 40.
b) Garden tours: The tour of the lake gardens is booked for June.

3. Spring plant sale
The sale will be held on 20 April.
"""
    titles = [s.title for s in extract_text(text, format="text").sections]
    assert titles == ["Approval of minutes", "Membership", "Garden tours", "Spring plant sale"]


def test_old_and_new_business_over_captioned_bullets_and_titled_sub_items() -> None:
    text = _HEAD + """1. Approval of minutes: approved.
2. Old business:
   - Garden tours: booked for June
   - Publicity: posters in the library
3. New business:
   1. Plant sale:
      - to be held 20 April
   2. Website redesign
      - Cy will get quotes
"""
    titles = [s.title for s in extract_text(text, format="text").sections]
    assert titles == ["Approval of minutes", "Garden tours", "Publicity", "Plant sale", "Website redesign"]


def test_a_group_of_plain_points_stays_an_item() -> None:
    text = _HEAD + """1. Approval of minutes
The minutes of the February meeting were approved.

2. Committee reports
a) The balance is $1,200.
b) The tour of the lake gardens is booked for June.

3. Spring plant sale
The sale will be held on 20 April.
"""
    titles = [s.title for s in extract_text(text, format="text").sections]
    assert "Spring plant sale" in titles and not any(t.startswith("The ") for t in titles)
