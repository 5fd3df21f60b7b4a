"""The zip container of a .docx: refused by its central directory, unpacked under hard caps.

Nothing here knows about Word. It stands between the loader and zip bombs,
directories that lie about sizes, encrypted entries and entry names that
would escape the archive, and hands out one entry's bytes at a time.
"""

from __future__ import annotations

import copy
import io
import zipfile
import zlib
from collections.abc import Iterator

from notes_extract.errors import CorruptDocumentError, EncryptedDocumentError, LimitExceededError
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.limits import RATIO_GRACE_BYTES, Deadline, Limits, exceeded
from notes_extract.loaders import check_zip_directory

# Parts are unpacked this many bytes at a time, checking the limits in between.
UNPACK_CHUNK_BYTES = 1 << 20
# Bit 0 of a zip entry's general-purpose flags: the entry is encrypted.
ENCRYPTED_ENTRY_FLAG = 0x1
# "C:", "\\server": names that would leave the archive if it were unpacked.
_DRIVE_LETTER = lazy_compile(r"^[A-Za-z]:")

# What `zipfile` raises, besides its own errors, for a broken archive or entry.
_ZIP_OPEN_ERRORS = (zipfile.BadZipFile, ValueError, OSError, EOFError)
_ZIP_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
                    ValueError, OSError)


def open_archive(data: bytes, limits: Limits, source: str) -> zipfile.ZipFile:
    """The zip archive in ``data``, once its end record passes the entry and directory limits."""
    check_zip_directory(data, limits, source=source)
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_OPEN_ERRORS as exc:
        raise CorruptDocumentError(f"not a readable zip archive ({exc})", source=source) from exc


def check_archive(archive: zipfile.ZipFile, limits: Limits, source: str) -> None:
    """Refuse a zip by its central directory, before any part is unpacked.

    Entry count, declared sizes (per part and in total) and compression
    ratios are limits (`LimitExceededError`); encrypted entries mean a
    password-protected archive (`EncryptedDocumentError`); duplicate names and
    names that would escape the archive (absolute, "..", backslashes, drive
    letters) never occur in a real Word file (`CorruptDocumentError`).
    """
    entries = archive.infolist()
    limits.check("max_zip_entries", len(entries), limits.max_zip_entries, source=source,
                 what="the zip archive's entry count")
    seen: set[str] = set()
    total = 0
    for info in entries:
        name = info.filename
        if is_unsafe_name(name):
            raise CorruptDocumentError(f"unsafe entry name {name!r} in the zip archive", source=source)
        key = name.lower()  # OPC part names compare case-insensitively
        if key in seen:
            raise CorruptDocumentError(f"duplicate entry {name!r} in the zip archive", source=source)
        seen.add(key)
        if info.flag_bits & ENCRYPTED_ENTRY_FLAG:
            raise EncryptedDocumentError(
                f"the zip archive's entry {name!r} is encrypted; notes-extract cannot decrypt it",
                source=source,
            )
        limits.check("max_member_bytes", info.file_size, limits.max_member_bytes, source=source,
                     unit="bytes", what=f"part {name} (declared size)")
        total += info.file_size
        if info.file_size > RATIO_GRACE_BYTES:
            ratio = info.file_size / max(info.compress_size, 1)
            limits.check("max_compression_ratio", round(ratio, 1), limits.max_compression_ratio,
                         source=source, what=f"the compression ratio of part {name}")
    limits.check("max_decompressed_bytes", total, limits.max_decompressed_bytes, source=source,
                 unit="bytes", what="the zip archive's declared unpacked size")


def is_unsafe_name(name: str) -> bool:
    """Whether an entry name would land outside the folder the zip is unpacked into."""
    if not name or name.startswith("/") or "\\" in name or "\x00" in name or _DRIVE_LETTER.match(name):
        return True
    return ".." in name.split("/")


class ZipParts:
    """A zip's entries by OPC part name, unpacked within the limits.

    Keeps the count of bytes really unpacked, so the total limit holds across
    parts whatever the central directory declared.
    """

    def __init__(self, archive: zipfile.ZipFile, source: str, limits: Limits, deadline: Deadline) -> None:
        self._archive = archive
        self._source = source
        self._limits = limits
        self._deadline = deadline
        self._unpacked = 0  # bytes really unpacked so far, all parts
        # OPC part names compare case-insensitively.
        self._names = {name.lower(): name for name in archive.namelist()}

    def has(self, part: str) -> bool:
        return part.lower() in self._names

    def read(self, part: str) -> bytes | None:
        """The part's bytes, or None when the package has no such part (unpacked as `chunks` says)."""
        chunks = self.chunks(part)
        if chunks is None:
            return None
        first = next(chunks, b"")
        second = next(chunks, None)
        if second is None:  # a part of one chunk (most): its bytes as they are, not copied
            return first
        # Chunks go into one buffer whose bytes `getvalue` hands over without a copy:
        # joining a list of chunks would hold the part twice at its peak.
        unpacked = io.BytesIO()
        unpacked.write(first)
        unpacked.write(second)
        for chunk in chunks:
            unpacked.write(chunk)
        return unpacked.getvalue()

    def chunks(self, part: str) -> Iterator[bytes] | None:
        """The part's bytes as they are unpacked, or None when the package has no such part.

        Unpacked in chunks under a hard cap: the declared size (the directory
        may lie), the per-part limit and what is left of the total limit.
        """
        name = self._names.get(part.lower())
        if name is None:
            return None
        self._deadline.check(self._source, f"unpacking part {part}")
        declared = self._archive.getinfo(name)
        return self._unpack(part, declared, min(self._limits.max_member_bytes,
                                                self._limits.max_decompressed_bytes - self._unpacked))

    def unpack_again(self, part: str) -> Iterator[bytes]:
        """A part `chunks` has unpacked in full once, unpacked again chunk by chunk (so that it is
        never held whole): the same bytes, so its sizes are not checked or counted a second time."""
        declared = self._archive.getinfo(self._names[part.lower()])
        return self._unpack(part, declared, None)

    def _unpack(self, part: str, declared: zipfile.ZipInfo, cap: int | None) -> Iterator[bytes]:
        """The entry's chunks, its sizes checked against ``cap`` and counted when ``cap`` is given."""
        # Let zipfile read a chunk past the declared size and the cap, so that a
        # part that expands beyond them is seen here (zipfile alone would stop
        # at the declared size and report a CRC error, or silently truncate).
        info = copy.copy(declared)
        info.file_size = max(declared.file_size, cap or 0) + UNPACK_CHUNK_BYTES + 1
        size = 0
        try:
            with self._archive.open(info) as stream:
                while chunk := stream.read(UNPACK_CHUNK_BYTES):
                    size += len(chunk)
                    if cap is not None and size > declared.file_size:
                        raise _lying_size_error(part, declared.file_size, self._source)
                    if cap is not None and size > cap:
                        raise self._over_cap(part, size, cap)
                    yield chunk
                    self._deadline.check(self._source, f"unpacking part {part}")
        except _ZIP_READ_ERRORS as exc:
            raise CorruptDocumentError(f"cannot read part {part} ({exc})", source=self._source) from exc
        if cap is not None:
            self._unpacked += size

    def _over_cap(self, part: str, size: int, cap: int) -> LimitExceededError:
        """The error for a part past its cap: the total limit when that was the tighter one."""
        if cap < self._limits.max_member_bytes:
            return exceeded("max_decompressed_bytes", self._unpacked + size, self._limits.max_decompressed_bytes,
                            source=self._source, unit="bytes", what="the bytes unpacked from the zip archive")
        return exceeded("max_member_bytes", size, cap, source=self._source, unit="bytes",
                        what=f"part {part} (unpacked so far)")


def _lying_size_error(part: str, declared: int, source: str) -> LimitExceededError:
    """The error for a part that unpacks to more than its declared size (a zip bomb's trick)."""
    return LimitExceededError(
        f"part {part} unpacks to more than its declared {declared:,} bytes; the zip archive lies about its "
        "sizes (a zip bomb?)", source=source, limit="max_member_bytes", value=None, maximum=declared,
    )
