"""Converting .doc, .rtf, .wpd and other word-processor files to .docx through LibreOffice headless.

Each conversion runs in a private temporary folder with its own LibreOffice
profile (``-env:UserInstallation``), so parallel workers never share or lock
one, and nothing is left behind. The converter runs in its own process
group with a time limit (the whole group is killed when it hangs), without
network access where the system allows a private network namespace
(``unshare``), and its output is size-checked before the .docx loader reads
it under the usual zip and XML limits.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from notes_extract.errors import ConversionFailedError, LimitExceededError
from notes_extract.limits import Limits

# The file name LibreOffice sees; its filters sniff the content, the suffix is a hint.
INPUT_SUFFIXES = {"doc": ".doc", "rtf": ".rtf", "wpd": ".wpd"}
# The lines of stderr kept in a conversion-failed message.
STDERR_LINES_KEPT = 3


def convert_to_docx(path_to_soffice: str, data: bytes, kind: str, *, source: str, limits: Limits) -> bytes:
    """The .docx bytes LibreOffice makes of ``data`` (a ``kind`` file: "doc", "rtf", "wpd").

    Raises `LimitExceededError` when the conversion passes its time limit or
    its output passes ``max_bytes``, `ConversionFailedError` when LibreOffice
    writes nothing.
    """
    seconds = conversion_seconds(limits)
    with tempfile.TemporaryDirectory(prefix="notes-extract-lo-") as work:
        folder = Path(work)
        (folder / "in").mkdir()
        (folder / "out").mkdir()
        document = folder / "in" / f"document{INPUT_SUFFIXES.get(kind, '.doc')}"
        document.write_bytes(data)
        command = [
            path_to_soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(folder / "out"), str(document),
        ]
        limit = "timeout" if limits.timeout and limits.timeout < limits.max_conversion_seconds \
            else "max_conversion_seconds"
        stderr = run_isolated(network_free(command), folder, seconds, source=source, limit=limit)
        produced = folder / "out" / "document.docx"
        if not produced.is_file() or produced.stat().st_size == 0:
            detail = " ".join(stderr.strip().splitlines()[-STDERR_LINES_KEPT:])
            raise ConversionFailedError(
                f"LibreOffice could not convert the {kind} file{': ' + detail if detail else ''}", source=source)
        limits.check("max_bytes", produced.stat().st_size, limits.max_bytes, source=source, unit="bytes",
                     what="the converted .docx")
        return produced.read_bytes()


def conversion_seconds(limits: Limits) -> float:
    """The time one conversion may take: the converter's own limit, within the document's."""
    if limits.timeout:
        return min(limits.max_conversion_seconds, limits.timeout)
    return limits.max_conversion_seconds


def run_isolated(command: list[str], home: Path, seconds: float, *, source: str,
                 limit: str = "max_conversion_seconds") -> str:
    """Run ``command`` in its own process group with HOME at ``home``; its stderr.

    On time-out (or any interruption, such as the command line's hard stop)
    the whole group is killed, so no LibreOffice process outlives the call;
    ``limit`` names the limit a time-out reports.
    """
    environment = {**os.environ, "HOME": str(home), "TMPDIR": str(home)}
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env=environment, start_new_session=True)
    try:
        _, stderr = process.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        kill_group(process)
        raise LimitExceededError(
            f"the LibreOffice conversion ran past {seconds:g} s and was stopped (limit {limit} = {seconds:g} s)",
            source=source, limit=limit, value=None, maximum=seconds) from None
    except BaseException:
        kill_group(process)
        raise
    return stderr.decode("utf-8", "replace")


def kill_group(process: subprocess.Popen[bytes]) -> None:
    """Kill ``process`` and every process it started, and reap it."""
    with contextlib.suppress(ProcessLookupError, PermissionError):  # already gone
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()


def network_free(command: list[str]) -> list[str]:
    """``command`` run in a network namespace of its own when the system allows one."""
    return ["unshare", "--map-root-user", "--net", *command] if can_unshare() else command


@functools.cache
def can_unshare() -> bool:
    """Whether ``unshare --map-root-user --net`` works here (user namespaces may be disabled)."""
    program = shutil.which("unshare")
    if program is None:
        return False
    try:
        done = subprocess.run([program, "--map-root-user", "--net", "true"], capture_output=True, timeout=10,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0
