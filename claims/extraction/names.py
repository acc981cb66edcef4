"""Person- and organisation-name helpers shared by extraction and speaker resolution.

Everything here works on plain strings so the database layer can call it too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from claims.extraction.lexicon import word_set

# Words that describe a role rather than name a person. When one of them appears in
# a mention, everything up to it is the role and what follows is the name.
TITLE_WORDS = word_set(
    """
    president vice prime minister ministers secretary chancellor premier king queen prince
    princess pope emperor sheikh chairman chairwoman chair chairperson ceo cfo coo director
    governor gov senator sen rep representative congressman congresswoman congressmember
    mayor ambassador envoy spokesman spokeswoman spokesperson spokespeople press aide adviser
    advisor general gen lt lieutenant colonel col major maj captain capt admiral adm commander
    sergeant sgt judge justice attorney chief head leader speaker deputy assistant
    undersecretary commissioner official officials foreign defence defense interior finance
    justice economy health state home trade energy education security national mr mrs ms
    miss dr prof professor sir dame lord lady rev reverend father archbishop bishop cardinal
    rabbi imam gov. sen. rep. mr. mrs. ms. dr. gen. lt. col. capt. former acting then
    incumbent candidate nominee hopeful frontrunner founder owner manager chairs counsel
    strategist pollster analyst economist lawmaker legislator delegate councillor councilman
    councilwoman ayatollah crown sultan emir
    """
)

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "esq", "phd", "md"})
_DROPPED_WORDS = frozenset({"the", "of", "and", "for", "s"})

_PARENTHESES = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[^\w\s]")
_INNER_APOSTROPHE = re.compile(r"(\w)['’‘`](\w)")


def _strip_accents(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=32768)
def _name_tokens(s: str) -> tuple[str, ...]:
    """Casefolded, accent-free words of the name proper (role and suffixes removed)."""
    s = _strip_accents(_PARENTHESES.sub(" ", s)).casefold()
    s = s.replace("’s", " ").replace("'s", " ")
    s = _INNER_APOSTROPHE.sub(r"\1\2", s)  # "O’Rourke" is one word, however it is typed
    words = _NON_WORD.sub(" ", s).split()
    # The role precedes the name ("Ukrainian Defence Minister Rustem Umerov"): keep
    # only what follows the last title word, unless the title is all there is.
    # A title word that ends the name is a surname ("Martin Luther King Jr.").
    name_words = [i for i, w in enumerate(words) if w not in NAME_SUFFIXES]
    last_word = name_words[-1] if name_words else -1
    last_title = max(
        (i for i, w in enumerate(words) if w in TITLE_WORDS and i < last_word), default=-1
    )
    if last_title >= 0:
        words = words[last_title + 1 :]
    return tuple(w for w in words if w not in NAME_SUFFIXES and w not in _DROPPED_WORDS)


def normalize_name(s: str) -> str:
    """Comparable form of a name: casefolded, no accents, punctuation or titles."""
    return " ".join(_name_tokens(s))


def surname(s: str) -> str:
    """The last word of the name proper, as written ("Zelenskyy" for "President Volodymyr
    Zelenskyy"); "" when there is none."""
    tokens = _name_tokens(s)
    if not tokens:
        return ""
    target = tokens[-1]
    for word in reversed(re.findall(r"[\w’'-]+", s)):
        if _NON_WORD.sub("", _strip_accents(word).casefold()) == target:
            return word
    return target


@lru_cache(maxsize=32768)
def _spelling_key(word: str) -> str:
    """Collapse transliteration noise: doubled letters, y/i endings (Zelenskyy, Zelenskiy)."""
    word = re.sub(r"(.)\1+", r"\1", word)
    word = word.replace("y", "i").replace("j", "i")
    word = re.sub(r"i+$", "i", word)
    return word.replace("kh", "h").replace("ph", "f").replace("w", "v")


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            edits += 1
            if edits > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
        else:
            i += 1
            j += 1
    return edits + (len(b) - j) <= 1


def _words_match(a: str, b: str) -> bool:
    if a == b:
        return True
    ka, kb = _spelling_key(a), _spelling_key(b)
    if ka == kb:
        return True
    return min(len(a), len(b)) >= 6 and _within_one_edit(ka, kb)


# Short forms of given names as English-language news prints them: "Dick Durbin" is
# "Richard J. Durbin", "Joe Biden" is "Joseph R. Biden Jr.".
_NICKNAMES = {
    "joe": "joseph", "dick": "richard", "rick": "richard", "rich": "richard", "mike": "michael",
    "bill": "william", "will": "william", "bob": "robert", "rob": "robert", "bobby": "robert",
    "beto": "robert", "jim": "james", "jimmy": "james", "tom": "thomas", "tony": "anthony",
    "chuck": "charles", "charlie": "charles", "dan": "daniel", "danny": "daniel",
    "dave": "david", "ted": "edward", "ed": "edward", "nick": "nicholas", "pat": "patrick",
    "steve": "steven", "andy": "andrew", "alex": "alexander", "ben": "benjamin",
    "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine", "kathy": "katherine",
    "sam": "samuel", "matt": "matthew", "chris": "christopher", "greg": "gregory",
    "jeff": "jeffrey", "jon": "jonathan", "larry": "lawrence", "ron": "ronald",
    "don": "donald", "ken": "kenneth", "tim": "timothy", "fred": "frederick",
    "jerry": "gerald", "mitch": "mitchell", "newt": "newton", "hank": "henry",
}  # fmt: skip


def _given_names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True  # a surname-only mention fits any full name with that surname
    first_a, first_b = a[0], b[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    formal_a, formal_b = _NICKNAMES.get(first_a, first_a), _NICKNAMES.get(first_b, first_b)
    return _words_match(first_a, first_b) or formal_a == formal_b


@lru_cache(maxsize=65536)
def name_variants_match(a: str, b: str) -> bool:
    """True when two mentions plausibly name the same speaker.

    "Zelensky" ~ "President Volodymyr Zelenskyy"; "Trump" ~ "Donald Trump";
    but "Donald Trump" !~ "Melania Trump".
    """
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return bool(ta == tb and normalize_name(a) == normalize_name(b) and ta)
    if ta == tb:
        return True
    if not _words_match(ta[-1], tb[-1]):
        return False
    return _given_names_compatible(ta[:-1], tb[:-1])
