"""Speaker spans and their resolution inside the article."""


def test_it_resolves_a_surname_to_the_full_name_seen_earlier(extract, one):
    text = (
        "Transport Minister Karl Weber said the tunnel would open in June. "
        "Weber said the cost had doubled."
    )
    s = one(
        extract(text), speaker=next(x.speaker for x in extract(text) if x.speaker.text == "Weber")
    )
    assert s.speaker_canonical == "Karl Weber"
    assert s.speaker_kind == "person"


def test_it_resolves_he_to_the_most_recent_speaker(extract):
    text = (
        "Defence Minister Igor Petrenko said the drills were routine. "
        "Foreign Minister Olena Marchuk said talks would continue. "
        '"We are ready to listen," she said.'
    )
    last = extract(text)[-1]
    assert last.speaker.text == "she"
    assert last.speaker_canonical == "Olena Marchuk"


def test_it_skips_people_of_the_wrong_gender_for_he_or_she(extract):
    text = 'Ms. Julia Brandt met Mr. Tom Keller on Monday. "The deal is done," she said.'
    assert extract(text)[-1].speaker_canonical == "Julia Brandt"


def test_it_keeps_title_and_affiliation_in_the_speaker_span(extract, one):
    text = "State Department spokeswoman Rita Owens said the embassy remained open."
    s = one(extract(text))
    assert s.speaker.text == "State Department spokeswoman Rita Owens"
    assert s.speaker_role == "State Department spokeswoman"
    assert s.speaker_canonical == "Rita Owens"


def test_it_leaves_a_relative_clause_out_of_the_speaker_span(extract, one):
    text = "Nina Alvarez, who chairs the committee, said the vote would be delayed."
    s = one(extract(text))
    assert s.speaker.text == "Nina Alvarez"


def test_it_treats_an_institution_as_an_organisation(extract, one):
    text = "The White House said the president would sign the bill on Friday."
    s = one(extract(text))
    assert s.speaker_canonical == "the White House"
    assert s.speaker_kind == "organisation"


def test_it_treats_a_capital_used_for_its_government_as_a_place(extract, one):
    text = "Beijing said the sanctions were unlawful."
    s = one(extract(text))
    assert s.speaker_canonical == "Beijing"
    assert s.speaker_kind == "place"


def test_it_uses_article_evidence_over_the_entity_tagger(extract):
    # The small model tags bare Slavic surnames as organisations; the full name and
    # title earlier in the article decide.
    text = (
        "Foreign Minister Sergei Volkov arrived in Geneva on Sunday. "
        "Volkov said the proposal was unacceptable."
    )
    s = extract(text)[-1]
    assert s.speaker_canonical == "Sergei Volkov"
    assert s.speaker_kind == "person"


def test_it_resolves_the_ministry_to_the_ministry_named_earlier(extract):
    text = (
        "The Ministry of Health published the figures on Monday. "
        "The ministry said vaccination rates were rising."
    )
    s = extract(text)[-1]
    assert s.speaker_kind == "organisation"
    assert s.speaker_canonical.lower().startswith("the ministry")


def test_it_finds_a_spokesperson_after_the_quote(extract, one):
    text = '"The ceasefire is holding," spokesman Daniel Ortiz said in a statement.'
    s = one(extract(text))
    assert s.speaker.text == "spokesman Daniel Ortiz"
    assert s.speaker_canonical == "Daniel Ortiz"
    assert s.channel == "statement"


def test_it_resolves_the_title_alone_to_the_person_introduced_with_it(extract):
    text = (
        "President Maria Lopez opened the summit on Monday. "
        "The president said the region needed cheaper energy."
    )
    s = extract(text)[-1]
    assert s.speaker.text == "The president"
    assert s.speaker_canonical == "Maria Lopez"
