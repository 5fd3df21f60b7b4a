"""R Markdown / Quarto files and Markdown saved as .txt without bold or tables. Invented documents."""

from __future__ import annotations

from notes_extract.document import BlockKind
from notes_extract.loaders import SUFFIXES, detect_format, load

RMD = """---
title: "Supervision meeting"
date: "13/11/2019"
---

```{r setup, include=FALSE}
knitr::opts_chunk$set(echo = TRUE)
```

## Summary

Discussed the first-year projects.

### Next steps

1. Write the introduction.
"""


def test_r_markdown_is_markdown() -> None:
    assert detect_format(RMD.encode(), source="notes.Rmd") == "markdown"
    assert ".rmd" in SUFFIXES["markdown"] and ".qmd" in SUFFIXES["markdown"]
    blocks = load(RMD.encode(), source="notes.Rmd").blocks
    assert [(b.kind, b.text) for b in blocks if b.kind is BlockKind.HEADING] == [
        (BlockKind.HEADING, "Summary"), (BlockKind.HEADING, "Next steps")]


def test_headings_and_a_fence_make_a_txt_markdown() -> None:
    text = "## Summary\n\nWe met.\n\n```\nmake test\n```\n"
    blocks = load(text.encode(), source="notes.txt").blocks
    assert blocks[0].kind is BlockKind.HEADING and blocks[0].text == "Summary"


def test_three_headings_make_a_txt_markdown() -> None:
    text = "# Team meeting\n\n## Updates\n\nAll well.\n\n## Next steps\n\nShip it.\n"
    blocks = load(text.encode(), source="notes.txt").blocks
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING] == ["Team meeting", "Updates", "Next steps"]


def test_one_hash_line_in_plain_text_stays_text() -> None:
    text = "Minutes 3 May\n\n# of members present: 12\n\nThe meeting opened.\n"
    blocks = load(text.encode(), source="notes.txt").blocks
    assert not any(b.kind is BlockKind.HEADING and b.text.startswith("of members") for b in blocks)


def test_heading_attribute_blocks_are_markup_not_title() -> None:
    # Pandoc ("{#id}", "{.class}", "{-}") and kramdown ("{: #id}") attribute blocks after a heading.
    text = ("# Committee meeting {#top}\n\n## Treasurer's report {#treasurers_report}\n\nFunds are fine.\n\n"
            "## Any other business {.unnumbered}\n\nNone.\n\nNew members {-}\n---------------\n\n"
            "Two joined.\n\n### Budget {: #budget .wide}\n\nAgreed.\n\n## Use of {braces} in a title\n")
    blocks = load(text.encode(), source="notes.md").blocks
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING] == [
        "Committee meeting", "Treasurer's report", "Any other business", "New members", "Budget",
        "Use of {braces} in a title"]
