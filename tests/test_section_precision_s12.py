"""Section precision: "Label: text" paragraphs that are fields of sub-items, not items of their own."""

from __future__ import annotations

from notes_extract import extract_text

_HEAD = "# Minutes of the Millbrook Village Council\n\nMeeting held on 3 March 2021.\n\n"


def _titles(text: str) -> list[str]:
    return [section.title for section in extract_text(_HEAD + text, format="markdown").sections]


def test_a_label_written_under_every_application_is_a_field() -> None:
    titles = _titles(
        "## Planning\n\nApplications received by the district:\n\n"
        "Applicant: Mr P. Brown, 4 Mill Lane. Erection of a garden shed. No objection.\n\n"
        "Applicant: Mrs K. Green, 9 High Street. Two-storey extension. Objection.\n\n"
        "Applicants: Mr and Mrs Hill, The Barn. Change of use to a dwelling. No objection.\n\n"
        "## Correspondence\n\nA letter from the county about road closures was noted.\n")
    assert titles == ["Planning", "Correspondence"]


def test_labels_numbered_out_of_sequence_are_references() -> None:
    titles = _titles(
        "## Tree survey\n\nThe survey of the churchyard trees was received.\n\n"
        "Tree 412: crown lift to be carried out by the contractor.\n\n"
        "Tree 419: dead wood to be removed before the summer.\n\n"
        "Tree 433: to be felled and replaced with an oak.\n\n"
        "## Finance\n\nThe accounts were approved.\n")
    assert titles == ["Tree survey", "Finance"]



def test_captions_of_payment_lists_are_parts_of_the_finance_item() -> None:
    titles = _titles(
        "## Finance\n\nThe accounts were received.\n\n"
        "**Payments Received**\n\nCricket Club share of water bill £7.95\n\nFootball Club share of water bill £5.30\n\n"
        "**Outstanding**\n\nMr P. Brown noticeboard repair £265.00\n\n"
        "**Payments Out**\n\nPetty cash litter picking £100.00\n\nClerk travel £126.21\n\n"
        "## Correspondence\n\nA letter was noted.\n")
    assert titles == ["Finance", "Correspondence"]
