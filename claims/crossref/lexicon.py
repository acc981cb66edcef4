"""Word lists behind term matching: what carries no content, what means the same."""

from __future__ import annotations

_STOPWORDS_TEXT = """
    a about above across after again against all almost along already also although always
    am among an and another any anyone anything are around as at away back be became because
    become been before being below between both but by can cannot could did do does doing done
    down during each either else enough even ever every few for from further had has have
    having he her here hers herself him himself his how however i if in into is it its itself
    just least less let like many may me might mine more most much must my myself neither no
    nor not now of off often on once one only or other others our ours ourselves out over own
    per perhaps quite rather really same several she should since so some such than that the
    their theirs them themselves then there these they this those though through thus to too
    toward towards under until up upon us very via was we were what whatever when where whether
    which while who whom whose why will with within without would yet you your yours yourself
    yourselves s t ll ve re d m n't 's 'm 're 've 'd 'll also still ago amid onto whereas
    never unless
    mr mrs ms dr sen rep gov gen
    say says said saying tell tells told add adds added according state stated stating
    note noted stress stressed claim claimed post posted write wrote written tweet tweeted
    """
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

# Frequent in news about anything: sharing them says little about sharing a topic.
_LOW_INFORMATION_TEXT = """
    president government official officials people time year years day days week weeks
    month months new state states country countries make made take took get got go going
    want wanted come came think thought know knew see saw seen need needed way thing things
    good great well right left first last next part number group public political world
    national report reports news percent lot lots big small high low long many include
    including leader leaders issue issues work working call called week's today
    tonight yesterday monday tuesday wednesday thursday friday saturday sunday told also
    us house white secretary minister ministry statement press conference reporter reporters
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
LOW_INFORMATION = frozenset(_LOW_INFORMATION_TEXT.split())

# Demonyms to their country, so "Russian side" and "Russia" share a term.
DEMONYMS = {
    "russian": "russia",
    "russians": "russia",
    "ukrainian": "ukraine",
    "ukrainians": "ukraine",
    "american": "america",
    "americans": "america",
    "chinese": "china",
    "iranian": "iran",
    "iranians": "iran",
    "israeli": "israel",
    "israelis": "israel",
    "palestinian": "palestine",
    "palestinians": "palestine",
    "syrian": "syria",
    "german": "germany",
    "germans": "germany",
    "french": "france",
    "british": "britain",
    "iraqi": "iraq",
    "afghan": "afghanistan",
    "mexican": "mexico",
    "european": "europe",
    "europeans": "europe",
    "korean": "korea",
    "japanese": "japan",
    "indian": "india",
    "turkish": "turkey",
    "canadian": "canada",
    "moscow": "russia",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "kremlin": "russia",
    "beijing": "china",
    "tehran": "iran",
}

# Words that news copy uses interchangeably, mapped to one concept (stemmed on import).
SYNONYMS = {
    "invasion": "war",
    "invade": "war",
    "conflict": "war",
    "fighting": "war",
    "warfare": "war",
    "negotiation": "talks",
    "negotiate": "talks",
    "truce": "ceasefire",
    "armistice": "ceasefire",
    "soldier": "troops",
    "servicemen": "troops",
    "proposal": "plan",
    "memo": "memorandum",
    "killed": "die",
    "dead": "die",
    "death": "die",
    "assist": "help",
    "aid": "help",
    "purchase": "buy",
    "begin": "start",
    "began": "start",
    "launch": "start",
    "commence": "start",
    "finish": "end",
    "halt": "stop",
    "cease": "stop",
    "attack": "strike",
    "airstrike": "strike",
    "bombing": "strike",
    "meet": "meeting",
    "summit": "meeting",
    "legislation": "bill",
    "lawmaker": "legislator",
    "congressman": "legislator",
    "senator": "legislator",
    "email": "email",
}

# Opposite predicates share a concept with opposite polarity, so "agreed" and
# "rejected" match as words and disagree as claims (stemmed on import).
POLAR_WORDS = {
    "agree": ("accept", 1),
    "accept": ("accept", 1),
    "approve": ("accept", 1),
    "endorse": ("accept", 1),
    "reject": ("accept", -1),
    "refuse": ("accept", -1),
    "decline": ("accept", -1),
    "dismiss": ("accept", -1),
    "rebuff": ("accept", -1),
    "confirm": ("confirm", 1),
    "admit": ("confirm", 1),
    "acknowledge": ("confirm", 1),
    "deny": ("confirm", -1),
    "support": ("support", 1),
    "favor": ("support", 1),
    "favour": ("support", 1),
    "oppose": ("support", -1),
    "attend": ("attend", 1),
    "boycott": ("attend", -1),
    "skip": ("attend", -1),
    "increase": ("increase", 1),
    "rise": ("increase", 1),
    "rose": ("increase", 1),
    "grow": ("increase", 1),
    "decrease": ("increase", -1),
    "fall": ("increase", -1),
    "fell": ("increase", -1),
    "drop": ("increase", -1),
    "win": ("win", 1),
    "won": ("win", 1),
    "lose": ("win", -1),
    "lost": ("win", -1),
    "allow": ("allow", 1),
    "permit": ("allow", 1),
    "ban": ("allow", -1),
    "forbid": ("allow", -1),
    "prohibit": ("allow", -1),
    "guilty": ("guilty", 1),
    "innocent": ("guilty", -1),
    "true": ("true", 1),
    "false": ("true", -1),
    "succeed": ("succeed", 1),
    "fail": ("succeed", -1),
}

# Cues that deny what follows: "denied that …" reports the content as false.
DENIAL_CUES = frozenset({"deny", "reject", "dismiss", "refute", "dispute", "rebut"})

_NUMBER_WORDS_TEXT = """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands
    millions billions half couple
    first second third fourth fifth sixth seventh eighth ninth tenth
    """
NUMBER_WORDS = frozenset(_NUMBER_WORDS_TEXT.split())
