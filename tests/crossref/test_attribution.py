"""The same words attributed to different speakers."""

from claims.crossref import compare_statements


def test_it_names_two_speakers_for_the_same_quote(statement):
    words = (
        "If not, they must pass the document immediately and stop playing these games, which "
        "only show that they probably want the next meeting to be empty"
    )
    a = statement(words, article="one", speaker="Heorhiy Tykhiy", kind="direct")
    b = statement(words, article="two", speaker="Andriy Sybiha", kind="direct")

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.same_claim
    assert verdict.types == ["attribution"]
    evidence = verdict.relations[0].evidence
    assert (evidence["a_speaker"], evidence["b_speaker"]) == ("Heorhiy Tykhiy", "Andriy Sybiha")


def test_it_takes_a_surname_for_the_same_speaker(statement):
    words = "They will constantly look for reasons not to end the war"
    a = statement(words, article="one", speaker="Volodymyr Zelensky", kind="direct")
    b = statement(words, article="two", speaker="Zelensky", kind="direct")
    b = b.__class__(**{**b.__dict__, "speaker_key": ""})

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.types == ["agrees"]


def test_it_does_not_call_an_outlets_own_sentence_a_misattribution(statement):
    a = statement("Russia has refused an unconditional 30-day ceasefire", article="one")
    b = statement(
        "Russia has refused an unconditional 30-day ceasefire",
        article="two",
        speaker="Andriy Sybiha",
    )

    verdict = compare_statements(a, b)

    assert verdict is not None and "attribution" not in verdict.types


def test_a_speaker_reached_only_through_a_pronoun_drives_no_attribution(statement):
    # "…," he said: whom "he" is was resolved by the engine, and may be its error.
    words = (
        "If not, they must pass the document immediately and stop playing these games, which "
        "only show that they probably want the next meeting to be empty"
    )
    a = statement(words, article="one", speaker="Heorhiy Tykhiy", kind="direct")
    b = statement(words, article="two", speaker="Andriy Sybiha", kind="direct")
    a = a.__class__(**{**a.__dict__, "speaker_mention": "spokesman Heorhiy Tykhiy"})
    b = b.__class__(**{**b.__dict__, "speaker_mention": "he"})

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.same_claim
    assert "attribution" not in verdict.types
