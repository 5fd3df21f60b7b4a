"""The minutes record: Pydantic models that are the single source of truth.

`schemas/minutes.schema.json` is exported from `MinutesRecord`; the field
names, types and meanings follow the record contract, version 1 (schema 1.1 adds fields). Models are
strict (``extra="forbid"``, constrained strings) so an invalid record cannot
be built.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator

from notes_extract.warning_codes import notice_code as code_of
from notes_extract.warning_codes import warning

SCHEMA_VERSION = "1.1"  # 1.1: notices, source.meeting_index / meeting_count, descriptions (README "Schema changes")

IsoDate = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$"), Field(json_schema_extra={"format": "date"})]
# "HH:MM", 24 h: not JSON Schema's "time" format, which needs seconds and a time zone.
Time24 = Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]

SourceFormat = Literal["docx", "pdf", "text", "markdown", "odt", "html", "doc", "rtf", "wpd", "image"]
DueKind = Literal["date", "next_meeting", "ongoing", "asap", "tbc", "other"]
ActionStatus = Literal["open", "in_progress", "done", "cancelled"]
ActionOrigin = Literal["this_meeting", "previous_meeting"]
DecisionKind = Literal["resolution", "agreement", "motion", "other"]
DecisionOutcome = Literal["carried", "defeated", "withdrawn", "deferred", "lapsed"]
SectionKind = Literal[
    "discussion", "report", "action_review", "declarations", "previous_minutes", "aob", "other"
]
PointKind = Literal["point", "action", "decision"]


def _one_line(value: object) -> object:
    """A text as one line: a table cell's or a wrapped paragraph's line breaks read as spaces."""
    return " ".join(value.split()) if isinstance(value, str) and ("\n" in value or "\r" in value) else value


# The record's texts are single lines, whatever layout the document gave them.
Text = Annotated[str, BeforeValidator(_one_line)]


class _Model(BaseModel):
    # Fields with a default are always written, so the schema lists them as required.
    model_config = ConfigDict(extra="forbid", validate_assignment=True,
                              json_schema_serialization_defaults_required=True)


class Source(_Model):
    """The file the record was read from."""

    path: str | None = Field(None, description="Path or name of the input; null for bytes or standard input.")
    format: SourceFormat = Field(description="The format the bytes were read as (detected, or forced).")
    sha256: Sha256 = Field(description="SHA-256 of the input bytes, lower-case hex.")
    pages: int | None = Field(None, ge=0, description="Page count for paged formats (PDF, images); else null.")
    ocr_pages: list[int] | None = Field(None, description="Pages (from 1) whose text was read by OCR, when any.")
    meeting_index: int = Field(1, ge=1, description="Which meeting of the file this record is, from 1 "
                               "(a meeting log gives one record per meeting).")
    meeting_count: int = Field(1, ge=1, description="How many meetings the file holds.")


class Meeting(_Model):
    """When, where and by whom the meeting was held; null when not stated."""

    title: Text | None = Field(None, description="The meeting's title or the body that met.")
    date: IsoDate | None = Field(None, description="The meeting date, ISO YYYY-MM-DD.")
    date_text: Text | None = Field(None, description="The date as written.")
    start_time: Time24 | None = Field(None, description="Start time, HH:MM (24 h).")
    end_time: Time24 | None = Field(None, description="End (close) time, HH:MM (24 h).")
    location: Text | None = Field(None, description="Where the meeting was held, as written.")
    chair: Text | None = Field(None, description="Who chaired, resolved against the attendance lists.")
    minute_taker: Text | None = Field(None, description="Who took the minutes.")


class Attendee(_Model):
    """A person in one of the attendance lists."""

    name: Text = Field(min_length=1, description="Name as listed, without honorifics or role.")
    role: Text | None = Field(None, description='Normalised lower-case role, e.g. "chair"; null when none given.')
    text: Text = Field(description="The list entry as written.")


class Attendance(_Model):
    """Who was there, who sent their excuses, who was absent, and who attended without being a member."""

    present: list[Attendee] = Field(default_factory=list, description="Members present.")
    apologies: list[Attendee] = Field(default_factory=list, description="Those who sent their excuses.")
    absent: list[Attendee] = Field(default_factory=list, description="Members absent without excuse.")
    in_attendance: list[Attendee] = Field(
        default_factory=list, description="Non-members: clerks, officers, guests, observers."
    )


class Owner(_Model):
    """Who an action belongs to."""

    text: Text = Field(min_length=1, description='The owner as written ("Nicc").')
    name: Text = Field(min_length=1, description="Resolved against attendance, else the text.")


class Due(_Model):
    """When an action is due."""

    text: Text = Field(description="The deadline as written.")
    date: IsoDate | None = Field(None, description="The deadline as an ISO date, when it is one.")
    kind: DueKind = Field(description="date, next_meeting, ongoing, asap, tbc or other.")


class Action(_Model):
    """A task someone is to do, raised or reviewed at the meeting."""

    ref: Text | None = Field(None, description='The action\'s own label ("1", "A"), if any.')
    text: Text = Field(min_length=1, description="The task as written, without its label, owner or deadline.")
    owners: list[Owner] = Field(default_factory=list, description="Who is to do it; [] when nobody is named.")
    due: Due | None = Field(None, description="When it is due; null when not stated.")
    status: ActionStatus = Field("open", description="open, in_progress, done or cancelled.")
    status_text: Text | None = Field(None, description="The status words as written.")
    origin: ActionOrigin = Field("this_meeting", description="Raised at this meeting, or reviewed from a previous one.")
    section: Text | None = Field(None, description="Title of the section that raised it.")


class Votes(_Model):
    """A vote's tally."""

    for_: int = Field(alias="for", ge=0, description="Votes for.")
    against: int = Field(ge=0, description="Votes against.")
    abstain: int = Field(0, ge=0, description="Abstentions.")

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True,
                              json_schema_serialization_defaults_required=True)


class Decision(_Model):
    """Something the meeting decided, resolved or voted on."""

    text: Text = Field(min_length=1, description="The decision as written.")
    kind: DecisionKind = Field("other", description="resolution, agreement, motion or other.")
    section: Text | None = Field(None, description="Title of the section it was taken in.")
    proposer: Text | None = Field(None, description="Who proposed (moved) it.")
    seconder: Text | None = Field(None, description="Who seconded it.")
    outcome: DecisionOutcome | None = Field(None, description="carried, defeated, withdrawn, deferred or lapsed.")
    votes: Votes | None = Field(None, description="The tally, when the minutes give one.")


class Point(_Model):
    """One point of a section's discussion."""

    text: Text = Field(min_length=1, description="The point as written.")
    level: int = Field(0, ge=0, description="Nesting: 0 top level, 1, 2 ... for nested bullets.")
    kind: PointKind = Field("point", description="point, or the action or decision it states.")


class Section(_Model):
    """An agenda item or discussion topic, with its points."""

    title: Text = Field(min_length=1, description="The item's subject, without numbering or presenter.")
    heading_text: Text = Field(description="The heading as written.")
    kind: SectionKind = Field("discussion", description="discussion, report, action_review, declarations, "
                              "previous_minutes, aob or other.")
    presenter: Text | None = Field(None, description="Who presented it, resolved like an owner.")
    points: list[Point] = Field(default_factory=list, description="Its points in document order.")


class NextMeeting(_Model):
    """The next meeting, as announced."""

    text: Text = Field(description="The announcement as written.")
    date: IsoDate | None = Field(None, description="Its date, ISO YYYY-MM-DD.")
    start_time: Time24 | None = Field(None, description="Its start time, HH:MM (24 h).")
    location: Text | None = Field(None, description="Where it will be held.")
    tbc: bool = Field(False, description="The date or place is still to be confirmed.")


class Notice(_Model):
    """One warning with its stable code (see `notes_extract.warning_codes`)."""

    code: str = Field(min_length=1, description='Stable code from the catalogue, e.g. "date-from-file-name".')
    message: str = Field(description="The warning in words; the same text as in `warnings`.")


class MinutesRecord(_Model):
    """One meeting, read from one document."""

    schema_version: Literal["1.1"] = Field(SCHEMA_VERSION, description="Version of this record format.")
    source: Source = Field(description="Where the record comes from: the file, its format and hash, and "
                           "which of the file's meetings this is.")
    meeting: Meeting = Field(default_factory=Meeting, description="When, where and by whom the meeting was held.")
    attendance: Attendance = Field(default_factory=Attendance,
                                   description="Who attended, sent their excuses or was absent.")
    actions: list[Action] = Field(default_factory=list, description="Every action, once.")
    decisions: list[Decision] = Field(default_factory=list, description="Every decision.")
    sections: list[Section] = Field(default_factory=list, description="Agenda items in order, with their points.")
    declarations_of_interest: list[str] = Field(
        default_factory=list, description="Declared interests; [] when none were declared or found."
    )
    next_meeting: NextMeeting | None = Field(None, description="The next meeting, when announced.")
    warnings: list[str] = Field(default_factory=list, description="What could not be read cleanly, in words.")
    notices: list[Notice] = Field(default_factory=list, description="The warnings again, in the same order, "
                                  "each with its stable code.")

    @model_validator(mode="after")
    def _notices_match_warnings(self) -> MinutesRecord:
        if [n.message for n in self.notices] != list(self.warnings):
            raise ValueError("notices must give the warnings' messages, in the same order")
        return self

    def add_warning(self, code: str, message: str) -> None:
        """Add a warning to `warnings` and, with its catalogue ``code``, to `notices`."""
        notice = Notice(code=code_of(warning(code, message)), message=message)
        # Both lists at once: assigning one alone would fail the validator above.
        self.__dict__["warnings"] = [*self.warnings, message]
        self.__dict__["notices"] = [*self.notices, notice]

    def to_json(self, *, indent: int | None = 2) -> str:
        """The record as JSON text, in the contract's field names."""
        return self.model_dump_json(indent=indent, by_alias=True)


def notices_for(warnings: list[str]) -> list[Notice]:
    """The `notices` of a record whose ``warnings`` were made by `warning_codes.warning`."""
    return [Notice(code=code_of(message), message=str(message)) for message in warnings]


def json_schema() -> dict:
    """The JSON Schema of `MinutesRecord`, as published in ``schemas/``."""
    schema = MinutesRecord.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://notes-extract.dev/schemas/minutes-{SCHEMA_VERSION}.schema.json"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
