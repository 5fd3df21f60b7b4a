"""Batch conversion of whole folders of minutes, at archive scale (``notes-extract batch``).

The modules, each importing only those above it:

- `types`: what they all share: `DocResult`, `Convert`, the `Runner`
  protocol, `BatchUsageError`, the report's `Entry` and `BatchReport`.
- `files`, `discovery`, `report`, `convert`: atomic writes, finding inputs
  and naming outputs, reading and summarising reports, the per-document
  function the workers run.
- `pool` (local worker processes, and `extract_many`) and `dask_runner`
  (``--dask``): the two `Runner` implementations. They only convert.
- `plan` (which inputs to convert, skip or resume) and `write` (records and
  the report as results come in).
- `orchestrator`: `convert_batch`, plan → run → write: it plans the run,
  runs it through one runner and writes the records and ``OUT/_report.json``.

None of them imports spaCy or the PDF and Word libraries: workers import
them when they read documents.
"""

from notes_extract.batch.convert import convert_document
from notes_extract.batch.dask_runner import DASK_SEND_LIMIT, DaskRunner
from notes_extract.batch.discovery import (
    SUPPORTED_SUFFIXES,
    InputFile,
    discover,
    find_inputs,
    output_bases,
    output_names,
)
from notes_extract.batch.orchestrator import convert_batch, open_runner
from notes_extract.batch.plan import BatchPlan, plan_batch
from notes_extract.batch.pool import ProcessPool, extract_many
from notes_extract.batch.report import format_summary, load_report
from notes_extract.batch.types import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    REPORT_NAME,
    BatchReport,
    BatchUsageError,
    Convert,
    DocResult,
    Entry,
    Runner,
    tool_version,
)
from notes_extract.errors import DocumentTimeoutError  # importable from here before the package split

__all__ = [
    "DASK_SEND_LIMIT", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "REPORT_NAME",
    "SUPPORTED_SUFFIXES", "BatchPlan", "BatchReport", "BatchUsageError", "Convert", "DaskRunner", "DocResult",
    "DocumentTimeoutError", "Entry", "InputFile", "ProcessPool", "Runner", "convert_batch", "convert_document",
    "discover", "extract_many", "find_inputs", "format_summary", "load_report", "open_runner", "output_bases",
    "output_names", "plan_batch", "tool_version",
]
