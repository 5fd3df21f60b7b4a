"""Helpers that spare work: trigger checks before a search, sentences without a parse."""

import re

from notes_extract.extractors.decisions import MOTION_DETAIL
from notes_extract.triggered import TriggeredPattern


def test_searches_only_texts_holding_a_trigger_word() -> None:
    pattern = TriggeredPattern(re.compile(r"\bseconded\s+by\s+(\w+)", re.I), ("second",))
    assert pattern.search("Seconded by Ann")[1] == "Ann"
    assert not pattern.could_match("Carried unanimously.")
    assert pattern.search("Carried unanimously.") is None


def test_a_second_set_of_words_is_needed_too_when_given() -> None:
    pattern = TriggeredPattern(re.compile(r"\bmotion\b.*\bfor (\w+) to\b"), ("motion",), also=("for",))
    assert pattern.search("A motion for Ann to write.")[1] == "Ann"
    assert not pattern.could_match("A motion to adjourn.")
    assert not pattern.could_match("Ask Ann for the keys.")


def test_text_beyond_ascii_is_always_searched() -> None:
    # "ſ" (long s) matches "s" when case is ignored, but str.lower leaves it as it is
    pattern = TriggeredPattern(re.compile(r"seconded", re.I), ("seconded",))
    assert pattern.could_match("ſeconded by Ann")
    assert pattern.search("ſeconded by Ann")


def test_motion_detail_finds_what_its_pattern_finds() -> None:
    for text in ("Proposed: Tim, seconded: Matt.", "Moved by the Chair.", "Ann made the motion.",
                 "Raj seconds.", "The minutes were approved.", "Nothing here"):
        assert bool(MOTION_DETAIL.search(text)) == bool(MOTION_DETAIL.pattern.search(text))


def test_first_letters_of_is_a_lookahead_for_the_words_first_letters() -> None:
    from notes_extract.vocab.build import any_of, first_letters_of

    assert first_letters_of(["agreed", "decided", "Approved"]) == "(?=[Aad])"
    pattern = re.compile(rf"\b{first_letters_of(['agreed', 'decided'])}{any_of(['agreed', 'decided'])}", re.I)
    assert [m[0] for m in pattern.finditer("It was Agreed; we decided.")] == ["Agreed", "decided"]


def test_sentences_of_a_text_without_sentence_ends_is_the_text() -> None:
    from notes_extract.nlp import sentences

    for text in ("  Budget review and the plan for next year  ", "", "   ", "Item 4 – ideas for the fair\\nwith notes"):
        assert sentences(text) == [piece for _, piece in _parsed_sentences(text)]
    assert sentences("Ann will write. Bob agreed.") == ["Ann will write.", "Bob agreed."]


def test_a_text_ending_its_only_sentence_is_read_as_the_parse_reads_it() -> None:
    from notes_extract.nlp import _one_sentence, sentences

    one = ("Ann will write.", "Ann will write.\n", "Ann will write.  ", "Done?!)", "(agreed).")
    more = ("Done.  )", "Done. \U0001f44d", "e.g. the hall", "Done.\u00a0)", "Ann will write. Bo too.",
            "Agreed (nem. con.).")
    assert all(map(_one_sentence, one)) and not any(map(_one_sentence, more))
    for text in one:
        assert sentences(text) == [piece for _, piece in _parsed_sentences(text)] == [text.strip()], text


def _parsed_sentences(text: str) -> list[tuple[int, str]]:
    from notes_extract.nlp import parse

    return [(s.start, s.text.strip()) for s in parse(text).sents if s.text.strip()]


def test_match_anchors_at_the_start_of_a_text_holding_a_trigger_word() -> None:
    pattern = TriggeredPattern(re.compile(r"(?P<who>\w+) was present", re.I), ("present",))
    assert pattern.match("Ann was PRESENT")["who"] == "Ann"
    assert pattern.match(", Ann was present") is None  # not at the start
    assert pattern.match("Ann was absent") is None


def test_attendance_sentence_read_only_where_present_or_attend_is_written() -> None:
    from notes_extract.segment.labels import attendance_label

    assert attendance_label("Ann Lee and Bo Ode were present.").rest == "Ann Lee and Bo Ode"
    assert attendance_label("Ann Lee and Bo Ode were also in attendance.").category == "in_attendance"
    assert attendance_label("Ann Lee and Bo Ode were late.") is None


def test_triggered_patterns_find_what_their_patterns_find() -> None:
    from pathlib import Path

    from notes_extract import commitment_sentences as said
    from notes_extract.extractors import closing, decisions, lead_in_tasks, meeting, officers

    lines = [line for path in sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    lines += ["Meeting opened at 7pm.", "Closed at 9:05 pm", "Held at the Village Hall, Main St.",
              "We met via Zoom.", "Minutes taken by Ann Lee", "No declarations of interest were made.",
              "The Chair called for a vote on the motion.", "Motion carried unanimously.", "All in favour.",
              "The board asked Raj to draft it.", "Ann said she would check.", "RESOLVED: That the Clerk write.",
              "It was agreed that the Clerk write to them.", "Path blocked, to be chased up by the clerk.",
              "Ann and Bo taking these:", "KIM WILL PICK UP THE FOLLOWING"]
    triggered = [meeting._START, meeting._END, meeting._HELD_AT, meeting._ONLINE, officers._MINUTES_BY,
                 closing.NONE_DECLARED, decisions._VOTE_CALL, said._ASKS, said._REQUESTED_THAT, said._SAID_WOULD,
                 said._THAT_WOULD, said._AGREED_SHOULD, said._MOTION_FOR, said._RESOLVED_THAT, said.TO_BE_DONE_BY,
                 lead_in_tasks._TAKES_ITEMS]
    for pattern in triggered:
        assert [bool(pattern.search(line)) for line in lines] == [bool(pattern.pattern.search(line)) for line in lines]
    assert [bool(decisions.OUTCOME_ONLY.match(line)) for line in lines] == \
        [bool(decisions.OUTCOME_ONLY.pattern.match(line)) for line in lines]
    assert sum(bool(pattern.search(line)) for pattern in triggered for line in lines) > 0


def test_lazy_pattern_compiles_on_first_use_and_finds_what_re_finds() -> None:
    from notes_extract.lazy_pattern import LazyPattern, lazy_compile

    broken = LazyPattern(r"(unclosed")  # nothing is compiled yet: no error
    try:
        broken.search("unclosed")
        raise AssertionError("the broken pattern compiled")
    except re.error:
        pass
    source, text = r"(?P<who>[A-Z]\w+) to (\w+)", "Ann to write; bo to call; Raj to phone. Ann to write"
    lazy, compiled = lazy_compile(source, re.I), re.compile(source, re.I)
    assert lazy.pattern == source
    assert lazy.search(text, 3)["who"] == compiled.search(text, 3)["who"] == "bo"
    assert lazy.match(text).span() == compiled.match(text).span()
    assert lazy.fullmatch("Ann to write")[2] == "write"
    assert lazy.sub(r"\2", text, 1) == compiled.sub(r"\2", text, 1)
    assert lazy.split(text) == compiled.split(text)
    assert lazy.findall(text) == compiled.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.search.__self__ == compiled  # after the first use, the compiled pattern's own method


def test_lazy_pattern_pickles_as_its_source() -> None:
    import pickle

    from notes_extract.lazy_pattern import lazy_compile

    pattern = lazy_compile(r"\bseconded\b", re.I)
    pattern.search("x")
    copy = pickle.loads(pickle.dumps(pattern))
    assert copy.pattern == pattern.pattern and copy.search("SECONDED by Ann")


def test_no_pattern_is_compiled_at_import() -> None:
    """Patterns built when a module is imported are `lazy_compile`d (the start-up of every run pays for
    those compiled at import); `re.compile` inside functions compiles only when called."""
    import ast
    from pathlib import Path

    package = Path(__file__).parent.parent / "notes_extract"
    at_import = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside_functions = {id(node) for fn in ast.walk(tree) if isinstance(fn, ast.FunctionDef | ast.Lambda)
                            for node in ast.walk(fn)}
        at_import += [f"{path.name}:{node.lineno}" for node in ast.walk(tree)
                      if isinstance(node, ast.Call) and ast.unparse(node.func) == "re.compile"
                      and id(node) not in inside_functions]
    assert at_import == []


def test_every_lazy_pattern_of_the_package_compiles() -> None:
    """`compile_all` compiles each pattern once (the batch server does, for its workers); a broken
    pattern fails here, not in a user's run."""
    import importlib
    import pkgutil

    import notes_extract
    from notes_extract.extractors import decisions
    from notes_extract.lazy_pattern import compile_all

    for module in pkgutil.walk_packages(notes_extract.__path__, "notes_extract."):
        try:
            importlib.import_module(module.name)
        except ImportError:  # an optional extra that is not installed
            continue
    assert compile_all() > 500
    assert isinstance(decisions.REPORTED_NEWS.search.__self__, re.Pattern)  # compiled, its own methods in place


def test_day_order_reads_letters_a_case_blind_search_folds_to_ascii() -> None:
    from notes_extract.dates import infer_day_first

    assert infer_day_first("ſeptember 3 and ſeptember 9, then 4 Oct") is False  # read as it is: two US dates


def test_minutes_signed_trigger_keeps_every_form() -> None:
    from notes_extract.extractors.decisions import _MINUTES_SIGNED

    for text in ("The minutes of the last meeting were read and duly signed.", "The Chair signed the minutes.",
                 "MINUTES APPROVED AND SIGNED BY JA.", "The minutes were approved.", "Ann signed the cheque."):
        assert bool(_MINUTES_SIGNED.search(text)) == bool(_MINUTES_SIGNED.pattern.search(text))


def test_day_order_forms_read_in_lower_case_find_the_same_dates() -> None:
    from notes_extract import dates
    from notes_extract.triggered import folded

    for text in ("Monday 3rd MARCH 2025, tuesday 4 march", "ſeptember 3 and ſeptember 9, then 4 Oct",
                 "İstanbul, March 3rd; Mar. 4 and 5th Sept.", "the 4th day of March 2025", "Wednesday14th May"):
        for form, folded_form in zip(dates._TEXT_DATES, dates._FOLDED_TEXT_DATES, strict=False):
            assert [m.span() for m in form.finditer(text)] == [m.span() for m in folded_form.finditer(folded(text))]
    assert dates.infer_day_first("On May 3, 9 January A.D. 2016 and 10 January AD 2016") is True  # (read as written)
    for era in ("A.D. ", "A. D. ", "AD\n"):  # every era the forms read sends the text to them
        assert re.fullmatch(dates._ERA, era) and dates._ERA_WRITTEN.search(f"9 January {era}2016")


def test_commitment_prechecks_read_the_folded_text_as_their_case_insensitive_forms() -> None:
    # `nlp._commitments` searches the trigger words and the pronoun commitment anywhere in the text in
    # lower case (`triggered.folded`) without re.I: their patterns must spell no capital letter
    import re

    from notes_extract import nlp
    from notes_extract.triggered import folded
    from notes_extract.vocab.actions import PRONOUN_COMMITMENT

    for pattern in (nlp._TRIGGER_WORDS.pattern, PRONOUN_COMMITMENT):
        assert not re.search(r"(?<!\\)[A-Z]", pattern), pattern
    for text in ("Ann reported on the swap. SHE WAS GOING TO order trays.", "Bo said. He Will ſend it.",
                 "Cy spoke. He will be there.", "WE WILL SEE"):
        assert bool(nlp._PRONOUN_COMMITMENT_ANYWHERE.search(folded(text))) == \
            bool(re.search(PRONOUN_COMMITMENT.removeprefix("^"), text, re.I)), text
        assert bool(nlp._TRIGGER_WORDS.search(folded(text))) == \
            bool(re.search(nlp._TRIGGER_WORDS.pattern, text, re.I)), text


def test_a_bare_trailing_mark_holds_what_its_quick_scan_finds() -> None:
    from pathlib import Path

    from notes_extract.extractors import owner_marks

    lines = [line for path in sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    lines += ["... to write positive reviews.  Action ALL", "The roof leaks. action BT / CJ.",
              "Quotes obtained) AP Ann", "It was noted.\tActions Ann & Bo", "Ask the hall. To do Cy."]
    matched = [line for line in lines if owner_marks._BARE_TRAILING_MARK.fullmatch(line.strip())]
    assert len(matched) >= 5
    assert all(owner_marks._BARE_MARK_CORE.search(line) for line in matched)
