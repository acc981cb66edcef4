"""The speech-verb lexicon: which verbs report that someone said something.

Lemmas, grouped by how much evidence they need. Verbs of pure speech attribute
whatever follows; the others are common in non-speech senses ("maintain control",
"claim territory", "post a loss") and only count with a clause or a quote.
"""

from __future__ import annotations

from claims.extraction.lexicon import word_set

# Report speech whenever they have a speaker.
SPEECH_VERBS = word_set(
    """
    say tell add warn urge accuse insist emphasize emphasise stress declare announce
    tweet retweet reiterate reply respond answer ask assert contend allege deny
    acknowledge admit concede explain argue complain boast quip joke remark comment
    testify vow pledge promise threaten caution counter retort proclaim mention recall
    criticize criticise condemn demand predict lament muse scoff describe compare
    """
)

# Count only with a that-clause, a quote or a reported clause as their content.
CLAUSE_SPEECH_VERBS = word_set(
    """
    state claim confirm note write post report suggest maintain observe point
    call continue repeat estimate signal indicate reveal disclose inform assure reassure
    """
)

ALL_SPEECH_VERBS = SPEECH_VERBS | CLAUSE_SPEECH_VERBS

# Speech acts whose content is an object or an infinitive rather than a clause:
# "urged Russia to …", "accused Moscow of stalling", "criticized X for …".
OBJECT_CONTENT_VERBS = word_set(
    """
    urge accuse criticize criticise condemn demand call warn deny promise pledge
    vow threaten ask describe compare
    """
)

# Passive uses where the subject is the speaker, not the addressee.
QUOTED_AS_VERBS = frozenset({"quote"})

# Particles that turn a verb into speech ("point out", "call for", "call on").
REQUIRED_PARTICLES = {"point": {"out"}, "call": {"for", "on"}}

NOT_SPEECH_OBJECTS = frozenset({"comment", "question", "questions", "detail", "details"})


def is_speech_lemma(lemma: str) -> bool:
    return lemma.lower() in ALL_SPEECH_VERBS
