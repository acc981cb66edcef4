"""Speakers are people, organisations or named groups: never a dateline, a document, an
adverb, a list fused into one name, or a title the article never ties to a name."""

import pytest


def test_a_doubled_quotation_mark_gives_the_quote_not_an_empty_statement(extract, one):
    text = '""We have nothing to hide," Senator John Smith told reporters on Tuesday.'
    s = one(extract(text), kind="direct")
    assert s.content.text == "We have nothing to hide"
    assert s.speaker_canonical == "John Smith"


def test_a_dateline_is_never_the_speaker(extract, one):
    text = 'KANSAS CITY, Mo. — "We will keep the plant open," said Mayor Sly James.'
    s = one(extract(text), kind="direct")
    assert s.speaker_canonical == "Sly James"


def test_a_statement_speaks_for_whoever_issued_it(extract):
    text = (
        "A statement from the Justice Department said the review would continue. "
        '"This is a disgrace," the statement said.'
    )
    first, second = extract(text)
    assert first.speaker_canonical.endswith("Justice Department")
    assert first.speaker_kind == "organisation"
    # The later "the statement" is the same document: its mention stays where it is written.
    assert second.speaker.text == "the statement"
    assert second.speaker_canonical == first.speaker_canonical


def test_a_document_nobody_issued_is_an_unknown_speaker(extract, one):
    s = one(extract('"The numbers do not add up," the report said.'))
    assert (s.speaker_canonical, s.speaker_kind) == ("", "unknown")


def test_a_list_of_people_is_not_fused_into_one_speaker(extract, one):
    text = "Senators Amy Klobuchar and Elizabeth Warren said the report should be released."
    s = one(extract(text))
    assert s.speaker.text == "Senators Amy Klobuchar and Elizabeth Warren"
    assert s.speaker_canonical == ""


@pytest.mark.parametrize("group", ["Democrats", "Labor officials", "Critics"])
def test_a_loose_group_is_an_unknown_speaker(extract, one, group):
    s = one(extract(f"{group} said the deal was a bad one for workers."))
    assert s.speaker.text == group
    assert s.speaker_canonical == ""


def test_a_title_takes_the_person_introduced_with_its_abbreviation(extract):
    text = "Sen. Lisa Murkowski spoke on Monday. The Alaska senator said she would vote no."
    assert extract(text)[-1].speaker_canonical == "Lisa Murkowski"


def test_a_role_named_in_an_appositive_resolves_later(extract):
    text = (
        "Glenn Beck, the Fox News host, spoke for an hour. "
        "The Fox News host said America is an idea."
    )
    assert extract(text)[-1].speaker_canonical == "Glenn Beck"


def test_a_title_never_tied_to_a_name_stays_unknown(extract):
    text = "The mayor said the plant would stay open."
    (s,) = extract(text)
    assert s.speaker.text == "The mayor" and s.speaker_canonical == ""


def test_an_unnamed_spokesperson_speaks_for_the_organisation(extract):
    text = (
        "A Microsoft spokesperson said the company complies only with legal orders. "
        '"We never give direct access," the spokesperson added.'
    )
    first, second = extract(text)
    assert (first.speaker_canonical, first.speaker_kind) == ("Microsoft", "organisation")
    assert second.speaker.text == "the spokesperson"
    assert second.speaker_canonical == "Microsoft"


def test_a_named_spokesperson_is_the_person(extract, one):
    s = one(extract('"The ceasefire is holding," spokesman Daniel Ortiz said in a statement.'))
    assert s.speaker_canonical == "Daniel Ortiz"


def test_an_acronym_opening_a_line_is_a_speaker_not_a_dateline(extract, one):
    s = one(extract("AARP said its position on Social Security had not changed."))
    assert s.speaker_canonical == "AARP"


def test_a_title_before_a_name_stays_out_of_the_name(extract):
    text = "Director of National Intelligence James Clapper said the leak was reprehensible."
    (s,) = extract(text)
    assert s.speaker_canonical == "James Clapper"


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON ― President Barack Obama on Friday defended the program, saying it was legal.",
        "MOSCOW, May 29 (Alliance News): Barack Obama said the program was legal.",
        "Denver (AP) — Barack Obama said the program was legal.",
    ],
)
def test_the_speaker_after_a_dateline_is_found(extract, one, text):
    assert one(extract(text)).speaker_canonical == "Barack Obama"


def test_a_bracketed_party_is_not_the_name(extract):
    text = "The vote passed. Later, Senator Tom Reed (R) said the vote was fine."
    assert extract(text)[-1].speaker_canonical == "Tom Reed"
