"""Which files a run converts, and the output name each one gets.

Outputs mirror the inputs' places under their source folder; names that
would collide are made distinct here, before anything is converted, so they
do not depend on which document finishes first.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from notes_extract.loaders import readable_suffixes

# The suffixes of every format a loader reads, from the loaders' own table.
SUPPORTED_SUFFIXES = readable_suffixes()
# Our own records and reports: never inputs, and not reported as unsupported files either.
RECORD_SUFFIX = ".json"


@dataclass(frozen=True)
class InputFile:
    """A file found under a source, where it sits relative to it, and whether its kind is one we read.

    A file of a kind no loader reads (.xlsx, .zip, .jpg) is still an input:
    the report lists it as "unsupported" instead of leaving it out unseen.
    """

    path: Path
    relative: PurePosixPath
    readable: bool = True


def discover(sources: list[Path], glob: str | None = None, *,
             exclude: Iterable[Path] = ()) -> list[Path]:
    """Every file of a readable kind under ``sources``, in a stable order (see `find_inputs`)."""
    return [found.path for found in find_inputs(sources, glob, exclude=exclude) if found.readable]


def find_inputs(sources: Iterable[Path], glob: str | None = None, *,
                exclude: Iterable[Path] = ()) -> list[InputFile]:
    """Every file under each folder, recursively; ``readable`` when its suffix is a format we read.

    Readable suffixes (any case) come from the loaders' table
    (`notes_extract.loaders.SUFFIXES`); the content still decides how a
    file is read. Files given directly are taken as they are. Hidden files and folders,
    Office lock files (``~$name.docx``), our own outputs (``*.json``) and the
    ``exclude`` paths (the output folder) are skipped; symlinked folders are
    not followed. ``glob`` keeps files whose path relative to their
    folder, or whose name, matches it (case-insensitive). Each folder's files
    are sorted by relative path; sources keep their order; duplicates go.
    """
    excluded = {os.path.realpath(p) for p in exclude}
    seen: set[str] = set()
    found: list[InputFile] = []
    for source in sources:
        source = Path(source)
        batch = _files_under(source, glob, excluded) if source.is_dir() else [
            InputFile(source, PurePosixPath(source.name))]
        for item in batch:
            key = os.path.realpath(item.path)
            if key not in seen:
                seen.add(key)
                found.append(item)
    return found


def _files_under(folder: Path, glob: str | None, excluded: set[str]) -> list[InputFile]:
    """The supported files under one folder, sorted by their path relative to it."""
    batch: list[InputFile] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")
                       and os.path.realpath(os.path.join(dirpath, d)) not in excluded]
        for name in filenames:
            suffix = Path(name).suffix.lower()
            if name.startswith((".", "~$")) or suffix == RECORD_SUFFIX:
                continue
            path = Path(dirpath, name)
            relative = PurePosixPath(path.relative_to(folder).as_posix())
            if glob and not _glob_match(relative, glob):
                continue
            if os.path.realpath(path) not in excluded:
                batch.append(InputFile(path, relative, suffix in SUPPORTED_SUFFIXES))
    batch.sort(key=lambda f: f.relative.parts)
    return batch


def _glob_match(relative: PurePosixPath, pattern: str) -> bool:
    pattern = pattern.lower()
    return fnmatch.fnmatchcase(str(relative).lower(), pattern) or fnmatch.fnmatchcase(
        relative.name.lower(), pattern)


def output_bases(inputs: Sequence[InputFile]) -> list[str]:
    """Each input's output name without ".json", mirroring its place under its source.

    NAME is the file name without extension. Inputs in one folder that would
    share output names (minutes.pdf and minutes.docx, or minutes.txt and
    minutes.1.md next to a two-meeting minutes.txt) get NAME.EXT instead; any
    name still taken gets "~2", "~3" in discovery order.
    """
    def family(item: InputFile) -> tuple[str, str]:
        stem = re.sub(r"(\.\d+)+$", "", item.relative.stem)
        return str(item.relative.parent).lower(), stem.lower()

    sizes: dict[tuple[str, str], int] = {}
    for item in inputs:
        sizes[family(item)] = sizes.get(family(item), 0) + 1
    bases: list[str] = []
    used: dict[str, int] = {}
    for item in inputs:
        name = item.relative.stem if sizes[family(item)] == 1 else item.relative.name
        base = str(item.relative.parent / name)
        key = base.lower()
        if key in used:
            used[key] += 1
            base = f"{base}~{used[key]}"
        else:
            used[key] = 1
        bases.append(base)
    return bases


def output_names(base: str, meetings: int) -> list[str]:
    """``NAME.json`` for one meeting; ``NAME.1.json``, ``NAME.2.json``... for several."""
    if meetings == 1:
        return [f"{base}.json"]
    return [f"{base}.{n}.json" for n in range(1, meetings + 1)]
