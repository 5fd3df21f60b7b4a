"""Compiled patterns kept between runs (`notes_extract.pattern_cache`): built from the kept code, a
pattern is the one `re.compile` makes; a file from elsewhere, or damaged, is ignored."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from notes_extract import pattern_cache


@pytest.fixture
def kept_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh process's state, its file in ``tmp_path``."""
    path = tmp_path / "__pycache__" / "patterns.test.marshal"
    monkeypatch.setattr(pattern_cache, "_PATH", path)
    monkeypatch.setattr(pattern_cache, "_stored", None)
    monkeypatch.setattr(pattern_cache, "_added", {})
    monkeypatch.setattr(pattern_cache, "_used", set())
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return path


def _next_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_cache, "_stored", None)
    monkeypatch.setattr(pattern_cache, "_added", {})
    monkeypatch.setattr(pattern_cache, "_used", set())


SOURCES = [(r"(?P<who>[A-Z]\w+) to (\w+)", re.I), (r"\b(agreed|resolved)\b[^.]*$", 0),
           (r"^\W*(?:action\s+)?(?P<words>done|complete(?:d)?)\W*$", re.I | re.M), ("caf\u00e9|\u017fecond", re.I)]
TEXTS = ["Ann to write; bo to call", "It was AGREED that the fee rises", "Action: Done.", "CAFÉ", "ſecond it"]


def test_a_pattern_built_from_the_kept_code_is_the_one_re_compiles(kept_in: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    first = [pattern_cache.compile_pattern(source, flags) for source, flags in SOURCES]
    pattern_cache.save()
    assert kept_in.exists()
    _next_run(monkeypatch)
    assert len(pattern_cache._entries()) == len(SOURCES)
    again = [pattern_cache.compile_pattern(source, flags) for source, flags in SOURCES]
    assert not pattern_cache._added  # every one built from the file
    for (source, flags), one, other in zip(SOURCES, first, again, strict=True):
        compiled = re.compile(source, flags)
        assert one == other == compiled  # (equal patterns: same source, flags and engine code)
        assert other.groupindex == compiled.groupindex and other.groups == compiled.groups
        assert [m and m.span() for m in map(other.search, TEXTS)] == \
            [m and m.span() for m in map(compiled.search, TEXTS)]


def test_a_file_from_another_python_or_damaged_is_ignored(kept_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern_cache.compile_pattern(r"\bseconded\b", re.I)
    pattern_cache.save()
    kept_in.write_bytes(kept_in.read_bytes()[:-40])  # cut short
    _next_run(monkeypatch)
    assert pattern_cache.compile_pattern(r"\bseconded\b", re.I).search("SECONDED by Ann")
    assert pattern_cache._added  # compiled anew
    monkeypatch.setattr(pattern_cache, "_FORMAT", "another interpreter")
    _next_run(monkeypatch)
    assert pattern_cache._entries() == {}


def test_broken_code_in_the_file_is_compiled_anew(kept_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = r"(\d+) for, (\d+) against"
    pattern_cache.compile_pattern(source)
    pattern_cache.save()
    _next_run(monkeypatch)
    flags, _code, groups, groupindex, indexgroup = pattern_cache._entries()[(source, 0)]
    pattern_cache._entries()[(source, 0)] = (flags, b"\xff" * 8, groups, groupindex, indexgroup)
    assert pattern_cache.compile_pattern(source) == re.compile(source)


def test_past_its_bound_the_file_keeps_the_patterns_of_the_run_that_writes_it(
        kept_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_cache, "MAX_KEPT", 2)
    for source in (r"\bone\b", r"\btwo\b", r"\bthree\b"):
        pattern_cache.compile_pattern(source)
    pattern_cache.save()
    _next_run(monkeypatch)
    assert len(pattern_cache._entries()) == 3  # (written by the run that compiled all three)
    pattern_cache.compile_pattern(r"\btwo\b")  # used
    pattern_cache.compile_pattern(r"\bfour\b")  # compiled
    pattern_cache.save()
    _next_run(monkeypatch)
    assert sorted(source for source, _ in pattern_cache._entries()) == [r"\bfour\b", r"\btwo\b"]


def test_nothing_is_written_where_bytecode_is_not(kept_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    pattern_cache.compile_pattern(r"\bminutes\b")
    pattern_cache.save()
    assert not kept_in.exists()


def test_every_pattern_of_the_package_is_built_as_re_compiles_it() -> None:
    """Whatever this interpreter's file holds, each of the package's patterns comes out equal to
    `re.compile`'s (equality compares the engine's code)."""
    import importlib
    import pkgutil

    import notes_extract
    from notes_extract import lazy_pattern

    for module in pkgutil.walk_packages(notes_extract.__path__, "notes_extract."):
        if module.name != "notes_extract.batch.preload":  # (it compiles every pattern when imported)
            try:
                importlib.import_module(module.name)
            except ImportError:  # an optional extra that is not installed
                continue
    sources = {(lazy.pattern, lazy.compile_flags) for lazy in lazy_pattern._MADE}
    assert len(sources) > 500
    assert all(pattern_cache.compile_pattern(source, flags) == re.compile(source, flags) for source, flags in sources)
