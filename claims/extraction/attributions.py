"""From a speech verb to its speaker and content, using the dependency parse.

Each speech verb outside quotation marks is a possible attribution. Its speaker is
the verb's subject (or, for "…, adding that" and "was quoted as saying", the subject
of the verb it hangs from). Its content is, in order of preference: the reported
clause (ccomp); a quotation right before or after the attribution; for speech acts
such as "urged", "accused", "warned of" the object and its complements; for a
trailing attribution ("…, a source said") the clause it is attached to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from claims.extraction.lexicon import RELATIVE_PRONOUNS, word_set
from claims.extraction.model import doc_text
from claims.extraction.quotes import Quote, QuoteIndex
from claims.extraction.speakers import mention_tokens
from claims.extraction.verbs import (
    ALL_SPEECH_VERBS,
    CLAUSE_SPEECH_VERBS,
    NOT_SPEECH_OBJECTS,
    OBJECT_CONTENT_VERBS,
    QUOTED_AS_VERBS,
    REQUIRED_PARTICLES,
    SPEECH_VERBS,
)

_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "oprd", "ccomp", "attr"})
_OBJECT_PREPS = frozenset({"of", "for", "about", "against", "over", "on", "as", "that"})
_VENUE_WORDS = word_set(
    """
    statement interview conference briefing post tweet speech rally email letter
    television radio reporters journalists program show appearance hearing meeting
    event call video message
    """
)
# Between a quotation and its attribution: punctuation and spaces, never a paragraph break.
_GAP_BEFORE = re.compile(r"^[ \t,;:—–-]*$")
_GAP_AFTER = re.compile(r"^[ \t,;:—–-]*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
_TRIM_LEAD = frozenset({"that", ",", ":", ";", "—", "–", "-"})


@dataclass
class Candidate:
    speaker_head: Token
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    confidence: float
    cue: Token | None
    attribution: list[Token] = field(default_factory=list)
    from_quote: bool = False
    # Who speaks through the mention when it is named elsewhere ("the statement" issued
    # by the White House two sentences before); None when the mention itself says.
    voice: Token | None = None


def is_cue(tok: Token, quotes: QuoteIndex) -> bool:
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ALL_SPEECH_VERBS:
        return False
    if quotes.inside(tok.idx):
        return False
    # "did not say", "declined to say" report no statement.
    if any(c.dep_ == "neg" for c in tok.children) or tok.head.lemma_ in ("decline", "refuse"):
        return False
    needed = REQUIRED_PARTICLES.get(tok.lemma_.lower())
    if needed and not any(c.lower_ in needed for c in tok.children if c.dep_ in ("prt", "prep")):
        return tok.lemma_.lower() == "call" and any(c.dep_ == "oprd" for c in tok.children)
    return True


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def find_speaker(cue: Token) -> tuple[Token | None, Token]:
    """The subject token and the verb it was found on."""
    verb = cue
    for depth in range(4):
        # ", adding that …" hangs from the reported clause in the parse but belongs to
        # the speaker of the verb that reports it.
        through_report = (
            depth > 0
            and (cue.tag_ == "VBG" or cue.dep_ == "conj")
            and verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in ALL_SPEECH_VERBS
        )
        if through_report:
            verb = verb.head
            continue
        for child in verb.children:
            if child.dep_ == "nsubj":
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return verb.head, verb  # "Umerov, who said …": the noun it modifies
                return child, verb
            if child.dep_ == "nsubjpass" and verb.lemma_ in QUOTED_AS_VERBS and depth > 0:
                return child, verb
            if child.dep_ == "agent" and _is_passive(verb):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                return pobj, verb
        if verb.dep_ == "relcl":
            return verb.head, verb
        if _is_passive(verb) and depth == 0:
            return None, verb
        if verb.dep_ not in _CLIMB_DEPS or verb.head is verb:
            return None, verb
        verb = verb.head
    return None, verb


def _same_paragraph(tokens: list[Token], anchor: Token) -> list[Token]:
    """Parses run across paragraph breaks; reported content does not (quotations
    spanning paragraphs are paired separately)."""
    text = doc_text(anchor.doc)
    start = text.rfind("\n", 0, anchor.idx) + 1
    end = text.find("\n", anchor.idx)
    end = len(text) if end == -1 else end
    return [t for t in tokens if start <= t.idx < end]


def _span_chars(tokens: list[Token], anchor: Token | None = None) -> tuple[int, int] | None:
    if anchor is not None:
        tokens = _same_paragraph(tokens, anchor)
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].lower_ in _TRIM_LEAD or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (
        tokens[-1].is_punct
        and tokens[-1].text not in '"”’)?!'
        or tokens[-1].is_space
        or tokens[-1].dep_ == "cc"
    ):
        tokens.pop()
    if len(tokens) < 2:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _subtree_except(root: Token, excluded: set[int]) -> list[Token]:
    out = []
    stack = [root]
    while stack:
        tok = stack.pop()
        if tok.i in excluded:
            continue
        out.append(tok)
        stack.extend(tok.children)
    return out


def _nested_cues(root: Token, quotes: QuoteIndex) -> set[int]:
    """Token indices under sibling speech verbs (", adding that …"): those become
    statements of their own."""
    excluded: set[int] = set()
    for child in root.children:
        if child.dep_ not in ("advcl", "conj") or not is_cue(child, quotes):
            continue
        if child.lemma_.lower() in SPEECH_VERBS or any(g.dep_ == "ccomp" for g in child.children):
            excluded.update(t.i for t in child.subtree)
    return excluded


def clause_content(cue: Token, quotes: QuoteIndex) -> tuple[int, int] | None:
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    # With two reported clauses in the parse, the one after the verb is what was said ("…
    # after Cathy said in an interview that he is …"); the one before is usually a misparse.
    comp = next((c for c in clauses if c.i > cue.i), clauses[0] if clauses else None)
    if comp is None:
        comp = next(
            (
                c
                for c in cue.children
                if c.dep_ == "parataxis" and c.i > cue.i and quotes.inside(c.idx)
            ),
            None,
        )
    if comp is None:
        return None
    span = _span_chars(_subtree_except(comp, _nested_cues(comp, quotes)), cue)
    quote = quotes.at(comp.idx) if quotes.inside(comp.idx) else None
    if quote is not None and span is not None and span[0] < quote.start - 1:
        # The reported clause is a quotation, but the parse hung more on it (a
        # dateline, the sentence before): the quotation alone is the content.
        lead = doc_text(comp.doc)[span[0] : quote.start]
        if "\n" in lead or ":" in lead or _SENTENCE_END.search(lead):
            return quote.start, quote.end
    return span


# Dependents of a speech verb that say where and when it was spoken ("said in a statement
# on Monday", "told reporters", "wrote on Twitter"); a clause hanging from it (", echoing a
# weekend tweet") tells of another occasion.
_OCCASION_DEPS = frozenset({"prep", "dative", "agent", "npadvmod", "prt", "dobj", "advmod"})


def attribution_tokens(cue: Token, speaker: Token, quotes: QuoteIndex) -> list[Token]:
    """The words of the attribution itself, where venue and date are named."""
    nested = _nested_cues(cue, quotes)
    tokens = [cue]
    for child in cue.children:
        if child.dep_ in _OCCASION_DEPS and child.i not in nested:
            tokens.extend(child.subtree)
    return tokens + list(speaker.subtree)


def object_content(cue: Token, quotes: QuoteIndex) -> tuple[int, int] | None:
    lemma = cue.lemma_.lower()
    if lemma not in OBJECT_CONTENT_VERBS:
        return None
    excluded = _nested_cues(cue, quotes)
    tokens: list[Token] = []
    for child in cue.rights:
        if child.i in excluded:
            continue
        if child.dep_ in _OBJECT_DEPS:
            if child.dep_ == "dobj" and lemma == "ask" and child.pos_ in ("PRON", "PROPN"):
                continue
            if child.lower_ in NOT_SPEECH_OBJECTS:
                return None
            tokens.extend(_subtree_except(child, excluded))
        elif child.dep_ in ("prep", "dative") and child.lower_ in _OBJECT_PREPS:
            pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if (
                pobj is None
                or pobj.ent_type_ in ("DATE", "TIME")
                or pobj.lemma_.lower() in _VENUE_WORDS
            ):
                continue
            tokens.extend(_subtree_except(child, excluded))
    span = _span_chars(tokens, cue)
    if span is None or len(tokens) < 3:
        return None
    return span


def host_clause_content(cue: Token, top: Token, quotes: QuoteIndex) -> tuple[int, int] | None:
    """ "…, another source said." / "Climate change, he said, is …" / "…, Smith was
    quoted as saying": the clause the attribution is attached to."""
    if top.dep_ not in ("parataxis", "conj", "advcl"):
        return None
    host = top.head
    if host.i < host.sent.start or host.pos_ not in ("VERB", "AUX"):
        return None
    if top.dep_ != "parataxis" and host.i > top.i:
        return None
    excluded = {t.i for t in top.subtree}
    tokens = _subtree_except(host, excluded)
    if host.i < top.i:
        tokens = [t for t in tokens if t.i < top.i]
    if top.dep_ == "conj" and any(
        t.dep_ == "cc" and t.head == host and t.i < top.i for t in tokens
    ):
        return None
    return _span_chars(tokens, cue)


# Nouns that report speech when a possessor owns them: "Trump's claim that …".
SPEECH_NOUNS = word_set(
    """
    claim claims statement statements assertion assertions warning warnings remark
    remarks comment comments suggestion contention argument accusation accusations
    allegation allegations insistence promise pledge vow denial charge
    """
)


def noun_speech(noun: Token, quotes: QuoteIndex) -> tuple[Token, tuple[int, int]] | None:
    """(possessor, content) for "X's claim that …" / "X's remarks about …"."""
    if noun.lemma_.lower() not in SPEECH_NOUNS or quotes.inside(noun.idx):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    clause = next(
        (c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i), None
    )
    if clause is None or not any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children):
        return None
    span = _span_chars(list(clause.subtree))
    return (owner, span) if span else None


def quote_before(attr_start: int, quotes: QuoteIndex, text: str) -> Quote | None:
    near = quotes.within(max(0, attr_start - 3000), attr_start)
    for q in reversed(near):
        if q.end <= attr_start and _GAP_BEFORE.match(text[q.end : attr_start]):
            return q
    return None


def quote_after(attr_end: int, quotes: QuoteIndex, text: str, limit: int = 60) -> Quote | None:
    for q in quotes.within(attr_end, attr_end + limit + 1):
        if q.start >= attr_end and _GAP_AFTER.match(text[attr_end : q.start]):
            return q
    return None


def attribution_end(cue: Token, speaker_end: int, content: tuple[int, int] | None) -> int:
    """Last character of the attribution words after the cue ("said in a statement")."""
    end = max(cue.idx + len(cue.text), speaker_end)
    for child in cue.rights:
        if child.dep_ in ("prep", "npadvmod", "advmod", "dobj", "dative", "prt", "nsubj", "agent"):
            last = child.right_edge
            if content and last.idx >= content[0]:
                break
            end = max(end, last.idx + len(last.text))
    return end


def needs_clause(cue: Token) -> bool:
    return (
        cue.lemma_.lower() in CLAUSE_SPEECH_VERBS and cue.lemma_.lower() not in OBJECT_CONTENT_VERBS
    )


def speaker_chars(head: Token) -> tuple[int, int]:
    start, end = mention_tokens(head)
    doc = head.doc
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
