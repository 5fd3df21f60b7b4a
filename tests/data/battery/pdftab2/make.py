"""Build the pdftab2 battery: invented minutes whose borderless action, attendance and decision
tables have CENTRED or RIGHT-ALIGNED columns beside left ones (as `<td align="center">`,
`style="text-align:right"`, and `<th>` centred as browsers do), printed to PDF by LibreOffice's
HTML import; plus documents without tables whose centred title and signature blocks, justified
paragraphs or name-and-role lists could pass for columns. Each item has a gold holding the
fields its tables (or paragraphs) give.

    python tests/data/battery/pdftab2/make.py            # write itemNN.html + itemNN.gold.json
    python tests/data/battery/pdftab2/make.py --pdf      # and itemNN.pdf (needs soffice)
"""

from __future__ import annotations

import html
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _attr(align: str, how: str) -> str:
    if align == "left":
        return ""
    return f' style="text-align:{align}"' if how == "style" else f' align="{align}"'


def table(head: list[str], rows: list[list[str]], aligns: str, how: str = "align") -> str:
    """A borderless table; `aligns` holds one letter a column: l(eft), c(entre), r(ight)."""
    names = {"l": "left", "c": "center", "r": "right"}
    out = ['<table cellpadding="4" width="100%">', "<thead><tr>"]
    out += [f"<th>{html.escape(x)}</th>" for x in head]
    out.append("</tr></thead><tbody>")
    for row in rows:
        cells = [f'<td valign="top"{_attr(names[a], how)}>{html.escape(c)}</td>'
                 for a, c in zip(aligns, row, strict=True)]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def page(title: str, blocks: list[str], centre_title: bool = False) -> str:
    body = "\n".join(blocks)
    h1 = f'<h1 align="center">{html.escape(title)}</h1>' if centre_title else f"<h1>{html.escape(title)}</h1>"
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
            f"<body>\n{h1}\n{body}\n</body></html>\n")


def p(text: str, align: str | None = None) -> str:
    a = f' align="{align}"' if align else ""
    return f"<p{a}>{html.escape(text)}</p>"


def h(text: str) -> str:
    return f"<h2>{html.escape(text)}</h2>"


def due(text: str | None, year: int) -> dict | None:
    """The gold due of a deadline cell as the tables write them."""
    if not text or text in {"-", "—"}:
        return None
    t = text.strip().lower()
    if "next meeting" in t:
        return {"kind": "next_meeting", "date": None}
    if t in {"asap", "as soon as possible"}:
        return {"kind": "asap", "date": None}
    if t == "ongoing":
        return None
    if "/" in t:
        d, m, y = t.split("/")
        y = y if len(y) == 4 else "20" + y
        return {"kind": "date", "date": f"{y}-{int(m):02d}-{int(d):02d}"}
    words = text.replace(",", " ").split()
    day = next(int(w.rstrip("stndrh")) for w in words if w[0].isdigit())
    month = next(i + 1 for i, m in enumerate(MONTHS) for w in words if w.lower()[:3] == m.lower()[:3])
    yr = next((int(w) for w in words if len(w) == 4 and w.isdigit()), year)
    return {"kind": "date", "date": f"{yr}-{month:02d}-{day:02d}"}


def action(text: str, owners: list[str], due_text: str | None, year: int, ref: str | None = None) -> dict:
    a: dict = {"text": text, "owners": owners, "due": due(due_text, year)}
    if ref is not None:
        a["ref"] = ref
    return a


def write(n: int, title: str, blocks: list[str], gold: dict, centre_title: bool = False) -> None:
    (HERE / f"item{n:02d}.html").write_text(page(title, blocks, centre_title), encoding="utf-8")
    (HERE / f"item{n:02d}.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n",
                                                encoding="utf-8")


def to_pdf() -> None:
    """Print every item's HTML to PDF beside it, as the pdftab battery's `make.py` does."""
    spec = importlib.util.spec_from_file_location("pdftab_make", HERE.parent / "pdftab" / "make.py")
    assert spec is not None and spec.loader is not None
    pdftab_make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pdftab_make)
    pdftab_make.to_pdf(HERE)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    import items

    items.build()
    if "--pdf" in sys.argv:
        to_pdf()
