"""A seeded generator of news corpora with planted, fully known reuse.

    python -m benchmarks.quality.generate OUT [--articles 500] [--seed 1] [--scale 1]

Writes ``OUT/<outlet>/<number>.txt`` articles, ``OUT/manifest.csv`` (outlet, published, title)
and ``OUT/truth.json`` (see ``benchmarks/quality/README.md`` for the format). Same seed and size,
same bytes.

The mix is fixed (per 100 articles, rounded): 20 originals (half press statements, half wire
stories); 30 syndicated copies of an original by another outlet, each with 1-3 edits; 15
commentaries quoting whole quoted sentences and fragments of a statement; 10 articles lifting
2-3 sentences of an original without quotation marks; 15 paraphrases of an original's facts
(negatives); 10 same-topic articles sharing an original's names and numbers but not its text
(negatives). Every outlet ends its articles with its own footer; 10% of articles are undated.

Cases (truth ``cases``), each scored on its own: among the copies, some hard-wrapped at 72
columns, some merging two sentences of the source or splitting one, some dated the day of their
source (with times, or both without); among the round-ups, some lifting a clause of 12-16 words
into a sentence of their own; among the commentaries, some quoting a clause of 8-11 words of a
sentence the statement does not quote, some cutting a quotation with "…". Added to the mix, one
page per 100 articles crawled two or three times (the same text and date); and per 100 articles,
one outlet whose only two articles (negatives of the mix) end with its subscription plea; and
six negatives ending with one note from the editors, six others with one social-media plea.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import itertools
import json
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

import xxhash
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from benchmarks.quality.filler import (
    OBJECT_STATES,
    OBJECT_THINGS,
    OPENINGS,
    SUBJECTS,
    VERBS,
    extend_sentence,
    filler_sentence,
)
from benchmarks.quality.topics import (
    COMMON_SLOTS,
    FOOTERS,
    PLEA_PARTS,
    STATEMENT_FOOTERS,
    TOPICS,
    Topic,
)
from provenance.dates import Published
from provenance.matching.passages import MAX_NGRAM_COUNT, NGRAM
from provenance.matching.verify import CONTAINED_MIN_TOKENS
from provenance.reports.evaluate import TRUTH_FORMAT
from provenance.text.normalise import normalise, tokenize, words
from provenance.text.segment import sentence_spans

MIX = {  # per 100 articles
    "original": 20,
    "syndicated": 30,
    "commentary": 15,
    "lifted": 10,
    "paraphrase": 15,
    "same_topic": 10,
}
EDITS = ("headline", "local", "drop", "reorder", "quotes", "money", "spelling", "nato", "typo")
TEXTUAL_EDITS = ("quotes", "money", "spelling", "nato", "typo")  # change words, not paragraphs
# The cases (truth ``cases``): behaviours each scored on its own, carried by articles of the mix
# (shares of their role) or added to it (crawled pages, two-article outlets; per 100 articles).
WRAP_WIDTH = 72
WRAP_SHARE = 1 / 6  # of syndicated copies: hard-wrapped at WRAP_WIDTH columns
MERGE_SHARE = 1 / 8  # of syndicated copies: two sentences of the source merged into one
SPLIT_SHARE = 1 / 8  # of syndicated copies: one sentence split in two
SAME_DAY_SHARE = 1 / 10  # of syndicated copies: the day of the source, neither with a time
SAME_TIME_SHARE = 1 / 10  # of syndicated copies: hours after the source that day, both timed
CLAUSE_SHARE = 1 / 2  # of lifted articles: one of the lifts is a clause inside a sentence
CLAUSE_WORDS = (12, 16)  # words of a clause lifted without quotation marks
QUOTED_CLAUSE_SHARE = 1 / 3  # of commentaries: a clause of a statement's own sentence quoted
QUOTED_CLAUSE_WORDS = (8, 11)
ELIDED_SHARE = 1 / 3  # of commentaries: a quotation cut with "…"
ELIDED_PIECE_WORDS = 8  # at least, on either side of the cut
PAGES = 1  # per 100 articles: a page crawled 2-3 times, added to the mix
TWO_ARTICLE_OUTLETS = 1  # per 100 articles: an outlet with two articles (negatives of the mix)
UNDATED_SHARE = 0.10
WIRES = ("Meridian Press", "Harbour Wire")
NEWS_OUTLETS = (
    "Eastmouth Echo",
    "Coast Courier",
    "Valley Radio",
    "Northern Review",
    "Daily Digest",
    "Lowland Times",
    "Midshire Gazette",
    "Riverside Post",
    "Westgate Herald",
    "Capital Ledger",
    "Fenland Star",
    "Hillcrest Observer",
)
US_SPELLING = {
    "organisation": "organization",
    "organisations": "organizations",
    "defence": "defense",
    "programme": "program",
    "centre": "center",
    "labour": "labor",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "favour": "favor",
    "modernise": "modernize",
    "licence": "license",
    "colour": "color",
}
START = dt.datetime(2025, 1, 6, tzinfo=dt.UTC)
# No two articles share a sentence this alike (rapidfuzz ratio of normalised text) unless the
# truth plants it: stories written from one template stay below it, as real stories mostly do.
SHARED_BOUND = 65.0
# ... nor does the longer hold this share of the shorter's words in order (verify_containment
# is 0.8).
CONTAINED_BOUND = 0.7
# Nor a run of this many normalised words in a row: a passage's anchor (matching.passages).
GRAM = 12
# Quoted words of a case (a quoted clause, the pieces of a cut quotation) are chosen printed by
# no other article in a run of this many words (the default min_quote_tokens).
QUOTE_GRAM = 6
TRIES = 30

_ALTERNATIVE = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")
_QUOTED = re.compile(r"“([^”]+)”")
_ANY_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")  # curly or, after the ``quotes`` edit, straight


@dataclass(frozen=True)
class Segment:
    """A piece of an article; ``unit`` names the truth cluster it belongs to, if any."""

    text: str
    unit: str | None = None
    kind: str = "passage"  # passage | quote | fragment | clause | piece | boilerplate
    attributed: bool = True  # False where the article does not say who is quoted
    case: str | None = None  # the case (CASES) whose span it is part of
    # Where a quotation, fragment, clause or piece lies in the text it was taken from (the
    # quoted words of a quote, else the sentence), in characters: what two of them share.
    window: tuple[int, int] | None = None


Paragraph = list[Segment]


@dataclass
class Article:
    number: int
    outlet: str
    role: str
    paragraphs: list[Paragraph]
    published: dt.datetime | dt.date | None
    source: Article | None = None
    edits: list[str] = field(default_factory=list)
    topic: Topic | None = None
    values: dict[str, str] = field(default_factory=dict)
    facts: list[int] = field(default_factory=list)
    speakers: dict[str, str] = field(default_factory=dict)  # unit → who its quote is by
    same_day: bool = False  # dated the day of its source, both without a time
    same_time: bool = False  # dated hours after its source, the same day, both with times
    tied: bool = False  # a source with a ``same_day`` copy: dated without a time
    timed: bool = False  # a source with a ``same_time`` copy: dated with a time
    plea: bool = False  # of an outlet with two articles, which ends them with its plea
    stock_line: int | None = None  # the pair of ``STOCK_LINES`` it prints one line of
    furniture: str | None = None  # the ``FURNITURE`` it ends with before its footer
    quotes_title: bool = False  # it quotes ``SHARED_TITLE`` after its first paragraph
    keep_dated: bool = False  # a same-day copy or its source: never undated
    page: Article | None = None  # a crawl of a page: its first crawl
    crawled_as: list[str] = field(default_factory=list)  # a page's first crawl: the others

    @property
    def doc_id(self) -> str:
        return f"{slug(self.outlet)}/{self.number:05d}"

    @property
    def key(self) -> str:
        """The prefix of the units it originates."""
        return f"o{self.number:05d}"


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def render(template: str, values: dict[str, str], rng: random.Random) -> str:
    """Pick one of each ``[a|b]`` alternatives, then fill ``{slot}``s."""
    chosen = _ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    return _SLOT.sub(lambda m: values[m.group(1)], chosen)


class Draw(random.Random):
    """The generator's randomness, and its guarantee that text not planted as reuse is not
    shared. Every piece of text drawn through ``unique`` differs from every piece drawn before
    for another article, or it is drawn again, and after ``TRIES`` draws given up: its sentences
    (and the words of its quotations, which commentaries quote on their own) have a rapidfuzz
    ratio of the normalised text below ``SHARED_BOUND`` with every other article's, and neither
    holds ``CONTAINED_BOUND`` of the other's words (what sentence matching would verify), and it
    shares no run of ``GRAM`` normalised words in a row with another article's text (what
    passages anchor on: ``matching.passages``; the runs are hashed into a dict from hash to the
    article drawing them). Runs across
    the joins of drawn pieces (a closing clause and the next sentence's first words) are known
    only once an article is laid out: ``claim`` takes or refuses them for the whole article, and
    a refused article is drawn again from a ``checkpoint``."""

    def __init__(self, seed: int, distinct: bool = True) -> None:
        super().__init__(seed)
        self.distinct = distinct
        self._sentences: list[str] = []
        self._owners: list[int] = []
        self._holders: dict[int, list[int]] = {}  # hash of NGRAM words → sentences holding it
        self._whole: dict[int, list[int]] = {}  # hash of a sentence shorter than GRAM → itself
        self._grams: dict[int, int] = {}  # hash of a run of GRAM words → the article drawing it
        self._added: list[int] = []  # grams in the order they were taken, for ``rollback``
        self.refused: list[int] = []  # articles kept though ``claim`` refused them
        self._family: dict[int, int] = {}  # article → the original it derives from (or itself)
        # hash of a run of QUOTE_GRAM words → the one family printing it, or -1 for several
        self._short: dict[int, int] = {}

    def unique(self, make: Callable[[], str], owner: int) -> str | None:
        if not self.distinct:
            return make()
        for _ in range(TRIES):
            text = make()
            grams = gram_hashes(words(text))
            if any(self._grams.get(g, owner) != owner for g in grams):
                continue
            # Sentences, and the words of quotations, which commentaries quote on their own.
            spans = [text[s:e] for s, e in sentence_spans(text, 0, len(text))]
            keys = [normalise(piece) for piece in [*spans, *_QUOTED.findall(text)]]
            keys = [k for k in keys if k.count(" ") >= 2]  # two-word lines repeat anywhere
            if not any(self._clashes(key, owner) for key in keys):
                self._note(keys, owner)
                self._take(grams, owner)
                return text
        return None

    def claim(
        self,
        owner: int,
        family: int,
        own: Sequence[int],
        borrowed: Sequence[int],
        short: Sequence[int] = (),
    ) -> bool:
        """Take the runs of an article's text for ``owner`` unless another article holds one
        of them: ``own`` runs hold words of its own; ``borrowed`` runs lie in text it takes
        from the original ``family`` names, which that original's other copies may share.
        ``short``: its runs of ``QUOTE_GRAM`` words, noted for ``only_in``."""
        if not self.distinct:
            return True
        if any(self._grams.get(g, owner) != owner for g in own):
            return False
        if any(self._family.get(self._grams.get(g, owner), family) != family for g in borrowed):
            return False
        self._family[owner] = family
        self._take([*own, *borrowed], owner)
        for gram in short:
            self._short[gram] = family if self._short.get(gram, family) == family else -1
        return True

    def only_in(self, family: int, text: str) -> bool:
        """Whether no article outside ``family`` prints a run of ``QUOTE_GRAM`` words of
        ``text`` (of the articles drawn so far): quoted words that could be traced to another
        article as well are no test of tracing them."""
        return not self.distinct or all(
            self._short.get(g, family) == family for g in gram_hashes(words(text), QUOTE_GRAM)
        )

    def checkpoint(self) -> tuple[int, int]:
        return len(self._sentences), len(self._added)

    def rollback(self, state: tuple[int, int]) -> None:
        """Forget the text drawn since ``state`` (an article drawn again)."""
        sentences, added = state
        for index in range(len(self._sentences) - 1, sentences - 1, -1):
            tokens = self._sentences[index].split()
            for gram in set(gram_hashes(tokens, NGRAM)):
                self._holders[gram].pop()  # the last taken, as indices only grow
            if NGRAM <= len(tokens) < GRAM:
                self._whole[gram_hashes(tokens, len(tokens))[0]].pop()
        del self._sentences[sentences:], self._owners[sentences:]
        for gram in self._added[added:]:
            del self._grams[gram]
        del self._added[added:]

    def _take(self, grams: Sequence[int], owner: int) -> None:
        for gram in grams:
            if gram not in self._grams:
                self._grams[gram] = owner
                self._added.append(gram)

    def fresh(self, sentences: Sequence[str], owner: int, family: int) -> bool:
        """Whether none of ``sentences`` (made of text taken from the original ``family``) is
        like a sentence of an article outside the family; if so they are noted for ``owner``."""
        if not self.distinct:
            return True
        keys = [k for k in map(normalise, sentences) if k.count(" ") >= 2]
        if any(self._clashes(key, owner, family) for key in keys):
            return False
        self._note(keys, owner)
        return True

    def _note(self, keys: Sequence[str], owner: int) -> None:
        for key in keys:
            tokens = key.split()
            for gram in set(gram_hashes(tokens, NGRAM)):
                self._holders.setdefault(gram, []).append(len(self._sentences))
            if NGRAM <= len(tokens) < GRAM:
                whole = gram_hashes(tokens, len(tokens))[0]
                self._whole.setdefault(whole, []).append(len(self._sentences))
            self._sentences.append(key)
            self._owners.append(owner)

    def _clashes(self, key: str, owner: int, family: int | None = None) -> bool:
        """Whether sentence matching could verify ``key`` against another article's sentence
        (``matching.verify``): a ratio of ``SHARED_BOUND`` or more, or the longer holding
        ``CONTAINED_BOUND`` of the shorter's words in order (the shorter of
        ``CONTAINED_MIN_TOKENS`` words or more; among sentences sharing ``NGRAM`` words in a
        row, as candidates are found, but for runs most sentences print); or whether one of
        them, of ``NGRAM`` words or more, is a run of words of the other: a whole sentence in
        one document anchors a passage (``matching.passages``)."""

        def other(index: int) -> bool:
            holder = self._owners[index]
            return holder != owner and (
                family is None or self._family.get(holder, holder) != family
            )

        found = process.extract(
            key, self._sentences, scorer=fuzz.ratio, score_cutoff=SHARED_BOUND, limit=None
        )
        if any(other(index) for _, _, index in found):
            return True
        tokens = key.split()
        for size in range(NGRAM, min(GRAM, len(tokens)) + 1):
            for gram in gram_hashes(tokens, size):  # another's short sentence inside this one
                if any(other(index) for index in self._whole.get(gram, [])):
                    return True
        if NGRAM <= len(tokens) < GRAM:  # this short sentence inside another's
            run = f" {key} "
            for index in self._holders.get(gram_hashes(tokens, NGRAM)[0], []):
                if run in f" {self._sentences[index]} " and other(index):
                    return True
        if len(tokens) < CONTAINED_MIN_TOKENS:
            return False
        candidates = {
            index
            for gram in gram_hashes(tokens, NGRAM)
            for holders in [self._holders.get(gram, [])]
            if len(holders) <= MAX_NGRAM_COUNT
            for index in holders
        }
        for index in sorted(candidates):
            words_of = self._sentences[index].split()
            shorter = min(len(tokens), len(words_of))
            if shorter < CONTAINED_MIN_TOKENS or not other(index):
                continue
            common = (len(tokens) + len(words_of) - Indel.distance(tokens, words_of)) / 2
            if common >= CONTAINED_BOUND * shorter:
                return True
        return False


def gram_hashes(tokens: Sequence[str], size: int = GRAM) -> list[int]:
    """A 64-bit hash of every run of ``size`` words in ``tokens`` (seeded: the same every run)."""
    return [
        xxhash.xxh3_64_intdigest(" ".join(tokens[k : k + size]).encode())
        for k in range(len(tokens) - size + 1)
    ]


def body_grams(article: Article) -> tuple[list[int], list[int], list[int]]:
    """The runs of ``GRAM`` words of an article's text outside its footer: those that hold a
    word of its own, and those wholly inside text it takes from its source (planted reuse, and
    new joins of it: a copy's reordered paragraphs); and all its runs of ``QUOTE_GRAM``."""
    text, spans = _layout(article)
    flags = bytearray(len(text))  # per character: 0 footer or space, 1 its own, 2 borrowed
    for segment, start, end in spans:
        if segment.kind != "boilerplate":
            taken = segment.unit is not None and not segment.unit.startswith(article.key)
            flags[start:end] = (b"\2" if taken else b"\1") * (end - start)
    tokens = [(word, flags[start]) for word, start, _ in tokenize(text) if flags[start]]
    own: list[int] = []
    borrowed: list[int] = []
    for k in range(len(tokens) - GRAM + 1):
        run = tokens[k : k + GRAM]
        key = xxhash.xxh3_64_intdigest(" ".join(word for word, _ in run).encode())
        (own if any(flag == 1 for _, flag in run) else borrowed).append(key)
    return own, borrowed, gram_hashes([word for word, _ in tokens], QUOTE_GRAM)


def drawn(rng: Draw, make: Callable[[], Article]) -> Article:
    """``make()``, drawn again (at most ``TRIES`` times) while its laid-out text shares a run of
    ``GRAM`` words with another article's outside planted reuse (``Draw.claim``)."""
    for attempt in range(TRIES):
        state = rng.checkpoint()
        article = make()
        family = article.source.number if article.source else article.number
        if rng.claim(article.number, family, *body_grams(article)):
            return article
        if attempt < TRIES - 1:
            rng.rollback(state)
    rng.refused.append(article.number)
    return article


def text_of(paragraph: Paragraph) -> str:
    return "".join(s.text for s in paragraph)


# --- articles -------------------------------------------------------------------------------


def slot_values(topic: Topic, rng: random.Random) -> dict[str, str]:
    slots = {**COMMON_SLOTS, **topic["slots"]}
    return {name: rng.choice(sorted(choices)) for name, choices in sorted(slots.items())}


def footer(outlet: str, statement: bool = False) -> Paragraph:
    """The outlet's footer: a press office's block, else one of ``FOOTERS`` (the outlets of the
    mix each have their own)."""
    known = NEWS_OUTLETS + WIRES
    if statement:
        lines = STATEMENT_FOOTERS[sum(map(ord, outlet)) % len(STATEMENT_FOOTERS)]
    else:
        index = known.index(outlet) if outlet in known else sum(map(ord, outlet))
        lines = FOOTERS[index % len(FOOTERS)]
    unit = f"footer:{slug(outlet)}"
    text = " ".join(line.format(outlet=outlet, org=outlet) for line in lines)
    return [Segment(text, unit, "boilerplate")]


def plea(outlet: str, number: int) -> Paragraph:
    """The footer of the ``number``-th outlet with two articles: its subscription plea."""
    text = " ".join(part[number % len(part)] for part in PLEA_PARTS).format(outlet=outlet)
    return [Segment(text, f"footer:{slug(outlet)}", "boilerplate")]


def original(number: int, rng: Draw, statement: bool) -> Article:
    topic = rng.choice(TOPICS)
    values = slot_values(topic, rng)
    outlet = values["org"] if statement else rng.choice(WIRES)
    key = f"o{number:05d}"
    chosen = [0, *sorted(rng.sample(range(1, len(topic["facts"])), k=rng.randint(5, 8)))]
    paragraphs: list[Paragraph] = [
        [Segment(_headline(rng, topic["headlines"][0], values, number), f"{key}:h")],
        [Segment(_headline(rng, topic["standfirsts"][0], values, number) + ".", f"{key}:s")],
    ]
    facts = []
    speakers: dict[str, str] = {}
    for index in chosen:
        fact = topic["facts"][index]
        template = rng.choice(fact["original"])
        text = rng.unique(partial(_fact_text, template, values, rng), number)
        if text is None:
            continue
        facts.append(index)
        sentence = Segment(text, f"{key}:f{index}")
        if fact["quote"]:
            speakers[sentence.unit or ""] = _speaker(template, values)
        joinable = paragraphs[-1][-1].unit and not fact["quote"] and len(paragraphs) > 2
        if joinable and rng.random() < 0.3 and not _is_quote(paragraphs[-1]):
            paragraphs[-1] = [*paragraphs[-1], Segment(" "), sentence]
        else:
            paragraphs.append([sentence])
    paragraphs.append(footer(outlet, statement))
    return Article(
        number, outlet, "original", paragraphs, None, None, [], topic, values, facts, speakers
    )


def _speaker(template: str, values: dict[str, str]) -> str:
    """The person a quote template credits: the first slot outside its quotation marks."""
    outside = _QUOTED.sub("", template)
    slot = re.search(r"\{(\w+)\}", outside)
    assert slot is not None, f"quote template names no speaker: {template}"
    return values[slot.group(1)]


def _fact_text(template: str, values: dict[str, str], rng: random.Random) -> str:
    return extend_sentence(render(template, values, rng), values, rng)


def _headline(rng: Draw, template: str, values: dict[str, str], owner: int) -> str:
    """A headline-like line of its own (a grammar sentence if the template keeps colliding)."""
    text = rng.unique(lambda: render(template, values, rng), owner)
    if text is None:
        text = rng.unique(lambda: filler_sentence(values, rng), owner) or template_free(owner)
    return text.rstrip(".")


def _from_templates(
    rng: Draw, templates: Sequence[str], values: dict[str, str], owner: int, wanted: int
) -> list[str]:
    """Up to ``wanted`` distinct templates rendered without clashing with other articles."""
    found: list[str] = []
    for template in rng.sample(list(templates), k=len(templates)):
        text = rng.unique(partial(render, template, values, rng), owner)
        if text is not None:
            found.append(text)
        if len(found) == wanted:
            break
    return found


def _fillers(rng: Draw, values: dict[str, str], owner: int, wanted: int) -> str:
    sentences = (rng.unique(lambda: filler_sentence(values, rng), owner) for _ in range(wanted))
    return " ".join(s for s in sentences if s) or template_free(owner)


def template_free(owner: int) -> str:
    """A last resort no detector setting matches: two words, below any sentence length that
    takes part in matching."""
    return f"Report {owner}."


def _is_quote(paragraph: Paragraph) -> bool:
    return "“" in text_of(paragraph)


def syndicated(number: int, source: Article, outlet: str, rng: Draw) -> Article:
    applicable = [e for e in EDITS if _applies(e, source)]
    # A copy the same day as its source, neither with a time, can only be told from it by
    # containment: it drops paragraphs and adds nothing (no local paragraph, no headline).
    same_day = (
        not source.tied
        and not source.timed
        and len(source.paragraphs) > 7
        and rng.random() < SAME_DAY_SHARE
    )
    # A copy hours after its source the same day, both with times: the dates order them; it
    # adds nothing of its own, so that no other copy holds more of it than its source.
    same_time = not same_day and not source.tied and rng.random() < SAME_TIME_SHARE
    # A hard-wrapped copy keeps the source's headline and adds nothing of its own, so that
    # only the wrapping can keep it from being found a copy.
    wrap = not same_day and rng.random() < WRAP_SHARE
    if same_day:
        textual = [e for e in applicable if e in TEXTUAL_EDITS]
        edits = ["drop", *rng.sample(textual, k=min(len(textual), rng.randint(0, 1)))]
        edits.sort(key=EDITS.index)
    else:
        if wrap or same_time:
            applicable = [e for e in applicable if e not in {"headline", "local"}]
        count = min(len(applicable), rng.randint(1, 3))
        edits = sorted(rng.sample(applicable, k=count), key=EDITS.index)
    body = [list(p) for p in source.paragraphs[:-1]]
    for edit in edits:
        body = _EDIT[edit](body, source, number, rng)
    for case, share, change in (("merge", MERGE_SHARE, _merge), ("split", SPLIT_SHARE, _split)):
        if rng.random() < share:
            changed = change(body, rng, number, source.number)
            if changed is not None:
                body = changed
                edits.append(case)
    if wrap:
        edits.append("wrap")
    article = Article(
        number, outlet, "syndicated", [*body, footer(outlet, False)], None, source, edits
    )
    article.same_day, article.same_time = same_day, same_time
    article.keep_dated = same_day or same_time
    return article


def _sentences(body: list[Paragraph]) -> list[tuple[int, int]]:
    """(paragraph, segment) of each sentence of the source in ``body`` that quotes no one, in
    reading order, from the first paragraph after the standfirst."""
    return [
        (i, j)
        for i, paragraph in enumerate(body)
        if i >= 2
        for j, segment in enumerate(paragraph)
        if segment.unit and segment.text.endswith(".") and not re.search('[“”"]', segment.text)
    ]


def _merge(body: list[Paragraph], rng: Draw, owner: int, family: int) -> list[Paragraph] | None:
    """Two sentences in a row made one: "A, clause. The B." → "A, clause, and the B.", unlike
    another article's sentence (``Draw.fresh``)."""
    places = _sentences(body)
    pairs = [
        (first, second)
        for first, second in itertools.pairwise(places)
        if (first[0] == second[0] and second[1] == first[1] + 2)
        or (second[0] == first[0] + 1 and second[1] == 0 and first[1] == len(body[first[0]]) - 1)
    ]
    if not pairs:
        return None
    (i, j), (k, m) = rng.choice(pairs)
    a, b = body[i][j], body[k][m]
    head, rest = b.text.split(" ", 1)
    everything = " ".join(text_of(p) for p in body)
    if not re.search(rf"[a-z,] {re.escape(head)}\b", everything):  # not a name
        head = head.lower()
    if not rng.fresh([f"{a.text[:-1]}, and {head} {rest}"], owner, family):
        return None
    joined = [
        replace(a, text=a.text[:-1], case="merged"),
        Segment(", and "),
        replace(b, text=f"{head} {rest}", case="merged"),
    ]
    paragraph = [*body[i][:j], *joined, *body[k][m + 1 :]]
    return [*body[:i], paragraph, *body[k + 1 :]]


def _split(body: list[Paragraph], rng: Draw, owner: int, family: int) -> list[Paragraph] | None:
    """A sentence made two at a comma before its closing clause: "A, with B, clause." → "A.
    With B, clause.", each part with six words or more of its own (a part that is mostly its
    closing clause is a stock phrase), and neither like another article's sentence
    (``Draw.fresh``): the halves of a sentence written from a template are shorter than it, and
    more like the halves of the others written from it."""
    places = []
    for i, j in _sentences(body):
        text = body[i][j].text
        closing = text.rfind(", ")
        cut = text.rfind(", ", 0, max(closing, 0))
        if cut > 0 and len(text[:cut].split()) >= 6 and len(text[cut + 2 : closing].split()) >= 6:
            places.append((i, j, cut))
    rng.shuffle(places)
    for i, j, cut in places:
        segment = body[i][j]
        first, second = segment.text[:cut] + ".", segment.text[cut + 2 :]
        second = second[0].upper() + second[1:]
        if rng.fresh([first, second], owner, family):
            paragraph = [
                *body[i][:j],
                replace(segment, text=first[:-1], case="split"),
                Segment(". "),
                replace(segment, text=second, case="split"),
                *body[i][j + 1 :],
            ]
            return [*body[:i], paragraph, *body[i + 1 :]]
    return None


def wrapped(text: str, width: int = WRAP_WIDTH) -> str:
    """``text`` hard-wrapped at ``width`` columns: spaces turned into line breaks, so that
    every offset stays where it was."""
    chars = list(text)
    line_start, last_space = 0, -1
    for k in range(len(chars) + 1):
        char = chars[k] if k < len(chars) else "\n"
        if char not in " \n":
            continue
        if k - line_start > width and last_space >= line_start:
            chars[last_space] = "\n"
            line_start = last_space + 1
        if char == "\n":
            line_start, last_space = k + 1, -1
        else:
            last_space = k
    return "".join(chars)


def _applies(edit: str, source: Article) -> bool:
    text = " ".join(text_of(p) for p in source.paragraphs[:-1])
    return {
        "money": bool(re.search(r"£\d+(?:\.\d+)?m\b", text)),
        "spelling": any(re.search(rf"\b{uk}\b", text) for uk in US_SPELLING),
        "nato": "Nato" in text,
        "quotes": "“" in text or "’" in text,
        "drop": len(source.paragraphs) > 6,
        "reorder": len(source.paragraphs) > 5,
    }.get(edit, True)


def _map_text(body: list[Paragraph], change: Any) -> list[Paragraph]:
    return [[replace(s, text=change(s.text)) for s in p] for p in body]


def _edit_headline(body: list[Paragraph], src: Article, owner: int, rng: Draw) -> Any:
    assert src.topic is not None
    headline = _headline(rng, src.topic["headlines"][-1], src.values, owner)
    standfirst = _headline(rng, src.topic["standfirsts"][-1], src.values, owner) + "."
    return [[Segment(headline)], [Segment(standfirst)], *body[2:]]


def _edit_local(body: list[Paragraph], src: Article, owner: int, rng: Draw) -> Any:
    # A local angle of the outlet's own, from the grammar: no two copies share one.
    local = _fillers(rng, src.values, owner, rng.randint(1, 2))
    at = rng.randint(min(3, len(body)), len(body))
    return [*body[:at], [Segment(local)], *body[at:]]


def _edit_drop(body: list[Paragraph], src: Article, owner: int, rng: Draw) -> Any:
    drop = set(rng.sample(range(3, len(body)), k=min(2, len(body) - 4)))
    return [p for i, p in enumerate(body) if i not in drop]


def _edit_reorder(body: list[Paragraph], src: Article, owner: int, rng: Draw) -> Any:
    head, rest = body[:3], body[3:]
    rng.shuffle(rest)
    return [*head, *rest]


def _edit_quotes(body: list[Paragraph], src: Article, owner: int, rng: Draw) -> Any:
    table = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
    return _map_text(body, lambda t: t.translate(table))


def _edit_money(body: list[Paragraph], src: Article, owner: int, rng: Draw) -> Any:
    return _map_text(body, lambda t: re.sub(r"£(\d+(?:\.\d+)?)m\b", r"£\1 million", t))


def _edit_spelling(body: list[Paragraph], src: Article, owner: int, rng: Draw) -> Any:
    def american(text: str) -> str:
        for uk, us in US_SPELLING.items():
            text = re.sub(rf"\b{uk}\b", us, text)
            text = re.sub(rf"\b{uk.capitalize()}\b", us.capitalize(), text)
        return text

    return _map_text(body, american)


def _edit_nato(body: list[Paragraph], src: Article, owner: int, rng: Draw) -> Any:
    return _map_text(body, lambda t: t.replace("Nato", "NATO"))


def _edit_typo(body: list[Paragraph], src: Article, owner: int, rng: Draw) -> Any:
    places = [
        (i, j)
        for i, p in enumerate(body[2:], start=2)
        for j, s in enumerate(p)
        if s.unit and re.search(r"[a-z]{6,}", s.text)
    ]
    if not places:
        return body
    i, j = rng.choice(places)
    segment = body[i][j]
    words = list(re.finditer(r"[a-z]{6,}", segment.text))
    word = rng.choice(words)
    k = word.start() + rng.randint(1, len(word.group()) - 3)
    text = segment.text[:k] + segment.text[k + 1] + segment.text[k] + segment.text[k + 2 :]
    paragraph = list(body[i])
    paragraph[j] = replace(segment, text=text)
    return [*body[:i], paragraph, *body[i + 1 :]]


_EDIT = {
    "headline": _edit_headline,
    "local": _edit_local,
    "drop": _edit_drop,
    "reorder": _edit_reorder,
    "quotes": _edit_quotes,
    "money": _edit_money,
    "spelling": _edit_spelling,
    "nato": _edit_nato,
    "typo": _edit_typo,
}


def quotes_of(source: Article) -> list[tuple[str, str]]:
    """(unit, quoted words without marks or final comma) for each quoted fact of ``source``."""
    found = []
    for paragraph in source.paragraphs:
        for segment in paragraph:
            match = _QUOTED.search(segment.text)
            if segment.unit and ":f" in segment.unit and match:
                found.append((segment.unit, match.group(1).rstrip(",.!? ")))
    return found


FRAMES = (", and the promise of “", "; all this talk of “")
# Attributions as real news writes them, each learned from a miss on PolNeAR's train split:
# (a paragraph before, the words before the quotation, the words after it).
ATTRIBUTIONS = (
    ("", "“", "!” {person} tweeted."),  # the quote's own mark does not end the sentence
    ("", "“", "?” {person} asked the audience."),
    ("", "{person} has repeatedly said the scheme was “", ".”"),  # an adverb before the verb
    ("", "{person} blasted the critics on Monday, calling the plan “", ".”"),  # learned cues
    ("{person} spoke again on Monday.", "“", ".”"),  # a quotation standing alone goes on
    ("", "{person} (pictured) said on Monday: “", ".”"),  # an aside in brackets
    ("", '"', ",” said {person}."),  # mixed quotation marks
    ("", "In a statement on Monday, {person} insisted that “", ".”"),  # a fronted phrase
    ("", "Said {person}, speaking on Monday: “", ".”"),  # the verb first
    ("", "{person}: “", ".”"),  # a name and a colon (a transcript, a round-up)
    # whom a speaker tells is no speaker; a fronted phrase of time is no subject
    ("", "Hours later, {person} returned to the plan, telling reporters, “", ".”"),
    ("", "{person} did not name the firm, but told the council that “", ".”"),  # coordinated
    (  # a long appositive
        "",
        "{person}, who has spoken against the plan for many months and met residents on "
        "Monday, said the scheme was “",
        ".”",
    ),
    # what someone is, in lower case, before their name: after the verb and as the subject
    ("", "“", ",” said longtime local campaigner {person}."),
    ("", "Veteran harbour campaigner {person} said on Monday that “", ".”"),
    # a fronted past participle, a fronted preposition and a town with its state's
    # abbreviation are no subject
    ("Introduced at the lectern by the chair, {person} spoke about the plan.", "“", ".”"),
    ("", "Like the mayor, {person} rejected the plan, arguing that “", ".”"),
    ("", "At a meeting in Aspen, Colo., {person} closed by quoting the report: “", ".”"),
    # any verb in the past closes an attribution after a quote, or opens one before a colon
    ("", "“", ",” {person} retaliated on Monday."),
    ("", "{person} resisted: “", ".”"),
    # no attribution: a quote in the predicate is the subject's
    ("", "{person} thanked the council for “", ".”"),
    # an appositive whose relative clause no comma closes; a list before the quote
    ("", "“", ",” {person}, the campaigner who led the protest tweeted on Monday."),
    ("", "{person} said residents, traders, and visitors were right that “", ".”"),
    # "According to X," opening a sentence reaches past its first clause
    ("", "According to {person}, the plan was late, but it is now “", ".”"),
    # a pronoun after a verb that asks something of another is the one asked: no gender
    # for the one asking ("she" below may still be them)
    ("{person} wrote to the mayor demanding he drop the plan.", "In a letter, she said: “", ".”"),
    # a participle with a subject of its own ("with X posting") outranks a noun that could be
    # a verb ("demands"; the seeds' 002)
    ("", "Critics echoed key Russian demands, with {person} posting online: “", ".”"),
    # a subject a name owns: a statement holds the name's own words (PolNeAR's "Mrs.
    # Clinton's campaign said"; the seeds' 001, "A statement on Mr Zelenskyy's social media")
    ("", "“", ",” {person}’s statement said."),
    ("", "A statement on {person}’s website said: “", ".”"),
    # a name and where the person is from or works for: the person (PolNeAR's "Sen. Marco
    # Rubio of Florida"; "Meenakshi Ganguly of Human Rights Watch" was credited to a "Meenakshi
    # Ganguly of Human Rights" no other outlet names)
    ("", "“", ",” said {person} of Riverside Council."),
    ("", "{person} of Ohio's 9th District said on Monday: “", ".”"),
    # a name in apposition to a description of someone is the one a quotation alone goes on
    # with (PolNeAR: "One local woman, Karen Robison, pulled Rep. King aside")
    ("One local campaigner, {person}, walked out of the meeting.", "“", ".”"),
    # a capitalised word joined to a lower-case one is an adjective, no one to go on with
    # (PolNeAR: "the American-born children of Muslim immigrants would sidle up to him")
    (
        "{person} spoke on Monday. At dinners, the Aspen-born owners of the shops came up.",
        "“",
        ".”",
    ),
)
ATTRIBUTION_SHARE = 1 / 3  # of commentaries with a whole quotation: attributed as above
# Short stock lines two unrelated articles print, alike on characters and apart in the word
# that says something (real news: "They care about their lives" / "... their country"; the
# ``stock_line`` case): each pair is given to two negatives of the mix, which stay unlinked.
# Each shares at most four words in a row, but for lines that part after five
# (``verify.PARTING_BELOW``: PolNeAR's "It's going to be a zoo." / "... a long eight months.")
# and the unanswered requests, sentences ``boilerplate.NO_ANSWER`` knows, seven and nine words
# alike.
STOCK_LINES = (
    ("It is not a crisis.", "Funding is not a crisis."),
    ("The timing could not be worse.", "The timing could not be better."),
    ("It could have been prevented.", "But it could have been worse."),
    ("She comes across as strong.", "She comes across as careless."),
    ("This is an absolute disgrace.", "This is an absolute necessity."),
    ("The mood was very tense.", "The mood was very upbeat."),
    ("Nobody is above the rules.", "Nobody is above the law here."),
    # short quotations one word apart, each another's statement (PolNeAR: Suu Kyi's "I'm going
    # to be above the president" / Gary Johnson's "I'm going to be the next president …")
    (
        "Asked about the vote, she replied: “I'm going to be above the mayor.”",
        "At the hustings he told the crowd: “I'm going to be the next mayor of this town.”",
    ),
    # the line every story carries in words of its own, seven words alike (PolNeAR: "The
    # Clinton campaign did not respond to a request for comment." chained 17 articles)
    (
        "The harbour board did not respond to a request for comment.",
        "A spokesman for the mayor did not immediately respond to a request for comment.",
    ),
    # ... with a day after the verb, and questions not answered "immediately" (PolNeAR: "did not
    # immediately respond Wednesday to a reporter’s request for comment on …", "Bopp did not
    # immediately respond to questions about the proposed platform language.")
    (
        "The harbour board did not immediately respond Tuesday to questions about the sale.",
        "A spokeswoman for the council did not immediately respond on Friday to questions "
        "about the sale.",
    ),
)
# Paragraphs of furniture several unrelated articles of the mix each carry before their footer,
# boilerplate in the truth; each a case whose articles are paired with none of the others
# (real news: HuffPost ended its 2016 articles about one candidate "Editor’s note: Donald Trump
# regularly incites political violence …", 18 of PolNeAR's train articles then a "passage" of
# one another; The Western Journal's "Do you support Donald Trump? Like the page:", 12).
FURNITURE = {
    "editors_note": (
        "Editor’s note: The harbour board has repeatedly refused to publish its accounts and has "
        "pledged to sell every public mooring in the bay, a promise this newspaper has reported "
        "on since the board was first elected."
    ),
    "social_plea": "Do you support the harbour plan and the new moorings? Like the page:",
    # an outlet's live page header (AP's "The Latest on campaign 2016 on Super Tuesday (all
    # times Eastern Standard Time):", reprinted by Breitbart: 4 of PolNeAR's train articles)
    "live_header": "The Latest on the harbour board vote (all times local):",
    # an interview's editorial note (USA Today's Q&As: "Questions and answers have been edited
    # for length and clarity.")
    "interview_note": "Questions and answers have been edited for length and clarity.",
}
FURNITURE_ARTICLES = 6  # of each
# One title several unrelated articles of the mix each quote in a sentence of their own (the
# ``shared_title`` case): the name of a book, not a quotation either took from another (PolNeAR:
# "Crippled America: How to Make America Great Again" and "The Late Show with Stephen Colbert"
# each made a quote cluster of the articles naming them). Eight words: enough both to be looked
# for as a quote and to anchor a passage, were it a quotation.
SHARED_TITLE = "The Long Tide: How the Harbour Was Saved"
TITLE_FRAMES = (
    "Copies of “{title}” sold out at the quayside bookshop within a week.",
    "Her account in “{title},” published last spring, drew angry letters from trawlermen.",
    "Students at the college now read “{title}” alongside the council minutes.",
    "A stage version of “{title}” opens at the Corn Exchange next month.",
    "Critics called “{title}” generous to the board and unfair to its opponents.",
    "The library lends out “{title}” more often than any other local history.",
)
VERDICTS = ("rings hollow", "deserves scrutiny", "will be tested soon")


def commentary(number: int, source: Article, outlet: str, rng: Draw) -> Article:
    assert source.topic is not None
    values = {**source.values, "outlet": outlet}
    opinions = _from_templates(rng, source.topic["commentary"], values, number, 3)
    while len(opinions) < 5:
        opinions.insert(rng.randint(0, len(opinions)), _fillers(rng, values, number, 1))
    quotes = quotes_of(source)
    elide = rng.random() < ELIDED_SHARE
    paragraphs: list[Paragraph] = [[Segment(opinions[0].rstrip("."))], [Segment(opinions[1])]]
    for n, (unit, said) in enumerate(rng.sample(quotes, k=min(len(quotes), rng.randint(1, 2)))):
        intro = rng.choice(
            ["As {person} put it: “", "We are told: “", "In the words of {person}: “"]
        )
        named = "{person}" in intro
        pieces = _elided(said, rng, source.number) if elide and n == 0 else None
        if pieces is None:
            quoted = [Segment(said, unit, "quote", attributed=named, window=(0, len(said)))]
        else:
            # The quotation cut with "…": two pieces, each to be found on its own.
            quoted = [
                Segment(said[a:b], unit, "piece", named, "elided_quote", (a, b)) for a, b in pieces
            ]
            quoted.insert(1, Segment(" … "))
        paragraphs.append(
            [
                Segment(intro.format(person=source.speakers[unit])),
                *quoted,
                Segment(".” " + rng.choice(["Fine words.", "We shall see.", "Quite so."])),
            ]
        )
    paragraphs.append([Segment(opinions[2])])
    for unit, said in rng.sample(quotes, k=min(len(quotes), rng.randint(1, 2))):
        tokens = said.split()
        size = min(len(tokens), rng.randint(4, 7))
        # words no other story prints (``Draw.only_in``; else any): the quotes of one story's
        # originals are written from one template, and a fragment both print is theirs alike
        starts = list(range(len(tokens) - size + 1))
        rng.shuffle(starts)
        choices = [" ".join(tokens[k : k + size]).strip(",;:") for k in starts]
        fragment = next((f for f in choices if rng.only_in(source.number, f)), choices[0])
        at = said.find(fragment)
        # A sentence of the commentary's own around the fragment: a fixed frame ("Talk of “…”
        # rings hollow.") would make sentences that differ only in the words quoted.
        paragraphs.append(
            [
                Segment(_framed(rng, values, number)),
                Segment(fragment, unit, "fragment", False, window=(at, at + len(fragment))),
                Segment(f"” {rng.choice(VERDICTS)}."),
            ]
        )
    if rng.random() < QUOTED_CLAUSE_SHARE:
        # Words of a sentence the statement does not quote, quoted: reuse, not a quotation.
        found = _clause(_unquoted(source), rng, QUOTED_CLAUSE_WORDS, source.number)
        if found is not None:
            segment, a, b = found
            paragraphs.append(
                [
                    Segment(_framed(rng, values, number)),
                    Segment(
                        segment.text[a:b], segment.unit, "clause", False, "quoted_clause", (a, b)
                    ),
                    Segment(f"” {rng.choice(VERDICTS)}."),
                ]
            )
    paragraphs.extend([[Segment(opinions[3])], [Segment(opinions[4])], footer(outlet, False)])
    return Article(number, outlet, "commentary", paragraphs, None, source)


def _framed(rng: Draw, values: dict[str, str], owner: int) -> str:
    """A sentence of the commentary's own that opens a quotation ("…, and the promise of “"),
    drawn with its frame so that no two commentaries share the words before the quotation."""
    text = rng.unique(lambda: filler_sentence(values, rng).rstrip(".") + rng.choice(FRAMES), owner)
    return text or template_free(owner).rstrip(".") + FRAMES[0]


def _elided(said: str, rng: Draw, family: int) -> list[tuple[int, int]] | None:
    """Two pieces of ``said`` (character spans) with at least three words cut between them,
    each of ``ELIDED_PIECE_WORDS`` words or more and printed by no article outside ``family``
    (``Draw.only_in``); None when the quotation has none."""
    spans = [(start, end) for _, start, end in tokenize(said)]
    least = ELIDED_PIECE_WORDS
    cuts = [
        (first, second)
        for first in range(least, len(spans) - least - 2)  # words in the first piece
        for second in range(first + 3, len(spans) - least + 1)  # where the second starts
    ]
    rng.shuffle(cuts)
    for first, second in cuts:
        pieces = [(spans[0][0], spans[first - 1][1]), (spans[second][0], spans[-1][1])]
        if all(rng.only_in(family, said[a:b]) for a, b in pieces):
            return pieces
    return None


def _unquoted(source: Article) -> list[Segment]:
    """The sentences of ``source`` after its standfirst that quote no one."""
    return [s for p in source.paragraphs[2:-1] for s in p if s.unit and "“" not in s.text]


def _clause(
    sentences: Sequence[Segment], rng: Draw, sizes: tuple[int, int], family: int | None = None
) -> tuple[Segment, int, int] | None:
    """A run of words (as many as ``sizes`` allows) of one of ``sentences``, before its closing
    clause (a stock phrase many articles print): the sentence and the run's character span.
    ``family``: a run no article outside it prints (``Draw.only_in``), if there is one."""
    size = rng.randint(*sizes)

    def words_of(segment: Segment) -> list[tuple[int, int]]:
        closing = segment.text.rfind(", ")
        stop = closing if closing >= 0 else len(segment.text)
        return [(start, end) for _, start, end in tokenize(segment.text, 0, stop)]

    places = [
        (segment, spans[first][0], spans[first + size - 1][1])
        for segment in sentences
        for spans in [words_of(segment)]
        for first in range(len(spans) - size + 1)
    ]
    rng.shuffle(places)
    for segment, a, b in places:
        if family is None or rng.only_in(family, segment.text[a:b]):
            return segment, a, b
    return None


def lifted(number: int, source: Article, outlet: str, rng: Draw) -> Article:
    assert source.topic is not None
    place = slot_values(source.topic, rng)
    filler = [_fillers(rng, place, number, 1) for _ in range(5)]
    borrowed = _unquoted(source)
    taken: list[Paragraph] = [
        [s] for s in rng.sample(borrowed, k=min(len(borrowed), rng.randint(2, 3)))
    ]
    if len(taken) > 1 and rng.random() < CLAUSE_SHARE:
        # The last lift is a clause of the sentence inside a sentence of the article's own.
        found = _clause(taken[-1], rng, CLAUSE_WORDS)
        if found is not None:
            segment, a, b = found
            taken[-1] = [
                Segment(_lead_in(rng, place, number) + " "),
                Segment(segment.text[a:b], segment.unit, "clause", True, "lifted_clause", (a, b)),
                Segment("."),
            ]
    body: list[Paragraph] = [[Segment(s)] for s in filler[1:]]
    for paragraph in taken:
        body.insert(rng.randint(1, len(body)), paragraph)
    headline = f"{place['place']} {rng.choice(['round-up', 'week in brief', 'news digest'])}"
    paragraphs = [[Segment(headline)], [Segment(filler[0])], *body, footer(outlet, False)]
    return Article(number, outlet, "lifted", paragraphs, None, source)


def _lead_in(rng: Draw, values: dict[str, str], owner: int) -> str:
    """The article's own words before a lifted clause: "Earlier this month, residents of
    Fallowby were told that"."""

    def make() -> str:
        parts = [rng.choice(OPENINGS), rng.choice(SUBJECTS), rng.choice(LEAD_VERBS)]
        text = " ".join(parts).format(**values)
        return text[0].upper() + text[1:]

    return rng.unique(make, owner) or template_free(owner).rstrip(".") + " noted that"


LEAD_VERBS = ("were told that", "heard that", "learned that", "read that", "were reminded that")


def paraphrase(number: int, source: Article, outlet: str, rng: Draw) -> Article:
    assert source.topic is not None
    topic, values = source.topic, source.values
    paragraphs: list[Paragraph] = [
        [Segment(_headline(rng, topic["headlines"][-1], values, number))],
        [Segment(_headline(rng, topic["standfirsts"][-1], values, number) + ".")],
    ]
    for index in source.facts:
        template = rng.choice(topic["facts"][index]["paraphrase"])
        text = rng.unique(partial(render, template, values, rng), number)
        if text is not None:
            paragraphs.append([Segment(text)])
    paragraphs.append(footer(outlet, False))
    return Article(number, outlet, "paraphrase", paragraphs, None, source)


def same_topic(number: int, source: Article, outlet: str, rng: Draw) -> Article:
    assert source.topic is not None
    topic, values = source.topic, source.values
    body = _from_templates(rng, topic["background"], values, number, 5)
    while len(body) < 5:
        body.insert(rng.randint(0, len(body)), _fillers(rng, values, number, 1))
    paragraphs: list[Paragraph] = [
        [Segment(body[0].rstrip("."))],
        *[[Segment(sentence)] for sentence in body[1:]],
        footer(outlet, False),
    ]
    return Article(number, outlet, "same_topic", paragraphs, None, source)


def page(number: int, outlet: str, rng: Draw) -> Article:
    """A page of local news of an outlet's own, to be crawled more than once (``crawls``)."""
    values = slot_values(rng.choice(TOPICS), rng)

    def title() -> str:
        kind = rng.choice(["community news", "around the town", "notebook"])
        news = [rng.choice(part) for part in (SUBJECTS, VERBS, OBJECT_STATES, OBJECT_THINGS)]
        return f"{values['place']} {kind}: " + " ".join(news).format(**values)

    headline = rng.unique(title, number) or template_free(number).rstrip(".")
    paragraphs: list[Paragraph] = [[Segment(headline, f"o{number:05d}:h")]]
    for index in range(rng.randint(4, 6)):
        paragraphs.append([Segment(_fillers(rng, values, number, 1), f"o{number:05d}:p{index}")])
    paragraphs.append(footer(outlet))
    return Article(number, outlet, "crawled", paragraphs, None, values=values)


def crawls(first: Article, numbers: Sequence[int]) -> list[Article]:
    """The page ``first`` crawled again under each of ``numbers``: the same text and date."""
    found = [
        Article(n, first.outlet, "crawled", first.paragraphs, None, page=first) for n in numbers
    ]
    first.crawled_as = [a.doc_id for a in found]
    return found


# --- the corpus -----------------------------------------------------------------------------


def counts(n_articles: int) -> dict[str, int]:
    """How many articles of each role: the mix scaled to ``n_articles``, rounding into originals."""
    scaled = {role: n_articles * share // 100 for role, share in MIX.items()}
    scaled["original"] += n_articles - sum(scaled.values())
    return scaled


def extras(n_articles: int) -> dict[str, int]:
    """Crawled pages (each 2-3 documents, added to the mix) and two-article outlets (each two
    negatives of the mix) for ``n_articles``."""
    return {
        "pages": max(1, n_articles * PAGES // 100),
        "two_article_outlets": max(1, n_articles * TWO_ARTICLE_OUTLETS // 100),
    }


def outlet_names(suffixes: Sequence[str], count: int) -> list[str]:
    """``count`` outlets named after places of the mix, none of them an outlet of the mix."""
    places = sorted(COMMON_SLOTS["place"])
    return [
        f"{places[k % len(places)]} {suffixes[k // len(places) % len(suffixes)]}"
        for k in range(count)
    ]


def build(
    n_articles: int, seed: int, undated_share: float = UNDATED_SHARE, distinct: bool = True
) -> list[Article]:
    if n_articles < 20:
        raise ValueError(f"a corpus needs at least 20 articles, got {n_articles}")
    rng = Draw(seed, distinct)
    plan, extra = counts(n_articles), extras(n_articles)
    # ids that hide the role; three more per crawled page than the mix needs
    numbers = rng.sample(range(1, 10 * n_articles), k=n_articles + 3 * extra["pages"])
    originals = [
        drawn(rng, partial(original, numbers.pop(), rng, statement=i % 2 == 0))
        for i in range(plan["original"])
    ]
    quoted = [a for a in originals if quotes_of(a)]  # commentaries need quotations to quote
    articles = list(originals)
    makers = {
        "syndicated": (syndicated, originals),
        "commentary": (commentary, quoted or originals),
        "lifted": (lifted, originals),
        "paraphrase": (paraphrase, originals),
        "same_topic": (same_topic, originals),
    }
    for role, (make, sources) in makers.items():
        # Derived articles other than copies take distinct sources while they last: two
        # paraphrases of one original would share its facts and so their wording.
        order = list(sources)
        rng.shuffle(order)
        for i in range(plan[role]):
            source = rng.choice(sources) if role == "syndicated" else order[i % len(order)]
            outlet = rng.choice([o for o in NEWS_OUTLETS if o != source.outlet])
            article = drawn(rng, partial(make, numbers.pop(), source, outlet, rng))
            if article.source is not None and (article.same_day or article.same_time):
                article.source.keep_dated = True
                article.source.tied |= article.same_day
                article.source.timed |= article.same_time
            articles.append(article)
    # Pages crawled two or three times: in an outlet of the mix, or alone in one of their own.
    own = outlet_names(("Dispatch", "Online", "Today"), extra["pages"])
    for k in range(extra["pages"]):
        outlet = own[k] if k % 2 else rng.choice(NEWS_OUTLETS)
        found = sorted(numbers.pop() for _ in range(rng.randint(2, 3)))
        first = drawn(rng, partial(page, found[0], outlet, rng))
        articles.extend([first, *crawls(first, found[1:])])
    # Outlets with two articles, each ending with the outlet's plea: negatives of the mix.
    negatives = [a for a in articles if a.role in ("paraphrase", "same_topic")]
    names = outlet_names(("Voice", "Bulletin", "Weekly", "Chronicle"), extra["two_article_outlets"])
    chosen = rng.sample(negatives, k=min(len(negatives), 2 * len(names)))
    for k, article in enumerate(chosen):
        article.outlet, article.plea = names[k // 2], True
        article.paragraphs[-1] = plea(article.outlet, k // 2)
    _attributed(articles, seed)
    _stock_lines(articles, seed)
    _furniture(articles, seed)
    _shared_title(articles, seed)
    _date(articles, rng, undated_share)
    return articles


def _attributed(articles: Sequence[Article], seed: int) -> None:
    """A share of the commentaries (``ATTRIBUTION_SHARE``) re-quote a whole quotation with an
    attribution as real news writes it (``ATTRIBUTIONS``; the ``attribution`` case). Drawn
    after the rest, from a generator of its own, so the rest of the corpus is drawn as before."""
    own = random.Random(f"attribution {seed}")
    printed: set[str] = set()  # a paragraph before is printed once: twice would be shared text
    for article in articles:
        if article.role != "commentary" or article.source is None:
            continue
        for i, paragraph in enumerate(article.paragraphs):
            quote = next((s for s in paragraph if s.kind == "quote" and s.case is None), None)
            if quote is None or quote.unit is None:
                continue
            if own.random() < ATTRIBUTION_SHARE:
                person = article.source.speakers[quote.unit]
                lead, before, after = own.choice(ATTRIBUTIONS)
                while lead in printed:
                    lead, before, after = own.choice(ATTRIBUTIONS)
                if lead:
                    printed.add(lead)
                rewritten = [
                    Segment(before.format(person=person)),
                    replace(quote, attributed=True, case="attribution"),
                    Segment(after.format(person=person)),
                ]
                led = [[Segment(lead.format(person=person))]] if lead else []
                article.paragraphs[i : i + 1] = [*led, rewritten]
            break  # the first whole quotation of each commentary


def _stock_lines(articles: Sequence[Article], seed: int) -> None:
    """Each pair of ``STOCK_LINES`` printed by two negatives of the mix, a line each, as the
    paragraph before their footer (the ``stock_line`` case). Drawn after the rest, from a
    generator of its own, so the rest of the corpus is drawn as before."""
    own = random.Random(f"stock lines {seed}")
    negatives = [a for a in articles if a.role in ("paraphrase", "same_topic")]
    chosen = own.sample(negatives, k=min(len(negatives), 2 * len(STOCK_LINES)))
    for k, article in enumerate(chosen):
        article.stock_line = k // 2
        article.paragraphs.insert(-1, [Segment(STOCK_LINES[k // 2][k % 2])])


def _date(articles: Sequence[Article], rng: random.Random, undated_share: float) -> None:
    """Originals and pages spread over the period; derived articles 0-3 days later, never tied
    with their source on the same day unless both carry times; same-day cases on the day of
    their source, by day only (``same_day``) or 1-3 hours later (``same_time``); a page's crawls
    on its day. 10% of all articles undated, but for same-day cases and their sources
    (``keep_dated``); a page's crawls all or none."""
    span = max(30, len(articles) // 4)
    for article in articles:
        if article.source is None and article.page is None:
            moment = START + dt.timedelta(days=rng.randint(0, span), hours=rng.randint(6, 20))
            moment += dt.timedelta(minutes=rng.randint(0, 59))
            timed = rng.random() < 0.6
            article.published = (
                moment if (timed or article.timed) and not article.tied else (moment.date())
            )
    for article in articles:
        source = article.source
        if source is None:
            continue
        if article.same_day:
            article.published = source.published
        elif article.same_time and isinstance(source.published, dt.datetime):
            later = dt.timedelta(hours=rng.randint(1, 2), minutes=rng.randint(0, 59))
            article.published = source.published + later  # 20:59 at the latest, so that day
        else:
            article.published = _after(source.published, rng)
    for article in articles:
        if rng.random() < undated_share and not article.keep_dated:
            article.published = None
    for article in articles:
        if article.page is not None:
            article.published = article.page.published


def _after(source: dt.datetime | dt.date | None, rng: random.Random) -> dt.datetime | dt.date:
    """A publication strictly after ``source``: the same day only when ``source`` has a time."""
    assert source is not None  # undating happens after every derived article is dated
    if isinstance(source, dt.datetime):
        days = rng.randint(0, 3)
        if days == 0:
            return source + dt.timedelta(hours=rng.randint(1, 6), minutes=rng.randint(0, 59))
        day = source.date() + dt.timedelta(days=days)
    else:
        day = source + dt.timedelta(days=rng.randint(1, 3))
    if rng.random() < 0.4:
        return day
    return dt.datetime(
        day.year, day.month, day.day, rng.randint(6, 22), rng.randint(0, 59), tzinfo=dt.UTC
    )


# --- writing --------------------------------------------------------------------------------


def _furniture(articles: Sequence[Article], seed: int) -> None:
    """Each of ``FURNITURE`` given to ``FURNITURE_ARTICLES`` negatives of the mix (none given
    two) as the paragraph before their footer (its case): boilerplate in the truth. Drawn after
    the rest, from a generator of its own, so the rest of the corpus is drawn as before."""
    for kind, text in FURNITURE.items():
        own = random.Random(f"{kind} {seed}")
        negatives = [
            a for a in articles if a.role in ("paraphrase", "same_topic") and a.furniture is None
        ]
        for article in own.sample(negatives, k=min(len(negatives), FURNITURE_ARTICLES)):
            article.furniture = kind
            article.paragraphs.insert(-1, [Segment(text, kind, "boilerplate")])


def _shared_title(articles: Sequence[Article], seed: int) -> None:
    """``SHARED_TITLE`` quoted by as many negatives of the mix as there are ``TITLE_FRAMES``
    (furniture or none), each in a sentence of its own after its first paragraph: the
    ``shared_title`` case. Drawn last, from a generator of its own, like ``_furniture``."""
    own = random.Random(f"shared_title {seed}")
    negatives = [a for a in articles if a.role in ("paraphrase", "same_topic")]
    for article, frame in zip(
        own.sample(negatives, k=min(len(negatives), len(TITLE_FRAMES))), TITLE_FRAMES, strict=False
    ):
        article.quotes_title = True
        article.paragraphs.insert(1, [Segment(frame.format(title=SHARED_TITLE))])


def write(articles: Sequence[Article], out: Path, meta: dict[str, Any]) -> None:
    """Articles, manifest and truth; offsets in the truth are exact for the written text."""
    out.mkdir(parents=True, exist_ok=True)
    units: dict[str, list[tuple[dict[str, Any], Segment]]] = {}
    boilerplate: list[dict[str, Any]] = []
    cases: list[dict[str, Any]] = []
    manifest = io.StringIO(newline="")
    writer = csv.writer(manifest, lineterminator="\n")
    writer.writerow(["doc_id", "outlet", "published", "title"])
    documents = []
    owners = {a.key: a.doc_id for a in articles if a.role == "original" or a.role == "crawled"}
    speakers = {u: name for a in articles if a.role == "original" for u, name in a.speakers.items()}
    for article in sorted(articles, key=lambda a: a.doc_id):
        text, spans = _layout(article)
        if "wrap" in article.edits:
            text = wrapped(text)
        path = out / f"{article.doc_id}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
        marked: dict[str, list[list[int]]] = {}
        for segment, start, end in spans:
            record = {"doc_id": article.doc_id, "start": start, "end": end, "kind": segment.kind}
            if segment.kind == "fragment":
                record["words"] = len(segment.text.split())
            elif segment.kind in {"clause", "piece"}:
                record["words"] = len(words(segment.text))
            if not segment.attributed:
                record["attributed"] = False
            quoted = _ANY_QUOTED.search(segment.text) if segment.kind == "passage" else None
            if quoted and segment.unit in speakers:  # where its quotation's words are
                words_end = quoted.start(1) + len(quoted.group(1).rstrip(",.!? "))
                record["quote"] = [start + quoted.start(1), start + words_end]
            if segment.kind == "boilerplate":
                boilerplate.append({k: record[k] for k in ("doc_id", "start", "end")})
            elif segment.unit:
                units.setdefault(segment.unit, []).append((record, segment))
            if segment.case:
                marked.setdefault(segment.case, []).append([start, end])
        cases.extend(_cases(article, marked, text))
        published = _iso(article.published)
        writer.writerow([article.doc_id, article.outlet, published, text_of(article.paragraphs[0])])
        documents.append(_truth_document(article, published))
    clusters: list[dict[str, Any]] = []
    for unit, found in sorted(units.items()):
        occurrences = [record for record, _ in found]
        if len({o["doc_id"] for o in occurrences}) > 1:
            source = owners[unit.split(":")[0]]
            cluster = {"cluster_id": unit, "source_doc_id": source, "occurrences": occurrences}
            if unit in speakers:
                cluster["speaker"] = speakers[unit]
            clusters.append(cluster)
    pairs = _pairs(units, speakers)
    links: dict[str, set[str]] = {}
    for pair in pairs:
        for doc_id in (pair["doc_id_a"], pair["doc_id_b"]):
            links.setdefault(doc_id, set()).add(pair["link"])
    for document in documents:
        found_links = links.get(document["doc_id"], set())
        if not found_links:
            document["verdict"] = "unique"  # nothing of it was reused, or it reused nothing
        elif found_links == {"quotation"}:
            document["verdict"] = "quotes"  # it shares only what both print as quotations
    by_outlet: dict[str, list[str]] = {}
    for article in articles:
        if article.plea:
            by_outlet.setdefault(article.outlet, []).append(article.doc_id)
    cases.extend(
        {"case": "two_article_outlet", "outlet": outlet, "doc_ids": sorted(doc_ids)}
        for outlet, doc_ids in sorted(by_outlet.items())
    )
    by_line: dict[int, list[str]] = {}
    for article in articles:
        if article.stock_line is not None:
            by_line.setdefault(article.stock_line, []).append(article.doc_id)
    cases.extend(
        {"case": "stock_line", "line": line, "doc_ids": sorted(doc_ids)}
        for line, doc_ids in sorted(by_line.items())
    )
    for kind in FURNITURE:
        carrying = sorted(article.doc_id for article in articles if article.furniture == kind)
        cases.extend({"case": kind, "doc_id": d, "doc_ids": carrying} for d in carrying)
    quoting = sorted(article.doc_id for article in articles if article.quotes_title)
    cases.extend({"case": "shared_title", "doc_id": d, "doc_ids": quoting} for d in quoting)
    truth = {
        "format": TRUTH_FORMAT,
        "generator": meta,
        "documents": documents,
        "clusters": clusters,
        "boilerplate": boilerplate,
        "pairs": pairs,
        "cases": sorted(cases, key=lambda c: (c["case"], c.get("doc_id") or c["doc_ids"][0])),
    }
    (out / "manifest.csv").write_text(manifest.getvalue(), encoding="utf-8", newline="")
    (out / "truth.json").write_text(
        json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def _cases(article: Article, marked: dict[str, list[list[int]]], text: str) -> list[dict[str, Any]]:
    """The truth's cases an article carries (see benchmarks/quality/README.md)."""
    source = article.source.doc_id if article.source else None
    found: list[dict[str, Any]] = []
    for case, spans in sorted(marked.items()):
        found.append(
            {"case": case, "doc_id": article.doc_id, "source_doc_id": source, "spans": spans}
        )
    # a wrapped copy is found a copy when the dates can tell (undated, containment may not:
    # docs/accuracy.md), so it is a case only when both are dated
    dated = article.source is not None and None not in (article.published, article.source.published)
    if "wrap" in article.edits and dated:
        found.append(
            {
                "case": "wrapped",
                "doc_id": article.doc_id,
                "source_doc_id": source,
                "width": WRAP_WIDTH,
            }
        )
    basis = "same_date_containment" if article.same_day else "date" if article.same_time else None
    if basis is not None:
        found.append(
            {
                "case": "same_day_time" if basis == "date" else "same_day_date",
                "doc_id": article.doc_id,
                "source_doc_id": source,
                "direction_basis": basis,
            }
        )
    if article.role == "crawled" and article.page is None:
        body = text[: text.rindex("\n\n")]  # the footer is the last paragraph
        found.append(
            {
                "case": "identical",
                "doc_ids": [article.doc_id, *article.crawled_as],
                "chars": sum(map(len, body.split())),
            }
        )
    return found


def _pairs(
    units: dict[str, list[tuple[dict[str, Any], Segment]]], speakers: dict[str, str]
) -> list[dict[str, Any]]:
    """Every two documents that share planted text: ``passage`` when some of it is outside
    quotation marks in one of them, else ``quotation``; ``words``: the most they share of one
    unit (two fragments of one quotation may share a few words, or none)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for unit, occurrences in units.items():
        quotes = unit in speakers  # the source prints its words inside quotation marks
        for (x, sx), (y, sy) in itertools.combinations(occurrences, 2):
            if x["doc_id"] == y["doc_id"]:
                continue
            shared = _shared_words(sx, sy)
            if shared == 0:
                continue
            quoted = _quoted_side(sx, sy, quotes) and _quoted_side(sy, sx, quotes)
            key = (min(x["doc_id"], y["doc_id"]), max(x["doc_id"], y["doc_id"]))
            pair = found.setdefault(
                key, {"doc_id_a": key[0], "doc_id_b": key[1], "link": "quotation", "words": 0}
            )
            if not quoted:
                pair["link"] = "passage"
            pair["words"] = max(pair["words"], shared)
    return [found[key] for key in sorted(found)]


def _shared_words(x: Segment, y: Segment) -> int:
    """Words two occurrences of a unit share: a whole sentence shares all of the other."""
    if x.window is None or y.window is None:
        if x.window is None and y.window is None:
            return min(len(words(x.text)), len(words(y.text)))
        return len(words((y if x.window is None else x).text))
    start, end = max(x.window[0], y.window[0]), min(x.window[1], y.window[1])
    return len(words(x.text[start - x.window[0] : end - x.window[0]])) if end > start else 0


def _quoted_side(x: Segment, other: Segment, quotes: bool) -> bool:
    """Whether what ``x`` shares with ``other`` lies inside quotation marks in ``x``'s text."""
    if x.kind in {"quote", "fragment", "piece"} or x.case == "quoted_clause":
        return True
    # a whole sentence: only the words of its quotation may be shared inside the marks
    return x.kind == "passage" and quotes and other.window is not None


def _layout(article: Article) -> tuple[str, list[tuple[Segment, int, int]]]:
    parts: list[str] = []
    spans: list[tuple[Segment, int, int]] = []
    offset = 0
    for number, paragraph in enumerate(article.paragraphs):
        if number:
            parts.append("\n\n")
            offset += 2
        for segment in paragraph:
            spans.append((segment, offset, offset + len(segment.text)))
            parts.append(segment.text)
            offset += len(segment.text)
    parts.append("\n")
    return "".join(parts), spans


def _iso(value: dt.datetime | dt.date | None) -> str:
    """As the reports write dates (``Published.text``)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return Published(value.date(), value).text
    return Published(value).text


_VERDICT = {
    "syndicated": "syndicated",
    "commentary": "partial",
    "lifted": "partial",
    "paraphrase": "unique",
    "same_topic": "unique",
}


def _truth_document(article: Article, published: str) -> dict[str, Any]:
    """The document as ``documents.csv`` should give it; ``write`` turns the verdict of those
    sharing nothing into ``unique``, and of those sharing only quotations into ``quotes``."""
    copied_from: str | None
    if article.page is not None:  # a crawl of a page after its first: a copy of the first
        verdict, copied_from = "syndicated", article.page.doc_id
    else:
        verdict = _VERDICT.get(article.role, "original")
        copied_from = (
            article.source.doc_id if article.role == "syndicated" and article.source else None
        )
    return {
        "doc_id": article.doc_id,
        "outlet": article.outlet,
        "published": published or None,
        "role": article.role,
        "verdict": verdict,
        "copied_from": copied_from,
        "source_doc_id": article.source.doc_id if article.source else None,
        "edits": article.edits,
    }


def generate(
    out: Path,
    n_articles: int,
    seed: int,
    undated_share: float = UNDATED_SHARE,
    distinct: bool = True,
) -> None:
    """Write a corpus. ``distinct`` keeps unplanted text unshared (quadratic in the corpus:
    about 10 s for 500 articles, minutes for thousands); corpora for timing can skip it."""
    articles = build(n_articles, seed, undated_share, distinct)
    meta = {
        "seed": seed,
        "articles": n_articles,
        "mix": MIX,
        "undated_share": undated_share,
        "distinct": distinct,
    }
    write(articles, out, meta)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--scale",
        type=int,
        default=1,
        help="multiply --articles by this, for timing: skips the no-shared-text guarantee",
    )
    parser.add_argument("--undated-share", type=float, default=UNDATED_SHARE)
    args = parser.parse_args(argv)
    scaled = args.articles * args.scale
    generate(args.out, scaled, args.seed, args.undated_share, distinct=args.scale == 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
