"""Shared paths for the tests; everything they read lives in this repository."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = "allies-group-2025-07-02"
RENDERINGS = ("txt", "md", "docx", "pdf")


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES
