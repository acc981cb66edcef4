"""The extraction pipeline: one spaCy pass, then cheap rules over the parse."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from claims.extraction.attributions import (
    Candidate,
    attribution_end,
    attribution_tokens,
    clause_content,
    find_speaker,
    host_clause_content,
    is_cue,
    needs_clause,
    noun_speech,
    object_content,
    quote_after,
    quote_before,
    speaker_chars,
)
from claims.extraction.channel import channel_of
from claims.extraction.content import shape_content
from claims.extraction.dates import said_on_from_tokens
from claims.extraction.model import DEFAULT_MODEL, doc_text, get_nlp
from claims.extraction.orphans import attach_orphan_quotes
from claims.extraction.proper import (
    document_issuers,
    document_speaker,
    is_dateline,
    is_document,
    not_a_speaker,
    speaker_after,
)
from claims.extraction.quotes import QuoteIndex, find_quotes
from claims.extraction.resolution import ArticleContext, in_sentence
from claims.extraction.speakers import build_mention, noun_kind
from claims.extraction.types import ExtractedStatement, Span
from claims.extraction.verbs import OBJECT_CONTENT_VERBS, QUOTED_AS_VERBS

_SENTENCE_END = re.compile(r"[.!?]\s")
_NOT_SPEAKER_ENTS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Occasions, not sources: "a speech said" is a mis-parse of "said in a speech".
_NOT_SPEAKER_NOUNS = frozenset(
    {"speech", "election", "interview", "debate", "program", "show", "event"}
)


def _cue_candidate(cue: Token, quotes: QuoteIndex, text: str, dangling: list) -> Candidate | None:
    speaker, top = find_speaker(cue)
    if speaker is not None and is_dateline(speaker):
        speaker = speaker_after(cue) or speaker
    if speaker is not None and speaker.pos_ in ("NUM", "PRON", "DET"):
        # "One of its members, Demetrios Minor, said": the name in apposition speaks.
        named = next((c for c in speaker.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        speaker = named or speaker
    if speaker is None or quotes.inside(speaker.idx) or speaker.pos_ in ("VERB", "AUX", "NUM"):
        return None
    if speaker.ent_type_ in _NOT_SPEAKER_ENTS or speaker.lemma_.lower() in _NOT_SPEAKER_NOUNS:
        return None
    sp_start, sp_end = speaker_chars(speaker)
    confidence = 0.8
    content = clause_content(cue, quotes)
    if content is None and top is not cue and top.lemma_ in QUOTED_AS_VERBS:
        content = clause_content(top, quotes)  # "…, X was quoted as saying"
    attr_start = min(sp_start, cue.idx)
    attr_end = attribution_end(cue, sp_end, content)
    from_quote = False
    if content is None and cue.lemma_.lower() in OBJECT_CONTENT_VERBS:
        content = object_content(cue, quotes)
        confidence = 0.65
    if content is None:
        before = quote_before(attr_start, quotes, text)
        after = quote_after(attr_end, quotes, text)
        if before and after and not _SENTENCE_END.search(text[attr_end : after.start] + " "):
            content, confidence, from_quote = (before.start, after.end), 0.9, True
        elif before:
            content, confidence, from_quote = (before.start, before.end), 0.9, True
        elif after:
            content, confidence, from_quote = (after.start, after.end), 0.85, True
    else:
        q = quotes.at(content[0])
        if q is not None and q.end >= content[1] - 1:
            after = quote_after(attr_end, quotes, text, limit=3)
            if after and q.end <= attr_start:
                content = (q.start, after.end)
            confidence, from_quote = 0.9, True
    if content is not None and not from_quote:
        # "saying while some support the deal and others oppose it, “I kind of fall …”":
        # the clause runs on into the quotation that finishes it.
        after = quote_after(content[1], quotes, text, limit=3)
        if after is not None and "\n" not in text[content[1] : after.start]:
            content = (content[0], after.end)
    if content is not None and _title_quote(quotes.at(content[0]), text):
        # "said on CBS’s “Face the Nation”": the programme, not what was said.
        before = quote_before(attr_start, quotes, text)
        content = (before.start, before.end) if before else None
        confidence, from_quote = 0.9, before is not None
    if content is None and (not needs_clause(cue) or top.dep_ == "parataxis"):
        content = host_clause_content(cue, top, quotes)
        confidence = 0.7
    if content is None:
        dangling.append((speaker, cue, attr_start, attr_end))
        return None
    attribution = attribution_tokens(cue, speaker, quotes)
    return Candidate(
        speaker,
        cue.idx,
        cue.idx + len(cue.text),
        content[0],
        content[1],
        confidence,
        cue,
        attribution,
        from_quote,
    )


_TITLE_LEAD = re.compile(r"(?:\b(?:on|in|to|of)|\w['’]s?)\s*$")


def _title_quote(q, text: str) -> bool:
    """A quoted name of a show, a book or a programme: a few capitalised words right after
    "on", "in" or a possessive."""
    if q is None:
        return False
    words = text[q.inner_start : q.inner_end].strip(" ,.").split()
    if not words or len(words) > 5:
        return False
    if not all(w[:1].isupper() or w.lower() in ("the", "of", "and", "a", "to") for w in words):
        return False
    return bool(_TITLE_LEAD.search(text[max(0, q.start - 12) : q.start]))


def _according_candidate(acc: Token) -> Candidate | None:
    doc = acc.doc
    if acc.i + 1 >= len(doc) or doc[acc.i + 1].lower_ != "to":
        return None
    to = doc[acc.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    sent = acc.sent
    phrase = {t.i for t in acc.subtree} | {t.i for t in to.subtree}
    rest = [t for t in sent if t.i not in phrase and not t.is_space]
    if not rest:
        return None
    if acc.i <= sent.start + 1 or all(t.i > max(phrase) for t in rest if not t.is_punct):
        rest = [t for t in rest if t.i > max(phrase)]
    elif all(t.i < acc.i for t in rest if not t.is_punct):
        rest = [t for t in rest if t.i < acc.i]
    while rest and (rest[0].is_punct or rest[0].lower_ == "that"):
        rest.pop(0)
    while rest and rest[-1].is_punct and rest[-1].text not in '"”’':
        rest.pop()
    if len(rest) < 3:
        return None
    start, end = rest[0].idx, rest[-1].idx + len(rest[-1].text)
    return Candidate(
        source, acc.idx, to.idx + len(to.text), start, end, 0.75, None, list(acc.subtree)
    )


def _noun_candidate(noun: Token, quotes: QuoteIndex) -> Candidate | None:
    found = noun_speech(noun, quotes)
    if found is None:
        return None
    owner, (start, end) = found
    end_of_noun = noun.idx + len(noun.text)
    return Candidate(owner, noun.idx, end_of_noun, start, end, 0.6, noun, [owner, noun])


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a candidate whose content mostly repeats a more confident one's."""
    kept: list[Candidate] = []
    starts: list[int] = []  # content starts of `kept`, sorted, with `by_start` alongside
    by_start: list[Candidate] = []
    longest = 0
    for cand in sorted(candidates, key=lambda c: -c.confidence):
        if not _repeats_kept(cand, starts, by_start, longest):
            kept.append(cand)
            index = bisect_right(starts, cand.content_start)
            starts.insert(index, cand.content_start)
            by_start.insert(index, cand)
            longest = max(longest, cand.content_end - cand.content_start)
    return sorted(kept, key=lambda c: (c.content_start, c.cue_start))


def _repeats_kept(cand: Candidate, starts: list[int], by_start: list[Candidate], longest: int):
    # Only kept spans starting within `longest` before this one can overlap it, so an
    # article with thousands of quotes is not compared pair by pair.
    length = cand.content_end - cand.content_start
    first = bisect_left(starts, cand.content_start - longest)
    last = bisect_left(starts, cand.content_end)
    for other in by_start[first:last]:
        overlap = min(cand.content_end, other.content_end) - max(
            cand.content_start, other.content_start
        )
        shorter = min(length, other.content_end - other.content_start)
        if overlap > 0.8 * shorter and (
            other.speaker_head == cand.speaker_head or overlap > 0.95 * shorter
        ):
            return True
    return False


def _remember_subjects(doc: Doc, ctx: ArticleContext, candidates: list[Candidate]) -> None:
    """Main-clause subjects that are people or organisations are pronoun antecedents
    too; subjects of subordinate or reported clauses and of headings (no sentence-final
    punctuation) are not."""
    reported = [(c.content_start, c.content_end) for c in candidates]
    for tok in doc:
        if tok.dep_ == "nsubj" and tok.pos_ in ("PROPN", "NOUN"):
            clause = tok.head
            if clause.dep_ == "conj":
                clause = clause.head
            if clause.dep_ != "ROOT" or any(s <= tok.idx < e for s, e in reported):
                continue
            if not in_sentence(tok):
                continue
            if tok.pos_ == "NOUN" and not noun_kind(tok):
                continue
            ctx.add_antecedent(tok.i, ctx.resolve(build_mention(tok)))


def statements_from_doc(doc: Doc, published: date | None = None) -> list[ExtractedStatement]:
    """All attributed statements in an already parsed document."""
    text = doc_text(doc)
    quotes = QuoteIndex(find_quotes(text), len(text), doc)
    candidates: list[Candidate] = []
    dangling: list = []
    for tok in doc:
        if tok.lower_ == "according":
            cand = _according_candidate(tok)
        elif tok.pos_ == "NOUN":
            cand = _noun_candidate(tok, quotes)
        elif is_cue(tok, quotes):
            cand = _cue_candidate(tok, quotes, text, dangling)
        else:
            continue
        if cand is not None:
            candidates.append(cand)
    candidates = _dedupe(candidates)
    candidates += attach_orphan_quotes(candidates, dangling, quotes, text)
    candidates.sort(key=lambda c: (c.content_start, c.cue_start))
    issuers = document_issuers(doc)
    for cand in candidates:
        # "a statement from the White House said": the White House spoke.
        if is_document(cand.speaker_head):
            head = cand.speaker_head
            voice = document_speaker(head, issuers)
            if head.left_edge.i <= voice.i <= head.right_edge.i:
                cand.speaker_head = voice
            else:
                cand.voice = voice

    ctx = ArticleContext(doc)
    mentions = {id(c): build_mention(c.speaker_head) for c in candidates}
    voices = {id(c): build_mention(c.voice) for c in candidates if c.voice is not None}
    for mention in mentions.values():
        ctx.remember_speaker(mention)
    _remember_subjects(doc, ctx, candidates)
    for cand in candidates:
        mention = voices.get(id(cand), mentions[id(cand)])
        if not mention.pronoun:
            ctx.add_antecedent(cand.speaker_head.i, _resolve(ctx, mention, doc))

    statements = []
    for cand in sorted(candidates, key=lambda c: c.speaker_head.i):
        mention = mentions[id(cand)]
        resolved = _resolve(ctx, voices.get(id(cand), mention), doc)
        if mention.pronoun:
            ctx.add_antecedent(cand.speaker_head.i, resolved)
        statements.append(_statement(cand, mention, resolved, quotes, text, published))
    statements = [s for s in statements if well_formed(s, text)]
    statements.sort(key=lambda s: (s.content.start, s.speaker.start))
    return statements


def _span_ok(span: Span | None, text: str, *, empty: bool) -> bool:
    if span is None:
        return True
    if not (0 <= span.start <= span.end <= len(text)) or text[span.start : span.end] != span.text:
        return False
    return empty or span.start < span.end


def well_formed(statement: ExtractedStatement, text: str) -> bool:
    """Every span points at its own text, and the content says something: whatever odd
    marks the text holds, no statement leaves here empty or out of bounds."""
    content = statement.content
    return (
        _span_ok(content, text, empty=False)
        and any(ch.isalnum() for ch in content.text)
        and _span_ok(statement.speaker, text, empty=True)
        and _span_ok(statement.cue, text, empty=False)
    )


def _resolve(ctx: ArticleContext, mention, doc: Doc):
    """The mention resolved in its article, marked improper when it cannot name a speaker."""
    resolved = ctx.resolve(mention)
    if resolved.proper and not_a_speaker(mention.head, mention.start, mention.end):
        resolved = replace(resolved, proper=False)
    return resolved


def _statement(cand, mention, resolved, quotes, text, published) -> ExtractedStatement:
    doc = cand.speaker_head.doc
    start, end, kind = shape_content(cand.content_start, cand.content_end, quotes, text)
    sp_start, sp_end = mention.char_span(doc)
    in_content = range(start, end)
    attribution = sorted(
        {
            t.i: t for t in cand.attribution if t.idx not in in_content and not quotes.inside(t.idx)
        }.values(),
        key=lambda t: t.i,
    )
    confidence = cand.confidence
    canonical = resolved.canonical if resolved.proper else ""
    if not canonical:
        confidence *= 0.8
    cue = (
        Span(text[cand.cue_start : cand.cue_end], cand.cue_start, cand.cue_end)
        if cand.cue_end
        else None
    )
    return ExtractedStatement(
        speaker=Span(text[sp_start:sp_end], sp_start, sp_end),
        speaker_canonical=canonical,
        speaker_kind=resolved.kind if canonical else "unknown",
        speaker_role=mention.role,
        cue=cue,
        content=Span(text[start:end], start, end),
        kind=kind,
        channel=channel_of(" ".join(t.text for t in attribution)),
        said_on=said_on_from_tokens(attribution, published),
        confidence=round(min(1.0, confidence), 3),
    )


def extract_statements(
    text: str, *, published: date | None = None, nlp=None, model: str = DEFAULT_MODEL
) -> list[ExtractedStatement]:
    """Attributed statements in `text`, with character offsets into it as given."""
    nlp = nlp or get_nlp(model)
    return statements_from_doc(nlp(text), published)


def extract_many(
    texts: Iterable[tuple[str, date | None]],
    *,
    model: str = DEFAULT_MODEL,
    nlp=None,
    batch_size: int = 16,
) -> Iterator[list[ExtractedStatement]]:
    """Like `extract_statements` for many articles, parsed in batches by `nlp.pipe`."""
    nlp = nlp or get_nlp(model)
    for doc, published in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
        yield statements_from_doc(doc, published)
