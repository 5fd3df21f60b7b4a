"""Importing spaCy: without its command line, and only when something needs it."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import ModuleType


def import_spacy() -> ModuleType:
    """The ``spacy`` package, imported without its CLI."""
    try:
        with _spacy_cli_deferred():
            import spacy
    except ImportError:  # a spaCy that needs more of its CLI at import: the plain way
        import spacy
    return spacy


def english_stop_words() -> frozenset[str]:
    """spaCy's English stop words."""
    import_spacy()
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


# spaCy's __init__ imports `spacy.cli.info`, and with it every CLI command and the libraries they use
# (weasel, requests, httpx): about 0.2 s of CPU and 17 MB per process, for commands we never run.
_SPACY_CLI_MODULES = ("spacy.cli", "spacy.cli.info")


@contextmanager
def _spacy_cli_deferred() -> Iterator[None]:
    """While spaCy is first imported, stand-ins for its CLI modules; removed afterwards, so a later
    ``import spacy.cli`` loads the real one (and ``spacy.info`` calls it)."""
    if "spacy" in sys.modules or any(name in sys.modules for name in _SPACY_CLI_MODULES):
        yield
        return
    for name in _SPACY_CLI_MODULES:
        stand_in = types.ModuleType(name)
        stand_in.info = _spacy_info  # type: ignore[attr-defined]
        sys.modules[name] = stand_in
    try:
        yield
    finally:
        for name in _SPACY_CLI_MODULES:
            sys.modules.pop(name, None)


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
