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
  documents, the mean over documents (a multi-meeting document counts once).
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_HONORIFICS = r"^(cllr|councillor|cr|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|revd|the)\.?\s+"
_GENERIC_TITLE_WORDS = {"minutes", "minute", "meeting", "meetings", "notes", "of", "the", "held", "on",
                        "for", "a"}
FAMILIES = ("attendance", "actions", "decisions", "sections")


def norm(text: Any) -> str | None:
    if text is None:
        return None
    s = unicodedata.normalize("NFKC", str(text))
    for a, b in (("\u2013", "-"), ("\u2014", "-"), ("\u2019", "'"), ("\u2018", "'"),
                 ("\u201c", '"'), ("\u201d", '"')):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower().rstrip(" .;:,")


def norm_name(text: Any) -> str | None:
    s = norm(text)
    if s is None:
        return None
    previous = None
    while previous != s:
        previous, s = s, re.sub(_HONORIFICS, "", s)
    s = re.sub(r"[^\w\s'-]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def similarity(a: Any, b: Any) -> float:
    x, y = norm(a) or "", norm(b) or ""
    if not x and not y:
        return 1.0
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio()


def titles_agree(gold: str | None, got: str | None) -> bool:
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
                ok = (g is None and r is None) or (g is not None and r is not None and similarity(g, r) >= 0.9)
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
    return json.loads(path.read_text(encoding="utf-8"))
