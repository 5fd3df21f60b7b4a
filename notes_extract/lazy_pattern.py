"""Regular expressions compiled when first used.

The rules hold some 700 patterns built at import, many of them large alternations made from the
vocabulary. Compiling them all cost about 0.2 s at every start, though a document uses about half;
those compiled are kept between runs (`pattern_cache`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import cast

from notes_extract.pattern_cache import compile_pattern, save

# The methods of a compiled pattern the rules call.
_METHODS = ("search", "match", "fullmatch", "sub", "split", "findall", "finditer")


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled on first use (an error in the pattern shows then)."""
    lazy = LazyPattern(pattern, flags)
    _MADE.append(lazy)
    return cast("re.Pattern[str]", lazy)


def compile_all() -> int:
    """Compile every pattern `lazy_compile` has made (a process that forks workers does it once for all);
    returns how many there are."""
    for lazy in _MADE:
        if "search" not in vars(lazy):
            lazy._compiled()
    save()  # (now, not at exit: the batch server's workers are forked from it)
    return len(_MADE)


class LazyPattern:
    """Stands in for ``re.compile(pattern, flags)``, compiling it when one of its methods is first called.

    That call puts the compiled pattern's own methods on the instance, where they hide the methods
    below: later calls go straight to them.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern  # as `re.Pattern.pattern`: patterns built from others' sources compile nothing
        self.compile_flags = flags

    def _compiled(self) -> re.Pattern[str]:
        compiled = compile_pattern(self.pattern, self.compile_flags)
        vars(self).update((name, getattr(compiled, name)) for name in _METHODS)
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().fullmatch(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | None]:
        return self._compiled().split(string, maxsplit)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str | tuple[str, ...]]:
        return self._compiled().findall(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._compiled().finditer(string, pos, endpos)

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:  # pickled as its source, not its methods
        return LazyPattern, (self.pattern, self.compile_flags)


_MADE: list[LazyPattern] = []  # for `compile_all`
