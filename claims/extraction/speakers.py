"""The speaker mention: its full span, the name inside it and the role around it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from claims.extraction.lexicon import (
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    FEMALE_WORDS,
    MALE_NAMES,
    MALE_WORDS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    PLURAL_PRONOUNS,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
)
from claims.extraction.names import TITLE_WORDS

# Right-hand dependents that belong to the mention ("spokesman for the campaign",
# "Rep. G.K. Butterfield (D-N.C.)"); clauses such as ", who negotiated …" do not.
_KEPT_RIGHT_DEPS = frozenset({"compound", "flat", "nmod", "appos", "nummod", "amod", "cc", "conj"})
_KEPT_RIGHT_PREPS = frozenset({"of", "for", "from", "at", "with", "in"})
_EDGE_PUNCT = frozenset(",;:—–-\"“”'’()")


@dataclass
class Mention:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    head: Token
    name: str  # the proper name inside the mention, "" when there is none
    role: str
    pronoun: str  # lower-cased pronoun when the mention is one, else ""
    gender: str  # "m" | "f" | ""
    plural: bool

    def char_span(self, doc) -> tuple[int, int]:
        return doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1].text)


def _is_name_token(tok: Token) -> bool:
    text = tok.text.strip(".")
    if not text or tok.lower_.strip(".") in TITLE_WORDS or tok.ent_type_ in ("NORP", "DATE"):
        return False
    if tok.pos_ == "PROPN":
        return text[0].isupper()
    return tok.pos_ in ("NOUN", "X") and text[0].isupper() and tok.i > tok.sent.start


# Title words that are also surnames: "Mr. King", "Gen. Major".
_SURNAME_TITLES = frozenset(
    {"king", "major", "bishop", "judge", "marshal", "prince", "lord", "pope"}
)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"})


def _titled_surname(tok: Token) -> bool:
    if tok.lower_ not in _SURNAME_TITLES or not tok.text[:1].isupper() or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.lower_.strip(".") in _HONORIFICS or _is_name_token(before)


def _right_kept(tok: Token, head: Token) -> bool:
    if tok.dep_ in _KEPT_RIGHT_DEPS:
        return True
    if tok.dep_ == "prep" and tok.lower_ in _KEPT_RIGHT_PREPS:
        return not (tok.head == head and head.pos_ == "PROPN" and tok.lower_ != "of")
    return tok.dep_ == "punct" and tok.text in "()"


def mention_tokens(head: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by `head`, without trailing clauses."""
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.text == "," and head.pos_ != "PROPN" and _named_appositive(head) is not None:
            continue  # "the coach, Marta Ruiz": the name after the comma belongs in
        if not _right_kept(child, head):
            break
        end = child.right_edge.i + 1
    doc = head.doc
    while start < head.i and (doc[start].text in _EDGE_PUNCT or doc[start].dep_ == "cc"):
        start += 1
    while end - 1 > head.i and doc[end - 1].text in _EDGE_PUNCT:
        if doc[end - 1].text == ")" and "(" in doc[start:end].text:
            break
        end -= 1
    return start, end


def _named_appositive(head: Token) -> Token | None:
    """ "the coach, Marta Ruiz": the name in apposition; not a bracketed party or state
    ("Trump (R)", "Rep. Smith (D-N.Y.)")."""
    doc = head.doc
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "appos"
            and c.pos_ == "PROPN"
            and c.i > head.i
            and not (c.i > 0 and doc[c.i - 1].text == "(")
        ),
        None,
    )


def _name_run(head: Token, start: int) -> tuple[int, int]:
    """The proper-name tokens ending at the head: "Rustem Umerov" in "… Minister Rustem
    Umerov"."""
    doc = head.doc
    if not _is_name_token(head) and not _titled_surname(head):
        return head.i, head.i
    if head.ent_type_ == "PERSON":
        # "Director of National Intelligence James Clapper": a person's name is the entity
        # the model found, when it found more than the surname.
        entity_start = head.i
        while entity_start > 0 and doc[entity_start].ent_iob_ == "I":
            entity_start -= 1
        if entity_start < head.i:
            start = max(start, entity_start)
    left = head.i
    while (
        left - 1 >= start
        and doc[left - 1].dep_ != "poss"
        and (_is_name_token(doc[left - 1]) or _inside_organisation(doc[left - 1], head))
    ):
        left -= 1
    return left, head.i + 1


def _inside_organisation(tok: Token, head: Token) -> bool:
    """ "Justice" in "the Justice Department": a title word, but part of the name."""
    return (
        head.ent_type_ == "ORG"
        and tok.ent_type_ == "ORG"
        and tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
    )


def _gender(role_words: list[str], name_words: list[str], pronoun: str) -> str:
    if pronoun:
        return PRONOUN_GENDER.get(pronoun, "")
    if any(w in FEMALE_WORDS for w in role_words):
        return "f"
    if any(w in MALE_WORDS for w in role_words):
        return "m"
    if name_words:
        first = name_words[0]
        if first in FEMALE_NAMES:
            return "f"
        if first in MALE_NAMES:
            return "m"
    return ""


def build_mention(head: Token) -> Mention:
    doc = head.doc
    start, end = mention_tokens(head)
    lower = head.lower_
    if head.pos_ == "PRON" or lower in PRONOUN_GENDER or lower in PLURAL_PRONOUNS:
        return Mention(
            start,
            end,
            head,
            "",
            "",
            lower,
            PRONOUN_GENDER.get(lower, ""),
            lower in PLURAL_PRONOUNS,
        )
    name_start, name_end = _name_run(head, start)
    appositive = _named_appositive(head) if name_end == name_start else None
    if appositive is None and name_end == name_start and head.lower_.strip(".") in TITLE_WORDS:
        # "Director of National Intelligence James Clapper": the title heads the phrase, the
        # person is named at its end.
        people = [t for t in head.subtree if t.ent_type_ == "PERSON" and t.i > head.i]
        appositive = people[-1] if people else None
    if appositive is not None:
        name_start, name_end = _name_run(appositive, appositive.left_edge.i)
        role_tokens = [t for t in doc[start : head.i + 1] if t.dep_ not in ("det", "case")]
    else:
        role_tokens = [t for t in doc[start:name_start] if t.dep_ not in ("det", "case")]
    name = doc[name_start:name_end].text if name_end > name_start else ""
    while role_tokens and role_tokens[-1].text in _EDGE_PUNCT:
        role_tokens.pop()
    role = doc[role_tokens[0].i : role_tokens[-1].i + 1].text if role_tokens and name else ""
    role_words = [t.lower_ for t in doc[start:end]]
    name_words = [t.lower_ for t in doc[name_start:name_end]]
    plural = head.tag_ in ("NNS", "NNPS") or any(t.dep_ == "conj" for t in head.children)
    gender = _gender(role_words, name_words, "")
    return Mention(start, end, head, name, role, "", gender, plural)


def is_relative(head: Token) -> bool:
    return head.lower_ in RELATIVE_PRONOUNS


def noun_kind(head: Token) -> str:
    """Kind suggested by a common-noun head: "person", "organisation" or ""."""
    lemma = head.lemma_.lower()
    if head.lower_ in PERSON_NOUNS or lemma in PERSON_NOUNS:
        return "person"
    if lemma in ORGANISATION_NOUNS or lemma in DOCUMENT_NOUNS:
        return "organisation"
    return ""
