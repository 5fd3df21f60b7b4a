"""`python -m notes_extract`: the `notes-extract` command line."""

import sys

from notes_extract.cli import run

if __name__ == "__main__":
    sys.exit(run())
