"""Resource limits for reading one document, and the clock that enforces the time limit.

Hostile or broken files must end in one clear error, fast and in bounded
memory. Every limit below is checked *before* the work it guards where the
format allows it (a file's size from ``os.stat``, a zip's declared sizes from
its central directory), and again while the work is done, because declared
sizes can lie.

Safe defaults (`Limits()`; the library, `extract`, `batch` and `extract_many`
share one time limit, `DEFAULT_TIMEOUT`):

=========================  ===============  =============================================
limit                      default          what it guards
=========================  ===============  =============================================
``max_bytes``              100 MB           size of the input file
``max_pages``              2,000            pages of a PDF
``max_decompressed_bytes`` 512 MiB          bytes unpacked from a .docx zip, all parts
``max_member_bytes``       128 MiB          bytes unpacked from one part of a .docx zip
``max_zip_entries``        5,000            entries in a .docx zip
``max_compression_ratio``  200              unpacked / packed size of one zip part
``max_xml_depth``          256              element nesting in a .docx XML part
``max_xml_tree_bytes``     32 MiB           .docx XML held as one tree (a part, or one block of the body)
``max_text_chars``         10,000,000       characters of text (about 3,000 pages)
``timeout``                300 s            seconds spent on one document (None: no limit)
``max_conversion_seconds`` 120              seconds LibreOffice may spend converting one file
=========================  ===============  =============================================

``ocr`` ("auto", "always", "never") is not a bound but travels with the
limits to every worker: OCR is the costliest way to read a page.

A limit that is hit raises `LimitExceededError`, whose message names the
limit, the value found and the maximum.
"""

from __future__ import annotations

import re
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from notes_extract.errors import LimitExceededError
from notes_extract.lazy_pattern import lazy_compile

MB = 1000 * 1000
MiB = 1024 * 1024

# A zip part smaller than this is never refused for its compression ratio:
# reading it is bounded by its declared size anyway, and tiny parts of
# repetitive XML compress very well.
RATIO_GRACE_BYTES = 1 * MiB

# Seconds one document may take, everywhere: `Limits.timeout`, `extract --timeout`,
# `batch --timeout` and `extract_many(timeout=)`. Long enough for OCR of a few
# dozen scanned pages (about 6 s a page), short enough that one stuck file
# cannot hold up a run.
DEFAULT_TIMEOUT = 300.0


@dataclass(frozen=True)
class Limits:
    """Upper bounds on what reading one document may cost.

    Frozen so one instance can be shared by every document of a batch and
    passed to worker processes without being changed under them.
    """

    max_bytes: int = 100 * MB
    """Largest input file accepted, in bytes; checked before the file is read."""
    max_pages: int = 2000
    """Most pages read from a PDF; a longer one is refused, not truncated."""
    max_decompressed_bytes: int = 512 * MiB
    """Most bytes unpacked from a .docx zip in total (declared, and really unpacked)."""
    max_member_bytes: int = 128 * MiB
    """Most bytes unpacked from any one part of a .docx zip."""
    max_zip_entries: int = 5000
    """Most entries in a .docx zip; real documents have a few dozen."""
    max_compression_ratio: float = 200.0
    """Largest unpacked/packed size ratio of a zip part above 1 MiB (zip bombs reach 1000+)."""
    max_xml_depth: int = 256
    """Deepest element nesting in a .docx XML part (libxml2's own ceiling is 256)."""
    max_xml_tree_bytes: int = 32 * MiB
    """Most bytes of .docx XML held as one tree: a part parsed whole (styles, numbering), or one
    top-level block (paragraph, table) of the body, which is parsed a block at a time. A tree costs
    about 15 bytes of memory per byte of XML, so this bounds the tree at about 500 MB."""
    max_text_chars: int = 10_000_000
    """Most characters of text in a document; the extraction stages run at roughly 0.3 MB/s."""
    timeout: float | None = DEFAULT_TIMEOUT
    """Seconds one document may take (`DEFAULT_TIMEOUT`); None means no time limit."""
    max_conversion_seconds: float = 120.0
    """Seconds an outside converter (LibreOffice) may run on one document before it is killed."""
    ocr: str = "auto"
    """When pages are read by OCR: "auto" (pages without a text layer), "always", or "never"."""

    def check(self, limit: str, value: float, maximum: float | None, *, source: str | None,
              unit: str = "", what: str = "") -> None:
        """Raise `LimitExceededError` when ``value`` is above ``maximum`` (None: unlimited)."""
        if maximum is not None and value > maximum:
            raise exceeded(limit, value, maximum, source=source, unit=unit, what=what)


def exceeded(limit: str, value: float, maximum: float, *, source: str | None, unit: str = "",
             what: str = "") -> LimitExceededError:
    """The error for ``limit``: "the file is 150,000,000 bytes (limit max_bytes = 100,000,000 bytes)"."""
    subject = what or limit
    suffix = f" {unit}" if unit else ""
    message = f"{subject} is {_number(value)}{suffix} (limit {limit} = {_number(maximum)}{suffix})"
    return LimitExceededError(message, source=source, limit=limit, value=value, maximum=maximum)


def _number(value: float) -> str:
    """1,234,567 for whole numbers, 1,234.5 otherwise."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


_SIZE = lazy_compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?)(b?)\s*$", re.IGNORECASE)
_POWERS = {"": 0, "k": 1, "m": 2, "g": 3, "t": 4}


def parse_size(text: str) -> int:
    """Bytes from "50MB", "1.5 GiB", "512k" or "1000": kB/MB/GB are powers of 1000, KiB/MiB/GiB of 1024.

    Raises ValueError for anything else, so argparse can report the option.
    """
    match = _SIZE.match(text)
    if not match or (match.group(3) and not match.group(2)):
        raise ValueError(f"not a size: {text!r} (examples: 50MB, 512KiB, 1000000)")
    number, prefix, binary = float(match.group(1)), match.group(2).lower(), bool(match.group(3))
    return int(number * (1024 if binary else 1000) ** _POWERS[prefix])


class Deadline:
    """The per-document clock: loaders call `check` between units of work.

    Cooperative, so it works in any thread and never interrupts a half-built
    structure; the command line adds a hard stop (`alarm`) for work that
    never returns to a check.
    """

    __slots__ = ("timeout", "started", "_expires")

    def __init__(self, timeout: float | None, started: float) -> None:
        self.timeout = timeout
        self.started = started
        self._expires = None if timeout is None else started + timeout

    @classmethod
    def start(cls, limits: Limits | None) -> Deadline:
        """A clock started now, expiring after ``limits.timeout`` seconds (never when None)."""
        return cls(limits.timeout if limits is not None else None, time.monotonic())

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def expired(self) -> bool:
        return self._expires is not None and time.monotonic() > self._expires

    def check(self, source: str | None, stage: str) -> None:
        """Raise `LimitExceededError` once the time limit has passed; ``stage`` says where."""
        if self._expires is not None and time.monotonic() > self._expires:
            raise timed_out(self.timeout or 0.0, source=source, stage=stage)


def timed_out(timeout: float, *, source: str | None, stage: str = "") -> LimitExceededError:
    """The error for a document that ran past ``timeout`` seconds."""
    where = f" (stopped while {stage})" if stage else ""
    return LimitExceededError(
        f"reading the document took longer than {timeout:g} s{where} (limit timeout = {timeout:g} s)",
        source=source, limit="timeout", value=None, maximum=timeout,
    )


class _Alarm(BaseException):
    """Raised by the SIGALRM handler.

    A BaseException so that the ``except Exception`` blocks loaders use to
    survive one bad page or part cannot swallow the hard stop.
    """


def can_alarm() -> bool:
    """Whether a SIGALRM hard stop can be armed here (Unix, main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def alarm(timeout: float | None, *, source: str | None, grace: float = 0.0) -> Iterator[None]:
    """A hard stop after ``timeout`` (+ ``grace``) seconds: the block raises `LimitExceededError`.

    Uses ``signal.setitimer`` (Unix, main thread only; elsewhere it does
    nothing and the cooperative `Deadline` is all there is). The previous
    handler and timer are restored on the way out. Work inside one C call
    (a regular expression, a parser) is stopped when that call returns.
    """
    if not timeout or timeout <= 0 or not can_alarm():
        yield
        return

    armed = True

    def ring(signum: int, frame: object) -> None:
        if armed:
            raise _Alarm()

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, ring)
    # Ring again every half second: an alarm raised inside a __del__ or a
    # callback is printed and dropped by Python, and must not be the last.
    old_delay, old_interval = signal.setitimer(signal.ITIMER_REAL, timeout + max(grace, 0.0), 0.5)
    try:
        yield
    except _Alarm:
        raise timed_out(timeout, source=source) from None
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if old_delay:  # an outer timer was running: give it back what is left of it
            left = old_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001), old_interval)
