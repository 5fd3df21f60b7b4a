"""The register: records of many meetings in one SQLite file, with action threads across a series.

    >>> from notes_extract.register import register, open_register, queries
    >>> register(["records/"], "minutes.sqlite")          # doctest: +SKIP
    >>> queries.actions(open_register("minutes.sqlite"), open_only=True)  # doctest: +SKIP

`schema` (the tables and their version), `load` (loading records idempotently), `series` (which
meetings belong together), `threads` (linking an action to its later mentions), `queries`.
"""

from notes_extract.register import queries
from notes_extract.register.load import RegisterReport, register
from notes_extract.register.schema import SCHEMA_VERSION, RegisterError, open_register

__all__ = ["SCHEMA_VERSION", "RegisterError", "RegisterReport", "open_register", "queries", "register"]
