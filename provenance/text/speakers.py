"""Attribute stage for quotes: who each quote is credited to.

Only words outside quotation marks count. A paragraph is read as a stream of words, punctuation
and quotes, cut into sentences; for each quote the attribution is looked for, in order:

1. right after it: ``“…,” X said`` / ``“…”, said X`` / ``“…,” X, the minister, said``;
2. before it in its clause, at the nearest speech verb with a speaker: ``X said: “…”``,
   ``X told Y: “…”``, ``X, who …, said:``, ``X has warned the plan is “…”``;
3. elsewhere in its clause: another quote's attribution, ``according to X``, ``in the words
   of X``, ``as X put it``, or a speech verb after it;
4. a paragraph before ending ``X said:``, or for a quote-only sentence, the quote just before.

``he``, ``she``, ``they`` and ``the statement`` resolve to the last speaker (or sentence
subject) named in the same or the previous paragraph; ``the spokesperson`` to the last
spokesperson named. A quote that runs over several paragraphs takes the first attribution found
in any of them. Unknown is a valid answer: a phrase that is not clearly a name or a role gives
none.

Speaker keys compare across outlets: lower case, titles dropped (Sir Keir Starmer → keir
starmer), spokesman/spokeswoman → spokesperson, a surname resolved to the full name the same
article gives (Trump → donald trump), then aliases (Number 10 → downing street).
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from operator import attrgetter
from pathlib import Path

from rapidfuzz import fuzz

from provenance.errors import InputError
from provenance.model import Document, Quote, QuoteKind, Speaker
from provenance.text.quotes import QuoteSpans, quote_id, quote_kind, quotes
from provenance.text.segment import paragraphs


def _learned_cues() -> dict[str, list[str]]:
    """The cue verbs learned from annotated news (``resources/cue_verbs.toml``, written by
    ``benchmarks/polnear_cues.py``)."""
    text = resources.files("provenance").joinpath("resources/cue_verbs.toml").read_text("utf-8")
    found: dict[str, list[str]] = tomllib.loads(text)
    return found


_CUES = _learned_cues()
# Words more often common than proper (learned from annotated news, with the cue verbs)
COMMON_WORDS = frozenset(
    line
    for line in resources.files("provenance")
    .joinpath("resources/common_words.txt")
    .read_text("utf-8")
    .splitlines()
    if line and not line.startswith("#")
)
# The hand-kept verbs, which a capitalised word never is as a name ("Said Jones", "Adding
# that"); the learned ones hold forms that are also names (State, Post, Read).
_KEPT_VERBS = frozenset(
    """said says say added adds told tells declared declares stated states wrote writes
    explained explains insisted insists warned warns argued argues claimed claims confirmed
    confirms noted notes posted tweeted announced announces replied responded asked asks urged
    urges commented remarked acknowledged admitted interjected suggested continued reiterated
    reaffirmed stressed emphasised emphasized vowed begged boomed bragged complained complains
    contended contends countered fumed maintained maintains muttered objected observed pleaded
    recounted retorted scoffed snapped thundered whispered yelled shouted quipped""".split()
)
_KEPT_PARTICIPLES = frozenset(
    """adding saying telling noting insisting warning arguing claiming declaring stating
    writing explaining posting""".split()
)
SPEECH_VERBS = _KEPT_VERBS | frozenset(_CUES["finite"])
PARTICIPLES = _KEPT_PARTICIPLES | frozenset(_CUES["participles"])
_ANY_VERB = SPEECH_VERBS | PARTICIPLES
# Words that may stand between a speaker and the verb: "X has also said", "X later told".
_BETWEEN = frozenset("has have had also later previously then earlier again has once".split())
PRONOUNS = frozenset("he she they it we".split())
_BACK_REFERENCES = frozenset("statement readout spokesman spokeswoman spokesperson".split())
ROLE_NOUNS = frozenset(
    """spokesperson spokesman spokeswoman spokespeople official officials minister ministers
    secretary president chancellor leader mayor executive director adviser advisor ambassador
    envoy source sources aide aides chair chairman chairwoman governor commissioner head
    spokes premier councillor manager officer council government ministry department police
    company firm union club office agency authority commission committee board trust""".split()
)
_ROLE_MODIFIERS = frozenset(
    """prime official senior former chief deputy acting interim foreign defence defense
    press""".split()
)
TITLES = frozenset(
    """mr mrs ms miss mx dr sir dame lord lady prof professor father rev reverend president
    prime minister chancellor secretary general gen colonel col captain capt sgt judge justice
    king queen prince princess pope senator sen governor gov mayor councillor cllr ambassador
    bishop archbishop cardinal state rep reps representative congressman congresswoman
    assemblyman assemblywoman chairman chairwoman speaker lieutenant lt attorney candidate
    nominee host anchor correspondent""".split()
)
_DETERMINERS = frozenset("a an the".split())
_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february april july
    september october november december earlier yesterday today tonight
    later separately also now then speaking writing asked image photo picture video pic watch
    listen read even sometimes just did does do rather""".split()
)
_REPORTED_OPENERS = frozenset("it that the he she they we there this these a an his her".split())
# Roles that speak for someone: "a spokesperson for X" is X's spokesperson.
_SPEAKS_FOR = frozenset(
    """spokesperson spokesman spokeswoman spokespeople official officials source sources aide
    aides representative representatives""".split()
)
_FIRST_NAME_TITLES = frozenset("sir dame lord lady".split())
_PREPOSITIONS = frozenset("of for to about near close behalf".split())
_CONJUNCTIONS = frozenset(
    "and but yet while although though whereas despite because since unless until".split()
)
# Capitalised words that open sentences or clauses rather than names.
_FUNCTION_WORDS = frozenset(
    """the a an in on at but and as after before while if for with by from to of this that
    these those it he she they we i his her their our its speaking asked despite during since
    under over yet so then also however meanwhile when where what which who why how there
    here not no according""".split()
)
# Words that open a phrase put before a sentence's subject ("In a statement, X said").
_FRONTING = frozenset(
    """in on at after before while if for with by from during since under over despite when
    where as although though because unless until upon amid among across against following
    throughout within without instead still moreover nevertheless nonetheless indeed similarly
    likewise otherwise overall finally meanwhile however later earlier separately now today
    yesterday tonight thus besides furthermore additionally ultimately eventually initially
    asked speaking like unlike alongside beside beyond through toward towards around even
    behind inside outside via regarding concerning considering including""".split()
)
# Capitalised words a name never opens with (In Washington, Alongside BLM)
_NEVER_FIRST_NAMES = _FUNCTION_WORDS | _NOT_NAMES | _FRONTING
# the last word of a fronted phrase of time (Hours later, Last week, Monday night)
_TIME_ENDINGS = frozenset(
    """later earlier ago afterwards afterward week weekend month year night morning
    afternoon evening day""".split()
)
_PLACE_WORDS = 3  # words of a state or country after a town (in Salem, New Hampshire,)
_PLACE_PREPOSITIONS = frozenset("in at from near outside across to".split())
_AGE = re.compile(r"\d+-year-old")
_OPENING_CONJUNCTIONS = frozenset("and but yet so or".split())
_DATELINE_REACH = 12  # items a dateline runs to before its dash
_COORDINATING = frozenset("and but then".split())
_CONTINUING = frozenset("and but yet".split())  # a report going on past its clause
# A capitalised word after a word or comma and a space: inside a sentence, not opening it.
# a capitalised word after a space: inside a sentence when a lower-case letter, a digit, a comma
# or a semicolon comes before the space (looked at for the few words after a space, not by a
# look-behind at every character: twice as fast)
_SPACED_CAPITAL = re.compile(r" [A-Z][\w’'\-]*")
_BEFORE_INSIDE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789,;")
_PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# right after a speech verb, the pronouns that are its subject's (said she would, says his
# family); "him" and "her" there are most often someone else's (told him, criticized her aides)
_AFTER_VERB_GENDERS = {"he": "m", "she": "f", "his": "m"}
_TITLE_GENDERS = {
    **dict.fromkeys("mr sir lord king prince father".split(), "m"),
    **dict.fromkeys("mrs ms miss dame lady queen princess".split(), "f"),
}
_TITLE_REACH = 4  # items at a sentence's start a title may stand in before its name
_RECENT = 4  # people a pronoun may refer back to, the latest first
_FAR = 4  # paragraphs "he" or "she" may reach back to someone the article gave that gender
_POSSESSIVES = frozenset("his her their its our".split())
_SOME = frozenset("one another some".split())  # said one district GOP leader
# words no description before its verb holds: it would be a clause, or someone's friend
_NOT_DESCRIBING = _FUNCTION_WORDS | _PREPOSITIONS | _BETWEEN | frozenset("goes went on".split())
# unions the rules ask of many words, built once (a union in a test is built at every call)
_ROLES_AND_TITLES = ROLE_NOUNS | TITLES
# words of an organisation's or a place's name with "of" after them (the Bank of England, the
# University of Iowa, the Royal Society of Chemistry, Boy Scouts of America): a name holding
# one is no person's
_ORGANISATION_WORDS = frozenset(
    """bank banks federation university department ministry institute institution association
    council house court league museum college school society union party city county state
    states board bureau commission committee agency chamber church academy foundation fund
    center centre coalition alliance confederation congress corporation company republic
    kingdom emirates government authority service trust club clubs network group assembly
    parliament senate hospital library army navy force forces guard police conference
    organisation organization office federal national royal united diocese friends scouts
    sons daughters knights veterans sisters brothers""".split()
)
_TITLING = _ROLES_AND_TITLES | _ROLE_MODIFIERS  # words that title or describe whom they precede
_HEADS_AN_ORGANISATION = _ORGANISATION_WORDS | _TITLING
# a capitalised word joined to a lower-case one: an adjective (American-born, Iowa-based,
# U.S.-led), never a name (PolNeAR: "the American-born children of Muslim immigrants would
# sidle up to him" made "American-born" the one the next quotation went on with)
_HYPHENATED_ADJECTIVE = re.compile(r"\w[\w.]*-[a-z]+")
# titles that are also surnames: Peter King, Angus King, Carole King, Bob Bishop
_SURNAME_TITLES = frozenset("king prince bishop judge speaker justice pope major".split())
_AFTER_SURNAME = frozenset("of for jr jr. sr sr. ii iii iv".split())  # Peter King of …, King III
_DETERMINERS_AND_POSSESSIVES = _DETERMINERS | _POSSESSIVES
_DESCRIPTION_OPENERS = _DETERMINERS | _POSSESSIVES | _SOME  # the RNC member, his aide, one …
_LOWER_CASE_MODIFIERS = _ROLE_MODIFIERS - ROLE_NOUNS
_MODIFYING = _ROLE_MODIFIERS | {"for", "of"}  # words a speaker phrase does not end on
# verb, then whom: "telling Reuters, “…”" is Reuters told, never Reuters saying
_ADDRESSED = frozenset("asked asks asking told tells telling urged urges urging".split())
_RELATIVES = frozenset("who whom whose which that".split())
_SPOKES = re.compile(r"\bspokes(?:man|woman|people|persons)\b")
# Each match is one item, its kind the group that matched.
# US states as AP style shortens them, after a town (Aspen, Colo.,): a word, never a name
_STATES = (
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb"
    " Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo"
).split()
_STATE_WORDS = frozenset(f"{state}." for state in _STATES)
# US states written out, the place a town is followed by (in Columbus, Ohio, said): a state,
# not someone named after an appositive's comma (in Harlem, Clinton, without naming him, …)
_STATE_NAMES = frozenset(
    " ".join(state.split())
    for state in """alabama, alaska, arizona, arkansas, california, colorado, connecticut,
    delaware, florida, georgia, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky,
    louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri,
    montana, nebraska, nevada, new hampshire, new jersey, new mexico, new york, north carolina,
    north dakota, ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south
    dakota, tennessee, texas, utah, vermont, virginia, washington, west virginia, wisconsin,
    wyoming, d.c.""".split(",")
)
_PARTY_STATE = re.compile(r"[DRI]-[A-Z]")  # a party and state after a name: R-Utah, D-N.Y.
_ITEM = re.compile(
    # the hot loop of speaker finding: each lookahead lets the regex engine pass over a
    # position at once (a space, or a word that cannot be initials or a title) instead of
    # trying every branch there, which made it three times slower
    r"(?=[\w,:;–—\-.!?…(\[])"
    # initials: U.S., a party and state R-S.C.
    r"(?:(?P<word>(?=[A-Za-z][.\-])(?:[A-Z]-)?(?:[A-Za-z]\.){2,}"
    r"|(?=[A-Za-z]{2,4}\.)"
    r"(?i:mr|mrs|ms|dr|sen|rep|gov|gen|prof|rev|lt|col|capt|sgt|st|hon|rt|sr|jr)\.(?=\s+[A-Z])"
    # a state after its town, in Aspen, Colo., the graduate said: one word, no full stop
    r"|(?=[A-Z][a-z]{1,4}\.,)(?:" + "|".join(_STATES) + r")\.(?=,)"
    r"|\w[\w’'‘\-]*)|(?P<punct>[,:;–—-])|(?P<end>[.!?…]+)"
    # a short aside in brackets, (D-N.Y.), (R-WI), is read as nothing: it never ends a sentence
    # or stands between a name and its verb (last: only a bracket starts one)
    r"|(?P<aside>\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]))"
)
# (a single letter with a full stop is a middle initial: Harry M. Reid)
_NAME_WORD = r"[A-Z](?:[\w’'‘\-]++|\.(?= [A-Z])|)"  # (possessive: never given back)
# Two or more capitalised words in a row, the runs that may give a name in full: the same runs as
# finding every run of them and leaving out those of one word (most: Trump, The), without a
# match for each of those.
_CAPITALISED_RUN = re.compile(rf"{_NAME_WORD}(?:\s++{_NAME_WORD})+")
_CLOSE_MARKS = "”’\"'»«"
_BRIDGE_WORDS = 3  # lower-case words between a phrase and the name it leads to (``_bridged``)
# endings of nouns naming what someone is (strategist, pollster, candidate, chairman)
_PERSON_ENDINGS = ("ist", "er", "or", "ant", "ent", "ate", "man", "woman", "ian")
_NAME_DESCRIPTION_WORDS = 6  # words of a description and name after a verb (``_described_name``)
_DESCRIPTION_WORDS = 10  # words a description may run to before its verb (the RNC member)
_OWNED_WORDS = 3  # words a name's possessive may own before a verb (Trump’s campaign manager)
_IRREGULAR_PAST = frozenset("said told wrote spoke".split())
# what a name's possessive may own that holds the name's own words (Trump’s tweet said)
_OWN_WORDS = frozenset("statement post tweet message email letter video".split())
# what the quoted words can be, named right after them, when a possessive stands right before
# them: Obama's “if you like your plan” promise is his words; Britain's “unwavering support”
# following talks is not Britain's to speak
_QUOTED_NOUNS = _OWN_WORDS | frozenset(
    "promise pledge vow remark comment claim line phrase slogan words quip jab insult label "
    "description characterization characterisation warning threat assertion boast joke mantra "
    "motto refrain catchphrase speech answer response reply retort question plea demand charge "
    "accusation criticism complaint admission denial apology prediction assessment argument "
    "suggestion declaration announcement rallying cry taunt nickname dig swipe barb".split()
)
_ON_OR_FROM = frozenset("on from".split())  # a statement on X’s website, a post from X’s account
# items an appositive may run to between its commas (X, a top operative who ran …, said)
_APPOSITIVE_REACH = 40
_ATTRIBUTION_REACH = 16  # items after a quote that may hold its attribution (X, the ..., said)
LISTED_GAP = 2  # “A” and “B” / “A”, but to “B”: quotes listed together share a speaker
COMPATIBLE_RATIO = 90  # keys this alike are one name spelt two ways (Zelensky, Zelenskyy)


def _read_regular(path: Path) -> str:
    """The text of a regular file; OSError for anything else (a FIFO is never waited on)."""
    from provenance.inputs.files import open_regular

    with open_regular(path) as handle:
        return handle.read().decode("utf-8")


@dataclass(frozen=True)
class Aliases:
    """Canonical speaker keys for other names of the same speaker."""

    canonical: Mapping[str, str] = field(default_factory=dict)
    sources: tuple[str, ...] = ()  # where they were read from, for run.json

    def __reduce__(self) -> tuple[type[Aliases], tuple[Mapping[str, str], tuple[str, ...]]]:
        # by its fields: compiled (provenance/native.py), a frozen dataclass cannot be given
        # its state back field by field, as pickle would
        return Aliases, (self.canonical, self.sources)

    @classmethod
    def load(cls, extra: Path | None = None) -> Aliases:
        """The bundled aliases, extended (and overridden) by ``extra`` when given."""
        bundled = resources.files("provenance").joinpath("resources/speaker_aliases.toml")
        table = _alias_table(bundled.read_text(encoding="utf-8"), "built-in aliases")
        if extra is None:
            return cls(table, ("built-in",))
        try:
            text = _read_regular(extra)
        except OSError as exc:
            raise InputError(f"{extra}: cannot read alias file ({exc.strerror or exc})") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{extra}: cannot read alias file ({exc})") from None
        table.update(_alias_table(text, str(extra)))
        return cls(table, ("built-in", str(extra)))

    def resolve(self, key: str) -> str:
        """The canonical key, following chains (a → b, b → c gives c) to their end."""
        seen = {key}
        while True:
            head, _, last = key.rpartition(" ")
            if key in self.canonical:
                key = self.canonical[key]
            elif last == "spokesperson" and head in self.canonical:
                key = f"{self.canonical[head]} spokesperson"
            else:
                return key
            if key in seen:  # a cycle, or a key that is its own alias
                return key
            seen.add(key)

    @property
    def digest(self) -> str:
        """Identifies the merged table, for run.json."""
        blob = "\n".join(f"{a}\t{c}" for a, c in sorted(self.canonical.items()))
        return hashlib.blake2b(blob.encode(), digest_size=8).hexdigest()


def _alias_table(text: str, source: str) -> dict[str, str]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{source}: not valid TOML ({exc})") from None
    table = data.get("aliases")
    if not isinstance(table, dict) or set(data) != {"aliases"}:
        raise InputError(f"{source}: needs an [aliases] table of key = [names], and nothing else")
    canonical: dict[str, str] = {}
    for key, names in table.items():
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise InputError(f"{source}: aliases of {key!r} must be a list of strings")
        target = normalise_key(key)
        for name in names:
            alias = normalise_key(name)
            if not alias:
                raise InputError(f"{source}: an empty name in the aliases of {key!r}")
            if canonical.get(alias, target) != target:
                raise InputError(
                    f"{source}: {name!r} is an alias of both {canonical[alias]!r} and {target!r}"
                )
            canonical[alias] = target
    canonical.pop("", None)
    return canonical


@lru_cache(maxsize=1 << 16)  # pure, and news repeats its names and words
def normalise_key(phrase: str) -> str:
    """Lower case, curly apostrophes straightened, full stops and determiners dropped,
    spokesman/spokeswoman → spokesperson."""
    text = phrase.replace("’", "'").replace("‘", "'").replace(".", " ").lower()
    words = text.split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return _SPOKES.sub("spokesperson", " ".join(words))


def compatible(a: str, b: str) -> bool:
    """Whether two speaker keys can name the same speaker: one holds the other's words in a
    row (trump / donald trump, downing street / downing street spokesperson), words perhaps
    spelt two ways (zelensky / volodymyr zelenskyy), they differ by a spelling (zelensky /
    zelenskyy), or one is a role and the other a name (president / joe biden)."""
    if a == b or fuzz.ratio(a, b) >= COMPATIBLE_RATIO:
        return True
    if _is_role(a) != _is_role(b):
        return True  # "the president" may be Joe Biden: a role says nothing against a name
    short, long = sorted((a.split(), b.split()), key=len)
    return any(
        all(map(_same_word, long[i : i + len(short)], short))
        for i in range(len(long) - len(short) + 1)
    )


def _same_word(a: str, b: str) -> bool:
    """Two words of speaker keys that are one word, perhaps spelt two ways (zelensky inside
    volodymyr zelenskyy)."""
    return a == b or fuzz.ratio(a, b) >= COMPATIBLE_RATIO


def _is_role(key: str) -> bool:
    """A key naming a role (president, downing street spokesperson), not a person or body."""
    return key.rsplit(" ", 1)[-1] in _ROLES_AND_TITLES


class _Item:
    """A word, punctuation mark or quote of a paragraph (compiled, a native class: its fields
    are read without a lookup)."""

    __slots__ = ("kind", "lower", "quote", "start", "text")

    def __init__(self, kind: str, text: str, lower: str, start: int, quote: int = -1) -> None:
        self.kind = kind  # word | punct | end | quote
        self.text = text
        self.lower = lower
        self.start = start
        self.quote = quote  # index of the quote a quote item belongs to

    @property
    def end(self) -> int:
        """Where it ends in the text (worked out when asked: few items are asked)."""
        return self.start + len(self.text)


# who a pronoun ("he", "the statement") refers to, asked only when one needs it
_Back = Callable[[str], Speaker | None]


@dataclass(frozen=True)
class _Found:
    """An attribution found in the text: the speaker phrase, or a pronoun to resolve."""

    phrase: tuple[int, int]  # character span of the speaker words
    written: tuple[int, int]  # character span of the whole attribution as written
    pronoun: bool


def speakers(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    quotes: Sequence[QuoteSpans],
    aliases: Aliases,
    quotations: Sequence[bool] | None = None,
) -> list[Speaker | None]:
    """The speaker of each quote, in the order given (``quotations``: which are quotations of
    speech; a term or title is credited only where an attribution names its speaker, not by
    the fallbacks that look for one when none does)."""
    names = _Names(text, paragraphs)  # most articles never need it
    found: list[Speaker | None] = [None] * len(quotes)
    regions = sorted((s, e, q) for q, quote in enumerate(quotes) for s, e in quote.parts)
    region_starts = [s for s, _, _ in regions]
    referent = _Referent(text, names, aliases)
    pending: Speaker | None = None  # introduced at the end of the paragraph before
    bounds = [
        (bisect_left(region_starts, start), bisect_right(region_starts, end))
        for start, end in paragraphs
    ]
    spokesperson = _Spokesperson(text, names, aliases)  # the last one named
    for number, (p_start, p_end) in enumerate(paragraphs):
        first, stop = bounds[number]
        if first == stop and not _has_quotes(bounds, number + 1):
            pending = None
            referent.paragraph(number, p_start, p_end)  # read only if "she" reaches back to it
            continue  # no quote here or next: nothing to credit
        if first == stop and text.find(":", p_start, p_end) < 0:
            # no quote to credit, none introduced: only a pronoun after it may ask about it, or
            # "the spokesperson" about one it names (it is read only then, in full as if read
            # now, the paragraphs before it too)
            spokes = _writes_spokes(text, p_start, p_end)
            referent.paragraph(number, p_start, p_end, passable=not spokes)
            if spokes:
                spokesperson.paragraph(p_start, p_end)
            pending = None
            continue
        referent.reset(number)
        here = regions[first:stop]
        items = _items(text, p_start, p_end, here)
        # (each region is one quote item of the paragraph, in order)
        going_on = [found[q] for _, _, q in here if found[q]]
        if going_on:  # a quote continued from earlier paragraphs keeps its speaker current
            referent.set(going_on[-1], number)
        sentences, quoted = _split(items)
        speaking: Speaker | None = None  # of the last quote credited in this paragraph
        for n, sentence in enumerate(sentences):
            if n not in quoted:  # (most sentences: nothing to credit)
                speaking = None
                referent.sentence(number, sentence, [])
                spokesperson.sentence(sentence)
                continue
            hits = _sentence_attributions(sentence, quoted[n])
            named_here: Speaker | None = None  # named for a quote before, in this sentence
            for k, hit in hits.items():
                quote = sentence[k].quote
                if hit is not None and found[quote] is None:
                    back: _Back = spokesperson if _names_spokesperson(text, hit) else referent
                    if hit.pronoun and named_here is not None:
                        # “…,” Cruz replied, adding that he thinks “…”: Cruz
                        back = _Fixed(named_here)
                    elif hit.pronoun and _has_subject(sentence, names):
                        # "Mayor X promised that “…”, according to the statement": the one
                        # the sentence opens with, before anyone named earlier
                        own = _subject(text, sentence, names, aliases)
                        back = _Fixed(own) if own is not None else back
                    found[quote] = _speaker(text, hit, back, names, aliases)
                    credited = found[quote]
                    if not hit.pronoun and credited is not None and _names_someone(credited):
                        named_here = credited
                if found[quote] is None and _only_quotes(sentence):
                    # “…,” she said. “…” — she goes on; a paragraph of quotation alone goes
                    # on with the one speaking or named last
                    found[quote] = speaking or referent()
                elif found[quote] is None and k == 0 and _runs_on(sentence):
                    # “…,” she said. “…” and other things: her words, run into the sentence
                    found[quote] = speaking
                elif found[quote] is None and named_here is not None and _goes_on(sentence, k):
                    # “…,” said X at the time, adding that “…”: X goes on
                    found[quote] = named_here
                elif (
                    found[quote] is None
                    and (hit is None or not hit.pronoun)
                    and k > 0
                    and (quotations is None or quotations[quote])
                ):
                    # no attribution (or one naming no one): the words of the one they are
                    # given to (Obama's “…” promise), else of the one the sentence opens with
                    found[quote] = _possessor(text, sentence, k, names, aliases) or (
                        _reported_by_subject(text, sentence, k, names, aliases) if k > 1 else None
                    )
            speaking = found[sentence[next(reversed(hits))].quote]
            referent.sentence(
                number, sentence, [f for f in hits.values() if f is not None and not f.pronoun]
            )
            spokesperson.sentence(sentence)  # for "the spokesperson said" later on
        if pending is not None and items and items[0].kind == "quote":
            found[items[0].quote] = found[items[0].quote] or pending
        pending = _introduces(text, sentences, referent, names, aliases)
    return found


def _writes_spokes(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` writes "spokes" (spokesman, Spokeswoman) in any case."""
    return "spokes" in text[start:end].lower()


class _Spokesperson:
    """The last spokesperson named with a speech verb ("a Downing Street spokesperson said"),
    whom "the spokesperson" refers to. The sentences that may name one, and the paragraphs
    with no quote that may (not read at all till then), are queued and read only when asked
    (finding their speakers is costly, and few articles ever ask); the answer is the same as
    reading each sentence as it comes."""

    def __init__(self, text: str, names: _Names, aliases: Aliases) -> None:
        self._text, self._names, self._aliases = text, names, aliases
        self._last: Speaker | None = None
        self._queue: list[list[_Item] | tuple[int, int]] = []  # sentences, paragraph spans

    def sentence(self, sentence: list[_Item]) -> None:
        """A sentence read."""
        self._queue.append(sentence)

    def paragraph(self, start: int, end: int) -> None:
        """A paragraph with no quote, not read."""
        self._queue.append((start, end))

    def __call__(self, pronoun: str = "") -> Speaker | None:
        queue, self._queue = self._queue, []
        for entry in queue:
            if isinstance(entry, tuple):
                self._read(_sentences(_items(self._text, entry[0], entry[1], ())))
            else:
                self._read([entry])
        return self._last

    def _read(self, sentences: list[list[_Item]]) -> None:
        for sentence in sentences:
            if _writes_spokes(self._text, sentence[0].start, sentence[-1].end) and any(
                item.lower.startswith("spokes") for item in sentence
            ):
                for speaker in _verb_speakers(self._text, sentence, self._names, self._aliases):
                    if speaker.key.endswith("spokesperson"):
                        self._last = speaker


class _Names:
    """What an article tells of names, each worked out when first asked: surname → full name
    key (``surnames``, when called), and the words it writes with a capital inside a sentence
    (``inside``: Trump, Clinton; not Closing, Whether or Many, capitalised only where a
    sentence starts)."""

    def __init__(self, text: str, paragraphs: Sequence[tuple[int, int]]) -> None:
        self._text, self._paragraphs = text, paragraphs
        self._surnames: dict[str, str] | None = None
        self._inside: frozenset[str] | None = None
        self._roles: dict[str, tuple[str, str]] | None = None

    def __call__(self) -> dict[str, str]:
        if self._surnames is None:
            self._surnames = surnames(self._text, self._paragraphs)
        return self._surnames

    def inside(self) -> frozenset[str]:
        if self._inside is None:
            text = self._text
            self._inside = frozenset(
                _bare(m.group()[1:])
                for m in _SPACED_CAPITAL.finditer(text)
                if m.start() and text[m.start() - 1] in _BEFORE_INSIDE
            )
        return self._inside

    def role(self, word: str) -> tuple[str, str] | None:
        """(full name key, name as written) of the one person the article gives the title
        ``word`` (President Donald Trump: "president"; Sen. Bernie Sanders: "senator"), when
        it gives it to one."""
        if self._roles is None:
            self._roles = _titled(self._text)
        return self._roles.get(_TITLE_FORMS.get(word, word))

    def named(self, word: str) -> bool:
        """Whether a capitalised word opening a sentence may be a name: it is no common word
        (Smith, not Closing or Whether), or the article writes it with a capital inside a
        sentence too (Rose, Bush), or gives it as a surname or first name."""
        bare = _bare(word)
        return bare not in COMMON_WORDS or bare in self.inside() or bare in self()


@dataclass(frozen=True)
class _Fixed:
    speaker: Speaker | None

    def __call__(self, pronoun: str = "") -> Speaker | None:
        return self.speaker


def _nobody(pronoun: str = "") -> Speaker | None:
    return None


class _Referent:
    """The one "he", "she" or "the statement" refers to: the last speaker, or sentence subject,
    named in the same or the previous paragraph. The sentences that may change it are queued
    and read only when a pronoun asks (finding each sentence's subject costs more than the rest
    of speaker finding, and most are never referred back to); the answer is the same as reading
    each sentence as it comes."""

    def __init__(self, text: str, names: _Names, aliases: Aliases) -> None:
        self._text, self._names, self._aliases = text, names, aliases
        self._speaker: Speaker | None = None
        self._paragraph = -2  # where it was last named
        # the people named since, latest last, and the gender the article gives some of them
        self._recent: list[Speaker] = []
        self._genders: dict[str, str] = {}
        # those whose gender the article gave, with the paragraph they were last named in: "he"
        # may reach further back to one of them (``_FAR``)
        self._gendered: dict[str, tuple[Speaker, int]] = {}
        self._now = -1  # the paragraph read last
        # (paragraph number, the span of a whole paragraph to read or None, a sentence, the
        # speakers credited in it, whether a paragraph far back is passed over)
        self._queue: list[
            tuple[int, tuple[int, int] | None, Sequence[_Item], list[_Found], bool]
        ] = []

    def __call__(self, pronoun: str = "") -> Speaker | None:
        """Who ``pronoun`` refers to: the one named last, unless the article gave them the
        other gender ("she" after "Mr Smith said he …"): then the latest of those named since
        the paragraph before who may be "she"; when no one was named since, the latest the
        article gave that gender within ``_FAR`` paragraphs; else no one."""
        queue, self._queue = self._queue, []
        reach = queue[-1][0] - _FAR if queue else 0  # paragraphs before it are never asked of
        for number, span, sentence, named, passable in queue:
            if passable and number < reach:
                continue
            self._now = number
            if self._paragraph < number - 1:
                self._speaker = None  # "he said" refers back one paragraph at most
                self._recent.clear()
            if span is not None:
                for whole in _sentences(_items(self._text, span[0], span[1], ())):
                    self._read(number, whole, [])
            else:
                self._read(number, sentence, named)
        gender = _PRONOUN_GENDERS.get(pronoun.lower())
        if gender is None:
            return self._speaker
        if self._speaker is not None and self._genders.get(self._speaker.key, gender) == gender:
            if len(self._recent) == 1 and self._speaker.key not in self._genders:
                # the only one named of late: "he" tells their gender
                self._genders[self._speaker.key] = gender
                self._gendered[self._speaker.key] = (self._speaker, self._paragraph)
            return self._speaker
        near = [p for p in reversed(self._recent) if self._genders.get(p.key, gender) == gender]
        if self._speaker is not None or near:
            return near[0] if near else None
        # no one named since the paragraph before: the latest of those the article gave this
        # gender, named a few paragraphs back at most
        far = [
            (number, p)
            for p, number in self._gendered.values()
            if self._genders[p.key] == gender and number >= self._now - _FAR
        ]
        return max(far, key=lambda pair: pair[0])[1] if far else None

    def set(self, speaker: Speaker | None, number: int) -> None:
        self._queue.clear()
        self._speaker, self._paragraph, self._now = speaker, number, number
        self._remember(speaker, number)

    def _remember(
        self, speaker: Speaker | None, number: int, sentence: Sequence[_Item] = ()
    ) -> None:
        if speaker is None:
            return
        self._recent = [p for p in self._recent if p.key != speaker.key][-_RECENT + 1 :]
        self._recent.append(speaker)
        gender = _gender_in(sentence)
        if gender is not None:
            self._genders.setdefault(speaker.key, gender)
        if speaker.key in self._genders:
            self._gendered[speaker.key] = (speaker, number)

    def reset(self, number: int) -> None:
        """Paragraph ``number`` begins: no one named in paragraph ``number - 2`` or before."""
        self._queue.append((number, None, (), [], False))

    def paragraph(self, number: int, start: int, end: int, passable: bool = True) -> None:
        """Paragraph ``number`` holds no quote: its sentences, read only when asked (when
        ``passable``, not at all when too far back to be asked of; else as ``reset`` and
        ``sentence`` for each of its sentences would have them read)."""
        self._queue.append((number, (start, end), (), [], passable))

    def sentence(self, number: int, sentence: Sequence[_Item], named: list[_Found]) -> None:
        """A sentence of paragraph ``number``; ``named``: the speakers credited in it."""
        self._queue.append((number, None, sentence, named, False))

    def _read(self, number: int, sentence: Sequence[_Item], named: list[_Found]) -> None:
        if not sentence:
            return
        text, names, aliases = self._text, self._names, self._aliases
        named = named or [f for f in [_any_speech(sentence)] if f is not None]
        if named:
            latest = _speaker(text, named[-1], _Fixed(self._speaker), names, aliases)
        else:  # "Theresa May disagreed." makes her the one "she" refers to
            latest = _subject(text, sentence, names, aliases)
        if latest is not None or (not named and _has_subject(sentence, self._names)):
            self._speaker, self._paragraph = latest, number
            self._remember(latest, number, sentence)
        elif not named and _describes_speaker(sentence):
            # "The Democratic front-runner and former secretary of state said …": the one named
            # last, described, goes on speaking
            self._paragraph = number


def _describes_speaker(sentence: Sequence[_Item]) -> bool:
    """Whether a sentence opens with "the" and a description of someone that a speech verb
    follows (The Democratic front-runner and former secretary of state said …; not The email
    includes …)."""
    lead = _lead(sentence)
    if lead >= len(sentence) or sentence[lead].lower != "the":
        return False
    person = False
    for item in sentence[lead + 1 : lead + 2 + _DESCRIPTION_WORDS]:
        if _says(item):
            return person
        if item.kind != "word" or item.lower in _RELATIVES:
            return False
        person = person or _person_noun(item)
    return False


def _gender_in(sentence: Sequence[_Item]) -> str | None:
    """The gender a sentence gives the one it names first: a title before the name (Mr, Mrs,
    Ms), else a pronoun right after a speech verb (Clinton said she would …), unless the
    verb asks something of another: then the pronoun is the one asked (Badenoch wrote to the
    Prime Minister demanding he set out a plan). After the verb, only a pronoun its subject
    is or owns (``_AFTER_VERB_GENDERS``), and "his" only when the pronoun before the verb
    does not say otherwise: "“…,” she told him" and "she told his aides" give no one a gender
    (PolNeAR: it made the woman speaking a "he", and "he has criticized her surrogates" a man
    a "she")."""
    for k, item in enumerate(sentence[:_TITLE_REACH]):
        gender = _TITLE_GENDERS.get(_bare(item.text))
        if gender is not None and k + 1 < len(sentence) and sentence[k + 1].text[:1].isupper():
            return gender
    for k in range(len(sentence) - 1):
        verb = sentence[k]
        if _is_verb(verb) and sentence[k + 1].kind == "word" and not verb.lower.startswith(_ASKING):
            gender = _AFTER_VERB_GENDERS.get(sentence[k + 1].lower)
            before = _PRONOUN_GENDERS.get(sentence[k - 1].lower) if k > 0 else None
            if gender is not None and before in (None, gender):  # not "she told his aides"
                return gender
    return None


# speech verbs whose clause after them is about the one asked: demanding (that) he resign
_ASKING = ("demand", "urg", "ask", "request", "propos", "order", "call", "beg", "plead")


def _names_spokesperson(text: str, hit: _Found) -> bool:
    """Whether a back-reference is "the spokesperson" (or spokesman...) rather than "he"."""
    return hit.pronoun and _writes_spokes(text, *hit.phrase)


def _verb_speakers(
    text: str, sentence: Sequence[_Item], names: _Names, aliases: Aliases
) -> list[Speaker]:
    """Everyone named with a speech verb in the sentence, outside quotes, in order."""
    outside = [it for it in sentence if it.kind != "quote"]
    found = []
    for k, item in enumerate(outside):
        if _says(item):
            hit = _speaker_of(outside, outside, k)
            speaker = (
                None if hit is None or hit.pronoun else _speaker(text, hit, _nobody, names, aliases)
            )
            if speaker is not None:
                found.append(speaker)
    return found


def _subject(
    text: str, sentence: Sequence[_Item], names: _Names, aliases: Aliases
) -> Speaker | None:
    """The person or organisation a sentence opens with (after any fronted phrase), when it
    opens with one name (a capitalised word only ever seen opening sentences is none)."""
    lead = _lead(sentence)
    found = _subject_name(sentence, lead, names)
    if found is None:
        named = _named_after_description(sentence, lead)
        if named is None:
            return None
        name, is_name = _name_of(_joined(sentence, named))
        return _by_name(name, names, aliases, "") if is_name else None
    name, _ = found
    return _by_name(name, names, aliases, "")


def _named_after_description(sentence: Sequence[_Item], lead: int) -> tuple[int, int] | None:
    """The name between commas after a description of someone opening the sentence, when a
    verb follows it (PolNeAR: "One local woman, Karen Robison, pulled Rep. King aside", then
    her quotation alone; "His top strategist, Jeff Roe, said"): the span of its words, or
    None. The description ends in a noun for a person (not "His home state, New Mexico,")."""
    if lead >= len(sentence) or sentence[lead].lower not in _DESCRIPTION_OPENERS:
        return None
    k = lead + 1
    while (
        k < min(len(sentence), lead + 1 + _DESCRIPTION_WORDS)
        and sentence[k].kind == "word"
        and sentence[k].text[:1].islower()
        and sentence[k].lower not in _NOT_DESCRIBING
        and not _is_verb(sentence[k])
    ):
        k += 1
    if k == lead + 1 or k >= len(sentence) or sentence[k].text != ",":
        return None
    if not _person_noun(sentence[k - 1]):
        return None
    first = stop = k + 1
    while stop < len(sentence) and sentence[stop].kind == "word":
        stop += 1
    name = sentence[first:stop]
    if stop - first < 2 or stop + 1 >= len(sentence) or sentence[stop].text != ",":
        return None  # a full name (two words at least), closed by a comma
    if not _proper_name(name) or " ".join(it.lower for it in name) in _STATE_NAMES:
        return None
    return (first, stop) if _opens_predicate(sentence[stop + 1]) else None


def _subject_name(sentence: Sequence[_Item], lead: int, names: _Names) -> tuple[str, int] | None:
    """The name ``_subject`` finds, and the index of the item after its phrase (``lead``:
    where the subject starts, ``_lead``)."""
    first = _described(sentence, lead)
    stop = _phrase_forward(sentence, first)
    if stop > first and _modifier(sentence, first, stop):
        # Conservative icon Phyllis Schlafly, who …: the name after the noun; The Democratic
        # front-runner and …: none
        first, stop = _modified_name(sentence, stop)
    elif (
        first == 0
        and sentence
        and not names.named(sentence[0].text)
        and not _titles_name(sentence, stop)
    ):
        first = 1  # Some Republicans said: Republicans; Closing the office would: no one
        if first >= len(sentence) or not sentence[first].text[:1].isupper():
            return None
        stop = _phrase_forward(sentence, first)
    if stop == first or sentence[first].lower in PRONOUNS:
        return None
    if _modifies(sentence, first, stop):
        return None
    if stop < len(sentence) and sentence[stop].lower == "and":
        return None
    if any(map(_possessive, sentence[first : stop - 1])):
        return None  # a headline's "Hillary Clinton’s Claim That …": a claim, not a name
    name, is_name = _name_of(_joined(sentence, (first, stop)))
    return (name, stop) if is_name else None


_PASSIVE = frozenset("is are was were be been being".split())
# what a described subject may be, besides a person (a role, or a noun in -er, -ist, …): what
# speaks or is written for someone (The ad targets “…”; The complaint alleged that “…”)
_SPEAKING_THINGS = frozenset(
    """ad advert email statement letter report complaint lawsuit petition release post tweet
    poll survey study book piece article editorial memo document website site campaign team
    group office narrator plan platform bill law order ruling filing footnote note video
    message account summary caption sign headline column photo cable transcript page
    network newspaper paper magazine outlet station show program programme publication
    journal""".split()
)
_NOT_PERSON_ENDINGS = ("ment", "chant", "event")  # statement, merchant is rare; the chants
_AUXILIARIES = frozenset(
    """is are was were has have had will would can could may might must should shall did does
    do began begins went goes made makes put puts took takes sent sends got gets gave gives
    kept keeps""".split()
)


def _described_subject(sentence: Sequence[_Item], lead: int) -> int:
    """The end of a subject that describes someone or something that speaks, opening the
    sentence at ``lead`` with a determiner or possessive (The billionaire businessman, Her
    campaign, Ryan's office, The ad): a few words up to a verb or a comma, its last word a
    role, a noun for a person (in -er, -ist, -or, …) or one of ``_SPEAKING_THINGS``; else
    ``lead``."""
    if lead >= len(sentence) or sentence[lead].kind != "word":
        return lead
    opener = sentence[lead]
    if opener.lower not in _DETERMINERS_AND_POSSESSIVES and not opener.text.endswith(("’s", "'s")):
        return lead
    stop = lead + 1
    verb = False  # whether a verb (or a comma before an appositive) ends it
    while stop < min(len(sentence), lead + 1 + _NAME_DESCRIPTION_WORDS):
        item = sentence[stop]
        following = sentence[stop + 1] if stop + 1 < len(sentence) else None
        verb = stop > lead + 1 and (  # the word after a determiner is none (the email)
            item.text == ","
            or item.lower in _AUXILIARIES
            or _between(item)
            or _is_verb(item)
            or _past(item)
            or (  # The ad targets a “…”: a verb, not a plural
                item.lower.endswith("s")
                and following is not None
                and (
                    following.kind == "quote"
                    or following.lower in _DETERMINERS
                    or following.lower == "that"
                )
            )
        )
        if verb or item.kind != "word" or item.lower in _FUNCTION_WORDS:
            break
        stop += 1
    short = stop - lead <= 3 and stop < len(sentence) and sentence[stop].lower in _FUNCTION_WORDS
    if stop == lead + 1 or not (verb or short) or sentence[stop].lower in _PASSIVE:
        # not "The plan is “bold”": what a description is, it does not say; a short one may
        # end at a preposition (A footnote in the report, A group of 67 artists)
        return lead
    head = _bare(sentence[stop - 1].text)
    singular = head[:-1] if head.endswith("s") else head
    if not (
        head in ROLE_NOUNS
        or singular in ROLE_NOUNS
        or singular in _SPEAKING_THINGS
        or (singular.endswith(_PERSON_ENDINGS) and not singular.endswith(_NOT_PERSON_ENDINGS))
    ):
        return lead
    return stop


def _by_name(name: str, names: _Names, aliases: Aliases, written: str) -> Speaker:
    """The speaker ``name`` (as ``written`` in the sentence), keyed by the article's full name
    when it is a lone surname or first name the article gives in full (``surnames``)."""
    key = normalise_key(name)
    if " " not in key:
        key = names().get(key, key)
    return Speaker(name, aliases.resolve(key), written)


def _possessor(
    text: str, sentence: Sequence[_Item], k: int, names: _Names, aliases: Aliases
) -> Speaker | None:
    """The name whose possessive stands right before a quote of its words: Obama's “if you
    like your plan” promise, Clinton's “basket of deplorables” remark (a word of what was said
    right after the quote; Britain's “unwavering support for Ukraine” following talks is
    someone else's words of Britain)."""
    last = sentence[k - 1]
    if last.kind != "word" or not last.text[:1].isupper() or not last.text.endswith(("’s", "'s")):
        return None
    after = sentence[k + 1] if k + 1 < len(sentence) else None
    if after is None or after.kind != "word" or not _quoted_noun(after.lower):
        return None
    first = k - 1
    while (
        first > 0 and sentence[first - 1].kind == "word" and sentence[first - 1].text[:1].isupper()
    ):
        first -= 1
    phrase = " ".join([*(it.text for it in sentence[first : k - 1]), last.text[:-2]])
    name, is_name = _name_of(phrase)
    if not is_name or _bare(sentence[first].text) in _NEVER_FIRST_NAMES:
        return None
    return _by_name(name, names, aliases, _written(text, sentence, (first, k)))


def _quoted_noun(word: str) -> bool:
    """Whether a word (lower case) names what was said: a remark, remarks."""
    return word in _QUOTED_NOUNS or (word.endswith("s") and word[:-1] in _QUOTED_NOUNS)


def _reported_by_subject(
    text: str, sentence: Sequence[_Item], k: int, names: _Names, aliases: Aliases
) -> Speaker | None:
    """Who a quote in a sentence's predicate is by when nothing attributes it: the person or
    organisation the sentence opens with ("Trump mocked Rubio for “having a tough night”", "X
    called it “an incredibly significant development”"), not the subject of a passive ("X was
    asked by Y, “…”") nor a headline in capitals."""
    # (the subject is looked for first: most sentences open with none, and the tests below
    # that may also rule a sentence out read all its words)
    before = sentence[:k]
    lead = _lead(before)
    found = _subject_name(before, lead, names)
    described = found is None
    if found is None:
        stop = _described_subject(before, lead)
        if stop == lead:
            return None
        found = (_joined(before, (lead, stop)), stop)
    name, stop = found
    if stop >= k or (before[stop].kind != "word" and before[stop].text != ","):
        return None
    if any(
        it.text == ";" or (it.text == "," and _ends_clause(before, j))
        for j, it in enumerate(before)
    ):
        return None  # X insisted it was fine, despite Trump's claims that “…”: another clause
    words = [it.text for it in before if it.kind == "word" and it.text[:1].isalpha()]
    if sum(w.isupper() for w in words) * 2 > len(words):
        return None  # a headline in capitals
    pairs = zip(before[stop:], before[stop + 1 :], strict=False)
    if any(it.lower in _PASSIVE and _past(nxt) for it, nxt in pairs):
        return None
    if described:  # named as any description is (The Prime Minister: the one titled so)
        hit = _Found(
            (before[lead].start, before[stop - 1].end),
            (before[0].start, before[stop - 1].end),
            False,
        )
        return _speaker(text, hit, _nobody, names, aliases)
    return _by_name(name, names, aliases, _written(text, before, (0, stop)))


def _modifies(sentence: Sequence[_Item], first: int, stop: int) -> bool:
    """Whether a subject opening with "One", "Another" or "Some" only counts the noun after it
    ("One attendee cheered", "One message said"): a lower-case word that is no verb follows."""
    if stop >= len(sentence) or sentence[first].lower not in _SOME:
        return False
    after = sentence[stop]
    return (
        after.kind == "word"
        and after.text[:1].islower()
        and after.lower not in _FUNCTION_WORDS
        and not _is_verb(after)
        and not _between(after)
    )


def _modifier(sentence: Sequence[_Item], first: int, stop: int) -> bool:
    """Whether the capitalised words of a subject (``sentence[first:stop]``), common words all,
    only modify a noun in lower case after them (The Democratic front-runner said, Republican
    leaders said; not Trump wins the state: a noun in -s only before a verb)."""
    if (
        stop >= len(sentence)
        or not _noun_like(sentence[stop])
        or any(it.lower in PRONOUNS for it in sentence[first:stop])
    ):
        return False
    named = [it for it in sentence[first:stop] if it.lower not in _DETERMINERS_AND_POSSESSIVES]
    if named and all(_HYPHENATED_ADJECTIVE.fullmatch(it.text) for it in named):
        return True  # the Aspen-born owners came up: no one's name, whatever follows
    if sentence[stop].lower.endswith("s"):
        following = sentence[stop + 1] if stop + 1 < len(sentence) else None
        if following is None or not (
            _is_verb(following) or _past(following) or following.lower in _AUXILIARIES
        ):
            return False
    if (
        first > 0
        and sentence[first - 1].lower in _DETERMINERS_AND_POSSESSIVES
        and any(map(_person_noun, sentence[stop : _nouns_end(sentence, stop)]))
    ):
        return True  # The GOP presidential candidate; not The Rove ad, the Trump campaign
    return all(_bare(it.text) in COMMON_WORDS for it in sentence[first:stop])


def _person_noun(item: _Item) -> bool:
    """A noun in lower case for what someone is: a role or title, or a noun in -er, -ist, -or,
    … (front-runner, candidate, strategist; not statement)."""
    word = _bare(item.text)
    return word in _ROLES_AND_TITLES or (
        word.endswith(_PERSON_ENDINGS) and not word.endswith(_NOT_PERSON_ENDINGS)
    )


def _titles_name(sentence: Sequence[_Item], stop: int) -> bool:
    """Whether the phrase opening a sentence, up to ``stop``, names someone after words that
    describe them (Republican candidate Jane Morrow): a name its first word is no part of."""
    if stop < 2:
        return False
    name, is_name = _name_of(_joined(sentence, (0, stop)))
    return is_name and name.split()[0] != sentence[0].text


def _modified_name(sentence: Sequence[_Item], noun: int) -> tuple[int, int]:
    """The name after the few nouns in lower case that capitalised words before modify, from
    ``noun`` (Conservative icon Phyllis Schlafly, who …; Republican candidate Jane Morrow
    caused …), closed by punctuation or a verb: (first, stop); (noun, noun) when none."""
    first = _nouns_end(sentence, noun)
    if first == noun or any(it.lower.endswith("s") for it in sentence[noun:first]):
        return noun, noun  # The Rove ad hits Clinton for …: a verb, then whom
    stop = first
    while (
        stop < len(sentence) and sentence[stop].text[:1].isupper() and _speaker_word(sentence, stop)
    ):
        stop += 1
    after = sentence[stop] if stop < len(sentence) else None
    closed = after is None or after.kind != "word" or _opens_predicate(after)
    return (first, stop) if stop > first and closed else (noun, noun)


def _opens_predicate(item: _Item) -> bool:
    """Whether a word after a subject's name opens its predicate: a speech verb, a verb in the
    past, an auxiliary, or a word that stands between a speaker and the verb."""
    return _is_verb(item) or _past(item) or _between(item) or item.lower in _AUXILIARIES


def _nouns_end(sentence: Sequence[_Item], noun: int) -> int:
    """The end of the few nouns in lower case (``_noun_like``) from ``noun`` on."""
    stop = noun
    while stop < min(len(sentence), noun + _BRIDGE_WORDS) and _noun_like(sentence[stop]):
        stop += 1
    return stop


def _noun_like(item: _Item) -> bool:
    """A word in lower case that may be a noun: no verb of speech or in the past, auxiliary,
    adverb, function word or word of time (not "Trump went", "Clinton also said", "Reid
    today")."""
    lower = item.lower
    return (
        item.kind == "word"
        and item.text[:1].islower()
        and lower not in _NOT_DESCRIBING
        and lower not in _AUXILIARIES
        and lower not in _RELATIVES
        and lower not in _FRONTING
        and lower not in _NOT_NAMES
        and not _is_verb(item)
        and not _past(item)
        and not _between(item)
    )


def _described(sentence: Sequence[_Item], first: int) -> int:
    """Where the name starts in a subject that describes it first, a determiner and one or two
    adjectives before it ("A confident Reid said", "an angry, tired Reid"): else ``first``."""
    if first >= len(sentence) or sentence[first].lower not in {"a", "an"}:
        return first
    for k in range(first + 1, min(len(sentence), first + 4)):
        item = sentence[k]
        if item.text == ",":
            continue
        if item.kind != "word":
            return first
        if item.text[:1].isupper():
            return k if k > first + 1 and item.lower not in _FUNCTION_WORDS else first
        if item.lower in _FUNCTION_WORDS or _speaker_word(sentence, k) or _is_verb(item):
            return first
    return first


def _has_subject(sentence: Sequence[_Item], names: _Names) -> bool:
    """Whether a sentence opens with someone other than a pronoun (who then becomes the one a
    pronoun refers to, known or not: "Jones and Brown disagreed. They said …")."""
    first = _lead(sentence)
    return (
        first < len(sentence)
        and sentence[first].kind == "word"
        and sentence[first].text[0].isupper()
        and sentence[first].lower not in PRONOUNS
        and sentence[first].lower not in _FUNCTION_WORDS
        and (first > 0 or names.named(sentence[first].text))
    )


def _after_dateline(sentence: Sequence[_Item]) -> int:
    """Where a sentence starts after a dateline (``WASHINGTON, Dec. 8 (UPI) —``, ``HELSINKI —``):
    a word in capitals opening it, then a dash within a few items; else 0."""
    if not sentence or not (sentence[0].text.isupper() and len(sentence[0].text) > 1):
        return 0
    for k in range(1, min(len(sentence), _DATELINE_REACH)):
        if sentence[k].text in "—–-":
            return k + 1
    return 0


def _time_phrase(sentence: Sequence[_Item], first: int) -> bool:
    """A fronted phrase of time up to its comma: Hours later, Two days earlier, Last week,
    A year ago, Monday night."""
    for k in range(first + 1, min(len(sentence) - 1, first + 4)):
        if sentence[k + 1].text == ",":
            return sentence[k].lower in _TIME_ENDINGS
        if sentence[k].kind != "word":
            return False
    return False


def _lead(sentence: Sequence[_Item]) -> int:
    """Where a sentence's subject starts: after an opening conjunction (But Cruz said), and
    after a fronted phrase up to its comma (In a statement on Thursday, X said; Instead, the
    statement talked; Reprising a line, the senator said)."""
    first = _after_dateline(sentence)
    while first < len(sentence) and sentence[first].lower in _OPENING_CONJUNCTIONS:
        first += 1
    if first >= len(sentence) or sentence[first].kind != "word":
        return first
    word = sentence[first]
    following = sentence[first + 1] if first + 1 < len(sentence) else None
    fronted = (
        word.lower in _FRONTING
        or _time_phrase(sentence, first)
        or (following is not None and following.text == "," and word.text[0].isupper()
            and (word.lower in _FUNCTION_WORDS or word.lower.endswith(("ly", "ing"))))
        or (
            word.lower.endswith(("ly", "ing"))
            and following is not None
            and following.kind == "word"
            and following.text[:1].islower()
            and not _is_verb(following)
            and not _between(following)
        )
        # Introduced at the lectern by Arpaio, Trump …: a past participle, then a preposition
        or (word.lower.endswith("ed") and _bare(word.text) in COMMON_WORDS
            and following is not None and following.lower in _FRONTING)
    )  # fmt: skip
    if not fronted:
        return first
    comma = next(
        (k for k in range(first + 1, min(len(sentence), first + 40)) if _comma(sentence[k])),
        None,
    )
    if comma is None or comma + 1 >= len(sentence):
        return first
    return _after_place(sentence, comma)


def _comma(item: _Item) -> bool:
    """A comma, or a quote that ends with one (Holding signs calling him “a loser,” the
    protesters chanted: the comma closing the fronted phrase is inside the quote)."""
    return item.text == "," or (item.kind == "quote" and item.text.rstrip(_CLOSE_MARKS)[-1:] == ",")


def _after_place(sentence: Sequence[_Item], comma: int) -> int:
    """Where the subject starts after the comma closing a fronted phrase, past the rest of a
    place it ends with (Speaking in Salem, New Hampshire, Trump said: not New Hampshire)."""
    lead = comma + 1
    town = comma  # the capitalised words before the comma, after a preposition of place
    while town > 0 and sentence[town - 1].kind == "word" and sentence[town - 1].text[:1].isupper():
        town -= 1
    if town == comma or town == 0 or sentence[town - 1].lower not in _PLACE_PREPOSITIONS:
        return lead
    k = lead
    while k < len(sentence) and sentence[k].kind == "word" and sentence[k].text[:1].isupper():
        k += 1
    if lead < k <= lead + _PLACE_WORDS and k + 1 < len(sentence) and sentence[k].text == ",":
        lead = k + 1
        if lead + 1 < len(sentence) and _AGE.fullmatch(sentence[lead].text):
            lead += 1  # in St. Clairsville, Ohio, 62-year-old Brenda Johnson said
    return lead


def _only_quotes(sentence: Sequence[_Item]) -> bool:
    return all(item.kind in {"quote", "punct", "end"} for item in sentence)


def _goes_on(sentence: Sequence[_Item], k: int) -> bool:
    """Whether the quote at ``k`` follows a participle of speech after a comma (“…,” said X,
    adding that “…”; …, saying, “…”), with nothing but "that" or punctuation between."""
    j = k - 1
    while j > 0 and (sentence[j].kind == "punct" or sentence[j].lower == "that"):
        j -= 1
    return (
        j > 0
        and sentence[j].lower in PARTICIPLES
        and sentence[j].text[:1].islower()
        and sentence[j - 1].text == ","
    )


def _runs_on(sentence: Sequence[_Item]) -> bool:
    """Whether a sentence is a quote the writer's words run on from in lower case, with no
    speech verb (“We need jobs” and better schools; “…” — increasing his lead): the quote is
    still the one speaking's."""
    rest = sentence[1:]
    first = next((item for item in rest if item.kind == "word"), None)
    return (
        first is not None
        and first.text[:1].islower()
        and first.lower not in PRONOUNS
        and not any(_is_verb(item) for item in rest)
    )


def _introduces(
    text: str,
    sentences: Sequence[Sequence[_Item]],
    last: _Back,
    names: _Names,
    aliases: Aliases,
) -> Speaker | None:
    """The speaker of a paragraph that ends by introducing a quote (``Zelensky warned:``),
    for a quote opening the next paragraph."""
    if not sentences or len(sentences[-1]) < 2 or sentences[-1][-1].text != ":":
        return None
    closing = sentences[-1]
    if any(item.kind == "quote" for item in closing):
        return None
    hit = _before(closing, closing[:-1])
    return None if hit is None else _speaker(text, hit, last, names, aliases)


def _has_quotes(bounds: Sequence[tuple[int, int]], number: int) -> bool:
    return number < len(bounds) and bounds[number][0] < bounds[number][1]


def _speaker(
    text: str,
    hit: _Found,
    back: _Back,
    names: _Names,
    aliases: Aliases,
) -> Speaker | None:
    """The speaker of an attribution; ``back``: who a pronoun refers to, asked only for one."""
    written = text[hit.written[0] : hit.written[1]]
    if hit.pronoun:
        last = back(text[hit.phrase[0] : hit.phrase[1]])
        if last is None:
            return None
        return Speaker(last.name, last.key, written)
    phrase = text[hit.phrase[0] : hit.phrase[1]]
    name, is_name = _name_of(phrase)
    if not name:
        return None
    if not is_name and phrase.lower().startswith("the "):
        titled = names.role(_bare(phrase.split()[-1]))  # the president: President Trump
        if titled is not None:
            return Speaker(titled[1], aliases.resolve(titled[0]), written)
    if is_name:
        return _by_name(name, names, aliases, written)
    return Speaker(name, aliases.resolve(normalise_key(name)), written)


@lru_cache(maxsize=1 << 16)  # pure, and news repeats its names and words
def _name_of(phrase: str) -> tuple[str, bool]:
    """The speaker named in a phrase and whether it is a personal or organisation name (not a
    role): the capitalised words after the last title (Defence Secretary Pete Hegseth → Pete
    Hegseth), or the role phrase itself (a Downing Street spokeswoman → Downing Street
    spokeswoman)."""
    words = phrase.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words:
        return "", False
    # "the District Judge", "the Crown Prince of Saudi Arabia", "the Episcopal Diocese of
    # Virginia": a title or a body, never a person's name with a surname or an affiliation
    undetermined = len(words) == len(phrase.split())
    person = _affiliated(words) if undetermined else ()
    if person:  # Sen. Bob Corker of Tennessee, Jane Doe of the University of Iowa: the person
        return " ".join(person), True
    head = words[-1]
    if head.lower() in ROLE_NOUNS:
        return " ".join(words), False
    roles = [i for i, w in enumerate(words) if _bare(w) in _SPEAKS_FOR]
    if roles and roles[-1] + 1 < len(words) and words[roles[-1] + 1].lower() in {"for", "of"}:
        # a spokesperson for Northvale Leisure → Northvale Leisure spokesperson
        role = roles[-1]
        return " ".join([*words[role + 2 :], words[role]]), False
    cut = max(
        (
            i + 1
            for i, w in enumerate(words)
            if _bare(w) in _ROLES_AND_TITLES and not (undetermined and _surname(words, i))
        ),
        default=0,
    )
    if cut == len(words) and len(words) > 1:
        return " ".join(words), False  # Secretary of State: a role, not "State"
    tail = words[cut:] or words[-1:]
    lowercase_role = cut > 0 and words[cut - 1].islower()
    if tail[0].lower() in {"of", "to", "for"} and (len(tail) == 2 or lowercase_role):
        # a longtime adviser to Trump, an aide to Tom Reid: a description, not Trump (but
        # Director of National Intelligence Dan Coats, below, is Dan Coats)
        return " ".join(words), False
    if tail[0].lower() in {"of", "to", "for"} and len(tail) >= 3:
        # Director of National Intelligence Dan Coats, Ambassador to Russia Jon Huntsman: the
        # name is the last two words of the run
        tail = tail[-2:]
    inner = tail[1:-1]  # the Bank of England, the Federation of Small Businesses
    if not all(w[0].isupper() or w[0].isdigit() for w in [tail[0], tail[-1]]) or not all(
        w[0].isupper() or w[0].isdigit() or w.lower() in {"of", "for", "and"} for w in inner
    ):
        if (words[-1][:1].islower() and words[-1].replace("-", "").isalpha()) or (
            words[0].lower() in _SOME and len(words) > 1
        ):
            # a description: the RNC member, the letter, another Ohio Republican, the
            # Democratic front-runner; a title before the one who owns it left out (Mrs.
            # Clinton's campaign → Clinton's campaign, as it is written elsewhere)
            owned = cut > 0 and all(_bare(w) in TITLES for w in words[:cut])
            owned = owned and tail[0][:1].isupper() and tail[0][-2:] in _POSSESSIVE_ENDINGS
            return " ".join(tail if owned else words), False
        named = len(tail)  # Democratic pollster Peter Fenn: the name after the description
        while named > 0 and tail[named - 1][:1].isupper():
            named -= 1
        if named < len(tail) and any(w.islower() for w in tail[:named]):
            return " ".join(tail[named:]), True
        return "", False
    return " ".join(tail), True


def _surname(words: Sequence[str], i: int) -> bool:
    """Whether the title word ``words[i]`` is a surname: one of ``_SURNAME_TITLES`` after a
    capitalised first name, ending the name or before "of" or a suffix (Rep. Peter King of New
    York, Rep. Steve King, Martin Luther King III: not the title of "New York" nor of "III")."""
    return (
        _bare(words[i]) in _SURNAME_TITLES
        and i > 0
        and words[i - 1][:1].isupper()
        and _bare(words[i - 1]) not in _HEADS_AN_ORGANISATION
        and (i + 1 == len(words) or words[i + 1].lower().rstrip(",") in _AFTER_SURNAME)
    )


def _affiliated(words: Sequence[str]) -> Sequence[str]:
    """The person's name of a name and where they are from or work, or nothing: "Lee Zeldin
    of New York", "Rep. Meenakshi Ganguly of Human Rights Watch", "Bishop Michael Curry of the
    Episcopal Church", "Jane Morrow of Riverside Council" name the person (as other outlets
    write them, without the affiliation). After any titles, two capitalised words at least
    before "of", none of them what an organisation's name holds ("American Federation of
    Teachers", "Central Bank of Nigeria": the organisation) unless a surname (Peter King of New
    York), and a capitalised name after it (after "the" too)."""
    of = next((i for i, w in enumerate(words) if w == "of"), len(words))
    start = max(  # after the last title before it: Republican Rep., CBC Chairman, Bishop
        (i + 1 for i in range(of) if _bare(words[i]) in _TITLING and not _surname(words, i)),
        default=0,
    )
    if of - start < 2 or of + 1 >= len(words):
        return ()
    after = words[of + 2] if words[of + 1] == "the" and of + 2 < len(words) else words[of + 1]
    if not after[:1].isupper():
        return ()
    if not all(
        words[i][:1].isupper()
        and (_bare(words[i]) not in _HEADS_AN_ORGANISATION or _surname(words, i))
        for i in range(start, of)
    ):
        return ()
    return words[start:of]


def key_of(name: str) -> str:
    """The speaker key of a name written out (Dr Leila Ismail → leila ismail), no aliases."""
    found, _ = _name_of(name)
    return normalise_key(found or name)


_POSSESSIVE = re.compile(r"['’]s$")
_POSSESSIVE_ANY = re.compile(r"['’‘]s$")
_POSSESSIVE_ENDINGS = frozenset(("’s", "'s", "‘s"))  # (_POSSESSIVE_ANY's, asked of a word's end)


@lru_cache(maxsize=1 << 16)  # pure, and news repeats its names and words
def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word).lower().rstrip(".")


def surnames(text: str, paragraphs: Sequence[tuple[int, int]]) -> dict[str, str]:
    """Surname → full name key for names an article gives in full (Donald Trump), leaving out
    surnames two different full names share and headlines in title case (Starmer Defies Trump)."""
    full: dict[str, str] = {}
    clashing: set[str] = set()
    for start, end in paragraphs:
        # worked out only for paragraphs that name someone not named so before: a headline's
        # names are left out, and a name already given adds nothing either way
        headline: bool | None = None
        for run in _CAPITALISED_RUN.findall(text, start, end):
            named = _run_name(run)
            if named is None:
                continue
            key, short = named
            if all(full.get(word) == key for word in short):
                continue
            if headline is None:
                headline = _title_case(text[start:end])
            if headline:
                break
            for word in short:
                if full.setdefault(word, key) != key:
                    clashing.add(word)
    return {s: k for s, k in full.items() if s not in clashing}


@lru_cache(maxsize=1 << 16)  # pure, and news repeats its names
def _run_name(run: str) -> tuple[str, tuple[str, ...]] | None:
    """The key of the full name a capitalised run gives, and the words it may stand for alone
    (its surname, and its first name after Sir, Dame, …); None when it gives no full name."""
    name, first_name = _full_name(run.split())
    if len(name) < 2:
        return None
    key = normalise_key(" ".join(name))
    return key, (name[-1].lower(), name[0].lower()) if first_name else (name[-1].lower(),)


def _titled(text: str) -> dict[str, tuple[str, str]]:
    """Title → (full name key, name), for titles an article gives one person only (President
    Donald Trump, Sen. Bernie Sanders: the president, the senator)."""
    found: dict[str, tuple[str, str]] = {}
    clashing: set[str] = set()
    for match in _TITLED.finditer(text):
        titles = [_TITLE_FORMS.get(_bare(w), _bare(w)) for w in match.group("title").split()]
        name = match.group("name").split()
        if len(name) < 2 or not any(t in TITLES for t in titles):
            continue
        written = " ".join(_POSSESSIVE_ANY.sub("", w) for w in name)
        key = normalise_key(written)
        for title in titles:
            if title in TITLES and found.setdefault(title, (key, written))[0] != key:
                clashing.add(title)
    return {t: k for t, k in found.items() if t not in clashing}


# One to three capitalised title words (Sen., Majority Leader) before a name of two or three.
# (The first capital opens the pattern and a look-behind after it stands for "\b" before it: the
# regex engine then passes over every position but a capital at once, twice as fast.)
_TITLED = re.compile(
    r"(?P<title>[A-Z](?<!\w[A-Z])[a-z]+\.?\s+(?:[A-Z][a-z]+\.?\s+){0,2})"
    r"(?P<name>[A-Z][\w’'‘\-]+(?:\s+[A-Z][\w’'‘\-]+){1,2})"
)
# Short forms of titles, as "the …" would write them.
_TITLE_FORMS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general"}


def _full_name(run: Sequence[str]) -> tuple[list[str], bool]:
    """The words of a capitalised run that make a name (no leading function words or titles),
    and whether a title before it goes with a first name (Sir Keir Starmer is also Sir Keir)."""
    words = [_POSSESSIVE_ANY.sub("", w) for w in run]
    while words and words[0].lower() in _NEVER_FIRST_NAMES:
        words = words[1:]
    cut = max((i + 1 for i, w in enumerate(words) if w.lower() in TITLES), default=0)
    return words[cut:], bool(cut) and words[cut - 1].lower() in _FIRST_NAME_TITLES


def _title_case(paragraph: str) -> bool:
    words = [w for w in paragraph.split() if w[0].isalpha() and w.lower() not in _FUNCTION_WORDS]
    return len(words) > 1 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _items(text: str, start: int, end: int, regions: Sequence[tuple[int, int, int]]) -> list[_Item]:
    """The paragraph as words, punctuation and quotes (one item per quoted region, given as
    (start, end, quote) in order)."""
    items: list[_Item] = []
    cursor = start
    for q_start, q_end, q in [*regions, (end, end, -1)]:
        outside_end = q_start - 1 if q >= 0 and q_start > start else q_start
        # the hot loop of speaker finding, one item per word (compiled, a native constructor)
        items += [
            _Item(m.lastgroup or "", word, word.lower(), m.start())
            for m in _ITEM.finditer(text, cursor, max(cursor, outside_end))
            if m.lastgroup != "aside"
            for word in (m.group(),)
        ]
        if q >= 0:
            quoted = text[q_start:q_end]
            items.append(_Item("quote", quoted, quoted.lower(), q_start, q))
            cursor = q_end + 1 if q_end < end and text[q_end] in _CLOSE_MARKS else q_end
    if _has_initial(text, start, end):
        return _with_initials(items)
    return items


# a middle or first initial inside a name, " M. Re" in Harry M. Reid, J. Gerald Hebert: looked
# for at its full stop (rarer than a space), the space and capital before it looked behind at
_INITIAL = re.compile(r"\.(?<= [A-Z]\.) [A-Z][a-z]")


def _has_initial(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds an initial inside a name (its space too)."""
    return _INITIAL.search(text, start + 2, end) is not None


def _with_initials(items: list[_Item]) -> list[_Item]:
    """The items with each initial of a name (a capital letter, a full stop, then a name)
    made one word, "M.", so it neither ends the sentence nor cuts the name."""
    joined: list[_Item] = []
    k = 0
    while k < len(items):
        item = items[k]
        if (
            item.kind == "word"
            and len(item.text) == 1
            and item.text.isupper()
            and k + 2 < len(items)
            and items[k + 1].text == "."
            and items[k + 1].start == item.end
            and items[k + 2].kind == "word"
            and items[k + 2].text[:1].isupper()
            and items[k + 2].start == items[k + 1].end + 1
        ):
            word = item.text + "."
            joined.append(_Item("word", word, word.lower(), item.start))
            k += 2
            continue
        joined.append(item)
        k += 1
    return joined


def _sentences(items: list[_Item]) -> list[list[_Item]]:
    """Cut at full stops outside quotes (not after a title: Mr. Smith) and after a quote ending
    in one when a capitalised word or another quote follows."""
    return _split(items)[0]


_KIND = attrgetter("kind")  # an item's kind


def _where(kinds: list[str], kind: str) -> list[int]:
    """The indices of ``kind`` in ``kinds``, in order (found by ``list.index``, not a loop: a
    paragraph has many items, few of them quotes or full stops)."""
    found: list[int] = []
    k = -1
    for _ in range(kinds.count(kind)):
        k = kinds.index(kind, k + 1)
        found.append(k)
    return found


def _split(items: list[_Item]) -> tuple[list[list[_Item]], dict[int, list[int]]]:
    """The sentences (``_sentences``), and the indices of the quotes in each sentence holding
    any, by the sentence's index (the items are looked at once for both)."""
    if not items:
        return [], {}
    kinds = list(map(_KIND, items))
    quote_at = _where(kinds, "quote")
    marks = sorted(_where(kinds, "end") + quote_at)
    # initials end a sentence before a quote: said Tom Reid, R-S.C. “…”
    initials = [
        k - 1
        for k in marks
        if k and items[k - 1].kind == "word" and items[k - 1].text[-1] == "."
        and _opens_sentence(items[k])
    ]  # fmt: skip
    if initials:
        marks = sorted(marks + initials)
    cuts = [k + 1 for k in marks if k + 1 < len(items) and _cut_after(items, k)]
    quoted: dict[int, list[int]] = {}
    n = 0  # the sentence of quote k: the number of cuts at or before it
    for k in quote_at:
        while n < len(cuts) and cuts[n] <= k:
            n += 1
        quoted.setdefault(n, []).append(k - (cuts[n - 1] if n else 0))
    return [items[a:b] for a, b in pairwise([0, *cuts, len(items)])], quoted


def _opens_sentence(item: _Item) -> bool:
    """A quote that opens with a capital (“I get that.”), not a term inside a sentence (the
    U.S. “pivot”)."""
    return item.kind == "quote" and item.text.lstrip(" \"'“‘«")[:1].isupper()


def _cut_after(items: Sequence[_Item], k: int) -> bool:
    """Whether a sentence ends after the full stop or quote at ``k``."""
    following = items[k + 1]
    if following.kind != "quote" and not following.text[:1].isupper():
        return False
    if items[k].kind == "word":
        return True  # initials before a quote
    if items[k].kind == "end":
        # "Prof. Jones": a title before a name; "said a professor. “…”" ends its sentence
        before = items[k - 1] if k else None
        return (
            following.kind == "quote"
            or before is None
            or before.lower not in TITLES
            or not before.text[:1].isupper()
        )
    last = items[k].text.rstrip()[-1:]
    if last in ".!?…" and following.kind == "word":
        # “… now taste it!” Trump tweeted: the quote's own mark, and its attribution follows;
        # after a full stop, only an attribution that ends the sentence (“… missing.” Trump
        # said.), not the next sentence's report (“… broken.” Clinton said she wants …)
        window = items[k + 1 : k + 1 + _ATTRIBUTION_REACH]
        found = _after(window)
        if found is None:
            return True
        if last != ".":
            return False
        rest = [it for it in window if it.start >= found.written[1]]
        return bool(rest) and rest[0].kind != "end"
    return last in ".!?…"


def _sentence_attributions(
    sentence: Sequence[_Item], quotes: Sequence[int]
) -> dict[int, _Found | None]:
    """The attribution of each quote in a sentence (at the item indices ``quotes``), keyed by
    the quote's item index: its own; else that of a quote it is listed with (“…” and “…”, the
    statement added); else ``according to X`` or a speech verb later in the sentence."""
    found: dict[int, _Found | None] = {}
    clauses = [
        k for k, item in enumerate(sentence) if item.text in ";," and _ends_clause(sentence, k)
    ]
    for n, k in enumerate(quotes):
        clause, stop = _clause(clauses, k, len(sentence))
        after_to = min(quotes[n + 1] if n + 1 < len(quotes) else len(sentence), stop)
        found[k] = _after(sentence[k + 1 : after_to]) or _before(sentence[clause:k], sentence[:k])
    for group in _listed_together(sentence, quotes):
        shared = next((found[k] for k in group if found[k] is not None), None)
        for k in group:
            found[k] = found[k] or shared
    for k in quotes:
        start, stop = _clause(clauses, k, len(sentence))
        around = sentence[start:stop]
        found[k] = (
            found[k]
            or _according_to(around)
            or _any_speech(sentence[k + 1 : stop])
            or _label(sentence[start:k])
            or _continued(sentence, start, k)
            or _according_to_opening(sentence, start)
        )
    return found


def _according_to_opening(sentence: Sequence[_Item], start: int) -> _Found | None:
    """A sentence opening with "According to X," gives X every clause after it (According to
    Trump, he was once part of it, but is now “…”)."""
    if start == 0 or len(sentence) < 3 or sentence[0].lower != "according":
        return None
    comma = next((j for j in range(2, start) if sentence[j].text == ","), None)
    return None if comma is None else _according_to(sentence[:comma])


def _continued(sentence: Sequence[_Item], start: int, k: int) -> _Found | None:
    """A quote in a clause joined by "and", "but" or "yet" to a reported clause before it goes
    on with that report (``X said the offer was fair, but “not enough”``; ``X said the server was
    open, and he had access to a server that “…”``; ``X says voters want a leader, but instead
    Obama is giving them “…”``): the speaker of the nearest speech verb before, when the clause
    opens with the quote, a word or two, or a word in lower case or a pronoun, not a new
    subject (by name, or with a determiner)."""
    if start < 2 or sentence[start].lower not in _CONTINUING:
        return None
    opening = sentence[start + 1]
    if k - start > 2 and (
        opening.kind != "word"
        or (opening.text[:1].isupper() and opening.lower not in PRONOUNS)
        or opening.lower in _DETERMINERS_AND_POSSESSIVES  # and the promise of “…”: a subject
    ):
        return None
    return _before(sentence[: start - 1], sentence[: start - 1])


def _label(items: Sequence[_Item]) -> _Found | None:
    """A name and a colon before a quote, with nothing else in its clause but a headline
    before a dash: a transcript's ``TAPPER: “…”``, ``Clinton: “…” Bush: “…”``, a round-up's
    ``… - Pew Research: “…”``. A label of common words only is none (``Update:``, ``Watch:``)."""
    if len(items) < 2 or items[-1].text != ":":
        return None
    phrase = _phrase_back(items, len(items) - 1)
    if phrase is None:
        return None
    first, end = phrase
    if first > 0 and items[first - 1].text not in "-–—":
        return None
    label = items[first:end]
    if all(_bare(it.text) in COMMON_WORDS for it in label) or not label[-1].text[:1].isupper():
        return None  # Update:, Watch:, Partial transcript:
    return _found(items, first, end, first, end + 1)


def _clause(clauses: Sequence[int], k: int, length: int) -> tuple[int, int]:
    """The items of the clause holding item ``k``, as (start, stop): a ";" or a comma before a
    conjunction ends a clause (``clauses``: those ends, in order)."""
    before, after = bisect_left(clauses, k), bisect_right(clauses, k)
    return (clauses[before - 1] + 1 if before else 0), (
        clauses[after] if after < len(clauses) else length
    )


def _ends_clause(sentence: Sequence[_Item], k: int) -> bool:
    """A semicolon, or a comma before a conjunction (“…, and the promise of …”, “…, despite
    Trump’s claims that …”): what is said before it is not what is quoted after it."""
    if sentence[k].text == ";":
        return True
    following = sentence[k + 1].lower if k + 1 < len(sentence) else ""
    if sentence[k].text != "," or following not in _CONJUNCTIONS:
        return False
    if following == "and":  # the last of a list (Obama, Abe, and Park) ends no clause
        j = k - 1
        while j > 0 and k - j <= _LISTED_WORDS and sentence[j].kind == "word":
            j -= 1
        return not (
            0 < j < k - 1
            and sentence[j].text == ","
            and not sentence[j - 1].text.isdigit()  # 12,000 people, and …: a number
            and not sentence[j + 1].text.isdigit()
        )
    return True


_LISTED_WORDS = 3  # words an item of a list runs to between its commas


def _listed_together(sentence: Sequence[_Item], quotes: Sequence[int]) -> list[list[int]]:
    """Runs of quotes with at most ``LISTED_GAP`` words between neighbours."""
    groups: list[list[int]] = []
    for k in quotes:
        between = sentence[groups[-1][-1] + 1 : k] if groups else []
        if groups and sum(1 for it in between if it.kind == "word") <= LISTED_GAP:
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups


def _after(items: Sequence[_Item]) -> _Found | None:
    """``X said`` / ``said X`` / ``X, the minister, said`` right after a quote."""
    i = 0
    while i < len(items) and items[i].kind == "punct":
        i += 1
    if i < len(items) and not _says(items[i]) and _past(items[i]):
        # “…,” exclaimed Tom Reid. / opined the Daily News: any verb in the past, the speaker
        # after it closing the clause
        stop = _phrase_forward(items, i + 1)
        if stop > i + 1 and (stop == len(items) or items[stop].kind != "word"):
            return _found(items, i + 1, stop, i, stop)
        return None
    if i < len(items) and _says(items[i]):
        stop = _phrase_forward(items, i + 1)
        if stop > i + 1:
            return _found(items, i + 1, stop, i, stop)
        if i + 1 < len(items) and (
            items[i + 1].lower in _DESCRIPTION_OPENERS
            or (items[i + 1].text.endswith(("’s", "'s")) and items[i + 1].text[:1].isupper())
        ):
            # said the 46-year-old, added his campaign manager Jeff Weaver, said Rubio's
            # deputy campaign manager
            stop = i + 2
            while stop < min(len(items), i + 2 + _DESCRIPTION_WORDS) and (
                items[stop].kind == "word" and items[stop].lower not in _RELATIVES
            ):
                stop += 1
            if stop > i + 2:
                return _found(items, i + 1, stop, i, stop)
        return _described_name(items, i + 1)
    stop = _phrase_forward(items, i)
    if stop == i or (stop < len(items) and items[stop].kind == "word" and not _is_verb(items[stop])
                     and not _between(items[stop]) and not _closing(items, stop)):  # fmt: skip
        return _description_after(items, i) or _possessive_after(items, i)
    verb = stop
    if verb < len(items) and items[verb].text == ",":  # X, the council leader, said
        close = next((j for j in range(verb + 1, min(len(items), verb + 10))
                      if items[j].text == ","), None)  # fmt: skip
        if close is None:
            # X, the polling guru who founded the site tweeted: a relative clause with no comma
            # closing it runs into the verb
            relative = next((j for j in range(verb + 1, min(len(items), verb + 10))
                             if items[j].lower in {"who", "which"}), None)  # fmt: skip
            said = next((j for j in range(verb + 1, min(len(items), verb + _APPOSITIVE_REACH))
                         if _says(items[j])), None)  # fmt: skip
            if relative is None or said is None or said < relative or _reports(items, said + 1):
                return None
            return _found(items, i, stop, i, said + 1)
        verb = _closing_comma(items, verb, close) + 1
    while verb < len(items) and _between(items[verb]):
        verb += 1
    if verb < len(items) and _says(items[verb]) and not _reports(items, verb + 1):
        return _found(items, i, stop, i, verb + 1)
    if verb < len(items) and _closing(items, verb):
        return _found(items, i, stop, i, verb + 1)
    return None


# words that may follow a verb closing an attribution: “…,” Tom Reid retaliated on Monday
_AFTER_CLOSING = frozenset(
    "in on at during after before from via later then afterwards again".split()
)


def _past(item: _Item) -> bool:
    """A word in lower case that reads as a verb in the past (retaliated, pondered, pressed):
    right after a quote, with a speaker next to it, news writes only verbs of speech there."""
    lower = item.lower
    return (
        item.kind == "word"
        and len(lower) > 4
        and lower.endswith("ed")
        and not lower.endswith("eed")
        and item.text[:1].islower()
        and lower.isalpha()
    )


def _closing(items: Sequence[_Item], k: int) -> bool:
    """Whether the word at ``k`` is a verb in the past that closes an attribution after a quote
    (“…,” Tom Reid retaliated. / “…?” Hannity pressed on Monday), though no known speech verb."""
    if not _past(items[k]):
        return False
    following = items[k + 1] if k + 1 < len(items) else None
    return following is None or following.kind != "word" or following.lower in _AFTER_CLOSING


def _closing_comma(items: Sequence[_Item], opening: int, close: int) -> int:
    """The comma closing an appositive opened at ``opening``: the first after it (``close``),
    or, when a verb of speech does not follow that one, a later comma within reach that one
    does follow (X, assistant secretary for population, refugees, and migration, said)."""

    def said_after(j: int) -> bool:
        k = j + 1
        while k < len(items) and _between(items[k]):
            k += 1
        return k < len(items) and _says(items[k])

    if said_after(close):
        return close
    later = next(
        (
            j
            for j in range(close + 1, min(len(items), opening + _APPOSITIVE_REACH))
            if items[j].text == "," and said_after(j)
        ),
        None,
    )
    return close if later is None else later


def _described_name(items: Sequence[_Item], start: int) -> _Found | None:
    """``said conservative activist Bob Klaus, …``, ``said longtime GOP strategist Tom Reid.``:
    after a speech verb, a few words describing someone, then their name closing the clause
    (the name is the speaker)."""
    end = start
    while end < min(len(items), start + _NAME_DESCRIPTION_WORDS) and items[end].kind == "word":
        end += 1
    if end < len(items) and items[end].kind == "word":
        return None  # said last week Trump would …: a report, not a speaker
    first = end
    while first > start and items[first - 1].text[:1].isupper():
        first -= 1
    closing = end
    if first - 2 > start and items[first - 1].lower == "of" and items[first - 2].text[:1].isupper():
        # said undecided voter Jane Morrow of Derry: the name before the place
        end = first - 1
        first = end
        while first > start and items[first - 1].text[:1].isupper():
            first -= 1
    described = items[start:first]
    if (
        first == end
        or not any(it.text.islower() for it in described)
        or any(_is_verb(it) for it in described)
        or any(  # "of" only inside a role: master of ceremonies
            it.lower in _NOT_DESCRIBING and not (it.lower == "of" and 0 < n < len(described) - 1)
            for n, it in enumerate(described)
        )
        or _phrase_forward(items, first) not in (end, closing)
    ):
        return None
    return _found(items, first, end, start - 1, end)


def _description_after(items: Sequence[_Item], i: int) -> _Found | None:
    """``the RNC member said`` / ``an angry Hollande retaliated`` / ``the letter says``: a
    phrase opening with a determiner, a few words with no punctuation, then a speech verb."""
    if i >= len(items) or items[i].lower not in _DESCRIPTION_OPENERS:
        return None  # (his colleague wrote, her husband cut in)
    for verb in range(i + 2, min(len(items), i + 2 + _DESCRIPTION_WORDS)):
        if items[verb].kind != "word":
            return None
        if _says(items[verb]) or _closing(items, verb):
            if _reports(items, verb + 1):
                return None
            return _found(items, i, verb, i, verb + 1)
    return None


def _description_before(items: Sequence[_Item], end: int) -> int | None:
    """Where a description ending before ``end`` (a verb) starts: a determiner or "one",
    "another", "some" opening the sentence or following punctuation, then a few words with no
    punctuation (Another person tweeted, the RNC member said)."""
    for first in range(end - 2, max(-1, end - 2 - _DESCRIPTION_WORDS), -1):
        item = items[first]
        if (item.lower in _DETERMINERS or item.lower in _SOME) and (
            first == 0
            or items[first - 1].kind in {"punct", "end"}
            or items[first - 1].lower == "as"  # As one employee told the Weekly, “…”
        ):
            return first
        if item.kind != "word" or item.lower in _NOT_DESCRIBING or item.lower in _ANY_VERB:
            return None  # a friend of the prime minister; the spokesperson said the call
    return None


def _possessive(item: _Item) -> bool:
    """A capitalised word in the possessive: Trump’s, Zelenskyy's (and Zelenskyy‘s, as the
    seeds' 001 writes it)."""
    text = item.text
    return text[-2:] in _POSSESSIVE_ENDINGS and item.kind == "word" and text[:1].isupper()


def _owned_words(items: Sequence[_Item], first: int, end: int) -> bool:
    """Whether ``items[first:end]`` are a few words in lower case, none a verb, pronoun or
    function word: what a possessive owns (campaign, office, statement, social media post)."""
    return (
        0 < end - first <= _OWNED_WORDS
        and all(
            it.kind == "word"
            and it.text.islower()
            and it.lower not in _NOT_DESCRIBING
            and (it.lower not in _ANY_VERB or it.lower in _OWN_WORDS)  # (Trump’s tweet said)
            and it.lower not in PRONOUNS
            for it in items[first:end]
        )
    )


def _inflected(verb: _Item) -> bool:
    """A verb form that cannot be a noun after a possessive: in the past or in -s (said,
    told, says, noted), not a base form (Pence’s press release, Clinton’s stock answer)."""
    lower = verb.lower
    return lower.endswith(("ed", "s")) or lower in _IRREGULAR_PAST


def _owner(items: Sequence[_Item], end: int) -> tuple[int, int] | None:
    """(where it starts, the possessive) of a name's possessive and what it owns, ending
    before ``end`` (a verb): ``Trump’s campaign``, ``Mr Zelenskyy’s statement``, ``the State
    Department’s spokesman`` (the name's capitalised words before it too, and a determiner)."""
    owner = end - 2
    while owner > max(-1, end - 2 - _OWNED_WORDS) and not _possessive(items[owner]):
        owner -= 1
    if owner <= max(-1, end - 2 - _OWNED_WORDS) or not _owned_words(items, owner + 1, end):
        return None
    first = owner
    while first > 0 and items[first - 1].text[:1].isupper() and _speaker_word(items, first - 1):
        first -= 1
    if first > 0 and items[first - 1].lower in _DETERMINERS:
        first -= 1  # the State Department’s spokesman
    return first, owner


def _opens_clause(items: Sequence[_Item], first: int) -> bool:
    """Whether a subject starting at ``first`` opens its clause (after punctuation, or "and"
    or "but"), not a phrase inside another (After Clinton’s campaign said …)."""
    return first == 0 or items[first - 1].kind != "word" or items[first - 1].lower in _CONTINUING


def _owned_subject(items: Sequence[_Item], end: int, verb: int) -> _Found | None:
    """The speaker of a subject a name owns, before ``end`` and its speech verb ``verb``:
    ``Trump’s campaign said`` when it opens its clause (``_owned``), else ``A statement on Mr
    Zelenskyy’s social media said`` (``_words_on``); not ``After Clinton’s campaign said``."""
    span = _owner(items, end)
    if span is None:
        return None
    if _opens_clause(items, span[0]):
        return _owned(items, span[0], end, span[0], verb + 1)
    return _words_on(items, span, verb)


def _words_on(items: Sequence[_Item], span: tuple[int, int], verb: int) -> _Found | None:
    """``A statement on Mr Zelenskyy’s social media said``, ``a post from Trump’s account
    said``: what holds someone's own words, on or from what their name owns (``span``,
    ``_owner``), is theirs (Zelenskyy; as ``A statement from Mr Zelenskyy said`` is)."""
    first, owner = span
    if first < 3:
        return None
    holder, opening = first - 2, first - 3
    if (
        items[first - 1].lower not in _ON_OR_FROM
        or _bare(items[holder].text) not in _OWN_WORDS
        or items[opening].lower not in _DETERMINERS
        or not _opens_clause(items, opening)
    ):
        return None
    return _owner_found(items, first, owner, opening, verb + 1)


def _possessive_after(items: Sequence[_Item], i: int) -> _Found | None:
    """``“…,” Trump’s campaign said.``: a name's possessive, what it owns, then a speech verb
    that reports nothing of its own."""
    owner = i
    while owner < len(items) and not _possessive(items[owner]):
        if not items[owner].text[:1].isupper() or items[owner].kind != "word":
            return None  # (most attributions: at once)
        owner += 1
    verb = next((k for k in range(owner + 2, min(len(items), owner + 2 + _OWNED_WORDS))
                 if (_says(items[k]) and _inflected(items[k])) or _closing(items, k)),
                None)  # fmt: skip
    if verb is None or not _owned_words(items, owner + 1, verb) or _reports(items, verb + 1):
        return None
    return _owned(items, i, verb, i, verb + 1)


def _owned(items: Sequence[_Item], first: int, stop: int, w_first: int, w_stop: int) -> _Found:
    """The speaker of a subject a name owns (``items[first:stop]``): the body or person it
    names (Trump’s campaign, Reid’s spokesman), or the name itself when what it owns is its
    own words (Mr Zelenskyy’s statement, Trump’s tweet: Zelenskyy, Trump)."""
    if _bare(items[stop - 1].text) not in _OWN_WORDS:
        return _found(items, first, stop, w_first, w_stop)
    owner = next(k for k in range(first, stop) if _possessive(items[k]))
    return _owner_found(items, first, owner, w_first, w_stop)


def _owner_found(
    items: Sequence[_Item], first: int, owner: int, w_first: int, w_stop: int
) -> _Found:
    """The name ``items[first:owner + 1]`` without its possessive's "’s" as the speaker, the
    attribution written from ``w_first`` to ``w_stop`` (as ``_found``'s)."""
    return _Found(
        phrase=(items[first].start, items[owner].end - 2),
        written=(items[w_first].start, items[w_stop - 1].end),
        pronoun=False,
    )


def _reports(items: Sequence[_Item], k: int) -> bool:
    """Whether a speech verb goes on to report something of its own ("…, the minister said it
    was …"), so it does not attribute the quote before it; what follows asked or told is who
    was asked or told ("…?” Trump asked the crowd)."""
    if k > 0 and items[k - 1].lower in _ADDRESSED:
        return False
    return k < len(items) and items[k].lower in _REPORTED_OPENERS


def _before(items: Sequence[_Item], sentence: Sequence[_Item]) -> _Found | None:
    """The speaker of the nearest speech verb in ``items`` (the clause before a quote) that has
    one, finite verbs first: in "Smith said the plan, which Jones said was “reckless”", the
    words are Jones's; a participle ("…, adding:") only when no finite verb has a speaker."""
    # any verb in the past introducing a quote with a colon (Tom Reid resisted: “…”) or
    # reporting a clause with "that" (Tom Reid worried that the plan was “…”) counts too
    verbs: list[int] = []
    opening: list[int] = []
    for k, it in enumerate(items):
        lower = it.lower  # (the hot loop: the set is asked before the call)
        if lower in _ANY_VERB and _is_verb(it):
            verbs.append(k)
        elif lower == "that":
            opening.append(k - 1)
    if len(items) > 2 and items[-1].text == ":":
        opening.append(len(items) - 2)
    verbs += [k for k in opening if k > 0 and _past(items[k]) and k not in verbs]
    # (a participle with a subject of its own, "…, with the president posting: “…”", ranks
    # with the finite verbs: in "…align with key Russian demands, with the president
    # posting: “…”", "demands" is a noun, and the words are the president's)
    for verb in sorted(verbs, key=lambda k: (_participle_only(items, k), -k)):
        found = _speaker_of(items, sentence, verb)
        if found is not None:
            return _reporter(items, verbs, verb, sentence) or found
    return None


def _participle_only(items: Sequence[_Item], verb: int) -> bool:
    """A participle that takes the sentence's subject ("…, adding: “…”"), not one with a
    subject of its own ("…, with Smith adding: “…”", an absolute clause)."""
    if items[verb].lower not in PARTICIPLES:
        return False
    phrase = _phrase_back(items, verb)
    return phrase is None or phrase[0] == 0 or items[phrase[0] - 1].lower != "with"


def _reporter(
    items: Sequence[_Item], verbs: Sequence[int], verb: int, sentence: Sequence[_Item]
) -> _Found | None:
    """Who reports the speech at ``verb`` when it is told at one remove ("A spokesperson said
    Sir Keir had reiterated “…”": the words are the spokesperson's account, not Sir Keir's):
    the verb is backshifted (had reiterated) and an earlier finite speech verb has a speaker."""
    if verb == 0 or items[verb - 1].lower != "had":
        return None
    for earlier in reversed([k for k in verbs if k < verb - 1]):
        if _says(items[earlier]):
            found = _speaker_of(items, sentence, earlier)
            if found is not None:
                return found
    return None


def _speaker_of(items: Sequence[_Item], sentence: Sequence[_Item], verb: int) -> _Found | None:
    """The speaker of the speech verb at ``verb``: the phrase before it (through an appositive
    or "who" clause), or for a participle (“…, adding:”) the sentence's subject."""
    j = verb
    while j > 0 and _between(items[j - 1]):
        j -= 1
    if j > 1 and items[j - 1].lower in {"who", "which"} and items[j - 2].text == ",":
        j -= 2  # X, who said: “…”
    first = _phrase_back(items, j)
    participle = items[verb].lower in PARTICIPLES
    if first is None and j > 0 and items[j - 1].text == ",":
        # (a participle after a comma takes the sentence's subject, below, unless a "who"
        # clause stands before it: in "X went after Bush, calling him …", "X went after Bush"
        # is no appositive; in "… Eric Kingson, who …, praising …" it is one)
        first = _appositive(items, j - 1, clause_only=participle)
    if first is not None:
        return _found(items, first[0], first[1], first[0], verb + 1)
    # Said X, …: “…” / …, explained Rosenberg, “…” / “…,” said X, …, “…” (not …, telling
    # Reuters, “…”)
    if (j == 0 or _comma(items[j - 1])) and items[verb].lower not in _ADDRESSED:
        stop = _phrase_forward(items, verb + 1)
        closed = stop >= len(items) or items[stop].kind != "word"  # not "thanked X for …"
        if (
            stop > verb + 1
            and items[verb + 1].text[:1].isupper()
            and (j == 0 or items[j - 1].kind != "quote" or closed)
        ):
            return _found(items, verb + 1, stop, verb, stop)
    if j > 1 and items[j - 1].text == ",":  # X (D-Ohio), said: a comma left by an aside
        comma = _phrase_back(items, j - 1)
        if (
            comma is not None
            and (comma[0] == 0 or items[comma[0] - 1].kind != "word")
            and _proper_name([it for it in items[comma[0] : j - 1] if _bare(it.text) not in TITLES])
        ):
            return _found(items, comma[0], comma[1], comma[0], verb + 1)
    # Another person tweeted: “…” (a verb of the kept list: "The leaders agreed it was “…”,
    # the statement added" credits the statement)
    described = _description_before(items, j) if items[verb].lower in _KEPT_VERBS else None
    if described is not None:
        return _found(items, described, j, described, verb + 1)
    # Trump’s campaign said: “…”; Mr Zelenskyy’s statement said: “…” (his words); A
    # statement on Mr Zelenskyy’s social media said: “…” (his too)
    owned = _owned_subject(items, j, verb) if _inflected(items[verb]) else None
    if owned is not None:
        return owned
    # X took the stage and called …; X went on to say: “…”
    coordinated = j > 0 and (items[j - 1].lower in _COORDINATING or items[j - 1].lower == "to")
    if participle or coordinated:  # "…, adding:": the sentence's subject
        lead = _lead(sentence)
        stop = _phrase_forward(sentence, lead)
        if stop == lead + 1 and _modifies(sentence, lead, stop):
            # One operative inside Trump Tower: the whole description
            stop = _description_forward(sentence, lead)
        elif stop > lead and _modifier(sentence, lead, stop):
            # Conservative icon Jane Morrow, who …: her; Nuclear experts Tom Reid and …: described
            named = _modified_name(sentence, stop)
            lead, stop = named if named[1] > named[0] else (lead, _nouns_end(sentence, stop))
        if stop == lead:  # The billionaire businessman began …, saying: a description
            stop = _described_subject(sentence, lead)
        if stop > lead and not sentence[stop - 1].text.endswith(("’s", "'s")):
            subject = [*sentence[lead:stop], items[verb]]
            return _found(subject, 0, stop - lead, stop - lead, stop - lead + 1)
    return None


def _between(item: _Item) -> bool:
    """A word that may stand between a speaker and the verb: "has also said", "repeatedly
    said", "basically says" (an adverb in -ly, in lower case)."""
    lower = item.lower
    return lower in _BETWEEN or (
        item.kind == "word" and len(lower) > 4 and lower.endswith("ly") and item.text.islower()
    )


def _is_verb(item: _Item) -> bool:
    """A speech verb, finite or participle, written in lower case (The Huffington Post, the
    United States: a capital makes a name of a verb's form), or "Said" opening a sentence."""
    return (
        item.lower in _ANY_VERB
        and item.kind == "word"
        and (item.text[:1].islower() or item.text == "Said")
    )


def _says(item: _Item) -> bool:
    """A finite speech verb written in lower case (said, tweeted; not States)."""
    return item.lower in SPEECH_VERBS and item.kind == "word" and item.text[:1].islower()


def _appositive(
    items: Sequence[_Item], comma: int, clause_only: bool = False
) -> tuple[int, int] | None:
    """``X, who …, said`` / ``The minister, Pete Hegseth, said`` / ``X, the envoy, said``
    (``clause_only``: the first alone)."""
    # (the commas of a town and its state, in Aurora, Colorado, are inside the appositive)
    opening = next((j for j in range(comma - 1, max(-1, comma - _APPOSITIVE_REACH), -1)
                    if items[j].text == "," and not _place_comma(items, j)), None)  # fmt: skip
    if opening is None:
        return None
    inner = (opening + 1, comma)
    if clause_only and items[inner[0]].lower not in {"who", "which"}:
        return None
    if items[inner[0]].lower not in {"who", "which"} and _proper_name(items[inner[0] : comma]):
        return inner  # The minister, Pete Hegseth, said
    return _phrase_back(items, opening)  # Tom Smith, a Democrat, said / X, who …, said


def _place_comma(items: Sequence[_Item], comma: int) -> bool:
    """Whether the comma at ``comma`` is one of a town and its state (in Columbus, Ohio, said;
    in Aurora, Colorado, in July): the comma after the town, or the one after the state."""
    if _state_after(items, comma):
        return True
    start = comma
    while start > 0 and items[start - 1].kind == "word" and items[start - 1].text[:1].isupper():
        start -= 1
    return start > 0 and items[start - 1].text == "," and _state_after(items, start - 1)


def _state_after(items: Sequence[_Item], comma: int) -> bool:
    """Whether a capitalised word comes before the comma at ``comma`` and a state after it, up
    to another comma (Columbus, Ohio, / Aspen, Colo.,)."""
    end = comma + 1
    while end < len(items) and items[end].kind == "word" and items[end].text[:1].isupper():
        end += 1
    state = " ".join(it.lower for it in items[comma + 1 : end])
    return (
        comma > 0
        and items[comma - 1].kind == "word"
        and items[comma - 1].text[:1].isupper()
        and end < len(items)
        and items[end].text == ","
        and (state in _STATE_NAMES or items[end - 1].text in _STATE_WORDS)
    )


def _proper_name(items: Sequence[_Item]) -> bool:
    """Capitalised words only, none a role, title, state or party: a name, not a description."""
    return bool(items) and all(
        it.kind == "word"
        and it.text[0].isupper()
        and _bare(it.text) not in _ROLES_AND_TITLES
        and it.text not in _STATE_WORDS
        and not _PARTY_STATE.match(it.text)
        for it in items
    )


def _joined(items: Sequence[_Item], span: tuple[int, int]) -> str:
    """The items' texts one space apart: a phrase to read a name from."""
    return " ".join(it.text for it in items[span[0] : span[1]])


def _written(text: str, items: Sequence[_Item], span: tuple[int, int]) -> str:
    """The items as the text writes them, from the first's start to the last's end (an
    ``attributed_as`` is found in the article as it is: "Officials, Smith", not "Officials ,
    Smith")."""
    return text[items[span[0]].start : items[span[1] - 1].end]


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _speaker_word(items: Sequence[_Item], k: int) -> bool:
    item = items[k]
    if item.kind != "word":
        return False
    lower = item.lower
    if lower in {"no", "number"} and k + 1 < len(items) and items[k + 1].text.isdigit():
        return True  # No 10, Number 10
    if item.text[0].isupper():
        if lower in _NOT_NAMES or lower in _KEPT_VERBS or lower in _KEPT_PARTICIPLES:
            return False
        if item.text in _STATE_WORDS:
            return False  # of Huntsville, Ala., says: a place
        if lower in _FRONTING:
            return False  # Alongside BLM calls for …: a preposition opening the sentence
        return lower not in _FUNCTION_WORDS or lower in PRONOUNS
    if item.text.isdigit():
        return k > 0 and items[k - 1].lower in {"no", "number"}
    if _ORDINAL.fullmatch(lower) and k + 1 < len(items) and items[k + 1].text[:1].isupper():
        return True  # of Ohio's 9th District, the 5th Circuit
    return lower in ROLE_NOUNS or lower in _ROLE_MODIFIERS or _bare(item.text) in ROLE_NOUNS


def _role_of(items: Sequence[_Item], k: int) -> bool:
    """``for``/``of`` inside a name or after a role: a spokesperson for Northvale Leisure, the
    Bank of England, the Federation of Small Businesses."""
    if items[k].lower not in {"for", "of", "to"} or not 0 < k < len(items) - 1:
        return False
    before, after = items[k - 1].text, items[k + 1].text
    if items[k].lower == "to":  # Ambassador to Russia, envoy to the UN: after a role only
        return after[:1].isupper() and _bare(before) in _ROLES_AND_TITLES
    return after[:1].isupper() and (before[:1].isupper() or _bare(before) in ROLE_NOUNS)


def _phrase_back(items: Sequence[_Item], end: int) -> tuple[int, int] | None:
    """The speaker phrase ending right before ``end``: (first item, end), or None."""
    k = end - 1
    if k < 0 or items[k].kind != "word":
        return None
    if items[k].lower in PRONOUNS:
        return (k, end)
    if items[k].text.endswith(("’s", "'s")):
        return None  # "Trump’s claims": a noun, not a verb, follows a possessive
    if items[k].lower in _BACK_REFERENCES and k > 0 and items[k - 1].lower == "the":
        return (k - 1, end)
    if items[k].lower in _LOWER_CASE_MODIFIERS and items[k].text[0].islower():
        return None  # a phrase ends on its head, not on "senior" (but "an official" is one)
    first = end
    while (
        k >= 0
        and items[k].lower not in PRONOUNS
        and (_speaker_word(items, k) or _role_of(items, k))
    ):
        first = k
        k -= 1
    if first == end:
        return None
    if k >= 0 and items[k].lower in _DETERMINERS:
        first, k = k, k - 1
    if k >= 0 and items[k].lower in _PREPOSITIONS:
        return None  # a friend of the prime minister, sources close to the chancellor
    if k > 0 and items[k].lower == "from":
        # "Tom Smith from the council said", "the senator from Vermont said": the one from it,
        # not where they are from (the senator is found as a description); but "a statement
        # from the council", "a reaction from Obama, who called it …" are the council's, Obama's
        holder = _phrase_back(items, k)
        if holder is not None or _bare(items[k - 1].text) in _ROLES_AND_TITLES:
            return holder
    if k > 0 and items[k].lower in _POSSESSIVES:
        k -= 1  # "Senator Smith and her aides said"
    if k > 0 and items[k].lower == "and":
        joined = items[k - 1]
        if (
            _speaker_word(items, k - 1)
            or joined.lower in PRONOUNS
            or items[k + 1].lower in _POSSESSIVES
        ):
            # "Rishi Sunak and Keir Starmer said", "he and Putin had agreed", "Senator Smith
            # and her aides said": not one speaker
            return None
    return (first, end)


def _phrase_forward(items: Sequence[_Item], start: int) -> int:
    """The end of the speaker phrase starting at ``start`` (``start`` itself when none)."""
    k = start
    if k < len(items) and items[k].lower in PRONOUNS:
        return k + 1
    if k < len(items) and items[k].lower in _DETERMINERS:
        k += 1
        if k < len(items) and items[k - 1].lower == "the" and items[k].lower in _BACK_REFERENCES:
            return k + 1
    stop = k
    while (
        k < len(items)
        and items[k].lower not in PRONOUNS
        and (_speaker_word(items, k) or _role_of(items, k))
    ):
        k += 1
        if items[k - 1].lower not in _MODIFYING or items[k - 1].text[0].isupper():
            stop = k
    if stop > start and items[stop - 1].text.endswith(("’s", "'s")):
        return start  # Smith's widow: someone else
    if stop > start and stop == k:
        stop = _bridged(items, stop)
    return stop if stop > start and _has_head(items, start, stop) else start


def _bridged(items: Sequence[_Item], k: int) -> int:
    """Where a phrase ending at ``k`` ends when lower-case words naming what someone is lead
    on to their name: Democratic presidential candidate Bernie Sanders, Trump campaign
    chairman Paul Manafort (``k`` itself when they do not)."""
    j = k
    while j < min(len(items), k + _BRIDGE_WORDS) and (
        items[j].kind == "word"
        and items[j].text.islower()
        and items[j].lower not in _NOT_DESCRIBING
        and not _is_verb(items[j])
        and not _between(items[j])
    ):
        j += 1
    if j == k or j >= len(items) or not items[j].text[:1].isupper():
        return k
    last = _bare(items[j - 1].text)
    if last not in _ROLES_AND_TITLES and not last.endswith(_PERSON_ENDINGS):
        return k  # Trump wants Mexico to pay: no one is named
    m = j
    while m < len(items) and items[m].text[:1].isupper() and _speaker_word(items, m):
        m += 1
    if m == j or (m < len(items) and items[m].kind == "word" and items[m].text[:1].isupper()):
        return k
    return m


def _has_head(items: Sequence[_Item], start: int, stop: int) -> bool:
    return any(items[k].lower not in _DETERMINERS for k in range(start, stop))


def _found(items: Sequence[_Item], first: int, stop: int, w_first: int, w_stop: int) -> _Found:
    phrase_items = items[first:stop]
    pronoun = len(phrase_items) == 1 and phrase_items[0].lower in PRONOUNS
    back = [it.lower for it in phrase_items] in (["the", w] for w in _BACK_REFERENCES)
    return _Found(
        phrase=(phrase_items[0].start, phrase_items[-1].end),
        written=(items[w_first].start, items[w_stop - 1].end),
        pronoun=pronoun or back,
    )


# "according to X", "in the words of X": a word opening a source, and the word after it
_SOURCE_OPENERS = {"according": "to", "words": "of"}


def _according_to(sentence: Sequence[_Item]) -> _Found | None:
    """``according to X``, ``in the words of X``, ``as X put it``."""
    lowered = [it.lower for it in sentence]
    if "as" not in lowered and _SOURCE_OPENERS.keys().isdisjoint(lowered):
        return None  # (most clauses: asked at once, not word by word)
    for k in range(len(sentence) - 1):
        word = lowered[k]
        if word == "as":
            start = k + 1
        elif lowered[k + 1] == _SOURCE_OPENERS.get(word):
            start = k + 2
        else:
            continue
        stop = _phrase_forward(sentence, start)
        if stop == start and lowered[k] != "as":
            stop = _description_forward(sentence, start)  # according to the newspaper
        if stop == start:
            continue
        if lowered[k] == "as":
            if lowered[stop : stop + 2] not in (["put", "it"], ["puts", "it"]):
                continue
            return _found(sentence, start, stop, k, stop + 2)
        return _found(sentence, start, stop, k, stop)
    return None


def _description_forward(items: Sequence[_Item], start: int) -> int:
    """The end of a description opening at ``start`` with a determiner, possessive or "one", a
    few words up to punctuation or a quote (the newspaper, a statement from the campaign, one
    operative inside Trump Tower); else ``start``."""
    if start >= len(items) or items[start].lower not in _DESCRIPTION_OPENERS:
        return start
    stop = start + 1
    while stop < min(len(items), start + 1 + _DESCRIPTION_WORDS) and items[stop].kind == "word":
        if items[stop].lower in _RELATIVES or _is_verb(items[stop]):
            break
        stop += 1
    return stop if stop > start + 1 else start


def _any_speech(sentence: Sequence[_Item]) -> _Found | None:
    """The last speaker with a speech verb outside quotes in ``sentence``, a named one before
    a pronoun the sentence names later (in "Levin said he has spoken to many", Levin)."""
    outside = [it for it in sentence if it.kind != "quote"]
    pronoun: _Found | None = None
    for k in range(len(outside) - 1, -1, -1):
        if _says(outside[k]):
            # the speaker before the verb, or after it (“…” for Clinton, said Kunin)
            hit = _before(outside[: k + 1], outside[: k + 1]) or _speaker_of(outside, outside, k)
            if hit is not None and not hit.pronoun:
                return hit
            pronoun = pronoun or hit
    return pronoun


def conflicting(credited: Iterable[Speaker]) -> bool:
    """Whether two of those credited are different people or bodies: two names that cannot be
    one (``compatible``). A role or a description (the president, the RNC member, the
    46-year-old) may be anyone named, so it conflicts with no one."""
    keys = sorted({s.key for s in credited if _names_someone(s)})
    return any(not compatible(a, b) for i, a in enumerate(keys) for b in keys[i + 1 :])


def _names_someone(speaker: Speaker) -> bool:
    """A name (Donald Trump, the Bank of England, Number 10), not a role or a description."""
    words = speaker.name.split()
    return (
        not _is_role(speaker.key)
        and any(word[:1].isupper() for word in words)
        and all(
            word[:1].isupper() or word[:1].isdigit() or word in {"of", "for", "and"}
            for word in words
        )
    )


def document_quotes(
    doc: Document, index: int, aliases: Aliases, spans: Sequence[tuple[int, int]] | None = None
) -> list[Quote]:
    """The document's quotes with their speakers, in order (``spans``: its body's paragraphs,
    when the caller has them already)."""
    spans = paragraphs(doc.text, doc.body_start) if spans is None else spans
    found = quotes(doc.text, spans)
    kinds = [kind_of(doc.text, q) for q in found]
    credited = speakers(
        doc.text, spans, found, aliases, [kind == QuoteKind.QUOTATION for kind in kinds]
    )
    return [
        Quote(
            quote_id(doc.doc_id, q.parts[0][0]),
            index,
            q.parts,
            speaker if kind == QuoteKind.QUOTATION else None,
            kind,
        )
        for q, speaker, kind in zip(found, credited, kinds, strict=True)
    ]


def kind_of(text: str, quote: QuoteSpans) -> QuoteKind:
    """What a quote is (``quotes.quote_kind``), from all its paragraphs' words."""
    return quote_kind(" ".join(text[start:end] for start, end in quote.parts))
