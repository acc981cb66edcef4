"""Direct quotations: marks, attribution position, multi-sentence and nested quotes."""


def test_it_attributes_a_curly_quote_to_the_speaker_after_it(extract, one):
    text = "“The bridge will reopen in March,” Mayor Alice Brennan said on Friday."
    s = one(extract(text), kind="direct")
    assert s.content.text == "The bridge will reopen in March"
    assert s.speaker.text == "Mayor Alice Brennan"
    assert s.speaker_canonical == "Alice Brennan"
    assert s.cue.text == "said"


def test_it_attributes_a_straight_quote_with_the_speaker_before_it(extract, one):
    text = 'Finance Minister Paulo Mendes told lawmakers: "We have no plans to raise taxes."'
    s = one(extract(text), kind="direct")
    assert s.content.text == "We have no plans to raise taxes."
    assert s.speaker_canonical == "Paulo Mendes"


def test_it_handles_inverted_said_before_the_speaker(extract, one):
    text = '"Prices are finally stabilising," said Harriet Lowe, an economist at the bank.'
    s = one(extract(text), kind="direct")
    assert s.speaker_canonical == "Harriet Lowe"
    assert s.content.text == "Prices are finally stabilising"


def test_it_joins_a_quote_interrupted_by_its_attribution(extract, one):
    text = '"We tried everything," the coach, Marta Ruiz, said, "but the weather beat us."'
    s = one(extract(text), kind="direct")
    assert s.content.text.startswith("We tried everything")
    assert s.content.text.endswith("but the weather beat us.")
    assert s.speaker_canonical == "Marta Ruiz"


def test_it_keeps_a_quote_of_several_sentences_whole(extract, one):
    text = (
        "“The river rose faster than anyone expected. We moved the patients at night. "
        "Nobody was hurt,” hospital director Samuel Okafor said."
    )
    s = one(extract(text), kind="direct")
    assert s.content.text.startswith("The river rose")
    assert s.content.text.endswith("Nobody was hurt")


def test_it_continues_a_quote_in_the_next_sentence_and_paragraph(extract, one):
    text = (
        '"The harvest is the worst in a decade," farmer Lena Fischer said. "We lost half the '
        'wheat.\n\n"The insurance will not cover it."'
    )
    s = one(extract(text), speaker_canonical="Lena Fischer")
    assert s.kind == "direct"
    assert s.content.text.endswith("The insurance will not cover it.")


def test_it_takes_the_speaker_of_a_quote_from_the_next_sentence(extract, one):
    text = (
        "The agency published new rules on Monday.\n"
        '"These rules protect every passenger on every flight." Ellison said in a statement.'
    )
    s = one(extract(text), kind="direct")
    assert s.speaker_canonical == "Ellison"
    assert s.channel == "statement"
    assert s.content.text == "These rules protect every passenger on every flight."


def test_it_takes_the_speaker_of_a_quote_from_the_previous_sentence(extract, one):
    text = (
        "Senator Ruth Adeyemi spoke to students in Leeds on Tuesday.\n"
        "She said:\n"
        '"Nobody in this room should have to choose between rent and food."'
    )
    s = one(extract(text), kind="direct")
    assert s.speaker.text == "She"
    assert s.speaker_canonical == "Ruth Adeyemi"


def test_it_keeps_a_single_quoted_phrase_inside_the_quote(extract, one):
    text = "“They told us ‘the cheque is in the post’ three times,” the contractor, Ian Moss, said."
    s = one(extract(text), kind="direct")
    assert "‘the cheque is in the post’" in s.content.text
    assert s.speaker_canonical == "Ian Moss"


def test_it_ignores_speech_verbs_inside_a_quote(extract):
    text = "“My father said we would never leave,” Dara Singh said."
    statements = extract(text)
    assert len(statements) == 1
    assert statements[0].speaker_canonical == "Dara Singh"


def test_a_paragraph_that_is_only_a_quotation_goes_on_with_the_speaker_before(extract):
    text = (
        "Mayor Ana Ruiz spoke after the vote on Tuesday. The city would appeal, the mayor "
        'said, and "we will win."\n\n"We will not be intimidated by anyone."\n\n'
        "The council meets again in June."
    )
    floating = [s for s in extract(text) if s.content.text.startswith("We will not")]
    assert len(floating) == 1
    (s,) = floating
    assert s.content.text == "We will not be intimidated by anyone."
    assert s.speaker_canonical == "Ana Ruiz"
    assert s.cue is None and s.confidence < 0.7  # attributed by position only


def test_a_quotation_paragraph_after_narrative_is_not_given_a_speaker(extract):
    text = (
        '"The plan is sound," Mayor Ana Ruiz said.\n\n'
        "The council then turned to the budget, which runs to 300 pages.\n\n"
        '"Nobody has read all of it."'
    )
    assert not [s for s in extract(text) if s.content.text.startswith("Nobody")]
