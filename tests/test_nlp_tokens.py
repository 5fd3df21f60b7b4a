"""The commitment search reads a text's tokens and sentences as lists (`nlp._tokens`): they must be the
pipeline's own, sentence by sentence and span by span."""

from pathlib import Path

from notes_extract import nlp

EDGES = ["", " ", "x", "  two  spaces  here  . And  more ", "a\n\nb  c", "Done.  )", "Done. \U0001f44d",
         "e.g. the hall",
         "Done.\u00a0)", "Ann will write. Bo too.", "Agreed (nem. con.).", "!!! ... ?? Yes. (No.) 'Quote.' \"Q?\" Next",
         "Hi.\n\nThere", "Ok.;Then", "x. . . y", "。日本語。テスト！", "End..", "...start", "Wow!?! Great",
         "Cllr. Jones (CDC) will raise it; Ann, the Chair, agreed to write. Bo to call."]


def _texts() -> list[str]:
    paragraphs = [p for path in sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))
                  for p in path.read_text(encoding="utf-8").split("\n\n")]
    return EDGES + paragraphs


def test_tokens_and_sentences_are_the_pipelines() -> None:
    for text in _texts():
        doc, tokens = nlp.parse(text), nlp._tokens(text)
        assert tokens.words == [t.text for t in doc] and tokens.lowers == [t.lower_ for t in doc], text
        assert tokens.sentences == [(t.sent.start, t.sent.end) for t in doc], text
        assert nlp._sentence_texts(text) == tuple((s.start, text[s.start_char:s.end_char]) for s in doc.sents)


def test_a_span_of_tokens_reads_as_the_docs_span() -> None:
    for text in EDGES:
        doc, tokens = nlp.parse(text), nlp._tokens(text)
        for begin in range(len(doc) + 1):
            for end in range(begin, len(doc) + 1):
                assert tokens.span(begin, end) == doc[begin:end].text, (text, begin, end)
