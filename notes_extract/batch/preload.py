"""What a local worker needs loaded before its first document, loaded once.

`pool` starts its workers with the "forkserver" method and names this module
for the server to import: the server imports the extraction code, the readers
of the common formats and spaCy, builds the spaCy pipeline and compiles the
rules' patterns, once; each worker is a fork of it and starts with all of that
in memory (about 1.5 s of imports per worker otherwise). Failures are ignored here: a worker that lacks
something imports it again and reports the error on the document that needs it.
"""

from __future__ import annotations

import contextlib
import gc
import importlib

# The readers a run of minutes mostly needs (the others are imported when a document asks).
PRELOADED_MODULES = (
    "notes_extract.api",
    "notes_extract.loaders.docx",
    "notes_extract.loaders.pdf",
    "notes_extract.loaders.text",
    "notes_extract.loaders.html",
    "notes_extract.loaders.odf",
)


def preload() -> None:
    """Import `PRELOADED_MODULES` and build the spaCy pipeline (each kept for the process)."""
    # All of it is kept for good: collecting while it is built would only walk it over and over
    # (~7% of the server's start-up, which every run waits for). Python's docs advise this for a
    # process that forks workers: collector off while loading, gc.freeze() before the forks.
    collecting = gc.isenabled()
    gc.disable()
    for name in PRELOADED_MODULES:
        with contextlib.suppress(Exception):
            importlib.import_module(name)
    with contextlib.suppress(Exception):
        from notes_extract.nlp import pipeline

        pipeline()
    with contextlib.suppress(Exception):  # compiled here once, not in every worker
        from notes_extract.lazy_pattern import compile_all

        compile_all()
    # Out of the collector's reach: a worker's collections then skip all of this, and do not
    # write to (and so copy) the server's pages it shares.
    gc.freeze()
    if collecting:
        gc.enable()  # the workers forked from here collect as usual


preload()
