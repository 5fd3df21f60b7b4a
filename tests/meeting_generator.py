"""A seeded generator of invented single meetings and meeting logs, to stress the decision
whether a document holds one meeting or several.

A meeting is composed of parts drawn at random: a title (dated or not, a "Date:" line or a form
table under it), attendance in its usual shapes, numbered or headed items some of which carry
dates (events, dated reports, the previous minutes named, action deadlines, "Dates for the
diary"), a next-meeting part, and sometimes an agenda before the minutes. A log is 3-8 such
meetings in a row. Each document renders to .docx (headings, bold or plain lines), .md or .txt.
Every name and line is made up.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date, timedelta

from docx import Document as new_document

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FIRST = ("Ilse", "Tomas", "Renata", "Okoro", "Priya", "Dag", "Malin", "Bruno", "Yara", "Kofi")
LAST = ("Varga", "Lindqvist", "Moreau", "Adeyemi", "Sandoval", "Halloran", "Petrak", "Quist")
BODIES = ("Allotment Society", "Riverside Residents Association", "Harbour Rowing Club",
          "Parents Forum", "Orchard Lane Tenants Group", "Mill Street Choir")
EVENTS = ("Plant sale", "Open day", "Quiz night", "Litter pick", "Summer fair", "Carol concert")

# A block of the abstract document: (kind, text); kinds: title, h1, h2, para, list, numbered, table.
Part = tuple[str, object]


@dataclass(frozen=True)
class Generated:
    data: bytes
    fmt: str
    dates: list[str]
    label: str


def _long(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _written(rng: random.Random, d: date) -> str:
    return rng.choice((
        _long(d), f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"))


def _people(rng: random.Random, count: int) -> list[str]:
    return [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(count)]


def _title(rng: random.Random, body: str, when: date, shape: int | None) -> tuple[list[Part], str]:
    shape = rng.randrange(5) if shape is None else shape
    text = _written(rng, when)
    if shape == 0:
        return [("title", f"Minutes of the {body} meeting held on {text}")], "held-on"
    if shape == 1:
        return [("title", f"{body} committee meeting, {text}")], "comma-date"
    if shape == 2:
        return [("title", f"{body} Committee Meeting"), ("para", f"Date: {text}")], "date-line"
    if shape == 3:
        return [("title", f"{body} committee meeting"),
                ("table", [("Date", text), ("Time", "7pm"), ("Venue", "Community hall")])], "form-table"
    return [("title", body), ("para", f"Minutes of the meeting held in the hall on {text}")], "held-line"


def _attendance(rng: random.Random) -> list[Part]:
    people = _people(rng, 4)
    shape = rng.randrange(3)
    if shape == 0:
        return [("para", f"Present: {', '.join(people[:3])}"), ("para", f"Apologies: {people[3]}")]
    if shape == 1:
        return [("h1", "Attendees"), *[("list", p) for p in people[:3]]]
    return [("para", f"Attendees: {', '.join(people[:3])}"), ("para", f"In attendance: {people[3]} (treasurer)")]


def _items(rng: random.Random, when: date) -> tuple[list[Part], str]:
    later = [when + timedelta(days=14 * k + rng.randrange(1, 10)) for k in range(1, 4)]
    earlier = when - timedelta(days=28)
    kinds = rng.sample(range(6), 3)
    parts: list[Part] = []
    heading = rng.choice(("h1", "numbered"))
    number = 1
    for kind in kinds:
        def head(text: str, number: int = number) -> Part:
            return (heading, f"{number}. {text}" if heading == "numbered" else text)
        if kind == 0:
            parts += [head("Minutes of the previous meeting"),
                      ("para", f"The minutes of the meeting held on {_long(earlier)} were approved.")]
        elif kind == 1:
            parts += [head("Treasurer's report"),
                      ("para", f"The report dated {_long(when - timedelta(days=3))} showed a balance of 300 pounds.")]
        elif kind == 2:
            style = rng.randrange(3)
            parts.append(head("Dates for the diary"))
            for d, event in zip(later, rng.sample(EVENTS, 3), strict=True):
                if style == 0:
                    parts.append(("list", f"{_long(d)} – {event}"))
                elif style == 1:
                    parts += [("bold", _long(d)), ("para", f"{event} in the hall.")]
                else:
                    parts += [("h2", f"{event} – {_long(d)}"), ("para", "Volunteers needed.")]
        elif kind == 3:
            people = _people(rng, 2)
            parts += [head("Actions"), ("table", [("Action", "Owner", "Due"),
                                                  ("Print posters", people[0], _long(later[0])),
                                                  ("Book the hall", people[1], _long(later[1]))])]
        elif kind == 4:
            parts += [head(f"{rng.choice(EVENTS)} on {_long(later[0])}"),
                      ("para", "It was agreed to order more chairs.")]
        else:
            parts += [head("Maintenance"), ("para", "The gate has been repaired and the shed painted.")]
        number += 1
    return parts, "+".join(str(k) for k in kinds)


def _next_meeting(rng: random.Random, when: date) -> tuple[list[Part], str]:
    nxt = _long(when + timedelta(days=28))
    shape = rng.randrange(5)
    if shape == 0:
        return [("para", f"Next meeting: {nxt} at 7pm")], "label"
    if shape == 1:
        return [("h1", "Next meeting"), ("para", f"Date: {nxt}"), ("para", "Venue: the hall")], "heading+date-line"
    if shape == 2:
        return [("h1", "Next meeting"), ("table", [("Date", nxt), ("Time", "7pm")])], "heading+table"
    if shape == 3:
        return [("h1", "Date of next meeting"), ("para", f"The next meeting will be held on {nxt}.")], "sentence"
    return [], "none"


def meeting(rng: random.Random, when: date, *, body: str | None = None,
            agenda: bool | None = None, title_shape: int | None = None) -> tuple[list[Part], str]:
    """One invented meeting's parts, and a label naming the shapes drawn."""
    body = body or rng.choice(BODIES)
    title, title_label = _title(rng, body, when, title_shape)
    items, item_shape = _items(rng, when)
    closing, next_shape = _next_meeting(rng, when)
    before: list[Part] = []
    if agenda if agenda is not None else rng.random() < 0.2:
        before = [("h1", "Agenda"), *[("list", t) for t in ("Apologies", "Reports", "Any other business")]]
    parts = title + before + _attendance(rng) + items + closing
    return parts, f"{title_label}/{item_shape}/{next_shape}/{'agenda' if before else ''}"


def _render_docx(parts: list[Part], rng: random.Random) -> bytes:
    doc = new_document()
    heading_as = rng.choice(("style", "bold", "plain"))
    for kind, text in parts:
        if kind == "table":
            rows = list(text)  # type: ignore[call-overload]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif kind == "title":
            doc.add_paragraph(str(text), style="Title" if heading_as != "plain" else None)
        elif kind in ("h1", "h2", "numbered"):
            if heading_as == "style":
                doc.add_heading(str(text), level=2 if kind == "h2" else 1)
            elif heading_as == "bold":
                doc.add_paragraph().add_run(str(text)).bold = True
            else:
                doc.add_paragraph(str(text))
        elif kind == "bold":
            doc.add_paragraph().add_run(str(text)).bold = True
        elif kind == "list":
            doc.add_paragraph(str(text), style="List Bullet")
        else:
            doc.add_paragraph(str(text))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _render_text(parts: list[Part], markdown: bool) -> bytes:
    lines: list[str] = []
    for kind, text in parts:
        if kind == "table":
            rows = list(text)  # type: ignore[call-overload]
            if markdown:
                lines += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
                lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
            else:
                lines += [f"{row[0]}: {', '.join(row[1:])}" for row in rows]
        elif kind == "title":
            lines.append(f"# {text}" if markdown else str(text))
        elif kind in ("h1", "numbered"):
            lines.append(f"## {text}" if markdown else str(text))
        elif kind == "h2":
            lines.append(f"### {text}" if markdown else str(text))
        elif kind == "bold":
            lines.append(f"**{text}**" if markdown else str(text))
        elif kind == "list":
            lines.append(f"- {text}")
        else:
            lines.append(str(text))
        lines.append("")
    return "\n".join(lines).encode()


def render(parts: list[Part], fmt: str, rng: random.Random) -> bytes:
    if fmt == "docx":
        return _render_docx(parts, rng)
    return _render_text(parts, markdown=fmt == "markdown")


def single(seed: int, fmt: str) -> Generated:
    rng = random.Random(seed)
    when = date(2024, 1, 8) + timedelta(days=rng.randrange(300))
    parts, label = meeting(rng, when)
    return Generated(render(parts, fmt, rng), fmt, [when.isoformat()], label)


def log(seed: int, fmt: str) -> Generated:
    """3-8 meetings of one body in a row, a month apart, sometimes under a log title."""
    rng = random.Random(seed)
    body = rng.choice(BODIES)
    count = rng.randrange(3, 9)
    start = date(2023, 1, 9) + timedelta(days=rng.randrange(200))
    whens = [start + timedelta(days=28 * k) for k in range(count)]
    parts: list[Part] = [("title", f"{body}: minutes {whens[0].year}")] if rng.random() < 0.5 else []
    labels = []
    title_shape = rng.randrange(5)  # a log's entries open alike
    for when in whens:
        one, label = meeting(rng, when, body=body, agenda=False, title_shape=title_shape)
        parts += one
        labels.append(label.split("/")[0])
    return Generated(render(parts, fmt, rng), fmt, [w.isoformat() for w in whens], ",".join(sorted(set(labels))))
