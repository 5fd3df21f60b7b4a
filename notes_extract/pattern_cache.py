"""Compiled regular expressions kept between runs, beside the package's bytecode.

Python compiles a regular expression in Python code (parse, then code generation): the ~600 patterns
a document uses cost ~0.3 s at the start of every run, ten times the extraction itself. As Python keeps
compiled modules in ``__pycache__``, the engine's code for each pattern is kept there in one file, and a
later run builds its patterns from that code (~10 ms for all). The code is this interpreter's own output
for the same source and flags, so a pattern is equal to the one `re.compile` makes (``==`` compares the
code); a file written by another Python, or unreadable, is ignored and written again.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import importlib.util
import marshal
import os
import re
import sys
from array import array
from pathlib import Path

try:
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

# What the stored code depends on: this interpreter and its regex engine.
_FORMAT = f"notes-extract patterns 1; {sys.version}; sre {_sre.MAGIC} x{_sre.CODESIZE}; {sys.maxunicode}"
_CODE_UNIT = next(unit for unit in "HILQ" if array(unit).itemsize == _sre.CODESIZE)

# (flags, code as bytes, groups, group names to numbers, numbers to names): `_sre.compile`'s arguments
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def _cache_path() -> Path | None:
    """Where a module "patterns.py" of the package would keep its bytecode, as ".marshal" (PYTHONPYCACHEPREFIX
    honoured as for bytecode)."""
    try:
        return Path(importlib.util.cache_from_source(str(Path(__file__).with_name("patterns.py")))).with_suffix(
            ".marshal")
    except (NotImplementedError, ValueError):  # an interpreter that keeps no bytecode
        return None


_PATH = _cache_path()
_stored: dict[tuple[str, int], Entry] | None = None  # the file's entries, read on first use
_added: dict[tuple[str, int], Entry] = {}  # compiled in this process, for the file
_used: set[tuple[str, int]] = set()  # built from the file in this process
# The most patterns the file keeps: past this (patterns edited over many versions) it keeps those of the run
# that writes it (the package has some 1,400).
MAX_KEPT = 4000


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the code an earlier run kept when there is some."""
    key = (pattern, int(flags))
    if key[1] & re.DEBUG:
        return re.compile(pattern, flags)
    entry = _entries().get(key) or _added.get(key)
    if entry is not None:
        with contextlib.suppress(RuntimeError, TypeError, ValueError):  # (code the engine rejects: compile anew)
            compiled = _built(pattern, entry)
            _used.add(key)
            return compiled
    entry = _compiled(*key)
    compiled = _built(pattern, entry)
    if not _added and not sys.dont_write_bytecode:
        atexit.register(save)
    _added[key] = entry
    return compiled


def save() -> None:
    """Write the patterns compiled in this process to the file, with those it held (a process that
    cannot write there keeps none, as with bytecode)."""
    if not _added or _PATH is None or sys.dont_write_bytecode:
        return
    entries = {**_entries(), **_added}
    if len(entries) > MAX_KEPT:
        entries = {key: entry for key, entry in entries.items() if key in _used or key in _added}
    temporary = _PATH.with_name(f"{_PATH.name}.{os.getpid()}.tmp")
    try:
        _PATH.parent.mkdir(parents=True, exist_ok=True)
        with os.fdopen(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666), "wb") as out:
            marshal.dump((_FORMAT, entries), out)
        os.replace(temporary, _PATH)  # (whole or not at all, whichever run writes last)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
    _stored.update(_added)  # type: ignore[union-attr]
    _added.clear()


def _entries() -> dict[tuple[str, int], Entry]:
    global _stored
    if _stored is None:
        _stored = {}
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
            if _PATH is not None:
                written, entries = marshal.loads(_PATH.read_bytes())
                if written == _FORMAT and isinstance(entries, dict):
                    _stored = entries
    return _stored


def _compiled(pattern: str, flags: int) -> Entry:
    """What `re.compile` hands the engine for ``pattern`` (its steps, keeping the code)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return (flags | parsed.state.flags, array(_CODE_UNIT, code).tobytes(), parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def _built(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array(_CODE_UNIT, code).tolist(), groups, groupindex, indexgroup)
