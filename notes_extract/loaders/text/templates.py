"""Jekyll/Liquid and Hugo template tags left in a page's source.

Owns replacing ``{{ page.title }}`` and the like with the page's own front matter,
and dropping every other template tag (``{% include x %}``, ``{{ site.name }}``),
so that a tag is never read as a title, a name or a date.
"""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile

# "{{ page.title }}", "{{ .Title }}", "{{ page.date | date: '%d %B %Y' }}"
_OUTPUT_TAG = lazy_compile(r"\{\{-?\s*(?:(?:page|include|post)\.|\.)?(?P<key>[\w.]+)?[^{}]*?-?\}\}", re.I)
_LOGIC_TAG = lazy_compile(r"\{%-?.*?-?%\}")
_MARKUP_ONLY = lazy_compile(r"^[\s#>*_|:-]*$")


def fill_templates(lines: list[str], metadata: dict[str, str]) -> list[str]:
    """The lines with template tags replaced by the front matter's value or removed; a line
    that held nothing but tags (and markup such as "# ") goes."""
    values = {key.lower(): value for key, value in metadata.items()}
    out: list[str] = []
    for line in lines:
        if "{{" not in line and "{%" not in line:
            out.append(line)
            continue
        filled = _LOGIC_TAG.sub("", line)
        filled = _OUTPUT_TAG.sub(lambda m: values.get((m["key"] or "").lower(), ""), filled)
        if filled.strip() and _MARKUP_ONLY.match(filled):
            continue  # "# {{ page.title }}" with no title to put in
        out.append(filled)
    return out
