"""Build the pdftab battery: invented minutes whose actions, attendance, agenda and decision
tables carry the record, written as HTML (half with borders, half without) and printed to PDF by
LibreOffice's HTML import, each with a gold holding the fields the tables give.

    python tests/data/battery/pdftab/make.py            # write itemNN.html + itemNN.gold.json
    python tests/data/battery/pdftab/make.py --pdf      # and itemNN.pdf (needs soffice)
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _cell(value: object) -> str:
    """A cell: a string (lines split on '\\n'), or a list of bullet strings, or (lead, [bullets])."""
    if isinstance(value, list):
        return "<ul>" + "".join(f"<li>{html.escape(v)}</li>" for v in value) + "</ul>"
    if isinstance(value, tuple):
        return f"<p>{html.escape(value[0])}</p>" + _cell(value[1])
    parts = str(value).split("\n")
    return "<br>".join(html.escape(p) for p in parts)


def table_html(head: list[str], rows: list[list[object]], border: bool, valign: str = "top") -> str:
    attr = ' border="1" cellpadding="4"' if border else ' cellpadding="4"'
    out = [f'<table{attr} width="100%">', "<thead><tr>"]
    out += [f"<th>{html.escape(h)}</th>" for h in head]
    out.append("</tr></thead><tbody>")
    for row in rows:
        cells = [f'<td valign="{valign if i == 0 else "top"}">{_cell(c)}</td>' for i, c in enumerate(row)]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def page(title: str, blocks: list[str]) -> str:
    body = "\n".join(blocks)
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
            f"<body>\n<h1>{html.escape(title)}</h1>\n{body}\n</body></html>\n")


def p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def h(text: str) -> str:
    return f"<h2>{html.escape(text)}</h2>"


def due(text: str | None, year: int) -> dict | None:
    """The gold due of a deadline cell as the tables write them."""
    if not text:
        return None
    t = text.strip().lower()
    if "next meeting" in t:
        return {"kind": "next_meeting", "date": None}
    if t in {"asap", "as soon as possible"}:
        return {"kind": "asap", "date": None}
    if "/" in t:
        d, m, y = t.split("/")
        y = y if len(y) == 4 else "20" + y
        return {"kind": "date", "date": f"{y}-{int(m):02d}-{int(d):02d}"}
    words = text.replace(",", " ").split()
    day = next(int(w.rstrip("stndrh")) for w in words if w[0].isdigit())
    month = next(i + 1 for i, m in enumerate(MONTHS) for w in words if w.lower()[:3] == m.lower()[:3])
    yr = next((int(w) for w in words if len(w) == 4 and w.isdigit()), year)
    return {"kind": "date", "date": f"{yr}-{month:02d}-{day:02d}"}


def action(text: str, owners: list[str], due_text: str | None, year: int, section: str | None = None,
           ref: str | None = None) -> dict:
    a: dict = {"text": text, "owners": owners, "due": due(due_text, year)}
    if section:
        a["section"] = section
    if ref is not None:
        a["ref"] = ref
    return a


def write(n: int, title: str, blocks: list[str], gold: dict) -> None:
    (HERE / f"item{n:02d}.html").write_text(page(title, blocks), encoding="utf-8")
    (HERE / f"item{n:02d}.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n",
                                                encoding="utf-8")


def to_pdf(folder: Path = HERE) -> None:
    """Print every item's HTML in ``folder`` to PDF beside it (the pdftab2 battery uses this too)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    assert exe, "LibreOffice is not installed"
    profile = f"-env:UserInstallation=file:///tmp/{folder.name}-lo-profile"
    files = sorted(str(f) for f in folder.glob("item*.html"))
    subprocess.run([exe, profile, "--headless", "--norestore", "--infilter=HTML (StarWriter)",
                    "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(folder), *files],
                   check=True, capture_output=True, timeout=600)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    import items  # noqa: F401  (writes every item)

    items.build()
    if "--pdf" in sys.argv:
        to_pdf()
