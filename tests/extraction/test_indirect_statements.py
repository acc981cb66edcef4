"""Reported speech without quotation marks."""

import pytest


def test_it_extracts_said_that(extract, one):
    text = "Health Secretary Nadia Karim said that the new clinic would open in the spring."
    s = one(extract(text), kind="indirect")
    assert s.speaker.text == "Health Secretary Nadia Karim"
    assert s.speaker_role == "Health Secretary"
    assert s.content.text == "the new clinic would open in the spring"
    assert s.cue.text == "said"


def test_it_extracts_said_without_that(extract, one):
    text = "Coach Peter Lindqvist said his team was ready for the final."
    s = one(extract(text), kind="indirect")
    assert s.content.text == "his team was ready for the final"


@pytest.mark.parametrize(
    "verb", ["warned", "insisted", "confirmed", "added", "emphasized", "stated"]
)
def test_it_knows_the_common_speech_verbs(extract, one, verb):
    text = f"The governor, Maria Olsen, {verb} that the budget would be balanced by June."
    s = one(extract(text))
    assert s.cue.text == verb
    assert s.speaker_canonical == "Maria Olsen"
    assert s.content.text == "the budget would be balanced by June"


def test_it_extracts_urged_with_an_infinitive(extract, one):
    text = "Union leader Grace Bello urged members to reject the offer."
    s = one(extract(text))
    assert s.cue.text == "urged"
    assert "reject the offer" in s.content.text


def test_it_extracts_accused_of(extract, one):
    text = "Opposition leader Tomas Varga accused the government of hiding the report."
    s = one(extract(text))
    assert s.cue.text == "accused"
    assert "hiding the report" in s.content.text


def test_it_extracts_told_reporters(extract, one):
    text = "Police chief Dana Whitfield told reporters the suspect had left the country."
    s = one(extract(text))
    assert s.cue.text == "told"
    assert s.channel == "reporters"
    assert s.content.text == "the suspect had left the country"


def test_it_extracts_according_to(extract, one):
    text = "According to the fire service, the blaze started in a kitchen on the third floor."
    s = one(extract(text))
    assert s.cue.text == "According to"
    assert s.speaker.text == "the fire service"
    assert s.content.text == "the blaze started in a kitchen on the third floor"


def test_it_extracts_according_to_at_the_end(extract, one):
    text = "The factory will close next year, according to two union officials."
    s = one(extract(text))
    assert s.content.text == "The factory will close next year"
    assert s.speaker.text == "two union officials"


def test_it_extracts_posted_on_x_that(extract, one):
    text = "Economy Minister Lars Holm posted on X that fuel prices would fall next month."
    s = one(extract(text))
    assert s.channel == "X"
    assert s.content.text == "fuel prices would fall next month"
    assert s.speaker_canonical == "Lars Holm"


def test_it_extracts_in_a_statement(extract, one):
    text = "In a statement, the ministry said the talks had been postponed."
    s = one(extract(text))
    assert s.channel == "statement"
    assert s.content.text == "the talks had been postponed"
    # No ministry is named: the mention is kept, the speaker is unknown.
    assert s.speaker.text == "the ministry"
    assert (s.speaker_canonical, s.speaker_kind) == ("", "unknown")


def test_it_extracts_was_quoted_as_saying(extract, one):
    text = "The vaccine supply is secure until winter, Dr. Ana Costa was quoted as saying."
    s = one(extract(text))
    assert s.speaker_canonical == "Ana Costa"
    assert s.content.text == "The vaccine supply is secure until winter"


def test_it_gives_an_adding_clause_to_the_first_speaker(extract, one):
    text = (
        "Mayor Jonas Berg said the council had approved the plan, adding that work would "
        "begin in May."
    )
    s = one(extract(text), cue=next(s.cue for s in extract(text) if s.cue.text == "adding"))
    assert s.speaker_canonical == "Jonas Berg"
    assert s.content.text == "work would begin in May"


def test_it_skips_negated_speech(extract):
    assert extract("The minister did not say whether the border would reopen.") == []
