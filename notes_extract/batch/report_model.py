"""The published shape of ``OUT/_report.json``: Pydantic models, the source of ``schemas/report.schema.json``.

`BatchReport.to_dict` writes the report; these models describe it, and the
tests check that a written report validates against the schema made from
them (`notes-extract schema --report > schemas/report.schema.json`).
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from notes_extract.batch.types import PRUNED, SOURCE_MISSING

REPORT_SCHEMA_VERSION = "1"

EntryStatus = Literal["converted", "skipped", "failed", "unsupported", "pending", "source-missing", "pruned"]
RunState = Literal["running", "finished", "interrupted", "aborted"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


class ReportError(_Model):
    """Why an input gave no records."""

    code: str = Field(description='Machine-readable code: "corrupt-document", "timeout", '
                      f'"{SOURCE_MISSING}", "{PRUNED}", ... (README, exit statuses).')
    message: str = Field(description="The problem in words.")


class ReportEntry(_Model):
    """One input (or, under ``missing``, an earlier input whose file is gone)."""

    # Every field is always written except ``lines`` (--jsonl runs only), the one with a default.
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=False)

    path: str = Field(description="The input file as found under its SRC.")
    status: EntryStatus = Field(description="converted, skipped (done by an earlier run), failed, unsupported "
                                "(a kind of file not read), pending (not reached), source-missing or pruned.")
    meetings: int | None = Field(description="Records the input gave (meetings in the document); null when none.")
    outputs: list[str] = Field(description="Its record files relative to OUT, or the JSON Lines file ('-': stdout).")
    warnings: list[str] = Field(description="Its records' warnings, each once.")
    error: ReportError | None = Field(description="Why it gave no records; null when it did.")
    seconds: float | None = Field(description="Seconds spent converting it; null when not converted in this run.")
    sha256: str | None = Field(description="SHA-256 of its bytes, when read.")
    lines: list[int] | None = Field(None, description="--jsonl: the first and last line of its records.")


class JsonLinesState(_Model):
    """Where a --jsonl run writes, and how much of it this report vouches for."""

    path: str = Field(description="The JSON Lines file, absolute, or '-' for standard output.")
    bytes: int = Field(ge=0, description="Bytes of the file the report vouches for.")
    lines: int = Field(ge=0, description="Lines (records) of the file the report vouches for.")


class Report(_Model):
    """A batch run: ``OUT/_report.json``."""

    tool: Literal["notes-extract"] = Field(description="Always notes-extract.")
    version: str = Field(description="Version of notes-extract that wrote it; records of another are redone.")
    state: RunState = Field(description="running (written while the run goes on), finished, interrupted or aborted.")
    started: str = Field(description="When the run started, ISO 8601 with time zone.")
    finished: str | None = Field(description="When it ended; null while running.")
    elapsed: float = Field(ge=0, description="Seconds the run took.")
    options: dict[str, object] = Field(description="The run's options: sources, glob, workers, timeout, force, "
                                       "prune and, with --dask, the cluster.")
    jsonl: JsonLinesState | None = Field(description="The JSON Lines output of a --jsonl run; else null.")
    counts: dict[EntryStatus, int] = Field(description="How many entries have each status (source-missing and "
                                           "pruned only when there are any).")
    inputs: list[ReportEntry] = Field(description="Every input this run found, in discovery order.")
    missing: list[ReportEntry] = Field(description="Inputs of earlier runs whose file no longer exists: "
                                       "source-missing (records kept) or pruned (records removed by --prune).")


def report_json_schema() -> dict:
    """The JSON Schema of ``_report.json``, as published in ``schemas/``."""
    schema = Report.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://notes-extract.dev/schemas/report-{REPORT_SCHEMA_VERSION}.schema.json"
    return schema


def report_schema_text() -> str:
    return json.dumps(report_json_schema(), indent=2, ensure_ascii=False) + "\n"
