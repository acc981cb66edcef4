"""Resolving speaker mentions inside one article.

Evidence comes from the article, not from the small model's entity labels alone:
"Lavrov" tagged ORG is still a person when "Sergei Lavrov" or "Minister Lavrov"
appears; "Kyiv" tagged PERSON is still a place when the article says "in Kyiv".
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter, defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claims.extraction.lexicon import (
    NEUTER_PRONOUNS,
    PLACE_NAMES,
    PLURAL_PRONOUNS,
    PRONOUN_GENDER,
)
from claims.extraction.model import doc_text
from claims.extraction.names import TITLE_WORDS, name_variants_match, normalize_name
from claims.extraction.speakers import Mention, build_mention, noun_kind

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPOSITIONS = frozenset({"in", "from", "near", "across", "inside", "into"})


# Abbreviated titles, so "Sen. Lisa Murkowski" is "the senator" later on.
_TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "gov": "governor",
    "gen": "general",
    "pres": "president",
    "atty": "attorney",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "adm": "admiral",
    "sgt": "sergeant",
    "prof": "professor",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
}


def role_word(word: str) -> str:
    word = word.lower().strip(".")
    return _TITLE_ABBREVIATIONS.get(word, word)


def in_sentence(tok: Token) -> bool:
    """False for headings (lines without closing punctuation), which the small model
    parses and tags poorly."""
    text = doc_text(tok.doc)
    line_end = text.find("\n", tok.idx)
    line = text[text.rfind("\n", 0, tok.idx) + 1 : len(text) if line_end == -1 else line_end]
    line = line.rstrip()
    return bool(line) and line[-1] in '.!?"”’)'


# Antecedents looked at before a pronoun: the nearest dozen, with room for ties.
_NEAREST_WINDOW = 64


def _position(antecedent) -> int:
    return antecedent.position


@dataclass
class Resolved:
    canonical: str
    kind: str
    gender: str
    plural: bool
    # False for a title or group never tied to a name ("the senator", "labor officials"):
    # kept as an antecedent, so "they" after it does not reach further back, but no speaker.
    proper: bool = True


@dataclass
class Antecedent:
    position: int  # token index
    canonical: str
    kind: str
    gender: str
    plural: bool
    proper: bool = True


class ArticleContext:
    """What the article as a whole says about the names in it."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.labels: dict[str, Counter] = defaultdict(Counter)
        self.full_names: list[tuple[int, str, str]] = []  # (token index, name, gender)
        self.roles: list[tuple[int, str, str]] = []  # (token index, role word, full name)
        self.antecedents: list[Antecedent] = []
        for ent in doc.ents:
            key = ent[-1].text
            self.labels[key][ent.label_] += 1
            if ent.label_ == "PERSON" and in_sentence(ent.root):
                self._remember_person(ent.root)
        for tok in doc:
            if tok.pos_ == "PROPN" and tok.i > 0 and doc[tok.i - 1].lower_ in _PLACE_PREPOSITIONS:
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                if tok.ent_type_ in ("", "GPE", "LOC", "PERSON") and (
                    nxt is None or nxt.tag_ != "POS"
                ):
                    self.labels[tok.text]["IN_PLACE"] += 1
            elif (
                tok.pos_ == "PROPN"
                and tok.i > 0
                and doc[tok.i - 1].lower_.strip(".") in TITLE_WORDS
                and not (tok.ent_type_ == "ORG" and doc[tok.i - 1].ent_type_ == "ORG")
            ):
                self.labels[tok.text]["TITLED"] += 1
                # "Mayor Ana Ruiz": a titled name is a person even when the model tagged
                # no entity, and its title names her later ("the mayor").
                head = tok
                while head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN":
                    head = doc[head.i + 1]
                if head.ent_type_ != "PERSON" and head.ent_type_ != "ORG" and in_sentence(head):
                    self._remember_person(head)

    def _remember_person(self, head: Token) -> None:
        mention = build_mention(head)
        if mention.name and len(mention.name.split()) >= 2:
            self.full_names.append((head.i, mention.name, mention.gender))
        self._remember_role(mention)

    def _remember_role(self, mention: Mention) -> None:
        if not mention.name:
            return
        for word in mention.role.lower().split():
            if word.strip(".") in TITLE_WORDS:
                self.roles.append((mention.head.i, role_word(word), mention.name))
        # "Glenn Beck, the Fox News host, …": the appositive names the role too.
        for child in mention.head.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > mention.head.i:
                self.roles.append((mention.head.i, role_word(child.lower_), mention.name))

    def remember_speaker(self, mention: Mention) -> None:
        if (
            mention.name
            and len(mention.name.split()) >= 2
            and (mention.role or self._looks_personal(mention))
        ):
            self.full_names.append((mention.head.i, mention.name, mention.gender))

    def _looks_personal(self, mention: Mention) -> bool:
        votes = self.labels.get(mention.head.text, Counter())
        return votes["PERSON"] > 0 or votes["TITLED"] > 0

    # -- kinds -------------------------------------------------------------------------

    def name_kind(self, mention: Mention) -> str:
        last = mention.head.text
        votes = self.labels.get(last, Counter())
        if mention.role and any(w.lower().strip(".") in TITLE_WORDS for w in mention.role.split()):
            return "person"
        if self.full_name_for(mention.name, mention.head.i):
            return "person"
        place = sum(votes[label] for label in _PLACE_LABELS) + 2 * votes["IN_PLACE"]
        if mention.name.lower() in PLACE_NAMES:
            place += 5
        person = votes["PERSON"] + 2 * votes["TITLED"]
        organisation = votes["ORG"] + votes["NORP"]
        if len(mention.name.split()) >= 2 and person and not place:
            return "person"
        best = max(
            ("place", place),
            ("person", person),
            ("organisation", organisation),
            key=lambda kv: kv[1],
        )
        if best[1] == 0:
            common = noun_kind(mention.head)
            return common or ("person" if mention.gender else "unknown")
        return best[0]

    def full_name_for(self, name: str, position: int) -> str:
        """The longest full name in the article that `name` is a short form of, nearest
        before `position` (or after, when the full name only comes later)."""
        if not name:
            return ""
        best: tuple[int, int, str] | None = None
        for pos, full, _gender in self.full_names:
            if len(full.split()) < len(name.split()) or not name_variants_match(name, full):
                continue
            distance = position - pos if pos <= position else 10_000 + pos - position
            candidate = (-len(full.split()), distance, full)
            if best is None or candidate < best:
                best = candidate
        if best is None or best[2] == name and len(name.split()) < 2:
            return ""
        return best[2]

    def gender_for(self, canonical: str) -> str:
        for _pos, full, gender in self.full_names:
            if gender and normalize_name(full) == normalize_name(canonical):
                return gender
        return ""

    # -- resolution ----------------------------------------------------------------------

    def resolve(self, mention: Mention) -> Resolved:
        if mention.pronoun:
            return self._resolve_pronoun(mention)
        head = mention.head
        if mention.name:
            kind = self.name_kind(mention)
            if kind == "person":
                canonical = self.full_name_for(mention.name, head.i) or mention.name
                gender = mention.gender or self.gender_for(canonical)
                return Resolved(canonical, "person", gender, mention.plural)
            canonical = mention.name
            first = self.doc[mention.start]
            if first.lower_ == "the" and first.i < head.i and kind == "organisation":
                canonical = f"the {mention.name}"
            return Resolved(canonical, kind, "", kind != "person")
        kind = noun_kind(head) or "unknown"
        titled = self._person_by_role(mention)
        if titled:
            return Resolved(titled, "person", self.gender_for(titled), False)
        canonical, named = self._common_noun_canonical(mention)
        plural = mention.plural or kind == "organisation"
        return Resolved(canonical, kind, mention.gender, plural, proper=named)

    def _person_by_role(self, mention: Mention) -> str:
        """ "the president" → the person last introduced as President in the article."""
        head = mention.head
        if (
            mention.plural
            or not (head.lower_ in TITLE_WORDS or head.pos_ == "NOUN")
            or self.doc[mention.start].lower_ != "the"
        ):
            return ""
        wanted = role_word(head.lower_)
        earlier = [(pos, full) for pos, word, full in self.roles if word == wanted and pos < head.i]
        if not earlier:
            return ""
        return self.full_name_for(earlier[-1][1], head.i) or earlier[-1][1]

    def _common_noun_canonical(self, mention: Mention) -> tuple[str, bool]:
        """ "Ukrainian officials", "the ministry": the phrase up to its head word, and for an
        organisation the fuller name used earlier ("the Foreign Ministry"); whether it is
        such a name."""
        doc = self.doc
        head = mention.head
        tokens = [
            t for t in doc[mention.start : head.i + 1] if t.dep_ != "det" or t.i != mention.start
        ]
        text = doc[tokens[0].i : head.i + 1].text if tokens else head.text
        if noun_kind(head) == "organisation":
            for ent in reversed(doc.ents):
                if (
                    ent.end <= head.i
                    and ent.label_ == "ORG"
                    and any(t.lemma_.lower() == head.lemma_.lower() for t in ent)
                ):
                    name = ent.text if ent.text.lower().startswith("the ") else f"the {ent.text}"
                    return name, True
            if doc[mention.start].lower_ == "the":
                return f"the {text}", False
        return text, False

    def add_antecedent(self, position: int, resolved: Resolved) -> None:
        if resolved.canonical:
            # Kept sorted by position, so a pronoun looks only at the nearest ones.
            insort(
                self.antecedents,
                Antecedent(
                    position,
                    resolved.canonical,
                    resolved.kind,
                    resolved.gender,
                    resolved.plural,
                    resolved.proper,
                ),
                key=_position,
            )

    def _resolve_pronoun(self, mention: Mention) -> Resolved:
        pronoun = mention.pronoun
        position = mention.head.i
        before = bisect_left(self.antecedents, position, key=_position)
        nearest = self.antecedents[max(0, before - _NEAREST_WINDOW) : before]
        candidates = sorted(nearest, key=_position, reverse=True)
        for ante in candidates[:12]:
            if pronoun in PRONOUN_GENDER:
                if ante.kind != "person" or ante.plural:
                    continue
                want = PRONOUN_GENDER[pronoun]
                if ante.gender and ante.gender != want:
                    continue
                return Resolved(ante.canonical, "person", want, False, ante.proper)
            if pronoun in PLURAL_PRONOUNS:
                if ante.plural or ante.kind in ("organisation", "place"):
                    return Resolved(ante.canonical, ante.kind, "", True, ante.proper)
            elif pronoun in NEUTER_PRONOUNS and ante.kind in ("organisation", "place"):
                return Resolved(ante.canonical, ante.kind, "", False, ante.proper)
        kind = "person" if pronoun in PRONOUN_GENDER else "unknown"
        return Resolved("", kind, PRONOUN_GENDER.get(pronoun, ""), pronoun in PLURAL_PRONOUNS)
