"""Captions of payment lists: "Payments Received", "Outstanding", "Payments Out" over rows of sums.

Under a finance item, minutes often caption the lists they pay or receive in a run of short headings,
each over rows ending in a sum ("Ann Lee Hall hire £40.00"). Such a caption names a table, not an
item: a run of two or more of them, one after another, joins the item above as its points. A lone
heading over one sum ("Treasurer's report" over "Balance £1,200.00") stays the item it is.
"""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.parts import SectionSpan

# A row of a payments list holds a sum, and most rows end in one ("... £7,078.50"), as no sentence does.
_AMOUNT = lazy_compile(r"[£$€]\s?\d[\d,]*(?:\.\d{2})?")
_ENDS_IN_AMOUNT = lazy_compile(r"[£$€]\s?\d[\d,]*(?:\.\d{2})?\)?\s*$")
# Captions in a run, at least, before they read as a finance item's tables.
MIN_CAPTIONS = 2


def _captions_payments(span: SectionSpan) -> bool:
    if not span.blocks or span.rest or span.tables or span.table_row or \
            not all(_AMOUNT.search(block.text) for block in span.blocks):
        return False
    return 2 * sum(1 for block in span.blocks if _ENDS_IN_AMOUNT.search(block.text.strip())) > len(span.blocks)


def fold_payment_captions(spans: list[SectionSpan]) -> list[SectionSpan]:
    """``spans`` with each run of payment-list captions joined to the item above it."""
    out: list[SectionSpan] = []
    i = 0
    while i < len(spans):
        end = i
        while end < len(spans) and _captions_payments(spans[end]):
            end += 1
        if end - i >= MIN_CAPTIONS and out:
            for caption in spans[i:end]:
                out[-1].blocks += [caption.heading, *caption.blocks]
            i = end
            continue
        out.extend(spans[i:max(end, i + 1)])
        i = max(end, i + 1)
    return out
