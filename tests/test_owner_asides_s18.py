"""An aside after a task's owner ("Cllr Ode, with the Clerk's help, will write ..."): the owner before it
owns the task. Invented minutes."""

from __future__ import annotations

import pytest

from notes_extract import extract_text

HEAD = ("Minutes of the Parish Council meeting, 3 March 2025\n\n"
        "Present: Cllr Ann Lee (Chair), Cllr Bo Ode, Cllr Cy Rand\nIn attendance: Dee Fox (Clerk)\n\n4. Trees\n")


@pytest.mark.parametrize(("line", "owner"), [
    ("Cllr Ode, with the Clerk's help, will write to the landowner.", "Bo Ode"),
    ("Cllr Rand, together with the Chair, will inspect the site.", "Cy Rand"),
    ("The Clerk, in consultation with the Chair, will arrange a meeting.", "Dee Fox"),
    ("Cllr Lee, supported by Cllr Rand, agreed to contact the school.", "Ann Lee"),
    ("Cllr Ode, once the survey is back, will write to the landowner.", "Bo Ode"),
    ("Cllr Ode (with the Clerk) will write to the landowner.", "Bo Ode"),
])
def test_an_aside_after_the_owner_leaves_the_task_theirs(line: str, owner: str) -> None:
    record = extract_text(HEAD + line + "\n", format="text")
    assert [[o.name for o in action.owners] for action in record.actions] == [[owner]]


def test_an_aside_with_no_owner_before_it_is_no_task() -> None:
    record = extract_text(HEAD + "In the end, with the Clerk's help, will write to the landowner.\n", format="text")
    assert record.actions == []
