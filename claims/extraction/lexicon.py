"""Word lists for telling people, organisations and places apart, and guessing gender.

General English news vocabulary, used only where the parse and the article itself
give no better evidence.
"""

from __future__ import annotations


def word_set(block: str) -> frozenset[str]:
    """A word list written as a block of text, one or more words a line."""
    return frozenset(block.split())


PERSON_NOUNS = word_set(
    """
    official officials source sources spokesman spokeswoman spokesperson spokespeople aide
    aides adviser advisers advisor advisors analyst analysts expert experts lawmaker
    lawmakers legislator legislators diplomat diplomats officer officers leader leaders
    president minister secretary senator governor mayor ambassador envoy negotiator
    negotiators resident residents witness witnesses people person man woman men women
    voter voters supporter supporters critic critics candidate nominee director chief
    executive executives member members staff staffer staffers strategist strategists
    activist activists observer observers insider insiders investigator investigators
    prosecutor prosecutors lawyer lawyers attorney attorneys doctor doctors scientist
    scientists economist economists researcher researchers colleague colleagues friend
    friends manager owner founder chairman chairwoman representative representatives
    commander commanders soldier soldiers journalist journalists reporter reporters
    pollster pollsters professor historian someone everyone anyone nobody republicans
    democrats republican democrat conservatives liberals delegates delegate allies
    """
)

ORGANISATION_NOUNS = word_set(
    """
    ministry government administration campaign committee department agency office
    company firm party police army military court council commission union embassy
    parliament congress senate house cabinet bureau authority authorities board
    organization organisation group coalition alliance team network newspaper paper
    magazine channel station outlet agency service services regime kremlin pentagon
    foundation institute university corporation bank fund movement association
    federation secretariat presidency spokesperson's
    """
)

# Nouns that head a non-human source ("the report said", "a poll found").
DOCUMENT_NOUNS = word_set(
    """
    report reports statement statements poll polls survey surveys study studies data
    document documents letter memo analysis filing filings records record post tweet
    website article story estimate estimates figures comments remarks account office
    lawsuit suit complaint
    """
)

FEMALE_WORDS = word_set(
    """
    mrs mrs. ms ms. miss madam spokeswoman congresswoman chairwoman businesswoman
    queen princess lady dame duchess countess sister mother wife daughter actress
    councilwoman anchorwoman first-lady
    """
)
MALE_WORDS = word_set(
    """
    mr mr. sir lord spokesman congressman chairman businessman king prince duke count
    brother father husband son actor councilman anchorman
    """
)

# Common given names, for choosing "she" or "he" between two recent people.
FEMALE_NAMES = word_set(
    """
    hillary melania ivanka chelsea michelle nancy elizabeth kamala sarah sara jane mary
    patricia jennifer linda barbara susan jessica karen lisa betty margaret sandra ashley
    kimberly emily donna carol ruth sharon laura angela helen anna anne ann maria marie
    catherine katherine kathleen christine deborah rachel julia julie heather amy tammy
    kellyanne hope huma donna debbie dianne diane nikki tulsi elise ursula angela theresa
    marine giorgia jacinda liz kate claire victoria olga yulia iryna tatiana natalia
    svetlana maria alexandria ilhan rashida ayanna stephanie rebecca samantha kristi
    condoleezza madeleine janet gina loretta valerie susan kirsten amy elena sonia ruth
    megyn dana katie kelly rosie oprah taylor beyonce christina ivana marla tiffany
    """
)
MALE_NAMES = word_set(
    """
    donald barack joe joseph bill william george john james robert michael david richard
    thomas charles christopher daniel matthew mark paul steven steve kevin brian edward
    ronald jeffrey jeff ryan gary eric jacob mike mitch ted marco rand chris jeb ben
    bernie tim tom newt rudy rudolph reince sean corey paul vladimir volodymyr sergei
    sergey dmitry dmitri andriy andrii rustem heorhiy olaf friedrich emmanuel boris
    rishi keir xi recep benjamin antony lloyd jake rex mike kim justin narendra jair
    jens mark viktor ali hassan mohammed muhammad ahmed abdullah kellogg lindsey dick
    colin al jimmy gerald lyndon harry franklin herbert calvin woodrow hunter eric
    jared stephen steven roger roy jerry jim jesse chuck harry elijah
    adam andrew anthony kenneth frank scott brandon gregory patrick peter alexander
    alexei alexey yevgeny igor oleksandr valery pete rob bob larry kyle tucker sean
    """
)

PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
PLURAL_PRONOUNS = frozenset({"they", "them", "we"})
NEUTER_PRONOUNS = frozenset({"it"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

# Countries and capitals, which news uses for governments ("Moscow claims", "Kyiv
# insists", "Washington said") and the small model often tags as people.
PLACE_NAMES = word_set(
    """
    afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain
    bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia canada
    chile china colombia croatia cuba cyprus czechia denmark egypt england estonia
    ethiopia finland france georgia germany ghana greece hungary iceland india indonesia
    iran iraq ireland israel italy japan jordan kazakhstan kenya korea kosovo kuwait
    latvia lebanon libya lithuania malaysia mali mexico moldova mongolia montenegro
    morocco myanmar nepal netherlands nicaragua niger nigeria norway oman pakistan
    palestine panama peru philippines poland portugal qatar romania russia rwanda
    scotland serbia singapore slovakia slovenia somalia spain sudan sweden switzerland
    syria taiwan tajikistan thailand tunisia turkey turkiye turkmenistan uganda ukraine
    uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe america europe
    africa asia kabul tirana algiers yerevan canberra vienna baku manama dhaka minsk
    brussels sarajevo brasilia sofia ottawa santiago beijing bogota zagreb havana nicosia
    prague copenhagen cairo tallinn helsinki paris tbilisi berlin accra athens budapest
    delhi jakarta tehran baghdad dublin jerusalem rome tokyo amman astana nairobi pristina
    riga beirut tripoli vilnius luxembourg kuala mexico chisinau rabat naypyidaw kathmandu
    amsterdam wellington abuja pyongyang oslo muscat islamabad ramallah lima manila warsaw
    lisbon doha bucharest moscow kigali riyadh belgrade bratislava ljubljana mogadishu
    seoul madrid khartoum stockholm bern damascus taipei bangkok tunis ankara kampala kyiv
    kiev abu dhabi london washington montevideo tashkent caracas hanoi sanaa lusaka harare
    pretoria geneva strasbourg istanbul
    """
)
