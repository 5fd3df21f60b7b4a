"""Who wrote the minutes, from the signature that closes them: "Minutes respectfully submitted by ..."
as "Respectfully submitted, ...", and the sentence's full stop is no part of the name."""

from __future__ import annotations

import pytest

from notes_extract import extract_text

_MINUTES = ("Board Meeting Minutes\nMarch 5, 2024\n\nPresent: Anna Berg, Tom Wills, Sara Khan\n\n"
            "1. Budget\nThe budget was approved.\n\n")


@pytest.mark.parametrize("signature", [
    "Minutes respectfully submitted by Sara Khan, Secretary.",
    "The minutes were submitted by Sara Khan.",
    "Respectfully submitted by Sara Khan.",
])
def test_the_signature_names_the_minute_taker(signature: str) -> None:
    assert extract_text(_MINUTES + signature + "\n", format="text").meeting.minute_taker == "Sara Khan"
