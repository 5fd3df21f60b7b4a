"""LaTeX minutes: sections, lists and tables of a .tex file as blocks.

Research groups and committees keep minutes in LaTeX (often with the ``meetingmins`` class:
``\\setcommittee``, ``\\setdate``, ``\\setpresent``). The reader keeps the structure a person sees
in the typeset page: ``\\section``-like commands are headings, ``itemize``/``enumerate`` items are
list items at their nesting depth, ``tabular`` rows are table rows, and the rest is paragraphs.
Commands that only style text are dropped with their braces kept; comments are not text.
The preamble's title, date and attendance commands become the lines a typed page would show
("Present: ..."). Standard library only.
"""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind, make_block
from notes_extract.lazy_pattern import lazy_compile

# A file is LaTeX when it declares itself, or when several lines open with sectioning or list commands.
_DECLARES_LATEX = lazy_compile(r"^\s*\\(?:documentclass|begin\{document\})", re.M)
_STRUCTURE_LINE = lazy_compile(r"^\s*\\(?:(?:sub)*section\*?\{|item\b|begin\{(?:itemize|enumerate)\})", re.M)
MIN_STRUCTURE_LINES = 3

_HEADING_LEVELS = {"chapter": 1, "section": 1, "subsection": 2, "subsubsection": 3, "paragraph": 4}
_TABLE_ENVIRONMENTS = ("tabular", "tabular*", "tabularx", "longtable", "tabu", "array")
_SKIPPED_ENVIRONMENTS = ("verbatim", "lstlisting", "comment", "figure", "thebibliography")
# Preamble commands a typeset page shows as a labelled line (meetingmins and the article classes).
_PREAMBLE_LINES = {"setdate": "Date", "date": "Date", "setpresent": "Present", "setabsent": "Absent",
                   "alsopresent": "Also present", "setregrets": "Regrets"}
_TITLE_COMMANDS = ("setcommittee", "title")

# Structural commands in the body, found in order; everything between them is text.
_STRUCTURE = lazy_compile(
    r"\\(?P<cmd>chapter|section|subsection|subsubsection|paragraph|item|begin|end)\b\*?|\n[ \t]*\n")
_COMMENT = lazy_compile(r"(?<!\\)%.*$", re.M)
_ESCAPES = {"\\&": "&", "\\%": "%", "\\$": "$", "\\#": "#", "\\_": "_", "\\{": "{", "\\}": "}",
            "~": " ", "``": "“", "''": "”", "---": "—", "--": "–", "\\,": " ", "\\ ": " "}
_ESCAPE = lazy_compile("|".join(re.escape(e) for e in sorted(_ESCAPES, key=len, reverse=True)))
_LINK = lazy_compile(r"\\href\{[^{}]*\}\{([^{}]*)\}")
_DROPPED_WITH_ARGUMENT = lazy_compile(r"\\(?:label|ref|cite|footnote|vspace|hspace|includegraphics)\*?"
                                      r"(?:\[[^\]]*\])?\{[^{}]*\}")
_COMMAND = lazy_compile(r"\\[A-Za-z]+\*?(?:\[[^\]]*\])?")
_BOLD_LEAD = lazy_compile(r"^\s*\\(?:textbf|bf)\s*\{")
_LINE_BREAK = lazy_compile(r"\\\\(?:\[[^\]]*\])?|\\newline\b")
_TABLE_RULE = lazy_compile(r"\\(?:hline|toprule|midrule|bottomrule|cline\{[^}]*\}|endhead|endfirsthead)")


def looks_like_latex(text: str) -> bool:
    """Whether a text file is LaTeX source."""
    return bool(_DECLARES_LATEX.search(text)) or len(_STRUCTURE_LINE.findall(text)) >= MIN_STRUCTURE_LINES


def parse_latex(text: str) -> tuple[list[Block], dict[str, str]]:
    """The blocks of a LaTeX file, and its title and date as metadata."""
    text = _COMMENT.sub("", text)
    preamble, begin, body = text.partition("\\begin{document}")
    if not begin:
        preamble, body = "", text
    body = body.split("\\end{document}", 1)[0]
    blocks, metadata = _preamble_blocks(preamble)
    blocks += _BodyReader(body).read()
    return blocks, metadata


def braced(text: str, start: int) -> tuple[str, int]:
    """The argument in braces at ``start`` (after spaces and one optional [..]) and the index after it;
    ("", start) when none is there. Nested braces are kept inside the argument."""
    i = start
    while i < len(text) and text[i] in " \t\n*":
        i += 1
    if i < len(text) and text[i] == "[":
        close = text.find("]", i)
        i = close + 1 if close >= 0 else i
    if i >= len(text) or text[i] != "{":
        return "", start
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "{" and text[j - 1] != "\\":
            depth += 1
        elif text[j] == "}" and text[j - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[i + 1: j], j + 1
    return text[i + 1:], len(text)


def plain(text: str) -> str:
    """LaTeX text as a reader sees it: styling commands and braces gone, escapes resolved."""
    text = _DROPPED_WITH_ARGUMENT.sub("", _LINK.sub(r"\1", text))
    # "Ann Lee\textit{(Chair)}": a styled argument reads as a word of its own
    text = _COMMAND.sub(lambda m: " " if text[m.end(): m.end() + 1] == "{" else "", _LINE_BREAK.sub(" ", text))
    text = _ESCAPE.sub(lambda m: _ESCAPES[m.group()], text)
    return " ".join(text.replace("{", "").replace("}", "").replace("$", "").split())


def _preamble_blocks(preamble: str) -> tuple[list[Block], dict[str, str]]:
    blocks: list[Block] = []
    metadata: dict[str, str] = {}
    for command in _TITLE_COMMANDS:
        if (m := re.search(rf"\\{command}\b", preamble)) and (title := plain(braced(preamble, m.end())[0])):
            blocks.append(make_block(BlockKind.HEADING, title, level=1))
            metadata["title"] = title
            break
    for command, label in _PREAMBLE_LINES.items():
        if not (m := re.search(rf"\\{command}\b", preamble)):
            continue
        raw = braced(preamble, m.end())[0]
        if (value := plain(raw)) and "\\today" not in raw:  # \date{\today}: the day it was typeset
            blocks.append(make_block(BlockKind.PARAGRAPH, f"{label}: {value}"))
            if label == "Date":
                metadata.setdefault("date", value)
    return blocks, metadata


class _BodyReader:
    """One pass over the body: text gathers until the next structural command, then becomes a block."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.blocks: list[Block] = []
        self.text: list[str] = []
        self.lists: list[tuple[str, int]] = []  # open list environments: (name, items so far)
        self.item_label: str | None = None
        self.in_item = False

    def read(self) -> list[Block]:
        pos = 0
        while m := _STRUCTURE.search(self.body, pos):
            self.text.append(self.body[pos: m.start()])
            cmd = m["cmd"]
            if cmd is None:  # a blank line ends a paragraph (an item's text goes on)
                if not self.in_item:
                    self.flush()
                pos = m.end()
            elif cmd in _HEADING_LEVELS:
                pos = self.heading(cmd, m.end())
            elif cmd == "item":
                pos = self.item(m.end())
            elif cmd == "begin":
                pos = self.begin(m.end())
            else:
                pos = self.end(m.end())
        self.text.append(self.body[pos:])
        self.flush()
        return self.blocks

    def flush(self) -> None:
        raw = "".join(self.text)
        self.text = []
        if self.in_item:
            self.in_item = False
            if text := plain(raw):
                level = max(len(self.lists) - 1, 0)
                self.blocks.append(make_block(BlockKind.LIST_ITEM, text, level=level, label=self.item_label,
                                              lead_bold=_lead_bold(raw)))
            return
        for line in _LINE_BREAK.split(raw):  # "Present: Ann\\ Absent: Bo": each line its own
            if text := plain(line):
                self.blocks.append(make_block(BlockKind.PARAGRAPH, text, lead_bold=_lead_bold(line)))

    def heading(self, cmd: str, pos: int) -> int:
        self.flush()
        title, after = braced(self.body, pos)
        if title := plain(title):
            self.blocks.append(make_block(BlockKind.HEADING, title, level=_HEADING_LEVELS[cmd]))
        return after

    def item(self, pos: int) -> int:
        self.flush()
        self.in_item = True
        label = None
        rest = self.body[pos:].lstrip(" \t")
        if rest.startswith("["):  # \item[(a)] or a description list's term
            close = rest.find("]")
            label = plain(rest[1:close]) if close > 0 else None
            pos = len(self.body) - len(rest) + close + 1
        if self.lists:
            name, count = self.lists[-1]
            self.lists[-1] = (name, count + 1)
            if label is None and name.startswith("enumerate"):
                label = f"{count + 1}."
        self.item_label = label
        return pos

    def begin(self, pos: int) -> int:
        name, after = braced(self.body, pos)
        if name in _TABLE_ENVIRONMENTS or name in _SKIPPED_ENVIRONMENTS:
            self.flush()
            end = self.body.find(f"\\end{{{name}}}", after)
            end = len(self.body) if end < 0 else end
            if name in _TABLE_ENVIRONMENTS:
                source = self.body[after:end]
                for _ in range(2 if name in ("tabular*", "tabularx") else 1):  # the width, the column spec
                    source = source[braced(source, 0)[1]:]
                self.table(source)
            return end + len(f"\\end{{{name}}}")
        if _is_list(name):
            self.flush()
            self.lists.append((name, 0))
        return after

    def end(self, pos: int) -> int:
        name, after = braced(self.body, pos)
        if _is_list(name) and self.lists:
            self.flush()
            self.lists.pop()
        return after

    def table(self, source: str) -> None:
        rows = []
        for raw_row in _LINE_BREAK.split(_TABLE_RULE.sub("", source)):
            cells = tuple(plain(cell) for cell in re.split(r"(?<!\\)&", raw_row))
            if any(cells):
                rows.append(cells)
        if rows:
            width = max(len(r) for r in rows)
            rows = [r + ("",) * (width - len(r)) for r in rows]
            self.blocks.append(Block(kind=BlockKind.TABLE, text=" ".join(" ".join(r) for r in rows),
                                     rows=tuple(rows)))


def _is_list(environment: str) -> bool:
    """itemize, enumerate, description and the list environments packages and classes define
    (compactitem, asparaenum, a class's own "hiddensubitems")."""
    name = environment.rstrip("*").lower()
    return name in ("itemize", "enumerate", "description") or name.endswith(("item", "items", "enum", "list"))


def _lead_bold(raw: str) -> str:
    """The text of a \\textbf{...} the block opens with, or ""."""
    if not (m := _BOLD_LEAD.match(raw)):
        return ""
    return plain(braced(raw, m.end() - 1)[0])
