"""Actions in shapes real minutes use that the rules missed or misread.

Invented snippets: a hedged promise ("will probably", "and, possibly, Bo will", "It could be that
Acme will"), a task in the
future progressive ("will be adding"), an action table whose number column is headed "Item Number",
a team's handle as one owner ("@acme/web-team"), a form's Yes/No checkboxes, and action lines led
by a role rather than a name ("The board secretary: ...").
"""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord

HEAD = "Minutes of the Fernbrook Allotment Society, 3 March 2022\n\nPresent: Ann Lee, Bob Hart, Cy Ward\n\n"


def _record(body: str, *, fmt: str = "text") -> MinutesRecord:
    return extract((HEAD + "1. Matters\n\n" + body).encode(), format=fmt)


def _actions(body: str, *, fmt: str = "text") -> list[tuple[list[str], str]]:
    return [([o.text for o in a.owners], a.text) for a in _record(body, fmt=fmt).actions]


def test_a_hedged_promise_is_no_task() -> None:
    found = _actions("Ann will probably order the seed potatoes.\n\n"
                     "Bob, Cy and, possibly, Ann will walk the boundary.\n\n"
                     "Cy will order the compost bins.\n")
    assert found == [(["Cy"], "Cy will order the compost bins.")]


def test_a_promise_after_a_clause_of_guessing_is_no_task() -> None:
    found = _actions("It could be that Acme (Fencing) will replace the gate in May.\n\n"
                     "It is possible that Bob will bring the trailer.\n\n"
                     "Cy (Treasurer) will order the compost bins.\n")
    assert found == [(["Cy"], "Cy (Treasurer) will order the compost bins.")]


def test_a_task_in_the_future_progressive_is_a_task() -> None:
    found = _actions("Bob will be repainting the shed doors this month.\n\n"
                     "Cy will be having a week away in May.\n")
    assert found == [(["Bob"], "Bob will be repainting the shed doors this month.")]


def test_an_item_number_column_is_the_ref_not_the_task() -> None:
    body = ("## Action Items\n\n| Item Number | Action Items | Assigned To | Due Date |\n|---|---|---|---|\n"
            "| 1 | Mend the water trough | Bob Hart | 03/20/2022 |\n"
            "| 2 | Chase unpaid rents | Ann Lee | 03/27/2022 |\n")
    record = extract(("# Fernbrook Allotment Society, 3 March 2022\n\nPresent: Ann Lee, Bob Hart\n\n"
                      + body).encode(), format="markdown")
    assert [(a.ref, a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("1", "Mend the water trough", ["Bob Hart"]), ("2", "Chase unpaid rents", ["Ann Lee"])]


def test_a_team_handle_is_one_owner() -> None:
    body = ("## Action Items\n\n| Action Item | Owner(s) | Deadline |\n|---|---|---|\n"
            "| Review the plot map | @fernbrook/plot-team | 2022-03-20 |\n"
            "| Print the rota | @annlee/@bobhart | 2022-03-20 |\n")
    record = extract(("# Fernbrook Allotment Society, 3 March 2022\n\nPresent: Ann Lee, Bob Hart\n\n"
                      + body).encode(), format="markdown")
    assert [[o.text for o in a.owners] for a in record.actions] == [["@fernbrook/plot-team"], ["@annlee", "@bobhart"]]


def test_a_forms_yes_no_checkboxes_are_no_tasks() -> None:
    body = ("# Fernbrook Allotment Society, 3 March 2022\n\nPresent: Ann Lee, Bob Hart\n\n"
            "**Quorum met:**\n\n- [X] Yes\n- [ ] No\n\n## Rents\n\n**Result:**\n\n- [X] PASSED\n- [ ] FAILED\n\n"
            "## To do\n\n- [ ] Ann to chase the rents\n")
    record = extract(body.encode(), format="markdown")
    assert [a.text for a in record.actions] == ["Ann to chase the rents"]


def test_an_action_line_led_by_a_role_is_the_roles() -> None:
    body = ("# Fernbrook Allotment Society, 3 March 2022\n\nPresent: Ann Lee, Bob Hart\n\n## Rents\n\nDiscussed.\n\n"
            "## Next Steps\n\n* **The society secretary:** Send out a summary of the meeting.\n"
            "* **A committee member:** Walk the boundary with the council.\n"
            "* **The Treasurer:** Bank the rents.\n")
    record = extract(body.encode(), format="markdown")
    assert [([o.name for o in a.owners], a.text) for a in record.actions] == [
        (["society secretary"], "Send out a summary of the meeting."),
        (["committee member"], "Walk the boundary with the council."),
        (["Treasurer"], "Bank the rents."),
    ]


def test_token_patterns_match_a_words_ending_as_the_matcher_does() -> None:
    import random

    from spacy.matcher import Matcher

    from notes_extract.nlp import pipeline
    from notes_extract.token_patterns import TokenPatterns
    from notes_extract.vocab.actions import COMMITMENT_PATTERNS

    words = ["Ann", "will", "be", "adding", "having", "ADDING", "ing", "painting", "thing", "paint", "shall", ".",
             "Bo", "to", "sing"]
    rng = random.Random(13)
    patterns = TokenPatterns(COMMITMENT_PATTERNS)
    matcher = Matcher(pipeline().vocab)
    matcher.add("P", COMMITMENT_PATTERNS)

    def spans(text: str) -> list[tuple[int, int]]:  # (on the tokens' texts and spaCy's lower_)
        doc = pipeline()(text)
        return patterns.spans([t.text for t in doc], [t.lower_ for t in doc])

    assert (1, 4) in spans("Ann will be adding it")  # "will be <verb>ing"
    assert (1, 4) not in spans("Ann will be having it")
    for _ in range(300):
        doc = pipeline()(" ".join(rng.choice(words) for _ in range(rng.randint(0, 10))))
        assert spans(doc.text) == [(start, end) for _, start, end in matcher(doc)], doc.text
