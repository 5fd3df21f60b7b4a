"""Whole documents against their expected records."""

import json

import pytest

from notes_extract import extract
from notes_extract.evaluate import score_record

from .conftest import RENDERINGS, SAMPLES, SEED

GOLD = json.loads((SAMPLES / "expected" / f"{SEED}.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return {ext: json.loads(extract(SAMPLES / f"{SEED}.{ext}").to_json()) for ext in RENDERINGS}


@pytest.mark.parametrize("ext", RENDERINGS)
def test_founding_document_matches_its_gold_record(records: dict[str, dict], ext: str) -> None:
    score = score_record(GOLD, records[ext])
    misses = [f"{m.label}: gold={m.gold!r} got={m.got!r}" for m in score.misses]
    assert score.overall == 1.0, "\n".join(misses)


@pytest.mark.parametrize("ext", ["md", "docx", "pdf"])
def test_renderings_agree_on_every_scored_field(records: dict[str, dict], ext: str) -> None:
    def scored(record: dict) -> dict:
        return {
            "meeting": {k: record["meeting"][k] for k in GOLD["meeting"]},
            "attendance": record["attendance"] | {
                k: [{"name": p["name"], "role": p["role"]} for p in v]
                for k, v in record["attendance"].items()},
            "actions": [{k: a[k] for k in ("ref", "text", "owners", "due", "status", "origin", "section")}
                        for a in record["actions"]],
            "decisions": record["decisions"],
            "sections": [{k: s[k] for k in ("title", "kind", "presenter")} for s in record["sections"]],
            "declarations_of_interest": record["declarations_of_interest"],
            "next_meeting": {k: (record["next_meeting"] or {}).get(k) for k in ("date", "tbc")},
        }

    base, other = scored(records["txt"]), scored(records[ext])
    for action in base["actions"] + other["actions"]:
        # Owners as written may differ in spacing only; compare the resolved names.
        action["owners"] = [o["name"] for o in action["owners"]]
        action["text"] = " ".join(action["text"].split())
    assert other == base


def test_source_facts(records: dict[str, dict]) -> None:
    assert records["pdf"]["source"]["format"] == "pdf" and records["pdf"]["source"]["pages"] == 4
    assert records["docx"]["source"]["format"] == "docx"
    assert records["md"]["source"]["format"] == "markdown"
    assert records["txt"]["source"]["format"] == "text"
    assert all(len(r["source"]["sha256"]) == 64 for r in records.values())


def test_format_is_read_from_the_bytes_not_the_name(tmp_path) -> None:
    misnamed = tmp_path / "minutes.txt"
    misnamed.write_bytes((SAMPLES / f"{SEED}.docx").read_bytes())
    assert extract(misnamed).source.format == "docx"


def test_extract_takes_bytes_and_file_objects() -> None:
    data = (SAMPLES / f"{SEED}.txt").read_bytes()
    from_bytes = extract(data)
    with open(SAMPLES / f"{SEED}.txt", "rb") as handle:
        from_file = extract(handle)
    assert from_bytes.meeting == from_file.meeting
    assert from_bytes.source.path is None
