"""The published JSON Schema is the one the models produce, and records obey it."""

import json

import jsonschema
import pytest
from pydantic import ValidationError

from notes_extract import MinutesRecord, extract
from notes_extract.models import json_schema_text

from .conftest import ROOT, SAMPLES, SEED


def test_published_schema_matches_the_models() -> None:
    published = (ROOT / "schemas" / "minutes.schema.json").read_text(encoding="utf-8")
    assert published == json_schema_text(), (
        "schemas/minutes.schema.json is out of date: run `notes-extract schema > schemas/minutes.schema.json`"
    )


def test_a_record_validates_against_the_published_schema() -> None:
    schema = json.loads((ROOT / "schemas" / "minutes.schema.json").read_text(encoding="utf-8"))
    record = extract(SAMPLES / f"{SEED}.txt")
    jsonschema.validate(json.loads(record.to_json()), schema)


def test_record_round_trips_through_json() -> None:
    record = extract(SAMPLES / f"{SEED}.md")
    assert MinutesRecord.model_validate_json(record.to_json()) == record


@pytest.mark.parametrize(
    "bad",
    [
        {"meeting": {"date": "2 July 2025"}},  # not ISO
        {"meeting": {"start_time": "7pm"}},  # not HH:MM
        {"actions": [{"text": "x", "status": "finished"}]},  # unknown status
        {"unknown_field": 1},
    ],
)
def test_invalid_records_cannot_be_built(bad: dict) -> None:
    data = {"source": {"format": "text", "sha256": "0" * 64}, **bad}
    with pytest.raises(ValidationError):
        MinutesRecord.model_validate(data)


def test_votes_serialise_as_for_against_abstain() -> None:
    data = {"source": {"format": "text", "sha256": "0" * 64},
            "decisions": [{"text": "Carried", "votes": {"for": 3, "against": 1}}]}
    record = MinutesRecord.model_validate(data)
    assert json.loads(record.to_json())["decisions"][0]["votes"] == {"for": 3, "against": 1, "abstain": 0}
