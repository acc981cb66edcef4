"""Which pairs are the same claim at all: content decides, a shared speaker only helps."""

from claims.crossref import compare_statements
from claims.crossref.scoring import SAME_CLAIM, claim_score
from claims.crossref.similarity import LexicalMatch


def test_it_never_compares_statements_of_the_same_article(statement):
    a = statement("Russia will present its memorandum on June 2", article="one", speaker="Lavrov")
    b = statement("Russia will present its memorandum on June 2", article="one", speaker="Lavrov")

    assert compare_statements(a, b) is None


def test_it_does_not_link_two_topics_of_the_same_speaker(statement):
    on_russia = statement(
        "he would decide within two weeks whether Vladimir Putin is serious about ending the war",
        article="one",
        speaker="Donald Trump",
    )
    on_tariffs = statement(
        "tariffs on steel imports from Canada and Mexico would rise to 50 percent next month",
        article="two",
        speaker="Donald Trump",
    )

    assert compare_statements(on_russia, on_tariffs) is None


def test_it_does_not_link_different_events_of_the_same_speaker(statement):
    flynn = statement(
        "Hillary Clinton lied many times to the FBI. Nothing happened to her. Flynn lied and "
        "they destroyed his life.",
        article="2017-fox",
        speaker="Donald Trump",
        kind="direct",
    )
    shutdown = statement(
        "The Democrats have shut down the government over illegal immigration and they will "
        "pay a price for it.",
        article="2018-nyt",
        speaker="Donald Trump",
        kind="direct",
    )

    assert compare_statements(flynn, shutdown) is None


def test_it_does_not_link_sentences_that_share_only_names(statement):
    a = statement(
        "President Obama met Prime Minister Netanyahu at the White House to discuss Iran",
        article="one",
    )
    b = statement(
        "Sadly, I believe President Obama often disagrees with that simple truth",
        article="two",
        speaker="Marco Rubio",
        kind="direct",
    )

    assert compare_statements(a, b) is None


def test_it_does_not_link_a_common_short_phrase_from_different_people(statement):
    a = statement("it is very unfair", article="one", speaker="Donald Trump", kind="direct")
    b = statement("it is very unfair", article="two", speaker="Nancy Pelosi", kind="direct")

    assert compare_statements(a, b) is None


def test_it_links_a_long_verbatim_quote_even_without_speakers(statement):
    quote = (
        "If Nebraska and Oklahoma succeed, they will put the violent criminal organizations "
        "back in charge"
    )
    a = statement(quote, article="huffpost")
    b = statement(quote + ".", article="nyt")

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.same_claim and verdict.score >= 0.9


def test_it_scores_a_paraphrase_of_the_same_report_as_the_same_claim(statement):
    a = statement(
        "Flynn pleaded guilty on Friday to lying to the FBI about his contacts with the "
        "Russian ambassador",
        article="nyt",
    )
    b = statement(
        "Michael Flynn pleaded guilty on Friday to making false statements to the FBI about "
        "his conversations with Russia's ambassador",
        article="fox",
    )

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.same_claim


def test_it_rates_closer_wording_higher(statement):
    base = statement(
        "Russia will present a memorandum at the talks in Istanbul on June 2",
        article="one",
        speaker="Sergei Lavrov",
    )
    close = statement(
        "Russia will present its memorandum at the Istanbul talks on June 2",
        article="two",
        speaker="Sergei Lavrov",
    )
    looser = statement(
        "Moscow is ready to hand over a memorandum in Istanbul",
        article="three",
        speaker="Sergei Lavrov",
    )

    close_verdict = compare_statements(base, close)
    looser_verdict = compare_statements(base, looser)

    assert close_verdict is not None
    assert looser_verdict is None or looser_verdict.score < close_verdict.score


def test_a_shared_speaker_only_supports_content_that_already_overlaps():
    unrelated = LexicalMatch(0.1, frozenset({"russia"}), 1.5, 0.0)
    related = LexicalMatch(0.4, frozenset({"memorandum", "talk"}), 2.0, 2.0)

    assert claim_score(unrelated, None, "same") == claim_score(unrelated, None, "unknown")
    assert claim_score(related, None, "same") > claim_score(related, None, "unknown")
    assert claim_score(related, None, "same") < 0.6


def test_the_same_words_from_another_speaker_need_more_evidence():
    related = LexicalMatch(0.55, frozenset({"memorandum", "talk"}), 3.0, 3.0)

    assert (
        claim_score(related, None, "different")
        < SAME_CLAIM
        <= claim_score(related, None, "unknown")
    )


def test_it_does_not_link_meetings_of_the_same_people_on_other_matters(statement):
    a = statement(
        "Chancellor Friedrich Merz and Volodymyr Zelensky met Emmanuel Macron in Berlin",
        article="one",
    )
    b = statement(
        "Volodymyr Zelensky told Friedrich Merz and Emmanuel Macron in Berlin that Russia "
        "is stalling",
        article="two",
    )

    assert compare_statements(a, b) is None
