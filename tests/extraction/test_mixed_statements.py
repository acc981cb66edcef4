"""Paraphrases holding a quoted fragment."""


def test_it_marks_a_paraphrase_with_a_quoted_fragment_as_mixed(extract, one):
    text = (
        "Prime Minister Elena Sousa said the agreement would protect fishermen "
        '"for at least a generation."'
    )
    s = one(extract(text))
    assert s.kind == "mixed"
    assert s.content.text.startswith("the agreement would protect fishermen")
    assert s.content.text.endswith('"for at least a generation."')


def test_it_marks_a_scare_quoted_word_as_mixed(extract, one):
    text = "The central bank warned that inflation remained “stubborn” in the service sector."
    s = one(extract(text))
    assert s.kind == "mixed"
    assert "“stubborn”" in s.content.text


def test_a_paraphrase_without_quotes_stays_indirect(extract, one):
    text = "The central bank warned that inflation remained high in the service sector."
    assert one(extract(text)).kind == "indirect"
