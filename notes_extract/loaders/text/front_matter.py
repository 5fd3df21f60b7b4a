"""Front matter at the top of a Markdown or text file, read as flat metadata.

Owns recognising the YAML ``---`` … ``---`` block, Hugo's TOML ``+++`` … ``+++``
block and a blog export's unfenced block of page keys ("slug:", "tags:"), and
reading their simple ``key: value`` pairs and lists, without depending on PyYAML.
"""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.meetings import PAGE_METADATA_KEYS

_FM_KEY = lazy_compile(r"^([A-Za-z_][\w.\- ]*?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
_FM_ITEM = lazy_compile(r"^[ \t]*-[ \t]+(.*?)[ \t]*$")
_TOML_KEY = lazy_compile(r"^([A-Za-z_][\w.\-]*)[ \t]*=[ \t]*(.*?)[ \t]*$")
# An unfenced page key is written in lower case ("slug:", "hidetitle:"); minutes' own labels
# ("Date:", "Venue:") are capitalised.
_PAGE_KEY = lazy_compile(r"^([a-z_][a-z0-9_\-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
# An unfenced block needs this many key lines, one of them a key only pages use.
MIN_UNFENCED_KEYS = 2
# Values after which a key's content follows on the next lines: a list is
# collected, a block scalar ("|", ">") is skipped.
_VALUE_FOLLOWS = ("", "|", ">", "|-", ">-")


def split_front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """YAML front matter (``---`` … ``---`` at the top) as flat metadata.

    Only lines that look like YAML qualify, so a leading horizontal rule
    followed by prose is not swallowed as front matter.
    """
    if lines and lines[0].strip() == "+++":
        return _split_toml(lines)
    if not lines or lines[0].strip() != "---":
        return _split_unfenced(lines)
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, lines
    body = lines[1:end]
    if not all(_yamlish(line) for line in body):
        return {}, lines
    return parse_front_matter(body), lines[end + 1 :]


def _split_toml(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Hugo's TOML front matter: ``key = "value"`` lines between ``+++`` fences."""
    end = next((n for n in range(1, len(lines)) if lines[n].strip() == "+++"), None)
    if end is None:
        return {}, lines
    meta: dict[str, str] = {}
    for line in lines[1:end]:
        if (match := _TOML_KEY.match(line)) and not match.group(2).startswith(("{", "[")):
            meta[match.group(1)] = _unquote(match.group(2))
    return {k: v for k, v in meta.items() if v}, lines[end + 1 :]


def _split_unfenced(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """A blog export's page keys without fences ("title: ..." / "slug: ..." / "tags:"),
    up to the first blank line: metadata when one key is one only pages use."""
    end = next((n for n, line in enumerate(lines) if not line.strip()), len(lines))
    body = lines[:end]
    keys = [m.group(1) for line in body if (m := _PAGE_KEY.match(line))]
    items_only = all(_PAGE_KEY.match(line) or _FM_ITEM.match(line) and line[:1] in (" ", "\t") for line in body)
    if len(keys) < MIN_UNFENCED_KEYS or not items_only or not set(keys) & set(PAGE_METADATA_KEYS):
        return {}, lines
    return parse_front_matter(body), lines[end:]


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
