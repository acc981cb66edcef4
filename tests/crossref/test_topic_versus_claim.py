"""Two voices sharing a topic are not one claim unless they share enough, or a fact."""

from datetime import date

from claims.crossref import compare_statements

THURSDAY = date(2024, 3, 7)


def test_it_does_not_link_two_outlets_writing_about_the_same_inquiry(statement):
    own = statement(
        "Investigators examined the bank's lending records during the long inquiry into its "
        "collapse and found gaps",
        article="ledger",
    )
    other = statement(
        "Lawmakers want access to the inquiry into the bank collapse and its lending before "
        "the vote",
        article="courier",
    )

    assert compare_statements(own, other) is None


def test_the_same_words_without_the_day_are_only_the_same_topic(statement):
    own = statement(
        "The mayor has proposed a new ferry line to the island, to open soon, though unions object",
        article="ledger",
        published=THURSDAY,
    )
    said = statement(
        "the new ferry line to the island would start on March 11 and the fares will stay low",
        article="courier",
        speaker="Tom Reed",
        published=THURSDAY,
    )

    assert compare_statements(own, said) is None


def test_two_quotes_sharing_only_a_turn_of_phrase_are_not_one_quotation(statement):
    # A long frame of function words recurs in unrelated remarks; the same quotation shares
    # what it says.
    safety = statement(
        "What we are going to do is make sure that the people of this country are safe",
        article="ledger",
        speaker="Anna Berg",
        kind="direct",
    )
    farmers = statement(
        "What we are going to do is make sure that the farmers of this region are paid",
        article="courier",
        speaker="Tom Reed",
        kind="direct",
    )

    assert compare_statements(safety, farmers) is None


def test_one_speaker_using_one_phrase_about_two_things_makes_two_claims(statement):
    court = statement(
        "we are going to veto the bill and what the court did is not acceptable",
        article="ledger",
        speaker="Anna Berg",
        kind="direct",
    )
    union = statement(
        "we are going to fight the strike and what the union did is not acceptable",
        article="courier",
        speaker="Anna Berg",
        kind="direct",
    )

    assert compare_statements(court, union) is None


def test_a_shorter_rendering_of_the_same_remark_is_still_one_quotation(statement):
    full = statement(
        "What we are going to do is make sure that the people of this country are safe",
        article="ledger",
        speaker="Anna Berg",
        kind="direct",
    )
    excerpt = statement(
        "make sure that the people of this country are safe",
        article="courier",
        speaker="Tom Reed",
        kind="direct",
    )

    verdict = compare_statements(full, excerpt)

    assert verdict is not None and verdict.same_claim


def test_never_and_seen_are_not_what_two_remarks_of_one_speaker_share(statement):
    # "never", "unless", "seen" and month names are how things are said, not what is said.
    court = statement(
        "I have never seen a court ruling like this one, it is unfair",
        article="ledger",
        speaker="Anna Berg",
    )
    flood = statement(
        "I have never seen a flood like this in the valley, it is unfair",
        article="courier",
        speaker="Anna Berg",
    )

    assert compare_statements(court, flood) is None
