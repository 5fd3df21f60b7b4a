"""Guards for the sections battery's rules: shapes near the ones they read that must stay as they were."""

from __future__ import annotations

from notes_extract import extract_text


def test_wrapped_apologies_line_opening_with_an_initial_stays_attendance() -> None:
    text = ("Minutes of Millbrook Bowls Club 3/05/21\n"
            "Present: T. Arden, P. Brill and K. Oakes\n"
            "Apologies: D. Fenn, R. Hale, M. Ives, J. Kerr, L. Lomax, N. Moss, P. Nunn, S. Orme, T. Pratt,\n"
            "C. Quill, W. Roe and B. Stead\n"
            "Greens\n"
            "The top green will be cut on Friday.\n")
    names = [p.name for p in extract_text(text).attendance.apologies]
    assert "C. Quill" in names or "Quill" in names
    assert "W. Roe" in names


def test_letters_received_list_keeps_sender_dash_subject_entries_whole() -> None:
    text = ("Upton Parish Council\nMinutes of the meeting held on 4 March 2024\n"
            "Present: Cllr A Lee (Chair), Cllr B Ode\n\n"
            "1. Correspondence\n\n"
            "1. CDC – Road closure notice for Mill Lane\n"
            "2. GAPTC – Spring newsletter\n"
            "3. Police – Monthly crime figures\n"
            "4. Finance\nPayments of £200 were approved.\n")
    titles = [s.title for s in extract_text(text).sections]
    assert "CDC" not in titles and "GAPTC" not in titles
