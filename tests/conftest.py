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


def require_tool(found: bool, reason: str) -> None:
    """Skip a test that needs an optional tool that is not installed, but fail under CI.

    CI (``CI=true``) installs every optional tool (.ci/run), so a missing one
    there is a broken CI, not a reason to skip.
    """
    import os

    if found:
        return
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI must have it: {reason}")
    pytest.skip(reason)
