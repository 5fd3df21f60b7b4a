"""A page footer ("Page 1 of 2") and the minutes' sign-off ("Signed ....... Chairman", a "Signed" heading
over the chair's name) are not agenda items. Invented snippets."""

from __future__ import annotations

from notes_extract import extract_text


def _titles(text: str, fmt: str | None = None) -> list[str]:
    return [s.title for s in extract_text(text, format=fmt).sections]


def test_page_footer_underlined_in_text() -> None:
    text = ("ROWING CLUB COMMITTEE MINUTES\nDate: 3 June 2025\nPresent: Ann Lee, Bo Ode, Cy Park\n\n"
            "Trailer repairs\nThe axle has been replaced.\n\nSummer regatta\nEntries open on 1 July.\n\n"
            "Page 1 of 2\n-----\n\nAny other business\nNone was raised.\n")
    assert _titles(text) == ["Trailer repairs", "Summer regatta", "Any other business"]


def test_dotted_signature_line_after_the_last_item() -> None:
    text = ("TOWN COUNCIL\nMINUTES OF THE FINANCE COMMITTEE held on 14 July 2025\n"
            "PRESENT: Cllrs Ann Lee, Bo Ode, Cy Park\n\n25/033 PAYMENTS SCHEDULE\n"
            "RESOLVED that the payments be approved."
            "\n\n25/035 ALLOTMENT RENTS\nRESOLVED to increase rents by 3% from October.\n\n"
            "Signed .............................. Chairman\nDate ................................\n")
    assert [t.casefold() for t in _titles(text)] == ["payments schedule", "allotment rents"]


def test_signed_heading_over_the_chairs_name() -> None:
    text = ("# Students' council\n\nMinutes of 30 January 2025\n\nPresent: Ann Lee, Bo Ode, Cy Park\n\n"
            "## Library hours\n\nThe motion passed unanimously.\n\n## Elections timeline\n\n"
            "Nominations open on 17 February.\n\n## Signed\n\nAnn Lee, President\n")
    assert _titles(text, "markdown") == ["Library hours", "Elections timeline"]


def test_page_marker_lines() -> None:
    from notes_extract.segment.sign_offs import page_marker

    assert page_marker("Page 2 of 3") and page_marker("Trust minutes - confidential - page 1")
    assert not page_marker("Page 2 of the report was amended.") and not page_marker("Front page redesign")
