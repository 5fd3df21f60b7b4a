"""The minutes record: Pydantic models that are the single source of truth.

`schemas/minutes.schema.json` is exported from `MinutesRecord`; the field
names, types and meanings follow the record contract, version 1.0. Models are
strict (``extra="forbid"``, constrained strings) so an invalid record cannot
be built.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

SCHEMA_VERSION = "1.0"

IsoDate = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]
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


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Source(_Model):
    """The file the record was read from."""

    path: str | None = Field(None, description="Path or name of the input, when known.")
    format: SourceFormat
    sha256: Sha256 = Field(description="SHA-256 of the input bytes, lower-case hex.")
    pages: int | None = Field(None, ge=0, description="Page count for paged formats.")
    ocr_pages: list[int] | None = Field(None, description="Pages (from 1) whose text was read by OCR, when any.")


class Meeting(_Model):
    """When, where and by whom the meeting was held; null when not stated."""

    title: str | None = None
    date: IsoDate | None = None
    date_text: str | None = Field(None, description="The date as written.")
    start_time: Time24 | None = None
    end_time: Time24 | None = None
    location: str | None = None
    chair: str | None = None
    minute_taker: str | None = None


class Attendee(_Model):
    name: str = Field(min_length=1, description="Name as listed, without honorifics or role.")
    role: str | None = Field(None, description='Normalised lower-case role, e.g. "chair".')
    text: str = Field(description="The list entry as written.")


class Attendance(_Model):
    present: list[Attendee] = Field(default_factory=list)
    apologies: list[Attendee] = Field(default_factory=list)
    absent: list[Attendee] = Field(default_factory=list)
    in_attendance: list[Attendee] = Field(
        default_factory=list, description="Non-members: clerks, officers, guests, observers."
    )


class Owner(_Model):
    text: str = Field(min_length=1, description='The owner as written ("Nicc").')
    name: str = Field(min_length=1, description="Resolved against attendance, else the text.")


class Due(_Model):
    text: str = Field(description="The deadline as written.")
    date: IsoDate | None = None
    kind: DueKind


class Action(_Model):
    ref: str | None = Field(None, description='The action\'s own label ("1", "A"), if any.')
    text: str = Field(min_length=1)
    owners: list[Owner] = Field(default_factory=list)
    due: Due | None = None
    status: ActionStatus = "open"
    status_text: str | None = None
    origin: ActionOrigin = "this_meeting"
    section: str | None = Field(None, description="Title of the section that raised it.")


class Votes(_Model):
    for_: int = Field(alias="for", ge=0)
    against: int = Field(ge=0)
    abstain: int = Field(0, ge=0)

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)


class Decision(_Model):
    text: str = Field(min_length=1)
    kind: DecisionKind = "other"
    section: str | None = None
    proposer: str | None = None
    seconder: str | None = None
    outcome: DecisionOutcome | None = None
    votes: Votes | None = None


class Point(_Model):
    text: str = Field(min_length=1)
    level: int = Field(0, ge=0)
    kind: PointKind = "point"


class Section(_Model):
    title: str = Field(min_length=1)
    heading_text: str
    kind: SectionKind = "discussion"
    presenter: str | None = None
    points: list[Point] = Field(default_factory=list)


class NextMeeting(_Model):
    text: str
    date: IsoDate | None = None
    start_time: Time24 | None = None
    location: str | None = None
    tbc: bool = False


class MinutesRecord(_Model):
    """One meeting, read from one document."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    source: Source
    meeting: Meeting = Field(default_factory=Meeting)
    attendance: Attendance = Field(default_factory=Attendance)
    actions: list[Action] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    declarations_of_interest: list[str] = Field(
        default_factory=list, description="Declared interests; [] when none were declared or found."
    )
    next_meeting: NextMeeting | None = None
    warnings: list[str] = Field(default_factory=list)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The record as JSON text, in the contract's field names."""
        return self.model_dump_json(indent=indent, by_alias=True)


def json_schema() -> dict:
    """The JSON Schema of `MinutesRecord`, as published in ``schemas/``."""
    schema = MinutesRecord.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://notes-extract.dev/schemas/minutes-1.0.schema.json"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
