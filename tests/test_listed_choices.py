"""A decision's lead-in over a list of bare things ("The following dates were agreed:" over "- 3 March",
"- 7 April"): one decision, the lead-in with its list, not a decision per item. Invented minutes."""

from __future__ import annotations

from notes_extract import extract_text

HEAD = "# Committee\n\nPresent: Ann Lee, Bo Ode, Cy Rand\n\n"


def test_a_lead_in_over_bare_dates_is_one_decision() -> None:
    text = HEAD + ("## 1. Calendar\n\n- The following dates were agreed:\n  - 3 March\n  - 7 April\n  - 12 May\n"
                   "- Bo reported on the grant.\n\n## 2. Hall\n\nThe hall is fine.\n")
    record = extract_text(text, format="markdown")
    assert [(d.text, d.outcome) for d in record.decisions] == [
        ("The following dates were agreed: 3 March; 7 April; 12 May", "carried")]


def test_papers_approved_in_a_list_under_a_sentence_are_one_decision() -> None:
    text = HEAD + "## 1. Papers\n\nThe following were approved:\n- Terms of Reference\n- Risk Register\n"
    record = extract_text(text, format="markdown")
    assert [d.text for d in record.decisions] == ["The following were approved: Terms of Reference; Risk Register"]


def test_clauses_under_a_lead_in_stay_a_decision_each() -> None:
    text = HEAD + "## 1. Fees\n\nIt was agreed:\na) to raise the fee to 20 pounds;\nb) to waive it for students.\n"
    record = extract_text(text, format="markdown")
    assert [d.text for d in record.decisions] == ["a) to raise the fee to 20 pounds;", "b) to waive it for students."]


def test_a_bare_decisions_label_keeps_its_items_apart() -> None:
    text = HEAD + "## Decisions\n\n- The 2024 budget\n- The new logo\n\n## Hall\n\nThe hall is fine.\n"
    record = extract_text(text, format="markdown")
    assert [d.text for d in record.decisions] == ["The 2024 budget", "The new logo"]


def test_tasks_under_a_sentence_lead_in_stay_a_decision_each() -> None:
    text = HEAD + "## 1. Rota\n\nThe following were agreed:" \
        "\n- Move the stand-up to 10am\n- Use Postgres for the store\n"
    record = extract_text(text, format="markdown")
    assert [d.text for d in record.decisions] == ["Move the stand-up to 10am", "Use Postgres for the store"]


def test_a_sentence_over_bulleted_points_is_one_decision_with_them() -> None:
    text = HEAD + ("## 1. Quiz night\n\nSeveral arrangements were agreed upon:\n- Cy will organise the event\n"
                   "- Final on Friday 8th April\n- prizes: two bottles\n\n## 2. Hall\n\nThe hall is fine.\n")
    record = extract_text(text, format="markdown")
    assert [d.text for d in record.decisions] == ["Several arrangements were agreed upon: Cy will organise the event; "
                                                  "Final on Friday 8th April; prizes: two bottles"]


def test_cases_each_opening_with_a_reference_are_a_decision_each() -> None:
    # "The following planning applications were approved:" over cases: each case decided on its own
    text = HEAD + ("## 5. Planning\n\nThe following planning applications were approved:\n"
                   "- 25/0012 Extension at 4 Mill Lane\n- DC/25/0019 New garage at Rose Cottage\n")
    record = extract_text(text, format="markdown")
    assert [(d.text, d.kind, d.outcome) for d in record.decisions] == [
        ("25/0012 Extension at 4 Mill Lane", "other", "carried"),
        ("DC/25/0019 New garage at Rose Cottage", "other", "carried")]


def test_lettered_cases_under_a_lead_in_lose_their_letters() -> None:
    text = HEAD + ("## 5. Planning\n\nThe following applications were deferred:\n"
                   "a) 25/0012 Extension at 4 Mill Lane\nb) 25/0019 New garage at Rose Cottage\n")
    record = extract_text(text, format="markdown")
    assert [(d.text, d.outcome) for d in record.decisions] == [
        ("25/0012 Extension at 4 Mill Lane", "deferred"), ("25/0019 New garage at Rose Cottage", "deferred")]


def test_dates_written_with_a_slash_are_no_cases() -> None:
    text = HEAD + "## 1. Calendar\n\nThe following dates were agreed:\n- 12/05 AGM\n- 19/05 Quiz Night\n"
    record = extract_text(text, format="markdown")
    assert [d.text for d in record.decisions] == ["The following dates were agreed: 12/05 AGM; 19/05 Quiz Night"]
