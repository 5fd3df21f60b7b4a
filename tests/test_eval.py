"""Scoring against gold records (notes_extract.evaluate) and `notes-extract eval`.

Expected numbers marked "reference" were computed once with the reference scorer
(tools/score.py of the shared spec); the tests read nothing outside this repository.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from notes_extract import cli
from notes_extract.api import extract_all
from notes_extract.evaluate import (
    Score,
    evaluate,
    find_gold_sets,
    norm_name,
    score_record,
    similarity,
    titles_agree,
)

from .conftest import SAMPLES, SEED

DATA = Path(__file__).resolve().parent / "data" / "eval"
RIVERSIDE, NORTHSIDE, HARBOUR = (
    "riverside-allotments-2024-03-12", "northside-book-club-2024-05-08", "harbour-rowing-club-2024-01-15")


def miss_labels(score: Score) -> set[str]:
    return {check.label for check in score.misses}


# --- inline cases (also used for parity with the reference scorer) -------------------------------

FULL_GOLD: dict[str, Any] = {
    "meeting": {"title": "Riverside Allotment Society Committee", "date": "2024-03-12",
                "location": "The Pavilion", "chair": "Jane Holt", "start_time": "19:00"},
    "attendance": {
        "present": [{"name": "Jane Holt", "role": "chair"}, {"name": "Tom Baker", "role": None},
                    {"name": "Priya Shah", "role": "treasurer"}],
        "apologies": [{"name": "Helen Moss", "role": None}],
        "absent": [],
        "in_attendance": [{"name": "Gary Flint", "role": "clerk"}],
    },
    "actions": [
        {"ref": "1", "text": "Clerk to write to the council about the bins", "owners": ["Clerk"],
         "due": {"kind": "date", "date": "2024-03-31"}, "status": "open", "origin": "this_meeting",
         "section": "Water supply"},
        {"ref": None, "text": "Tom to repair the gate", "owners": ["Tom Baker"], "due": None,
         "status": "open", "origin": "this_meeting", "section": None},
    ],
    "decisions": [
        {"text": "RESOLVED that the rent stays at 30 pounds per plot.", "kind": "resolution",
         "outcome": "carried", "proposer": "Tom Baker", "seconder": "Priya Shah",
         "votes": {"for": 5, "against": 0, "abstain": 1}},
        {"text": "It was agreed to buy a new padlock.", "kind": "agreement", "outcome": "carried"},
    ],
    "sections": [
        {"title": "Minutes of the previous meeting", "kind": "previous_minutes", "presenter": None},
        {"title": "Water supply", "kind": "discussion", "presenter": None},
        {"title": "Treasurer's report", "kind": "report", "presenter": "Priya Shah"},
        {"title": "Any other business", "kind": "aob", "presenter": None},
    ],
    "declarations_of_interest": ["Tom Baker: plot 14 is his"],
    "next_meeting": {"date": "2024-04-09", "tbc": False},
}

PARTLY_RIGHT: dict[str, Any] = {
    "meeting": {"title": "Minutes of the Riverside Allotment Society Committee Meeting held on "
                         "12th March 2024",
                "date": "2024-03-12", "location": "Pavilion", "chair": "Cllr Jane Holt",
                "start_time": "7pm"},
    "attendance": {
        "present": [{"name": "Mrs Jane Holt", "role": "Chair"}, {"name": "Tom Baker", "role": "member"},
                    {"name": "Alan Price", "role": None}],
        "apologies": [{"name": "Dr. Helen Moss", "role": None}],
        "absent": [],
        "in_attendance": [],
    },
    "actions": [
        {"ref": "1", "text": "Bins: write to council", "owners": [{"text": "Clerk", "name": "Clerk"}],
         "due": {"kind": "date", "date": "2024-03-30", "text": "30 March"}, "status": "open",
         "origin": "this_meeting", "section": "Water Supply."},
        {"ref": None, "text": "Tom to repair the shed gate", "owners": [{"text": "Tom", "name": "Tom"}],
         "due": {"kind": "asap", "date": None}, "status": "open", "origin": "this_meeting",
         "section": "Any other business"},
        {"ref": None, "text": "Someone should look at the hedges", "owners": [], "due": None},
    ],
    "decisions": [
        {"text": "Resolved that the rent stays at 30 pounds per plot", "kind": "resolution",
         "outcome": "carried", "proposer": "Mr Tom Baker", "seconder": "Alan Price",
         "votes": {"for": 5, "against": 0, "abstain": 1}},
    ],
    "sections": [
        {"title": "Water Supply", "kind": "discussion", "presenter": None},
        {"title": "Treasurers report", "kind": "discussion", "presenter": "Dr Priya Shah"},
        {"title": "AOB", "kind": "aob", "presenter": None},
        {"title": "Hedges", "kind": "discussion", "presenter": None},
    ],
    "declarations_of_interest": [],
    "next_meeting": {"date": "2024-04-09", "tbc": True, "text": "9 April"},
}

NO_TITLE_GOLD: dict[str, Any] = {
    "meeting": {"title": None, "date": "2017-09-29"},
    "attendance": {"present": [], "apologies": [], "absent": [], "in_attendance": []},
    "actions": [],
    "decisions": [{"text": "Decided that a general case was sufficient.", "kind": "agreement",
                   "outcome": "carried"}],
    "sections": [],
    "next_meeting": None,
}
NO_TITLE_GOT: dict[str, Any] = {
    "meeting": {"title": "Supervisor meeting", "date": "2017-09-29"},
    "attendance": {"present": [{"name": "George", "role": None}], "apologies": [], "absent": [],
                   "in_attendance": []},
    "actions": [{"ref": None, "text": "George will send the draft", "owners": ["George"]}],
    "decisions": [{"text": "Decided that a general case was sufficient for now.", "kind": "other",
                   "outcome": None}],
    "sections": [],
    "next_meeting": {"date": None, "tbc": True},
}


# --- the scoring rules -----------------------------------------------------------------------------

def test_names_match_without_honorifics_case_or_punctuation() -> None:
    assert norm_name("Cllr. Dr  Jane HOLT,") == "jane holt"
    assert norm_name("Mrs J. O'Neil") == "j o'neil"
    assert norm_name("@mcollina") == "mcollina"
    gold = {"attendance": {"present": [{"name": "Jane Holt"}, {"name": "Helen Moss"}]}}
    got = {"attendance": {"present": [{"name": "Councillor Jane Holt"}, {"name": "Dr. Helen Moss"}]}}
    assert score_record(gold, got).overall == 1.0


def test_people_are_counted_and_their_roles_checked() -> None:
    gold = {"attendance": {"present": [{"name": "Jane Holt", "role": "chair"}, {"name": "Tom Baker"}]}}
    got = {"attendance": {"present": [{"name": "Jane Holt", "role": "Chair."}, {"name": "Alan Price"}]}}
    score = score_record(gold, got)
    assert score.prf("attendance") == (0.5, 0.5, 0.5)
    assert miss_labels(score) == {"attendance.present: missing", "attendance.present: extra"}
    got["attendance"]["present"][0]["role"] = None
    assert "attendance.present[Jane Holt].role" in miss_labels(score_record(gold, got))
    # A list the record does not have counts every gold person as missed.
    assert score_record(gold, {}).prf("attendance") == (0.0, 0.0, 0.0)


def test_actions_match_by_wording_and_a_shared_ref_helps() -> None:
    gold = {"actions": [{"ref": "2", "text": "Clerk to write to the council about the bins"}]}
    loose = "Bins: write to council"
    assert 0.4 < similarity(gold["actions"][0]["text"], loose) < 0.6
    assert score_record(gold, {"actions": [{"ref": "2", "text": loose}]}).prf("actions")[2] == 1.0
    without_ref = score_record(gold, {"actions": [{"ref": None, "text": loose}]})
    assert without_ref.prf("actions") == (0.0, 0.0, 0.0)
    assert miss_labels(without_ref) == {"actions: missing", "actions: extra"}
    # The closest wording wins the one-to-one match; the other record action is extra.
    two = score_record({"actions": [{"text": "Repair the gate"}]},
                       {"actions": [{"text": "Paint the shed"}, {"text": "Repair the shed gate"}]})
    assert two.prf("actions") == (0.5, 1.0, pytest.approx(2 / 3))
    assert [c.got for c in two.misses] == ["[None] Paint the shed"]


def test_action_owners_are_compared_as_names() -> None:
    gold = {"actions": [{"text": "Write to the council", "owners": ["Jane Holt", "Clerk"]}]}
    owners = [{"text": "Jane", "name": "Jane Holt"}, {"text": "clerk", "name": "Clerk"}]
    ok = {"actions": [{"text": "Write to the council", "owners": owners}]}
    assert score_record(gold, ok).overall == 1.0
    plain = {"actions": [{"text": "Write to the council", "owners": ["Mrs Jane Holt", "the Clerk"]}]}
    assert score_record(gold, plain).overall == 1.0
    short = {"actions": [{"text": "Write to the council", "owners": [{"text": "Jane", "name": "Jane"}]}]}
    score = score_record(gold, short)
    assert miss_labels(score) == {"action[Write to the council].owners"}
    assert score.misses[0].gold == ["clerk", "jane holt"] and score.misses[0].got == ["jane"]


def test_action_due_status_origin_and_section() -> None:
    gold = {"actions": [{"ref": "1", "text": "Write to the council",
                         "due": {"kind": "date", "date": "2024-03-31"}, "status": "open",
                         "origin": "this_meeting", "section": "Treasurer's report"}]}
    got = {"actions": [{"ref": "1", "text": "Write to the council",
                        "due": {"kind": "date", "date": "2024-03-30", "text": "30 March"},
                        "status": "open", "origin": "previous_meeting", "section": "Treasurers report"}]}
    assert similarity("Treasurer's report", "Treasurers report") >= 0.85
    assert miss_labels(score_record(gold, got)) == {"action[1].due.date", "action[1].origin"}
    got["actions"][0]["section"] = "Finance"
    assert "action[1].section" in miss_labels(score_record(gold, got))
    got["actions"][0]["due"] = None
    assert {"action[1].due.kind", "action[1].due.date"} <= miss_labels(score_record(gold, got))
    # No deadline in the gold: the record must have none either; no section on both sides agrees.
    nothing = {"actions": [{"text": "Write to the council", "due": None, "section": None}]}
    assert score_record(nothing, {"actions": [{"text": "Write to the council", "due": None}]}).overall == 1.0
    late = {"actions": [{"text": "Write to the council", "due": {"kind": "asap"}}]}
    assert miss_labels(score_record(nothing, late)) == {"action[Write to the council].due"}


def test_decisions_match_by_wording_and_check_their_fields() -> None:
    gold = {"decisions": [{"text": "RESOLVED that the rent stays at 30 pounds.", "kind": "resolution",
                           "outcome": "carried", "proposer": "Tom Baker", "seconder": "Priya Shah",
                           "votes": {"for": 5, "against": 0, "abstain": 1}}]}
    got = {"decisions": [{"text": "Resolved that the rent stays at 30 pounds", "kind": "resolution",
                          "outcome": "carried", "proposer": "Cllr Tom Baker", "seconder": "Alan Price",
                          "votes": {"for": 5, "against": 0, "abstain": 0}}]}
    score = score_record(gold, got)
    assert score.prf("decisions")[2] == 1.0
    tag = "decision[RESOLVED that the rent stays a]"
    assert miss_labels(score) == {f"{tag}.seconder", f"{tag}.votes"}
    unrelated = score_record(gold, {"decisions": [{"text": "The June book is The Glass Hotel."}]})
    assert unrelated.prf("decisions") == (0.0, 0.0, 0.0)
    assert score_record({"decisions": []}, {"decisions": []}).prf("decisions") == (1.0, 1.0, 1.0)


def test_sections_match_titles_at_080_and_check_kind_and_presenter() -> None:
    gold = {"sections": [{"title": "Any other business", "kind": "aob"},
                         {"title": "Treasurer's report", "kind": "report", "presenter": "Priya Shah"}]}
    got = {"sections": [{"title": "Treasurers Report", "kind": "discussion", "presenter": "Dr Priya Shah"},
                        {"title": "AOB", "kind": "aob"}]}
    score = score_record(gold, got)
    assert score.prf("sections") == (0.5, 0.5, 0.5)
    assert miss_labels(score) == {"sections: missing", "sections: extra", "section[Treasurer's report].kind"}
    got["sections"][1]["title"] = "Any Other Business."
    got["sections"][0]["kind"] = "report"
    assert score_record(gold, got).overall == 1.0


def test_next_meeting_null_or_fields() -> None:
    none = {"next_meeting": None}
    assert score_record(none, {"next_meeting": None}).overall == 1.0
    assert score_record(none, {}).overall == 1.0
    assert miss_labels(score_record(none, {"next_meeting": {"date": "2024-04-09"}})) == {"next_meeting"}
    gold = {"next_meeting": {"date": "2024-04-09", "tbc": False}}
    got = {"next_meeting": {"date": "2024-04-09", "tbc": True, "text": "9 April"}}
    assert miss_labels(score_record(gold, got)) == {"next_meeting.tbc"}
    assert miss_labels(score_record(gold, {"next_meeting": None})) == {"next_meeting.date",
                                                                       "next_meeting.tbc"}


def test_declarations_are_counted() -> None:
    gold = {"declarations_of_interest": ["Tom Baker: plot 14"]}
    assert score_record(gold, {"declarations_of_interest": ["Cllr Baker, item 3"]}).overall == 1.0
    assert score_record(gold, {"declarations_of_interest": []}).overall == 0.0
    assert score_record({"declarations_of_interest": []}, {"declarations_of_interest": []}).overall == 1.0
    assert score_record({"declarations_of_interest": []}, {}).overall == 0.0  # no list at all


def test_title_rule_ignores_generic_words_and_dates() -> None:
    gold = "Riverside Allotment Society Committee"
    assert titles_agree(gold, "Minutes of the Riverside Allotment Society Committee Meeting held on "
                              "Tuesday 12th March 2024")
    assert titles_agree(gold, "RIVERSIDE ALLOTMENT SOCIETY COMMITTEE - 12 Mar 2024")
    assert titles_agree(gold, "Riverside Allotments Society Committee")  # ≥ 0.9 similar
    assert not titles_agree(gold, "Riverside Allotment Society AGM")
    assert titles_agree(None, None) and not titles_agree(None, "Supervisor meeting")
    assert not titles_agree(gold, None)
    got = {"meeting": {"title": "Notes: Riverside Allotment Society Committee"}}
    assert score_record({"meeting": {"title": gold}}, got).overall == 1.0


def test_scalar_meeting_fields() -> None:
    gold = {"meeting": {"date": "2024-03-12", "location": "Village Hall, Milburn", "chair": "Jane Holt",
                        "minute_taker": "Gary Flint", "start_time": "19:00"}}
    got = {"meeting": {"date": "2024-03-12", "location": "Village Hall Milburn", "chair": "Cllr J. Holt",
                       "minute_taker": "Mr Gary Flint", "start_time": "19:30"}}
    assert miss_labels(score_record(gold, got)) == {"meeting.chair", "meeting.start_time"}


# --- parity with the reference scorer --------------------------------------------------------------

# (gold, record, overall, hits, checks) as the reference scorer computed them.
PARITY = {
    "perfect": (FULL_GOLD, FULL_GOLD, 1.0, 41, 41),
    "partly-right": (FULL_GOLD, PARTLY_RIGHT, 0.6314285714285715, 22, 42),
    "empty-record": (FULL_GOLD, {}, 0.0, 0, 21),
    "no-title": (NO_TITLE_GOLD, NO_TITLE_GOT, 0.42857142857142855, 1, 7),
}


@pytest.mark.parametrize("case", PARITY)
def test_score_record_agrees_with_the_reference_scorer(case: str) -> None:
    gold, got, overall, hits, checks = PARITY[case]
    score = score_record(gold, got)
    assert score.overall == pytest.approx(overall, abs=1e-12)
    assert (sum(c.ok for c in score.checks), len(score.checks)) == (hits, checks)


def test_partly_right_misses_are_the_references() -> None:
    score = score_record(FULL_GOLD, PARTLY_RIGHT)
    assert score.prf("attendance") == pytest.approx((0.75, 0.6, 2 / 3))
    assert score.prf("actions") == pytest.approx((2 / 3, 1.0, 0.8))
    assert score.prf("decisions") == pytest.approx((1.0, 0.5, 2 / 3))
    assert score.prf("sections") == pytest.approx((0.5, 0.5, 0.5))
    assert [c.label for c in score.misses] == [
        "meeting.start_time", "meeting.location",
        "attendance.present: missing", "attendance.present: extra", "attendance.present[Tom Baker].role",
        "attendance.in_attendance: missing",
        "actions: extra", "action[Tom to repair the gate].owners", "action[Tom to repair the gate].due",
        "action[Tom to repair the gate].section", "action[1].due.date",
        "decisions: missing", "decision[RESOLVED that the rent stays a].seconder",
        "sections: missing", "sections: missing", "sections: extra", "sections: extra",
        "section[Treasurer's report].kind",
        "declarations_of_interest (count)", "next_meeting.tbc",
    ]


# --- a folder of gold files ------------------------------------------------------------------------

class FakeExtractor:
    """Returns canned records per document name and counts the calls."""

    def __init__(self, records: dict[str, list[dict]]) -> None:
        self.records = records
        self.calls: list[str] = []

    def __call__(self, path: Path) -> list[dict]:
        self.calls.append(path.name)
        return self.records[path.stem]


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A meeting log of three meetings (the extractor finds two) and one single meeting."""
    write_json(tmp_path / "log.1.gold.json", NO_TITLE_GOLD)
    write_json(tmp_path / "log.2.gold.json", {"meeting": {"date": "2017-10-06"}, "next_meeting": None})
    write_json(tmp_path / "log.3.gold.json", {"meeting": {"date": "2017-10-13"}, "decisions": []})
    write_json(tmp_path / "club.gold.json", FULL_GOLD)
    (tmp_path / "log.txt").write_text("a meeting log\n")
    (tmp_path / "club.md").write_text("# Club\n")
    return tmp_path


def test_mean_over_documents_agrees_with_the_reference_corpus_score(corpus: Path) -> None:
    extractor = FakeExtractor({
        "log": [NO_TITLE_GOT, {"meeting": {"date": "2017-10-06"}, "next_meeting": None}],
        "club": [PARTLY_RIGHT],
    })
    report = evaluate(find_gold_sets(corpus), extractor)
    assert sorted(extractor.calls) == ["club.md", "log.txt"]  # each document read once
    by_name = {d.name: d for d in report.documents}
    assert (by_name["log"].meetings, by_name["log"].records) == (3, 2)
    # reference: score.py --corpus on club.json, log.1.json, log.2.json (no log.3.json: that meeting scores 0)
    assert by_name["club"].overall == pytest.approx(0.6314285714285715)
    assert by_name["log"].overall == pytest.approx(0.4761904761904762)
    assert report.overall == pytest.approx(0.5538095238095239)
    assert report.micro == pytest.approx(0.6076729559748427)
    assert (report.hits, len(report.total.checks)) == (25, 53)
    families = {"attendance": (0.6, 0.6, 0.6), "actions": (0.5, 1.0, 2 / 3), "decisions": (1.0, 2 / 3, 0.8),
                "sections": (0.5, 0.5, 0.5)}
    assert list(report.families()) == list(families)
    for family, prf in families.items():
        assert report.families()[family] == pytest.approx(prf)
    assert "log.3: record: missing" in {c.label for c in report.total.misses}
    assert [d.name for d in report.worst_first()] == ["log", "club"]


def test_a_meeting_scores_only_against_the_record_named_like_its_gold(corpus: Path) -> None:
    # score.py reads log.1.json for log.1.gold.json: a log read as one record (log.json) scores 0,
    # and a single meeting read as several (club.1.json, club.2.json) scores 0; extra records are not scored.
    extractor = FakeExtractor({"log": [NO_TITLE_GOT], "club": [FULL_GOLD, FULL_GOLD]})
    by_name = {d.name: d for d in evaluate(find_gold_sets(corpus), extractor).documents}
    assert by_name["log"].overall == 0.0 and by_name["club"].overall == 0.0
    extractor = FakeExtractor({"log": [NO_TITLE_GOLD, *[{"meeting": {"date": "2017-10-06"}}] * 3],
                               "club": [FULL_GOLD]})
    by_name = {d.name: d for d in evaluate(find_gold_sets(corpus), extractor).documents}
    assert by_name["club"].overall == 1.0 and by_name["log"].records == 4


def test_find_gold_sets_groups_meetings_and_finds_documents(tmp_path: Path) -> None:
    gold, docs = tmp_path / "gold", tmp_path / "docs"
    gold.mkdir()
    docs.mkdir()
    for name in ("log.2", "log.1", "log.10", "report.2019", "club", "lost"):
        write_json(gold / f"{name}.gold.json", {})
    for name in ("log.docx", "report.2019.txt", "club.txt", "club.pdf", "club.json", "notes.md"):
        (docs / name).write_text("x")
    sets = {s.name: s for s in find_gold_sets(gold, docs)}
    assert list(sets) == ["club", "log", "lost", "report.2019"]
    assert [(g.stem, g.meeting) for g in sets["log"].golds] == [("log.1", 1), ("log.2", 2), ("log.10", 10)]
    assert sets["report.2019"].document == docs / "report.2019.txt"  # only a document of that name
    assert sets["club"].document == docs / "club.pdf"  # pdf before txt
    assert sets["lost"].document is None
    assert find_gold_sets(gold) and all(s.document is None for s in find_gold_sets(gold))


def test_missing_document_scores_zero_and_failed_extraction_scores_against_nothing(corpus: Path) -> None:
    from notes_extract.errors import CorruptDocumentError

    def broken(path: Path) -> list[dict]:
        raise CorruptDocumentError("not a zip file", source=str(path))

    (corpus / "log.txt").unlink()
    report = evaluate(find_gold_sets(corpus), broken)
    by_name = {d.name: d for d in report.documents}
    assert by_name["log"].overall == 0.0 and "no document log." in (by_name["log"].error or "")
    assert by_name["club"].error == "corrupt-document: not a zip file"
    assert by_name["club"].overall == 0.0  # no record: 0, however sparse the gold
    assert "club: record: extraction failed" in {c.label for c in report.total.misses}


# --- the command -----------------------------------------------------------------------------------

def run_eval(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(["eval", *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="module")
def fixture_scores() -> dict[str, float]:
    """Each fixture document's score, computed without the command."""
    scores = {HARBOUR: 0.0}
    for name, ext in ((RIVERSIDE, "txt"), (NORTHSIDE, "md")):
        gold = json.loads((DATA / f"{name}.gold.json").read_text(encoding="utf-8"))
        record = json.loads(extract_all(DATA / f"{name}.{ext}")[0].to_json())
        scores[name] = score_record(gold, record).overall
    return scores


def test_eval_prints_documents_misses_and_the_mean(capsys: pytest.CaptureFixture[str],
                                                   fixture_scores: dict[str, float]) -> None:
    status, out, _ = run_eval(capsys, str(DATA))
    assert status == 0
    lines = out.splitlines()
    docs = [line for line in lines if line.startswith("== ")]
    assert len(docs) == 3
    assert docs[0].startswith(f"== {HARBOUR}: overall 0.000 (error: no document {HARBOUR}.")
    printed = [float(line.split("overall ")[1].split()[0]) for line in docs]
    assert printed == sorted(printed)  # worst first
    for name, score in fixture_scores.items():
        assert f"== {name}: overall {score:.3f}" in out
    mean = sum(fixture_scores.values()) / 3
    assert lines[-1].endswith(f"; overall {mean:.3f} (mean over documents)")
    assert lines[-1].startswith("checks ")
    assert lines[-2].startswith("attendance P=")
    assert f"MISS {HARBOUR}: document: not found: gold=" in out
    assert all(line.startswith(("== ", "MISS ")) for line in lines[:-2])


def test_eval_quiet_and_min(capsys: pytest.CaptureFixture[str], fixture_scores: dict[str, float]) -> None:
    mean = sum(fixture_scores.values()) / 3
    status, out, _ = run_eval(capsys, str(DATA), "--quiet", "--min", f"{mean + 0.01:.3f}")
    assert status == 1
    assert "MISS" not in out and len(out.splitlines()) == 3 + 2
    status, _, _ = run_eval(capsys, str(DATA), "--quiet", "--min", f"{mean - 0.01:.3f}")
    assert status == 0


def test_eval_json(capsys: pytest.CaptureFixture[str], fixture_scores: dict[str, float]) -> None:
    status, out, _ = run_eval(capsys, str(DATA), "--json")
    assert status == 0
    report = json.loads(out)
    assert report["totals"]["overall"] == pytest.approx(sum(fixture_scores.values()) / 3)
    assert set(report["totals"]) == {"attendance", "actions", "decisions", "sections", "checks", "hits",
                                     "micro", "overall"}
    assert set(report["totals"]["actions"]) == {"p", "r", "f1"}
    docs = {d["name"]: d for d in report["documents"]}
    assert {name: d["score"] for name, d in docs.items()} == pytest.approx(fixture_scores)
    assert docs[HARBOUR]["error"].startswith("no document") and docs[HARBOUR]["document"] is None
    assert docs[NORTHSIDE]["meetings"] == 1 and docs[NORTHSIDE]["error"] is None
    assert {"label", "gold", "got"} == set(docs[HARBOUR]["misses"][0])
    _, out, _ = run_eval(capsys, str(DATA), "--json", "--quiet")
    assert all("misses" not in d for d in json.loads(out)["documents"])


def test_eval_finds_documents_in_another_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                fixture_scores: dict[str, float]) -> None:
    for gold in DATA.glob("*.gold.json"):
        shutil.copy(gold, tmp_path)
    _, beside, _ = run_eval(capsys, str(DATA), "--quiet")
    status, apart, _ = run_eval(capsys, str(tmp_path), "--docs", str(DATA), "--quiet")
    assert status == 0 and apart.replace(str(tmp_path), str(DATA)) == beside
    status, out, _ = run_eval(capsys, str(tmp_path), "--quiet")  # documents not beside the gold files
    assert status == 0 and out.count("error: no document") == 3 and "overall 0.000 (mean" in out


def test_eval_reports_an_unreadable_document_and_goes_on(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "photo.pdf").write_bytes(bytes(range(256)) * 20)
    write_json(tmp_path / "photo.gold.json", {"next_meeting": None})
    shutil.copy(DATA / f"{NORTHSIDE}.md", tmp_path)
    shutil.copy(DATA / f"{NORTHSIDE}.gold.json", tmp_path)
    status, out, _ = run_eval(capsys, str(tmp_path))
    assert status == 0
    assert "== photo: overall 0.000 (error: unsupported-format: " in out
    assert 'MISS photo: record: extraction failed: gold="photo.pdf" got="unsupported-format: ' in out


@pytest.mark.parametrize("make", ["missing", "empty", "bad-docs"])
def test_eval_without_gold_files_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        make: str) -> None:
    args = {"missing": [str(tmp_path / "nope")], "empty": [str(tmp_path)],
            "bad-docs": [str(DATA), "--docs", str(tmp_path / "nope")]}[make]
    status, out, err = run_eval(capsys, *args)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("notes-extract: ")


def test_eval_of_a_broken_gold_file_is_one_line_and_exit_2(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.gold.json").write_text("{not json")
    shutil.copy(DATA / f"{NORTHSIDE}.md", tmp_path / "bad.md")
    status, _, err = run_eval(capsys, str(tmp_path))
    assert status == 2 and "bad.gold.json" in err and err.count("\n") == 1


def test_eval_of_the_seed_sample_is_perfect(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(SAMPLES / "expected" / f"{SEED}.gold.json", tmp_path)
    shutil.copy(SAMPLES / f"{SEED}.txt", tmp_path)
    status, out, _ = run_eval(capsys, str(tmp_path), "--min", "1")
    assert status == 0, out
    assert out.splitlines()[0] == f"== {SEED}: overall 1.000"
    assert out.splitlines()[-1].endswith("; micro 1.000; overall 1.000 (mean over documents)")
    assert "MISS" not in out
