"""LaTeX minutes: the structure a reader sees in the typeset page. Invented documents."""

from __future__ import annotations

from pathlib import Path

from notes_extract import extract, extract_all
from notes_extract.document import BlockKind
from notes_extract.loaders import SUFFIXES, load
from notes_extract.loaders.text.latex import looks_like_latex, plain

MEETINGMINS = r"""\documentclass[11pt]{meetingmins}
\setcommittee{Solar Car Team}
\setdate{March 3, 2022}
\setpresent{Ann Lee\textit{(Lead)}, Bo Ode, Cy Rand}
\alsopresent{Di Fenn}
\begin{document}
\maketitle
% Present but not minuted: Ed Grey
\section{Battery pack}
\begin{itemize}
  \item The pack passed its 50\% load test.
  \item Cooling:
  \begin{itemize}
    \item Fans are too loud.
  \end{itemize}
  \item \textbf{Decision:} We will order the larger fans.
\end{itemize}
\section{Actions}
\begin{tabular}{|l|l|l|}
\hline
Owner & Task & Due \\ \hline
Bo Ode & Order the fans & March 10 \\
Cy Rand & Book the test track & March 17 \\ \hline
\end{tabular}
\end{document}
"""


def test_meetingmins_preamble_and_body_become_a_record() -> None:
    record = extract(MEETINGMINS.encode(), format="text")
    assert record.meeting.title == "Solar Car Team"
    assert record.meeting.date == "2022-03-03"
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Rand"]
    assert [p.name for p in record.attendance.in_attendance] == ["Di Fenn"]
    assert [s.title for s in record.sections] == ["Battery pack"]
    assert [(a.text, [o.text for o in a.owners], a.due.date if a.due else None) for a in record.actions] == [
        ("Order the fans", ["Bo Ode"], "2022-03-10"), ("Book the test track", ["Cy Rand"], "2022-03-17")]


def test_lists_nest_comments_are_dropped_and_escapes_read() -> None:
    blocks = load(MEETINGMINS.encode(), source="m.tex").blocks
    items = [(b.level, b.text) for b in blocks if b.kind is BlockKind.LIST_ITEM]
    assert items[:3] == [(0, "The pack passed its 50% load test."), (0, "Cooling:"), (1, "Fans are too loud.")]
    assert not any("Ed Grey" in b.text for b in blocks)
    assert [b.lead_bold for b in blocks if b.text.startswith("Decision")] == ["Decision:"]
    table = next(b for b in blocks if b.kind is BlockKind.TABLE)
    assert table.rows[0] == ("Owner", "Task", "Due")


ARTICLE = r"""\documentclass{article}
\title{Minutes of the Reading Group, 12 May 2021}
\date{\today}
\begin{document}
\maketitle
Present: Ann Lee, Bo Ode\\
Apologies: Cy Rand

\subsection*{1. Paper choice}
We discussed the shortlist (see \href{https://example.org}{the list}).
\begin{enumerate}
\item Bo to circulate the paper by Friday.
\item Ann to book a room.
\end{enumerate}
\end{document}
"""


def test_article_lines_headings_and_numbered_items() -> None:
    blocks = load(ARTICLE.encode(), source="m.tex").blocks
    texts = [(b.kind, b.text, b.label) for b in blocks]
    assert (BlockKind.PARAGRAPH, "Present: Ann Lee, Bo Ode", None) in texts
    assert (BlockKind.PARAGRAPH, "Apologies: Cy Rand", None) in texts
    assert (BlockKind.LIST_ITEM, "Ann to book a room.", "2.") in texts
    assert not any("today" in b.text.lower() for b in blocks)
    record = extract(ARTICLE.encode(), format="text")
    assert record.meeting.date == "2021-05-12"
    assert [p.name for p in record.attendance.apologies] == ["Cy Rand"]
    assert [a.text for a in record.actions] == ["Bo to circulate the paper by Friday.", "Ann to book a room."]


def test_plain_text_that_mentions_a_command_is_not_latex() -> None:
    assert not looks_like_latex("Minutes\n\nWe agreed to use \\section{} in the thesis template.\n")
    assert looks_like_latex("\\section{A}\ntext\n\\section{B}\n\\item x\n")


def test_plain_keeps_a_styled_word_apart() -> None:
    text = plain(r"Ann Lee\textit{(Chair)} and Bo~Ode---both \emph{present}")
    assert text == "Ann Lee (Chair) and Bo Ode—both present"


def test_tex_files_are_found_by_batch_and_read_whole(tmp_path: Path) -> None:
    assert ".tex" in SUFFIXES["text"]
    path = tmp_path / "minutes.tex"
    path.write_text(MEETINGMINS, encoding="utf-8")
    assert len(extract_all(path)) == 1
