"""An item's heading that names its giver after a comma and a verb ("Financial report, as provided by Ann
Lee", "Safety report, presented by Bo Ode") is titled without the verb (invented snippets)."""

from notes_extract import extract_text


def _sections(heading: str) -> list[tuple[str, str | None]]:
    text = ("Committee meeting 3 March 2024\n\nPresent: Ann Lee, Bo Ode, Cy Rand\n\nFinance\nWe have funds.\n\n"
            f"{heading}\n\nInvoices sent out for traps. 11K in total.\nBalance is fine.\n\n"
            "Shed report\nThe shed is busy.\n")
    return [(s.title, s.presenter) for s in extract_text(text, format="text").sections]


def test_as_provided_by_after_a_comma() -> None:
    assert ("Financial report", "Ann Lee") in _sections("Financial report, as provided by Ann")


def test_presented_by_after_a_comma() -> None:
    assert ("Safety report", "Bo Ode") in _sections("Safety report, presented by Bo Ode")
