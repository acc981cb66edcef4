"""Which pairs are the same claim at all: content decides, a shared speaker only helps."""

from dataclasses import replace

from claims.crossref import compare_statements
from claims.crossref.evidence import PairEvidence, same_claim_probability
from claims.crossref.scoring import pair_facts
from claims.crossref.similarity import prepare


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
    a = statement(f"“{quote},” the lawsuit says", article="huffpost")
    b = statement(f'"{quote}."', article="nyt")

    verdict = compare_statements(a, b)

    assert verdict is not None and verdict.same_claim and verdict.score >= 0.9


def test_a_paraphrase_of_the_same_fact_scores_above_a_report_sharing_only_names(statement):
    nyt = statement(
        "Flynn pleaded guilty on Friday to lying to the FBI about his contacts with the "
        "Russian ambassador",
        article="nyt",
    )
    fox = statement(
        "Michael Flynn pleaded guilty on Friday to making false statements to the FBI about "
        "his conversations with Russia's ambassador",
        article="fox",
    )
    other = statement(
        "Michael Flynn met the Russian ambassador at Trump Tower in December",
        article="hpo",
    )

    def probability(a, b):
        facts = pair_facts(prepare(a), prepare(b))
        return same_claim_probability(facts.evidence) if facts else 0.0

    assert probability(nyt, fox) > 2 * probability(nyt, other)


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


def _evidence(**changes) -> PairEvidence:
    base = PairEvidence(
        lexical=0.5,
        shared_content=3.0,
        quote=0.0,
        verbatim_run=0,
        excerpt=False,
        both_quoted=False,
        same_speaker=False,
        unknown_speaker=False,
        shared_names=1,
        agreeing_numbers=0,
        same_measure=False,
        same_day=False,
        assertion=False,
        both_assertions=False,
        days_apart=0,
    )
    return replace(base, **changes)


def test_the_same_speaker_makes_one_remark_likelier():
    assert same_claim_probability(_evidence(same_speaker=True)) > same_claim_probability(
        _evidence()
    )


def test_a_printed_quotation_in_common_is_strong_evidence():
    quoted = _evidence(quote=1.0, verbatim_run=10, both_quoted=True, same_speaker=True)
    assert same_claim_probability(quoted) >= 0.9


def test_two_quotations_with_nothing_verbatim_in_common_are_two_remarks():
    apart = _evidence(same_speaker=True, both_quoted=True, verbatim_run=0)
    loose = _evidence(same_speaker=True)
    assert same_claim_probability(apart) < same_claim_probability(loose)


def test_another_occasion_counts_against_one_remark():
    other = _evidence(same_speaker=True, other_occasion=True)
    assert same_claim_probability(other) < same_claim_probability(_evidence(same_speaker=True))


def test_reports_days_apart_are_less_likely_one_remark():
    later = _evidence(same_speaker=True, days_apart=5)
    assert same_claim_probability(later) < same_claim_probability(_evidence(same_speaker=True))


def test_the_same_words_from_another_speaker_need_a_printed_quotation(statement):
    a = statement(
        "Russia will present its memorandum at the talks in Istanbul on June 2",
        article="one",
        speaker="Sergei Lavrov",
    )
    b = statement(
        "Russia will present its memorandum at the talks in Istanbul on June 2",
        article="two",
        speaker="Dmitry Peskov",
    )
    assert compare_statements(a, b) is None


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
