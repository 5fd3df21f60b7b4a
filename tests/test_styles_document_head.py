"""Styles of a document's head: page metadata (fenced or not), template tags, the
title the minutes give themselves, times written as "1200 CEST" or "At 7pm ... was
held", a minute taker named among the participants, and reStructuredText headings.
All snippets are invented."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.document import BlockKind
from notes_extract.loaders.text import load
from notes_extract.loaders.text.front_matter import split_front_matter
from notes_extract.models import MinutesRecord


def text(data: bytes) -> MinutesRecord:
    return extract(data, format="text")


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


class TestPageMetadata:
    UNFENCED = (b"title: Spring SGM\nslug: spring-sgm\ndate: 2023-01-09 10:15:00 UTC+01:00\ntags: \n"
                b"category: \n\n# Minutes of Harbour Kayak Club SGM - 14 March 2021\n\n"
                b"Present: Una Fell, Rob Marr, Ian Cole\n\n"
                b"At 8:15pm on Sunday, 14 March 2021, a special general meeting was held.\n\n"
                b"## Boats\nThe club will sell two boats.\n")

    def test_unfenced_page_keys_are_metadata_not_text(self) -> None:
        meta, rest = split_front_matter(["title: Spring SGM", "slug: spring-sgm", "tags:", "", "# Club"])
        assert meta == {"title": "Spring SGM", "slug": "spring-sgm"}
        assert rest == ["", "# Club"]

    def test_minutes_own_labels_are_not_page_metadata(self) -> None:
        lines = ["Date: 12 May 2022", "Venue: Village Hall", "", "Present: Ann Lee"]
        assert split_front_matter(lines) == ({}, lines)

    def test_toml_front_matter(self) -> None:
        meta, rest = split_front_matter(["+++", 'title = "Ops sync"', "draft = false", "+++", "# Ops"])
        assert meta == {"title": "Ops sync", "draft": "false"}
        assert rest == ["# Ops"]

    def test_heading_date_and_prose_time_outrank_the_publication_stamp(self) -> None:
        meeting = markdown(self.UNFENCED).meeting
        assert meeting.title == "Harbour Kayak Club SGM"
        assert meeting.date == "2021-03-14"
        assert meeting.start_time == "20:15"
        assert meeting.location is None

    def test_the_heading_outranks_a_generic_front_matter_title(self) -> None:
        data = (b"---\ntitle: Meeting 07\n---\n\n# Tide Gauge Steering Group Meeting #7\n\n12 May 2022\n\n"
                b"## Budget\nAgreed.\n")
        assert markdown(data).meeting.title == "Tide Gauge Steering Group Meeting #7"

    def test_template_tags_take_the_front_matter_or_go(self) -> None:
        data = (b"---\ntitle: Lantern Guild call\ndate: 2019-06-03\n---\n# {{ page.title }}\n\n"
                b"{% include nav.html %}\n\nDate: {{ page.date | date: '%d %B %Y' }} {{ site.zone }}\n\n"
                b"## Roadmap\nText.\n")
        document = load(data, source="x.md", markdown=True)
        assert [b.text for b in document.blocks][:2] == ["Lantern Guild call", "Date: 2019-06-03"]
        assert markdown(data).meeting.title == "Lantern Guild call"


class TestTimes:
    def head(self, line: str) -> bytes:
        head = "# Orchard Society meeting, 3 March 2020\n\nPresent: Ann Lee, Bob Kay\n\n"
        return f"{head}{line}\n\n## Item\nText.\n".encode()

    def test_a_24_hour_time_with_its_zone_after_the_date(self) -> None:
        data = b"# Tooling call\n\nDate: 2 July 2017, 1200 CEST\n\nPresent: Ann Lee, Bob Kay\n\n## Item\nText.\n"
        meeting = markdown(data).meeting
        assert (meeting.start_time, meeting.location) == ("12:00", None)

    def test_the_time_first_then_held(self) -> None:
        assert markdown(self.head("At 7:30pm on Tuesday a special meeting was held.")).meeting.start_time == "19:30"

    def test_a_time_then_called_to_order(self) -> None:
        assert markdown(self.head("14:05 Meeting called to order.")).meeting.start_time == "14:05"

    def test_opened_at_noon(self) -> None:
        assert markdown(self.head("The meeting opened at noon.")).meeting.start_time == "12:00"


class TestMinutesByAmongNames:
    def test_minutes_by_after_the_names_is_the_minute_taker(self) -> None:
        data = (b"# Board meeting\n\n12 May 2022\n\nParticipants: Ann Lee, Bob Kay, Cy Dunn. Minutes by AL.\n\n"
                b"## Item\nText.\n")
        record = markdown(data)
        assert record.meeting.minute_taker == "Ann Lee"
        assert [a.name for a in record.attendance.present] == ["Ann Lee", "Bob Kay", "Cy Dunn"]

    def test_in_a_table_cell(self) -> None:
        data = (b"# Board meeting\n\n| | |\n|---|---|\n| Date | 12 May 2022 |\n"
                b"| Participants | Ann Lee, Bob Kay, Scribe: Cy Dunn |\n\n## Item\nText.\n")
        record = markdown(data)
        assert record.meeting.minute_taker == "Cy Dunn"
        assert "Scribe: Cy Dunn" not in [a.name for a in record.attendance.present]


class TestRestructuredTextHeadings:
    RST = (b"==================\nRiver Trust notes\n==================\n\n.. contents:: Agenda\n   :depth: 1\n\n"
           b"Present: Ann Lee, Bob Kay\n\nProjects\n########\n\nWeir survey\n~~~~~~~~~~~\nSurvey booked.\n\n"
           b"Fish pass\n~~~~~~~~~\nBob Kay to chase the grant.\n\nFinance\n#######\n\nBudget\n^^^^^^\nOn track.\n")

    def test_levels_follow_the_order_styles_first_appear(self) -> None:
        blocks = load(self.RST, source="x.rst", markdown=False).blocks
        headings = [(b.text, b.level) for b in blocks if b.kind is BlockKind.HEADING]
        assert headings == [("River Trust notes", 1), ("Projects", 2), ("Weir survey", 3), ("Fish pass", 3),
                            ("Finance", 2), ("Budget", 4)]
        assert not any(b.text.startswith(("..", ":depth")) for b in blocks)

    def test_grouping_headings_give_way_to_their_items(self) -> None:
        record = text(self.RST)
        # "Finance" has one item under it: it keeps it as its own content (see restructure)
        assert [s.title for s in record.sections] == ["Weir survey", "Fish pass", "Finance"]

    def test_a_rule_under_a_lone_line_still_underlines_it(self) -> None:
        blocks = load(b"Some words\n----------\nNext line\n----------\n", source="x.txt", markdown=False).blocks
        assert [(b.kind, b.text) for b in blocks] == [(BlockKind.HEADING, "Some words"),
                                                      (BlockKind.HEADING, "Next line")]


class TestAgendaListingTheHeadings:
    DATA = (b"Orchard Trust call\n==================\n\nPresent: Ann Lee, Bob Kay\n\nOpening (Ann)\n-------------\n\n"
            b"1. Pruning (Ann)\n2. Grants\n\n   2.1 Lottery bid (Bob)\n\n3. Volunteers\n\n"
            b"Pruning (Ann)\n------------\nWinter pruning is done.\n\nGrants\n------\n\n"
            b"Lottery bid (Bob)\n~~~~~~~~~~~~~~~~~\n"
            b"Bid sent.\n\nCouncil grant\n~~~~~~~~~~~~~\nRefused.\n\nVolunteers\n----------\nTwo new volunteers.\n")

    def test_the_list_is_the_agenda_and_the_headings_the_sections(self) -> None:
        titles = [s.title for s in text(self.DATA).sections]
        assert titles == ["Opening", "Pruning", "Lottery bid", "Council grant", "Volunteers"]
