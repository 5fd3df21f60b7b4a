"""YAML front matter at the top of a Markdown file, read as flat metadata.

Owns recognising the ``---`` … ``---`` block and reading its simple
``key: value`` pairs and lists, without depending on PyYAML.
"""

from __future__ import annotations

import re

_FM_KEY = re.compile(r"^([A-Za-z_][\w.\- ]*?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
_FM_ITEM = re.compile(r"^[ \t]*-[ \t]+(.*?)[ \t]*$")
# Values after which a key's content follows on the next lines: a list is
# collected, a block scalar ("|", ">") is skipped.
_VALUE_FOLLOWS = ("", "|", ">", "|-", ">-")


def split_front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """YAML front matter (``---`` … ``---`` at the top) as flat metadata.

    Only lines that look like YAML qualify, so a leading horizontal rule
    followed by prose is not swallowed as front matter.
    """
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, lines
    body = lines[1:end]
    if not all(_yamlish(line) for line in body):
        return {}, lines
    return parse_front_matter(body), lines[end + 1 :]


def _yamlish(line: str) -> bool:
    """Whether a line can belong to YAML front matter: a key, list item, comment or indent."""
    stripped = line.strip()
    return (
        not stripped
        or stripped.startswith("#")
        or line[:1] in (" ", "\t")
        or stripped.startswith("- ")
        or bool(_FM_KEY.match(line))
    )


def parse_front_matter(body: list[str]) -> dict[str, str]:
    """Top-level ``key: value`` pairs; a key's simple list becomes "a, b".

    Nested mappings are skipped rather than misread: without PyYAML only
    the flat, common part of front matter is worth trusting.
    """
    meta: dict[str, str] = {}
    key: str | None = None  # a key with no inline value, collecting a list
    items: list[str] = []

    def close() -> None:
        if key is not None and items:
            meta[key] = ", ".join(items)

    for line in body:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[:1] in (" ", "\t") or line.startswith("- "):
            item = _FM_ITEM.match(line)
            if key is not None and item and item.group(1):
                items.append(_unquote(item.group(1)))
            continue
        close()
        key, items = None, []
        match = _FM_KEY.match(line)
        if not match:
            continue
        name, value = match.group(1).strip(), _unquote(match.group(2) or "")
        if value in _VALUE_FOLLOWS:
            key = name
        elif value.startswith("[") and value.endswith("]"):
            meta[name] = ", ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
        elif not value.startswith("{"):
            meta[name] = value
    close()
    return {k: v for k, v in meta.items() if v}


def _unquote(value: str) -> str:
    """A YAML scalar without its matching outer quotes."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
