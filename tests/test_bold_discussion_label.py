"""A "Discussion:" label set in bold (a heading typed without a style) over numbered topics with notes
nested under each: each topic is an item, as under a styled "Discussion:" heading."""

from __future__ import annotations

from notes_extract import extract_text


def test_numbered_topics_under_a_bold_discussion_label_are_items() -> None:
    page = ("<html><body><p><b>Outreach Working Group</b></p><p>12 March 2025</p>"
            "<p><b>Attendees:</b></p><ul><li>Ann Lee</li><li>Bob Hart</li></ul>"
            "<p><b>Discussion:</b></p><ol>"
            "<li>Should the newsletter go monthly?<ul><li>Readers asked for more news.</li>"
            "<li>Writers are short of time.</li></ul></li>"
            "<li>Retire the old mailing list.<ul><li>Most members use the forum now.</li></ul></li>"
            "</ol></body></html>")
    record = extract_text(page, format="html")
    assert [s.title for s in record.sections] == ["Should the newsletter go monthly?",
                                                  "Retire the old mailing list."]
