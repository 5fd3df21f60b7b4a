"""Several "X to <verb>" tasks in one sentence ("Ann to call the hall and Bo to write to the
school"), and a task after a semicolon that ends a decision ("..., all agreed; the Clerk to
inform them."): each task is its own clause. And "would need to" offers, which are no task."""

from __future__ import annotations

import re
from collections.abc import Callable

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.actions import CONDITIONAL_NEEDS
from notes_extract.vocab.build import any_of

# "..., Mr Lee to collect it", "; the Clerk to inform", " and Bo to write": an owner opening a task clause.
_TASK_CLAUSE = lazy_compile(r"(?P<sep>;\s*|,\s*|\s+and\s+|^)"
                            r"(?P<owner>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+to\s+(?!be\b)[a-z]")
_CONDITIONAL = lazy_compile(rf"\bwould\b.*\b{any_of(CONDITIONAL_NEEDS)}\b", re.I)
_FIRM = lazy_compile(r"\b(?:will|shall)\b", re.I)


def task_clauses(sentence: str, is_owner: Callable[[str], list[str]]) -> list[tuple[list[str], str]]:
    """The (owners, clause) of each "X to <verb>" task in ``sentence`` when it holds two or more,
    or one after a semicolon; [] when the sentence is one task as a whole."""
    starts = [(m.start("owner"), m.start(), owners) for m in _TASK_CLAUSE.finditer(sentence)
              if (owners := is_owner(m["owner"]))]
    if not starts or (len(starts) == 1 and not sentence[:starts[0][1] + 1].rstrip().endswith(";")):
        return []
    clauses = []
    for k, (begin, _sep, owners) in enumerate(starts):
        end = starts[k + 1][1] if k + 1 < len(starts) else len(sentence)
        clause = sentence[begin:end]
        clause = clause.split(";", 1)[0].strip() if ";" in clause else clause.strip()
        clauses.append((owners, clause))
    return clauses


def conditional_offer(clause: str) -> bool:
    """Whether a "would" commitment is only what someone would have to do ("... would charge £50
    and would need to supply a quote"), with no firm task beside it."""
    if not _CONDITIONAL.search(clause):
        return False
    return not _FIRM.search(clause)
