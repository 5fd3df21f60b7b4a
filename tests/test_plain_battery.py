"""The plain-Word battery: invented minutes typed in Word without styles (bold Normal headings,
some underlined, in capitals or numbered by hand; typed bullets and "a)" items; bold "Action:" /
"Decision:" labels, bold names and bold emphasis that are no headings; "Name: topic" headings and
long headings that are sentences). Each item is rendered as a .docx by `tests/plain_render.py` and
scored against its gold (sections, actions, decisions) by `notes_extract.evaluate`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from notes_extract.api import extract
from notes_extract.evaluate import score_record

from .plain_render import render_docx

BATTERY = Path(__file__).resolve().parent / "data" / "battery" / "plain"
NAMES = sorted(p.stem for p in BATTERY.glob("*.src"))

# Items still read wrongly, with the reason (strict: an item that passes must leave this list).
XFAIL: dict[str, str] = {
    "item03": "set aside: a typed '•' commitment ('Carol will ask ...') is not read as an action; 'The trustees "
              "agreed to adopt ...' (a body's decision) is read as an action too",
    "item05": "'The minutes of 19 November were approved.' is a decision of kind other, not agreement",
    "item06": "set aside: '... deferred to next meeting.' read as a decision; 'Open floor' not read as aob",
    "item07": "'WELCOME AND APOLOGIES' over an apologies line only is read as an item",
    "item10": "a treasurer's long heading ('Treasurer reported that ...') is not read as a report",
    "item11": "'The agenda was approved.' is of kind other; 'Raj reported on the joint call' item not a report",
    "item12": "set aside: 'The board agreed to renew ...' (a body's decision) is read as an action too",
    "item17": "'The group agreed to buy six signs.' (a body's decision) is read as an action too",
    "item19": "'The PTA agreed to set the ticket price' (an acronym body) is not read as a decision",
    "item20": "'Leon – paper revisions': a name before the dash is read as the title, the topic lost",
}


def misses(name: str, tmp: Path) -> tuple[float, list[str]]:
    docx = render_docx((BATTERY / f"{name}.src").read_text(encoding="utf-8"), tmp / f"{name}.docx")
    gold = json.loads((BATTERY / f"{name}.gold.json").read_text(encoding="utf-8"))
    score = score_record(gold, json.loads(extract(docx).model_dump_json()))
    return score.overall, [f"{c.label}: gold={c.gold!r} got={c.got!r}" for c in score.misses]


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=XFAIL[n]))
                                  if n in XFAIL else n for n in NAMES])
def test_plain_item(name: str, tmp_path: Path) -> None:
    assert misses(name, tmp_path)[1] == []


if __name__ == "__main__":  # python -m tests.test_plain_battery [working|aside|all] [-v]
    import tempfile
    which = sys.argv[1] if len(sys.argv) > 1 else "working"
    aside = set((BATTERY / "SET_ASIDE.txt").read_text().split())
    chosen = [n for n in NAMES if which == "all" or (n in aside) == (which == "aside")]
    with tempfile.TemporaryDirectory() as tmp:
        scores = []
        for name in chosen:
            s, m = misses(name, Path(tmp))
            scores.append(s)
            print(f"{name} {s:.3f} misses={len(m)}")
            if "-v" in sys.argv:
                for line in m:
                    print("   ", line)
        print(f"mean {sum(scores) / len(scores):.3f} over {len(scores)}")
