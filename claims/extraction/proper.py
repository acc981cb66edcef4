"""Whether a speaker mention can name who spoke: a person, an organisation or a named group.

A dateline ("WASHINGTON —"), an adverb the parser took for a subject, a list of people fused
into one mention ("Senators Amy Klobuchar and Elizabeth Warren") never can. A document
("the statement said") speaks for whoever issued it. Everything else is decided once the
mention is resolved: a title or group the article never ties to a name stays unknown.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from claims.extraction.lexicon import DOCUMENT_NOUNS
from claims.extraction.model import doc_text

# Parts of speech a speaker's head may have; anything else is a mis-parse.
_SPEAKER_POS = frozenset({"PROPN", "NOUN", "PRON", "X"})
# After a dateline's place in mixed case: a state's abbreviation, then the dash ("Kansas
# City, Mo. —").
_DATELINE_TAIL = re.compile(
    r"^(?:,\s*[A-Z][a-z]{0,5}\.\s*|\s*\([A-Z][\w .&]{1,30}\)\s*)(?:—|―|–|--|-\s|:)"
)
# After a dateline's place in capitals: a dash, a colon, the wire's name in brackets, or a
# comma and a date.
_AFTER_PLACE = re.compile(r"^\s*(?:—|–|―|--|-\s|:|\(|,\s*[A-Z][a-z]{2,9}\.? \d)")
_ISSUER_PREPS = frozenset({"from", "by", "of"})


def issuer_of(head: Token) -> Token | None:
    """Who issued the document a mention names: "a statement from the White House", "the
    White House's statement", "an AARP statement"; None when the article does not say."""
    if not is_document(head):
        return None
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child  # "Trump's account tweeted", "her office said"
        if child.dep_ == "prep" and child.lower_ in (*_ISSUER_PREPS, "for", "at"):
            source = next((c for c in child.children if c.dep_ == "pobj"), None)
            if source is not None and source.pos_ == "PROPN":
                return source
    compounds = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return compounds[-1] if compounds else None


# Nobody by name who speaks for an organisation: "a Microsoft spokesperson", "a spokesman
# for Google" speak for Microsoft and Google.
_SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})


def is_document(head: Token) -> bool:
    """A document or an unnamed spokesperson: both speak for whoever issued or sent them."""
    lower, lemma = head.lower_, head.lemma_.lower()
    return lemma in DOCUMENT_NOUNS or lower in DOCUMENT_NOUNS or lower in _SPOKES_NOUNS


def is_dateline(head: Token) -> bool:
    """The place a wire report opens with ("WASHINGTON —", "KANSAS CITY, Mo. —")."""
    doc = head.doc
    text = doc_text(doc)
    first, last = head.left_edge, head
    while last.i + 1 < len(doc) and doc[last.i + 1].dep_ in ("compound", "flat"):
        last = doc[last.i + 1]
    start, end = first.idx, last.idx + len(last.text)
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False
    tail = text[end : end + 40]
    if _DATELINE_TAIL.match(tail):
        return True
    # A place in capitals opening the line, then the dash or the wire's name: not an
    # acronym speaking ("AARP said", "WASHINGTON — AARP said" whose speaker is AARP).
    letters = [ch for ch in text[start:end] if ch.isalpha()]
    upper = len(letters) >= 3 and all(ch.isupper() for ch in letters)
    return upper and bool(_AFTER_PLACE.match(tail))


def not_a_speaker(head: Token, start: int, end: int) -> str:
    """Why the mention of tokens [start, end) cannot be a speaker, "" when it can."""
    if head.pos_ not in _SPEAKER_POS:
        return "not a noun"
    if is_dateline(head):
        return "dateline"
    tokens = head.doc[start:end]
    if any(t.dep_ == "cc" for t in tokens) and any(
        t.dep_ == "conj" and t.pos_ in ("PROPN", "NOUN") for t in tokens
    ):
        return "list"
    if head.tag_ == "NNS" and head.pos_ == "NOUN" and head.text[:1].islower():
        return "group"  # "four other candidates", "officials": never one person
    # "Senators Amy Klobuchar of Minnesota; Gov. Jay Inslee …": a plural title before one
    # name is the start of a list.
    if any(t.tag_ in ("NNS", "NNPS") and t.i < head.i for t in tokens) and any(
        t.pos_ == "PROPN" and t.tag_ == "NNP" for t in tokens
    ):
        return "list"
    if is_document(head):
        return "document"
    return ""


_ISSUING_VERBS = frozenset({"issue", "release", "send", "publish", "put", "post", "write", "sign"})


def document_issuers(doc) -> dict[str, list[tuple[int, Token]]]:
    """Documents the article says someone issued, by noun: "the White House issued a
    statement" makes a later "the statement said" the White House's."""
    found: dict[str, list[tuple[int, Token]]] = {}
    for tok in doc:
        if tok.pos_ != "NOUN" or not is_document(tok):
            continue
        issuer = issuer_of(tok)
        if issuer is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ISSUING_VERBS:
            issuer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if issuer is not None and issuer.pos_ in ("PROPN", "NOUN"):
            found.setdefault(tok.lemma_.lower(), []).append((tok.i, issuer))
    return found


def document_speaker(head: Token, issuers: dict[str, list[tuple[int, Token]]]) -> Token:
    """Who speaks through a document mention: its own issuer, else the issuer of the same
    document named earlier ("the statement"), else the document itself (not a speaker)."""
    own = issuer_of(head)
    if own is not None:
        return own
    if head.doc[head.left_edge.i].lower_ != "the":
        return head
    earlier = [issuer for i, issuer in issuers.get(head.lemma_.lower(), ()) if i < head.i]
    return earlier[-1] if earlier else head


def speaker_after(cue: Token) -> Token | None:
    """The name right after an inverted cue ("…," said Mayor Sly James), for when the parse
    took the dateline for the subject."""
    doc = cue.doc
    last = None
    for tok in doc[cue.i + 1 : cue.i + 7]:
        if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.text.endswith(".")):
            last = tok
        else:
            break
    return last
