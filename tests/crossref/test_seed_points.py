"""The cross-outlet points of the two seed reports (Alliance News and RFE/RL, 2025-05-29)."""

from claims.crossref import compare_statements
from claims.crossref.differences import date_differences
from claims.crossref.similarity import prepare

ALLIANCE, RFERL = "alliance-news-2025-05-29", "rferl-2025-05-29"


def test_it_agrees_that_lavrov_announced_the_memorandum_for_june_2(statement):
    alliance = statement(
        "a new delegation led by Vladimir Medinsky would present a written memorandum "
        "during the June 2 session",
        article=ALLIANCE,
        speaker="Sergei Lavrov",
        cue="confirmed",
    )
    rferl = statement(
        "Our delegation, led by Vladimir Medinsky, is ready to present a memorandum to the "
        "Ukrainian delegation and provide the necessary explanations during a second round of "
        "direct talks in Istanbul on Monday, June 2",
        article=RFERL,
        speaker="Sergei Lavrov",
        kind="direct",
        cue="said in a statement",
    )

    verdict = compare_statements(alliance, rferl)

    assert verdict is not None and verdict.same_claim
    assert verdict.types == ["agrees"]
    dates = verdict.relations[0].evidence["dates"]
    assert {"a_phrase": "June 2", "b_phrase": "Monday, June 2"}.items() <= dates[0].items()
    assert dates[0]["a_resolved"] == dates[0]["b_resolved"] == "2025-06-02"


def test_it_reads_next_monday_in_a_thursday_report_as_june_2(statement):
    alliance = statement(
        "Russia has proposed a new round of peace talks with Ukraine to take place in Istanbul "
        "next Monday",
        article=ALLIANCE,
    )
    rferl = statement(
        "it wants the talks with Ukraine to take place on June 2 and will use the meeting to "
        'present a "memorandum" outlining its terms for a peace settlement',
        article=RFERL,
        speaker="Russia",
        kind="mixed",
    )

    # The outlet's own sentence and Russia's statement share a day, not a remark: scored
    # alone they stay below the linking threshold, but their dates are compared as one day.
    _, agreeing = date_differences(prepare(alliance), prepare(rferl))
    assert agreeing == [
        {
            "a_phrase": "next Monday",
            "b_phrase": "June 2",
            "a_resolved": "2025-06-02",
            "b_resolved": "2025-06-02",
        }
    ]


def test_it_agrees_that_trump_is_very_disappointed(statement):
    alliance = statement(
        "I'm very disappointed", article=ALLIANCE, speaker="Donald Trump", kind="direct"
    )
    rferl = statement(
        "I can say this: I'm very disappointed at what happened a couple of nights now where "
        "people were killed in the middle of what you would call a negotiation. I'm very "
        "disappointed by that. Very, very disappointed",
        article=RFERL,
        speaker="Donald Trump",
        kind="direct",
    )

    verdict = compare_statements(alliance, rferl)

    assert verdict is not None and verdict.same_claim
    assert verdict.types == ["agrees"]


def test_it_agrees_that_trump_decides_in_about_two_weeks(statement):
    alliance = statement(
        "he would decide within two weeks whether he believes Russian President Vladimir Putin "
        "is serious about ending the war",
        article=ALLIANCE,
        speaker="Donald Trump",
        cue="added",
    )
    rferl = statement(
        'he would determine within "about two weeks" whether Russian President Vladimir Putin '
        "is serious about ending the fighting",
        article=RFERL,
        speaker="Donald Trump",
        kind="mixed",
        cue="warned",
    )

    verdict = compare_statements(alliance, rferl)

    assert verdict is not None and verdict.types == ["agrees"]
    numbers = verdict.relations[0].evidence["numbers"]
    assert numbers[0]["a_value"] == "within two weeks"
    assert "about two weeks" in numbers[0]["b_value"]


def test_it_agrees_on_zelensky_quote_despite_the_spelling_of_his_name(statement):
    alliance = statement(
        "They will constantly look for reasons not to end the war.",
        article=ALLIANCE,
        speaker="Volodymyr Zelensky",
        kind="direct",
    )
    rferl = statement(
        "They will constantly look for reasons not to end the war",
        article=RFERL,
        speaker="Volodymyr Zelenskyy",
        kind="direct",
    )
    # Speaker resolution may not have merged the spellings: the scorer still must.
    alliance = alliance.__class__(**{**alliance.__dict__, "speaker_key": "zelensky"})
    rferl = rferl.__class__(**{**rferl.__dict__, "speaker_key": "zelenskyy"})

    verdict = compare_statements(alliance, rferl)

    assert verdict is not None and verdict.score >= 0.95
    assert verdict.types == ["agrees"]


def test_it_names_the_wording_drift_of_umerovs_four_days(statement):
    alliance = statement(
        "Russia to provide its proposal at least four days in advance",
        article=ALLIANCE,
        speaker="Rustem Umerov",
        cue="urging",
    )
    rferl = statement(
        "The Russian side has at least four more days before their departure to provide us "
        "with their document for review.",
        article=RFERL,
        speaker="Rustem Umerov",
        kind="direct",
    )

    verdict = compare_statements(alliance, rferl)

    assert verdict is not None and verdict.same_claim
    assert verdict.types == ["wording"]
    evidence = verdict.relations[0].evidence
    assert evidence["form"] == "paraphrase" and evidence["quoted"] == "b"
    assert {"op": "equal", "a": ["at", "least", "four"], "b": ["at", "least", "four"]} in (
        evidence["ops"]
    )


def test_it_finds_third_year_and_more_than_three_years_disagree(statement):
    alliance = statement(
        "This comes as the devastating war enters its third year, with no ceasefire in sight.",
        article=ALLIANCE,
    )
    rferl = statement(
        "Medinsky, a Russian political scientist and former culture minister, led Russia's "
        "negotiating team on May 16 during the first round of direct talks in the more than "
        "three years since Russia launched its full-scale invasion of Ukraine.",
        article=RFERL,
    )

    verdict = compare_statements(alliance, rferl)

    # Both outlets' own sentences measure the war's length: one fact, stated differently.
    assert verdict is not None and verdict.types == ["number"]
    assert verdict.relations[0].score >= 0.6
    evidence = verdict.relations[0].evidence
    assert evidence["a_value"] == "third year"
    assert evidence["b_value"] == "more than three years"
    assert evidence["a_interval"] == "[730.5, 1095.75) day"
    assert evidence["b_interval"] == "(1095.75, inf) day"


def test_it_names_the_channel_when_a_post_on_x_is_reported_as_said(statement):
    alliance = statement(
        "We are awaiting their memorandum",
        article=ALLIANCE,
        speaker="Rustem Umerov",
        kind="direct",
        cue="posted on X",
    )
    rferl = statement(
        "We are not opposed to further meetings with the Russians and are awaiting their "
        "memorandum",
        article=RFERL,
        speaker="Rustem Umerov",
        kind="direct",
        cue="said",
    )

    verdict = compare_statements(alliance, rferl)

    assert verdict is not None and verdict.same_claim
    assert "channel" in verdict.types
    channel = next(r for r in verdict.relations if r.type == "channel").evidence
    assert (channel["a_channel"], channel["b_channel"]) == ("X", "said")


def test_it_agrees_that_over_and_more_than_50000_troops_are_the_same(statement):
    alliance = statement(
        "a large Russian buildup of over 50,000 troops near the northeastern Sumy region, "
        "where Russia has taken control of several settlements",
        article=ALLIANCE,
        speaker="Volodymyr Zelensky",
        cue="warned",
    )
    rferl = statement(
        'Russia is "amassing" more than 50,000 troops on the frontline around the northeastern '
        "Sumy border region, where Moscow's army has captured a number of settlements",
        article=RFERL,
        speaker="Volodymyr Zelensky",
        kind="mixed",
        cue="claimed",
    )

    verdict = compare_statements(alliance, rferl)

    assert verdict is not None and verdict.types == ["agrees"]
    numbers = verdict.relations[0].evidence["numbers"]
    assert numbers[0]["a_interval"] == numbers[0]["b_interval"] == "(50000, inf) troop"
