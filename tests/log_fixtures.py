"""Invented meeting logs kept in one Word file, written the inconsistent ways real authors keep
them (heading styles that change part way, drifting date formats, entry labels, per-meeting info
tables or "Date:" lines, short entries, page breaks, newest first, one table of meetings), and
single meetings that mention other dates. Every name and line is made up.

Each builder returns the .docx bytes and the ISO date of each meeting, in document order.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from docx import Document as new_document
from docx.enum.text import WD_BREAK

FIRST_NAMES = ("Ilse", "Tomas", "Renata", "Okoro", "Priya", "Dag", "Malin", "Bruno", "Yara", "Kofi")
LAST_NAMES = ("Varga", "Lindqvist", "Moreau", "Adeyemi", "Sandoval", "Halloran", "Petrak", "Quist")
TOPICS = ("the sensor rig", "the survey draft", "the budget sheet", "the test plan", "the poster",
          "the data cleaning", "the client demo", "the literature list", "the report outline")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class LogFixture:
    data: bytes
    dates: list[str | None]


def _people(n: int) -> list[str]:
    return [f"{FIRST_NAMES[(n + k) % len(FIRST_NAMES)]} {LAST_NAMES[(n * 3 + k) % len(LAST_NAMES)]}"
            for k in range(3)]


def _meeting_dates(count: int, start: date = date(2024, 2, 6), step: int = 7) -> list[date]:
    return [start + timedelta(days=step * k) for k in range(count)]


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


# Date writings a log drifts between; each names the day fully enough to read its year from the log.
DATE_WRITINGS: tuple[Callable[[date], str], ...] = (
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day}.{d.month}.{d.year % 100:02d}",
    lambda d: f"{WEEKDAY_NAMES[d.weekday()]} {_ordinal(d.day)} {MONTHS[d.month - 1]}",
    lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
    lambda d: f"{d.day} {MONTHS[d.month - 1][:3]}",  # yearless: read in the year of the entry before
)


def _body(doc: object, n: int, when: date, *, with_present: bool = True, next_date: bool = False) -> None:
    people = _people(n)
    if with_present:
        doc.add_paragraph(f"Present: {', '.join(people)}")  # type: ignore[attr-defined]
    doc.add_paragraph(f"We went through {TOPICS[n % len(TOPICS)]} and agreed the next steps.")  # type: ignore[attr-defined]
    doc.add_paragraph(f"{people[1].split()[0]} showed progress on {TOPICS[(n + 3) % len(TOPICS)]}.")  # type: ignore[attr-defined]
    doc.add_paragraph(f"Action: {people[0]} to send the notes round.")  # type: ignore[attr-defined]
    if next_date:
        later = when + timedelta(days=7)
        doc.add_paragraph(f"Next meeting: {later.day} {MONTHS[later.month - 1]} {later.year}")  # type: ignore[attr-defined]


def _bytes(doc: object) -> bytes:
    out = io.BytesIO()
    doc.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


def _title(doc: object, text: str = "Project Team Meeting Log") -> None:
    doc.add_heading(text, level=0)  # type: ignore[attr-defined]
    doc.add_paragraph("Running notes of our weekly meetings.")  # type: ignore[attr-defined]


def _bold_line(doc: object, text: str) -> None:
    doc.add_paragraph().add_run(text).bold = True  # type: ignore[attr-defined]


def _page_break(doc: object) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # type: ignore[attr-defined]


def _entry_heading(doc: object, text: str, style: str) -> None:
    """An entry's opening line in one of the styles an author slips between."""
    if style == "h1":
        doc.add_heading(text, level=1)  # type: ignore[attr-defined]
    elif style == "h2":
        doc.add_heading(text, level=2)  # type: ignore[attr-defined]
    elif style == "title":
        doc.add_heading(text, level=0)  # type: ignore[attr-defined]
    elif style == "bold":
        _bold_line(doc, text)
    else:
        doc.add_paragraph(text)  # type: ignore[attr-defined]


def dated_log(count: int = 10, *, styles: tuple[str, ...] = ("h1",), writings: tuple[int, ...] = (0,),
              page_breaks: bool = False, newest_first: bool = False, next_dates: bool = False,
              short_every: int = 0, label: Callable[[int, str], str] | None = None) -> LogFixture:
    """A log whose entries open with a date line; style and date writing cycle per ``styles`` /
    ``writings`` (in runs of a third of the log, as an author changes habit part way)."""
    doc = new_document()
    _title(doc)
    days = _meeting_dates(count)
    order = list(range(count))[::-1] if newest_first else list(range(count))
    run = max(1, -(-count // max(len(styles), len(writings), 1)))
    for pos, n in enumerate(order):
        when = days[n]
        written = DATE_WRITINGS[writings[min(pos // run, len(writings) - 1)]](when)
        text = label(n + 1, written) if label else written
        if page_breaks and pos:
            _page_break(doc)
        _entry_heading(doc, text, styles[min(pos // run, len(styles) - 1)])
        if written not in text:  # "Week 3" over its date
            doc.add_paragraph(f"Date: {written}")
        if short_every and n % short_every == short_every - 1:
            doc.add_paragraph("Meeting cancelled, no notes.")
            continue
        _body(doc, n, when, next_date=next_dates)
    return LogFixture(_bytes(doc), [days[n].isoformat() for n in order])


def info_table_log(count: int = 9, *, date_paragraph_every: int = 0, titled: bool = True) -> LogFixture:
    """A log whose entries carry a Date / Time / Venue / Attendees table, some a "Date:" paragraph
    instead, each under a heading without its date ("Weekly meeting")."""
    doc = new_document()
    _title(doc)
    days = _meeting_dates(count)
    for n, when in enumerate(days):
        if titled:
            doc.add_heading("Weekly meeting", level=1)
        written = f"{when.day} {MONTHS[when.month - 1]} {when.year}"
        if date_paragraph_every and n % date_paragraph_every == 1:
            doc.add_paragraph(f"Date: {written}")
            doc.add_paragraph("Venue: Room 4")
        else:
            table = doc.add_table(rows=4, cols=2)
            for r, (key, value) in enumerate((("Date", written), ("Time", "10:00"), ("Venue", "Room 4"),
                                              ("Attendees", ", ".join(_people(n))))):
                table.cell(r, 0).text = key
                table.cell(r, 1).text = value
        _body(doc, n, when, with_present=False)
    return LogFixture(_bytes(doc), [d.isoformat() for d in days])


def one_table_log(count: int = 8, *, writing: int = 1) -> LogFixture:
    """A log kept as one table, a row per meeting: Date | Attendees | Discussion | Actions."""
    doc = new_document()
    _title(doc)
    days = _meeting_dates(count)
    table = doc.add_table(rows=count + 1, cols=4)
    for c, head in enumerate(("Date", "Attendees", "Discussion", "Actions")):
        table.cell(0, c).text = head
    for n, when in enumerate(days, start=1):
        people = _people(n)
        table.cell(n, 0).text = DATE_WRITINGS[writing](when)
        table.cell(n, 1).text = ", ".join(people)
        table.cell(n, 2).text = f"Went through {TOPICS[n % len(TOPICS)]}."
        table.cell(n, 3).text = f"{people[0]} to update {TOPICS[(n + 2) % len(TOPICS)]}."
    return LogFixture(_bytes(doc), [d.isoformat() for d in days])


def single_meeting(*, heading_date: bool = True) -> LogFixture:
    """One meeting that mentions other dates: the previous minutes, deadlines, a dated agenda item
    and the next meeting."""
    doc = new_document()
    doc.add_heading("Allotment Society Committee Meeting", level=0)
    if heading_date:
        doc.add_paragraph("Tuesday 12 March 2024, 7pm, Village Hall")
    doc.add_paragraph("Present: Ilse Varga, Tomas Lindqvist, Renata Moreau")
    doc.add_heading("1. Minutes of the meeting of 13 February 2024", level=1)
    doc.add_paragraph("The minutes were agreed as a true record.")
    doc.add_heading("2. Open day on 20 April 2024", level=1)
    doc.add_paragraph("Stalls are booked. Posters go up on 1 April 2024.")
    doc.add_heading("3. Water rates", level=1)
    doc.add_paragraph("The bill of 5 March 2024 was paid.")
    _bold_line(doc, "9 April 2024")
    doc.add_paragraph("Deadline for plot renewals.")
    doc.add_heading("Date of next meeting", level=1)
    doc.add_paragraph("Tuesday 9 April 2024")
    return LogFixture(_bytes(doc), ["2024-03-12" if heading_date else None])


# How one entry is set apart from the one before it, where the author left only that.
SEPARATORS = ("page", "section", "break-before", "odd-section", "border-rule", "vml-rule", "text-rule")


def _separate(doc: object, how: str) -> None:
    """Start the next entry on a new page or after a drawn rule, the ways Word writes them."""
    from docx.enum.section import WD_SECTION
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    if how == "page":
        _page_break(doc)
    elif how in ("section", "odd-section"):
        doc.add_section(WD_SECTION.ODD_PAGE if how == "odd-section" else WD_SECTION.NEW_PAGE)  # type: ignore[attr-defined]
    elif how == "border-rule":
        para = doc.add_paragraph()  # type: ignore[attr-defined]
        para._p.get_or_add_pPr().append(parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'))
    elif how == "vml-rule":
        para = doc.add_paragraph()  # type: ignore[attr-defined]
        para._p.append(parse_xml(
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict><v:rect style="width:0;height:1.5pt" o:hr="t" '
            'o:hrstd="t" o:hralign="center" fillcolor="#a0a0a0" stroked="f"/></w:pict></w:r>'))
    elif how == "text-rule":
        doc.add_paragraph("* * *")  # type: ignore[attr-defined]
    # "break-before" is set on the entry's title (see `separated_log`).


def _page_break_before(paragraph: object) -> None:
    paragraph.paragraph_format.page_break_before = True  # type: ignore[attr-defined]


def separated_log(count: int = 10, *, separators: tuple[str, ...] = ("page",), title: str = "Team Meeting",
                  title_style: str = "h1", date_in: tuple[str, ...] = ("line",), writings: tuple[int, ...] = (0,),
                  cover: bool = True, step: int = 7) -> LogFixture:
    """A log whose entries are told apart only by a page break, a section break or a rule (each
    ``separators`` in turn), under the same undated title, dated by a "Date:" line, an info table
    or a line of the date alone below it (each ``date_in`` in turn)."""
    doc = new_document()
    if cover:
        _title(doc)
    days = _meeting_dates(count, step=step)
    for n, when in enumerate(days):
        how = separators[n % len(separators)]
        if n or cover:
            _separate(doc, how)
        _entry_heading(doc, title, title_style)
        if how == "break-before":
            _page_break_before(doc.paragraphs[-1])
        written = DATE_WRITINGS[writings[n % len(writings)]](when)
        where = date_in[n % len(date_in)]
        if where == "table":
            table = doc.add_table(rows=3, cols=2)
            for r, (key, value) in enumerate((("Date", written), ("Venue", "Room 4"),
                                              ("Attendees", ", ".join(_people(n))))):
                table.cell(r, 0).text, table.cell(r, 1).text = key, value
        elif where == "when-table":
            table = doc.add_table(rows=2, cols=2)
            for r, (key, value) in enumerate((("Held", f"{written}, 10:00 to 11:30"), ("Where", "Room 4"))):
                table.cell(r, 0).text, table.cell(r, 1).text = key, value
        elif where == "line":
            doc.add_paragraph(f"Date: {written}")
        elif where == "sentence":
            doc.add_paragraph(f"The team met on {written} in Room 4, with coffee.")
        elif where == "after-present":
            doc.add_paragraph(f"Present: {', '.join(_people(n))}")
            doc.add_paragraph(f"Held {written}, online and in Room 4 for those on site")
        else:
            doc.add_paragraph(written)
        _body(doc, n, when, with_present=where not in ("table", "after-present"))
    return LogFixture(_bytes(doc), [d.isoformat() for d in days])


def paged_single_meeting(*, separators: tuple[str, ...] = ("page",), agenda_dates: bool = True) -> LogFixture:
    """One meeting of several pages, its items set apart by page breaks or rules, that mentions
    other dates (the last minutes, deadlines, the next meeting)."""
    doc = new_document()
    doc.add_heading("Board of Trustees Meeting", level=0)
    doc.add_paragraph("Date: Wednesday 15 May 2024")
    doc.add_paragraph("Present: Ilse Varga, Tomas Lindqvist, Renata Moreau, Dag Quist")
    items = (("1. Minutes of the last meeting", "The minutes of 17 April 2024 were agreed."),
             ("2. Finance", "The accounts to 30 April 2024 were received."),
             ("3. Building works", "Works start on 3 June 2024. Tomas to brief the contractor."),
             ("4. Fundraising", "The summer fair is on 6 July 2024."),
             ("5. Any other business", "None."),
             ("6. Date of next meeting", "Wednesday 19 June 2024"))
    for n, (heading, text) in enumerate(items):
        if n:
            _separate(doc, separators[n % len(separators)])
        doc.add_heading(heading if agenda_dates else heading.split(". ", 1)[1], level=1)
        if separators[n % len(separators)] == "break-before" and n:
            _page_break_before(doc.paragraphs[-1])
        doc.add_paragraph(text)
        doc.add_paragraph("Discussed at length; no further comments.")
    return LogFixture(_bytes(doc), ["2024-05-15"])
