"""Accuracy against gold records: precision, recall and F1 per record part.

A gold file (``NAME.gold.json``, or ``NAME.1.gold.json`` ... for a document
holding several meetings) is a subset of the record written by a person. Only
the fields a gold file holds are scored. The rules:

- people match by name after light normalisation (case, honorifics,
  punctuation); their roles are then checked;
- actions, decisions and sections match one to one, greedily by wording
  similarity (actions ≥ 0.6, +0.2 for the same ref; decisions ≥ 0.6;
  section titles ≥ 0.8); each matched pair's own fields are checked;
- titles agree without generic words ("Minutes of the ... meeting") and dates;
- a record's overall score is the mean of the attendance, action, decision
  and section F1 and the hit rate of all single-field checks; over several
  documents, the mean over documents (a multi-meeting document counts once);
- a meeting without a record (no ``NAME.k.json`` for ``NAME.k.gold.json``)
  scores 0, however sparse its gold; a record without a gold file is not scored.

A whole folder of gold files is scored with `find_gold_sets` (which gold files
belong to which document) and `evaluate` (extract each document once, score
every gold file, and gather a `Report`), the engine of ``notes-extract eval``.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from notes_extract.errors import NotesExtractError
from notes_extract.lazy_pattern import lazy_compile

_HONORIFICS = r"^(cllr|councillor|cr|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|revd|the)\.?\s+"
_GENERIC_TITLE_WORDS = {"minutes", "minute", "meeting", "meetings", "notes", "of", "the", "held", "on",
                        "for", "a"}
FAMILIES = ("attendance", "actions", "decisions", "sections")


def norm(text: Any) -> str | None:
    """Text folded for comparison: NFKC, plain dashes and quotes, one space, lower case,
    no trailing punctuation."""
    if text is None:
        return None
    s = unicodedata.normalize("NFKC", str(text))
    for a, b in (("\u2013", "-"), ("\u2014", "-"), ("\u2019", "'"), ("\u2018", "'"),
                 ("\u201c", '"'), ("\u201d", '"')):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower().rstrip(" .;:,")


def norm_name(text: Any) -> str | None:
    """A person's name folded for comparison: `norm`, without honorifics and punctuation."""
    s = norm(text)
    if s is None:
        return None
    previous = None
    while previous != s:
        previous, s = s, re.sub(_HONORIFICS, "", s)
    s = re.sub(r"[^\w\s'-]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def similarity(a: Any, b: Any) -> float:
    """How alike two texts are after `norm` (0..1; two empty texts are alike)."""
    x, y = norm(a) or "", norm(b) or ""
    if not x and not y:
        return 1.0
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio()


def titles_agree(gold: str | None, got: str | None) -> bool:
    """Titles agree when, without generic words and dates, they are equal or ≥ 0.9 similar."""
    def core(s: str) -> str:
        s = norm(s) or ""
        s = re.sub(r"\b\d{1,4}(st|nd|rd|th)?\b", " ", s)
        s = re.sub(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", " ", s)
        s = re.sub(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", " ", s)
        return " ".join(w for w in re.findall(r"[\w'&-]+", s) if w not in _GENERIC_TITLE_WORDS)

    if gold is None or got is None:
        return gold is None and got is None
    a, b = core(gold), core(got)
    return a == b or difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.9


@dataclass
class Check:
    ok: bool
    label: str
    gold: Any
    got: Any


@dataclass
class Score:
    """The checks and matched-set counts of one or more records."""

    checks: list[Check] = field(default_factory=list)
    sets: dict[str, list[int]] = field(default_factory=dict)  # family → [tp, fp, fn]

    def check(self, ok: bool, label: str, gold: Any, got: Any) -> None:
        self.checks.append(Check(bool(ok), label, gold, got))

    def count(self, family: str, tp: int, fp: int, fn: int) -> None:
        counts = self.sets.setdefault(family, [0, 0, 0])
        counts[0] += tp
        counts[1] += fp
        counts[2] += fn

    def merge(self, other: Score, prefix: str = "") -> None:
        self.checks += [Check(c.ok, prefix + c.label, c.gold, c.got) for c in other.checks]
        for family, (tp, fp, fn) in other.sets.items():
            self.count(family, tp, fp, fn)

    def prf(self, family: str) -> tuple[float, float, float]:
        tp, fp, fn = self.sets.get(family, [0, 0, 0])
        if tp + fp + fn == 0:
            return 1.0, 1.0, 1.0
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def overall(self) -> float:
        parts = [self.prf(family)[2] for family in self.sets]
        if self.checks:
            parts.append(sum(c.ok for c in self.checks) / len(self.checks))
        return sum(parts) / len(parts) if parts else 1.0

    @property
    def misses(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]


def _get(d: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(d, dict):
            return None
        d = d.get(key)
    return d


def _match(gold: list, got: list, score: Callable[[Any, Any], float], threshold: float):  # type: ignore[no-untyped-def]
    candidates = sorted(
        ((score(g, r), i, j) for i, g in enumerate(gold) for j, r in enumerate(got)
         if score(g, r) >= threshold),
        reverse=True,
    )
    used_g: set[int] = set()
    used_r: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_g or j in used_r:
            continue
        used_g.add(i)
        used_r.add(j)
        pairs.append((gold[i], got[j]))
    missing = [g for i, g in enumerate(gold) if i not in used_g]
    extra = [r for j, r in enumerate(got) if j not in used_r]
    return pairs, missing, extra


def _owner_names(owners: Any) -> set[str | None]:
    out = set()
    for owner in owners or []:
        if isinstance(owner, dict):
            owner = owner.get("name") or owner.get("text")
        if owner:
            out.add(norm_name(owner))
    return out


def _score_people(s: Score, label: str, gold: list, got: list | None) -> None:
    pairs, missing, extra = _match(
        gold, got or [], lambda g, r: 1.0 if norm_name(g.get("name")) == norm_name(r.get("name")) else 0.0,
        1.0)
    s.count("attendance", len(pairs), len(extra), len(missing))
    for g in missing:
        s.check(False, f"{label}: missing", g.get("name"), None)
    for r in extra:
        s.check(False, f"{label}: extra", None, r.get("name"))
    for g, r in pairs:
        if "role" in g:
            s.check(norm(g["role"]) == norm(r.get("role")), f"{label}[{g['name']}].role", g["role"],
                    r.get("role"))


def _action_similarity(g: dict, r: dict) -> float:
    score = similarity(g.get("text"), r.get("text"))
    if g.get("ref") is not None and str(g.get("ref")) == str(r.get("ref")):
        score += 0.2
    return score


def score_record(gold: dict, got: dict) -> Score:
    """Score one record (as JSON data) against one gold file's data."""
    s = Score()
    for key in ("title", "date", "start_time", "end_time", "location", "chair", "minute_taker"):
        if key in (gold.get("meeting") or {}):
            g, r = gold["meeting"][key], _get(got, "meeting", key)
            if key == "title":
                ok = titles_agree(g, r)
            elif key == "location":
                ok = (g is None and r is None) or (
                    g is not None and r is not None and similarity(g, r) >= 0.9)
            elif key in ("chair", "minute_taker"):
                ok = norm_name(g) == norm_name(r)
            else:
                ok = g == r
            s.check(ok, f"meeting.{key}", g, r)
    for category, people in (gold.get("attendance") or {}).items():
        _score_people(s, f"attendance.{category}", people, _get(got, "attendance", category))
    if "actions" in gold:
        _score_actions(s, gold["actions"], got.get("actions") or [])
    if "decisions" in gold:
        _score_decisions(s, gold["decisions"], got.get("decisions") or [])
    if "sections" in gold:
        _score_sections(s, gold["sections"], got.get("sections") or [])
    if "declarations_of_interest" in gold:
        g, r = gold["declarations_of_interest"], got.get("declarations_of_interest")
        s.check(isinstance(r, list) and len(g) == len(r), "declarations_of_interest (count)", len(g),
                len(r) if isinstance(r, list) else r)
    if "next_meeting" in gold:
        g, r = gold["next_meeting"], got.get("next_meeting")
        if g is None:
            s.check(r is None, "next_meeting", None, r)
        else:
            for k in g:
                s.check(isinstance(r, dict) and g[k] == r.get(k), f"next_meeting.{k}", g[k],
                        r.get(k) if isinstance(r, dict) else r)
    return s


def _score_actions(s: Score, gold: list, got: list) -> None:
    pairs, missing, extra = _match(gold, got, _action_similarity, 0.6)
    s.count("actions", len(pairs), len(extra), len(missing))
    for g in missing:
        s.check(False, "actions: missing", f"[{g.get('ref')}] {g.get('text')}", None)
    for r in extra:
        s.check(False, "actions: extra", None, f"[{r.get('ref')}] {r.get('text')}")
    for g, r in pairs:
        tag = f"action[{g.get('ref') or g.get('text', '')[:30]}]"
        if "ref" in g:
            s.check(str(g["ref"]) == str(r.get("ref")), f"{tag}.ref", g["ref"], r.get("ref"))
        if "owners" in g:
            gs, rs = {norm_name(o) for o in g["owners"]}, _owner_names(r.get("owners"))
            s.check(gs == rs, f"{tag}.owners", sorted(gs), sorted(x or "" for x in rs))
        if "due" in g:
            gd, rd = g["due"], r.get("due")
            if gd is None:
                s.check(rd is None, f"{tag}.due", None, rd)
            else:
                for k in gd:
                    s.check(rd is not None and gd[k] == rd.get(k), f"{tag}.due.{k}", gd[k],
                            rd.get(k) if isinstance(rd, dict) else rd)
        for k in ("status", "origin"):
            if k in g:
                s.check(g[k] == r.get(k), f"{tag}.{k}", g[k], r.get(k))
        if "section" in g:
            ok = (g["section"] is None and r.get("section") is None) or (
                g["section"] is not None and r.get("section") is not None
                and similarity(g["section"], r["section"]) >= 0.85)
            s.check(ok, f"{tag}.section", g["section"], r.get("section"))


def _score_decisions(s: Score, gold: list, got: list) -> None:
    pairs, missing, extra = _match(gold, got, lambda g, r: similarity(g.get("text"), r.get("text")), 0.6)
    s.count("decisions", len(pairs), len(extra), len(missing))
    for g in missing:
        s.check(False, "decisions: missing", g.get("text"), None)
    for r in extra:
        s.check(False, "decisions: extra", None, r.get("text"))
    for g, r in pairs:
        tag = f"decision[{(g.get('text') or '')[:30]}]"
        for k in ("kind", "outcome", "votes"):
            if k in g:
                s.check(g[k] == r.get(k), f"{tag}.{k}", g[k], r.get(k))
        for k in ("proposer", "seconder"):
            if k in g:
                s.check(norm_name(g[k]) == norm_name(r.get(k)), f"{tag}.{k}", g[k], r.get(k))


def _score_sections(s: Score, gold: list, got: list) -> None:
    pairs, missing, extra = _match(gold, got, lambda g, r: similarity(g.get("title"), r.get("title")), 0.8)
    s.count("sections", len(pairs), len(extra), len(missing))
    for g in missing:
        s.check(False, "sections: missing", g.get("title"), None)
    for r in extra:
        s.check(False, "sections: extra", None, r.get("title"))
    for g, r in pairs:
        tag = f"section[{g.get('title')}]"
        if "kind" in g:
            s.check(g["kind"] == r.get("kind"), f"{tag}.kind", g["kind"], r.get("kind"))
        if "presenter" in g:
            s.check(norm_name(g["presenter"]) == norm_name(r.get("presenter")), f"{tag}.presenter",
                    g["presenter"], r.get("presenter"))


def load_json(path: Path) -> dict:
    """The JSON data of a file."""
    return json.loads(path.read_text(encoding="utf-8"))


# --- scoring a folder of gold files ------------------------------------------------------------

DOCUMENT_EXTENSIONS = ("docx", "pdf", "txt", "md", "markdown", "html", "htm", "xhtml", "odt", "fodt", "ott", "rtf",
                       "doc", "docm", "dot", "dotx", "wpd", "wps", "rst", "text", "mdown", "mkd",
                       "rmd", "qmd", "tex", "latex", "ltx", "textile", "png", "jpg", "jpeg", "tif", "tiff")
"""The document a gold file describes is ``NAME.<ext>``, in any format the loaders read; when
several exist, the first here wins."""

GOLD_SUFFIX = ".gold.json"
_MEETING_NUMBER = lazy_compile(r"^(?P<name>.+)\.(?P<number>\d+)$")


class GoldFileError(ValueError):
    """A gold file that cannot be read as a JSON object."""


@dataclass(frozen=True)
class GoldFile:
    """One gold file: the meeting it describes and the prefix of its check labels."""

    path: Path
    stem: str  # NAME or NAME.k, as the reference scorer labels its checks
    meeting: int  # which record of the document it describes, from 1


@dataclass
class GoldSet:
    """The gold files of one document (one per meeting) and the document, if found."""

    name: str
    golds: list[GoldFile]
    document: Path | None
    searched: Path  # where the document was looked for

    @property
    def missing_message(self) -> str:
        """Why there is no document, for the report."""
        return f"no document {self.name}.{{{','.join(DOCUMENT_EXTENSIONS)}}} in {self.searched}"


@dataclass
class DocumentResult:
    """How one document scored: the mean of its meetings, or 0 when it was not found."""

    name: str
    document: Path | None
    meetings: int  # gold files, one per meeting
    records: int  # records extracted from the document
    overall: float
    score: Score  # every check of every meeting, labels prefixed with the gold file's stem
    error: str | None = None

    def to_dict(self, *, misses: bool = True) -> dict[str, Any]:
        """The result as JSON data; ``misses=False`` leaves out the failed checks."""
        data: dict[str, Any] = {
            "name": self.name,
            "document": str(self.document) if self.document is not None else None,
            "score": self.overall,
            "meetings": self.meetings,
            "records": self.records,
            "error": self.error,
        }
        if misses:
            data["misses"] = [{"label": c.label, "gold": c.gold, "got": c.got} for c in self.score.misses]
        return data


@dataclass
class Report:
    """Every document's result and the pooled totals, as ``score.py --corpus`` reports them."""

    documents: list[DocumentResult]  # in gold-file order
    total: Score

    @property
    def overall(self) -> float:
        """The mean over documents (0 when there are none)."""
        if not self.documents:
            return 0.0
        return sum(d.overall for d in self.documents) / len(self.documents)

    @property
    def micro(self) -> float:
        """The overall score of every check pooled, as if the corpus were one record."""
        return self.total.overall

    @property
    def hits(self) -> int:
        return sum(c.ok for c in self.total.checks)

    def families(self) -> dict[str, tuple[float, float, float]]:
        """Precision, recall and F1 of each scored family, in the reference scorer's order."""
        return {family: self.total.prf(family) for family in FAMILIES if family in self.total.sets}

    def worst_first(self) -> list[DocumentResult]:
        """The documents by ascending score (ties keep gold-file order)."""
        return sorted(self.documents, key=lambda d: d.overall)

    def to_dict(self, *, misses: bool = True) -> dict[str, Any]:
        """The report as JSON data: documents worst first, then the totals."""
        totals: dict[str, Any] = {
            family: {"p": p, "r": r, "f1": f1} for family, (p, r, f1) in self.families().items()
        }
        totals.update(checks=len(self.total.checks), hits=self.hits, micro=self.micro, overall=self.overall)
        return {"documents": [d.to_dict(misses=misses) for d in self.worst_first()], "totals": totals}


def _documents_in(folder: Path) -> dict[str, Path]:
    """NAME → the document ``NAME.<ext>`` in ``folder``, by `DOCUMENT_EXTENSIONS` preference."""
    rank = {ext: i for i, ext in enumerate(DOCUMENT_EXTENSIONS)}
    found: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        ext = path.suffix[1:].lower()
        if ext not in rank or not path.is_file():
            continue
        best = found.get(path.stem)
        if best is None or rank[ext] < rank[best.suffix[1:].lower()]:
            found[path.stem] = path
    return found


def find_gold_sets(gold_dir: Path, docs_dir: Path | None = None) -> list[GoldSet]:
    """Group the ``NAME.gold.json`` and ``NAME.k.gold.json`` files of ``gold_dir`` by
    document and find each document ``NAME.<ext>`` in ``docs_dir`` (default: beside
    the gold files). ``NAME.k`` is meeting k of ``NAME`` unless only a document named
    ``NAME.k`` exists. Sets come in gold-file order, meetings in number order."""
    gold_dir, docs = Path(gold_dir), Path(docs_dir if docs_dir is not None else gold_dir)
    documents = _documents_in(docs)
    groups: dict[str, list[GoldFile]] = {}
    for path in sorted(gold_dir.glob("*" + GOLD_SUFFIX)):
        if not path.is_file():
            continue
        stem = path.name[: -len(GOLD_SUFFIX)]
        numbered = _MEETING_NUMBER.match(stem)
        if numbered and not (stem in documents and numbered["name"] not in documents):
            name, meeting = numbered["name"], int(numbered["number"])
        else:
            name, meeting = stem, 1
        groups.setdefault(name, []).append(GoldFile(path, stem, meeting))
    return [
        GoldSet(name, sorted(golds, key=lambda g: (g.meeting, g.stem)), documents.get(name), docs)
        for name, golds in groups.items()
    ]


def record_data(record: Any) -> dict:
    """A record as the JSON data ``extract -o`` writes (a dict is taken as it is)."""
    if isinstance(record, dict):
        return record
    return json.loads(record.to_json())


def _load_gold(path: Path) -> dict:
    try:
        data = load_json(path)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldFileError(f"{path}: cannot read gold file: {exc}") from None
    if not isinstance(data, dict):
        raise GoldFileError(f"{path}: a gold file must hold a JSON object")
    return data


Extractor = Callable[[Path], Iterable[Any]]


def _record_for(gold_file: GoldFile, name: str, records: list[dict]) -> dict | None:
    """The record ``extract -o`` would write under the gold file's name, if any: ``NAME.k.json``
    (record k of several) for ``NAME.k.gold.json``, ``NAME.json`` (the only record) for
    ``NAME.gold.json``; records without a gold file are not scored."""
    numbered = gold_file.stem != name
    if numbered and len(records) > 1 and 1 <= gold_file.meeting <= len(records):
        return records[gold_file.meeting - 1]
    if not numbered and len(records) == 1:
        return records[0]
    return None


def evaluate_document(gold_set: GoldSet, extract_all: Extractor) -> DocumentResult:
    """Extract the document of ``gold_set`` once and score gold file ``NAME.k`` against
    its k-th record. A meeting without a record (document not found, extraction failed,
    a record count that does not give the gold file's name) scores 0, as in
    ``score.py --corpus``; its checks against ``{}`` and one failed check still count
    in the pooled totals."""
    golds = [(g, _load_gold(g.path)) for g in gold_set.golds]
    records: list[dict] = []
    error = None
    if gold_set.document is None:
        error = gold_set.missing_message
    else:
        try:
            records = [record_data(r) for r in extract_all(gold_set.document)]
        except NotesExtractError as exc:
            error = f"{exc.code}: {exc.message}"
        except Exception as exc:  # a bug in the extractor: report it, score the rest
            error = f"internal-error: {type(exc).__name__}: {exc}"
    total, overalls = Score(), []
    for gold_file, gold in golds:
        got = _record_for(gold_file, gold_set.name, records)
        score = score_record(gold, got or {})
        if gold_set.document is None:
            score.check(False, "document: not found", gold_set.missing_message, None)
        elif error is not None:
            score.check(False, "record: extraction failed", gold_set.document.name, error)
        elif got is None:
            score.check(False, "record: missing", f"meeting {gold_file.meeting}",
                        f"{len(records)} record(s) extracted")
        overalls.append(score.overall if got is not None else 0.0)
        total.merge(score, prefix=f"{gold_file.stem}: ")
    overall = 0.0 if gold_set.document is None or not overalls else sum(overalls) / len(overalls)
    return DocumentResult(gold_set.name, gold_set.document, len(golds), len(records), overall, total, error)


def evaluate(gold_sets: Sequence[GoldSet], extract_all: Extractor) -> Report:
    """Score every gold set (see `evaluate_document`) and pool the results into a `Report`."""
    documents = [evaluate_document(gold_set, extract_all) for gold_set in gold_sets]
    total = Score()
    for document in documents:
        total.merge(document.score)
    return Report(documents, total)
