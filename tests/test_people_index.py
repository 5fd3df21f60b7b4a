"""The roster's name index picks, for each loose test of a reference, every name the test accepts."""

from notes_extract.people import Roster

NAMES = ["Nicci Ludlow", "Ting Chao Chong", "Md Ismail Bin Mohd Ibrahim", "Alan Smith", "Diane Oyen",
         "Robert Basile", "Paul Dale", "Jan Power", "Martin Oakes", "Tim Ames", "Anne Li", "Zoë Quinn", "Bo"]


def test_each_loose_form_resolves_through_the_index() -> None:
    roster = Roster(NAMES)
    assert {ref: roster.resolve(ref) for ref in ("Nicc", "Chao Chong", "Ismail", "A Smith", "Alan S", "Diane Owen",
                                                 "Bob", "Pauli", "Powers", "MartinO", "Timmy", "Zoe")} == {
        "Nicc": "Nicci Ludlow", "Chao Chong": "Ting Chao Chong", "Ismail": "Md Ismail Bin Mohd Ibrahim",
        "A Smith": "Alan Smith", "Alan S": "Alan Smith", "Diane Owen": "Diane Oyen", "Bob": "Robert Basile",
        "Pauli": "Paul Dale", "Powers": "Jan Power", "MartinO": "Martin Oakes", "Timmy": "Tim Ames",
        "Zoe": "Zoë Quinn"}


def test_the_index_never_leaves_out_a_name_a_test_accepts() -> None:
    index = Roster(NAMES)._index
    references = {word[:n] for name in NAMES for word in name.lower().split() for n in range(1, len(word) + 1)}
    references |= {"chao chong", "a smith", "alan s", "diane owen", "bob", "pauli", "powers", "timmy", "jan powers",
                   "t c chong", "nicci l", "ames", "smyth", "robert basil", "md ismail", "bo", "anne lee", "dalee"}
    for key in sorted(references):
        for candidates, test in index.loose_tests(key):
            assert {e.name for e in candidates if test(e)} == {e.name for e in index.entries if test(e)}, key


def test_a_reference_of_more_words_than_any_name_is_none_of_them() -> None:
    # (words counted as split: "CT.2440/O & P" folds to "ct2440o  p", two words and two spaces)
    roster = Roster(["C Pollard", "Ann Lee Smith"])
    assert roster.resolve("CT.2440/O & P") == "C Pollard"
    assert roster.resolve("Lee Smith") == "Ann Lee Smith"
    assert roster.resolve("Env Agency CT.2440/O & P") is None
