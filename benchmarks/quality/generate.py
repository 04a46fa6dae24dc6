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
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from benchmarks.quality.filler import extend_sentence, filler_sentence
from benchmarks.quality.topics import (
    COMMON_SLOTS,
    FOOTERS,
    STATEMENT_FOOTERS,
    TOPICS,
    Topic,
)
from provenance.dates import Published
from provenance.reports.evaluate import TRUTH_FORMAT
from provenance.text.normalise import normalise
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
TRIES = 30

_ALTERNATIVE = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")
_QUOTED = re.compile(r"“([^”]+)”")


@dataclass(frozen=True)
class Segment:
    """A piece of an article; ``unit`` names the truth cluster it belongs to, if any."""

    text: str
    unit: str | None = None
    kind: str = "passage"  # passage | quote | fragment | boilerplate
    attributed: bool = True  # False where the article does not say who is quoted


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

    @property
    def doc_id(self) -> str:
        return f"{slug(self.outlet)}/{self.number:05d}"


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def render(template: str, values: dict[str, str], rng: random.Random) -> str:
    """Pick one of each ``[a|b]`` alternatives, then fill ``{slot}``s."""
    chosen = _ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    return _SLOT.sub(lambda m: values[m.group(1)], chosen)


class Draw(random.Random):
    """The generator's randomness, and its guarantee that text not planted as reuse is not
    shared: every sentence drawn through ``unique`` differs from every sentence drawn before
    for another article (rapidfuzz ratio of the normalised text below ``SHARED_BOUND``), or it
    is drawn again, and after ``TRIES`` draws given up."""

    def __init__(self, seed: int, distinct: bool = True) -> None:
        super().__init__(seed)
        self.distinct = distinct
        self._sentences: list[str] = []
        self._owners: list[int] = []

    def unique(self, make: Callable[[], str], owner: int) -> str | None:
        if not self.distinct:
            return make()
        for _ in range(TRIES):
            text = make()
            # Sentences, and the words of quotations, which commentaries quote on their own.
            spans = [text[s:e] for s, e in sentence_spans(text, 0, len(text))]
            keys = [normalise(piece) for piece in [*spans, *_QUOTED.findall(text)]]
            keys = [k for k in keys if k.count(" ") >= 2]  # two-word lines repeat anywhere
            if not any(self._clashes(key, owner) for key in keys):
                self._sentences.extend(keys)
                self._owners.extend([owner] * len(keys))
                return text
        return None

    def _clashes(self, key: str, owner: int) -> bool:
        found = process.extract(
            key, self._sentences, scorer=fuzz.ratio, score_cutoff=SHARED_BOUND, limit=None
        )
        return any(self._owners[index] != owner for _, _, index in found)


def text_of(paragraph: Paragraph) -> str:
    return "".join(s.text for s in paragraph)


# --- articles -------------------------------------------------------------------------------


def slot_values(topic: Topic, rng: random.Random) -> dict[str, str]:
    slots = {**COMMON_SLOTS, **topic["slots"]}
    return {name: rng.choice(sorted(choices)) for name, choices in sorted(slots.items())}


def footer(outlet: str, statement: bool) -> Paragraph:
    if statement:
        lines = STATEMENT_FOOTERS[sum(map(ord, outlet)) % len(STATEMENT_FOOTERS)]
    else:
        lines = FOOTERS[(NEWS_OUTLETS + WIRES).index(outlet) % len(FOOTERS)]
    unit = f"footer:{slug(outlet)}"
    text = " ".join(line.format(outlet=outlet, org=outlet) for line in lines)
    return [Segment(text, unit, "boilerplate")]


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
    edits = sorted(rng.sample(applicable, k=rng.randint(1, 3)), key=EDITS.index)
    body = [list(p) for p in source.paragraphs[:-1]]
    for edit in edits:
        body = _EDIT[edit](body, source, number, rng)
    return Article(
        number, outlet, "syndicated", [*body, footer(outlet, False)], None, source, edits
    )


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


def commentary(number: int, source: Article, outlet: str, rng: Draw) -> Article:
    assert source.topic is not None
    values = {**source.values, "outlet": outlet}
    opinions = _from_templates(rng, source.topic["commentary"], values, number, 3)
    while len(opinions) < 5:
        opinions.insert(rng.randint(0, len(opinions)), _fillers(rng, values, number, 1))
    quotes = quotes_of(source)
    paragraphs: list[Paragraph] = [[Segment(opinions[0].rstrip("."))], [Segment(opinions[1])]]
    for unit, words in rng.sample(quotes, k=min(len(quotes), rng.randint(1, 2))):
        intro = rng.choice(
            ["As {person} put it: “", "We are told: “", "In the words of {person}: “"]
        )
        paragraphs.append(
            [
                Segment(intro.format(person=source.speakers[unit])),
                Segment(words, unit, "quote", attributed="{person}" in intro),
                Segment(".” " + rng.choice(["Fine words.", "We shall see.", "Quite so."])),
            ]
        )
    paragraphs.append([Segment(opinions[2])])
    for unit, words in rng.sample(quotes, k=min(len(quotes), rng.randint(1, 2))):
        tokens = words.split()
        size = min(len(tokens), rng.randint(4, 7))
        start = rng.randint(0, len(tokens) - size)
        fragment = " ".join(tokens[start : start + size]).strip(",;:")
        verdict = rng.choice(["rings hollow", "deserves scrutiny", "will be tested soon"])
        # A sentence of the commentary's own around the fragment: a fixed frame ("Talk of “…”
        # rings hollow.") would make sentences that differ only in the words quoted.
        own = _fillers(rng, values, number, 1).rstrip(".")
        paragraphs.append(
            [
                Segment(own + rng.choice([", and the promise of “", "; all this talk of “"])),
                Segment(fragment, unit, "fragment", attributed=False),
                Segment(f"” {verdict}."),
            ]
        )
    paragraphs.extend([[Segment(opinions[3])], [Segment(opinions[4])], footer(outlet, False)])
    return Article(number, outlet, "commentary", paragraphs, None, source)


def lifted(number: int, source: Article, outlet: str, rng: Draw) -> Article:
    assert source.topic is not None
    place = slot_values(source.topic, rng)
    filler = [_fillers(rng, place, number, 1) for _ in range(5)]
    borrowed = [s for p in source.paragraphs[2:-1] for s in p if s.unit and "“" not in s.text]
    taken = rng.sample(borrowed, k=min(len(borrowed), rng.randint(2, 3)))
    body: list[Paragraph] = [[Segment(s)] for s in filler[1:]]
    for segment in taken:
        body.insert(rng.randint(1, len(body)), [segment])
    headline = f"{place['place']} {rng.choice(['round-up', 'week in brief', 'news digest'])}"
    paragraphs = [[Segment(headline)], [Segment(filler[0])], *body, footer(outlet, False)]
    return Article(number, outlet, "lifted", paragraphs, None, source)


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


# --- the corpus -----------------------------------------------------------------------------


def counts(n_articles: int) -> dict[str, int]:
    """How many articles of each role: the mix scaled to ``n_articles``, rounding into originals."""
    scaled = {role: n_articles * share // 100 for role, share in MIX.items()}
    scaled["original"] += n_articles - sum(scaled.values())
    return scaled


def build(
    n_articles: int, seed: int, undated_share: float = UNDATED_SHARE, distinct: bool = True
) -> list[Article]:
    if n_articles < 20:
        raise ValueError(f"a corpus needs at least 20 articles, got {n_articles}")
    rng = Draw(seed, distinct)
    plan = counts(n_articles)
    numbers = rng.sample(range(1, 10 * n_articles), k=n_articles)  # ids that hide the role
    originals = [
        original(numbers.pop(), rng, statement=i % 2 == 0) for i in range(plan["original"])
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
            articles.append(make(numbers.pop(), source, outlet, rng))
    _date(articles, rng, undated_share)
    return articles


def _date(articles: Sequence[Article], rng: random.Random, undated_share: float) -> None:
    """Originals spread over the period; derived articles 0-3 days later, never tied with
    their source on the same day unless both carry times. 10% of all articles undated."""
    span = max(30, len(articles) // 4)
    for article in articles:
        if article.source is None:
            moment = START + dt.timedelta(days=rng.randint(0, span), hours=rng.randint(6, 20))
            moment += dt.timedelta(minutes=rng.randint(0, 59))
            article.published = moment if rng.random() < 0.6 else moment.date()
    for article in articles:
        if article.source is not None:
            article.published = _after(article.source.published, rng)
    for article in articles:
        if rng.random() < undated_share:
            article.published = None


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


def write(articles: Sequence[Article], out: Path, meta: dict[str, Any]) -> None:
    """Articles, manifest and truth; offsets in the truth are exact for the written text."""
    out.mkdir(parents=True, exist_ok=True)
    units: dict[str, list[dict[str, Any]]] = {}
    boilerplate: list[dict[str, Any]] = []
    manifest = io.StringIO(newline="")
    writer = csv.writer(manifest, lineterminator="\n")
    writer.writerow(["doc_id", "outlet", "published", "title"])
    documents = []
    originals = {f"o{a.number:05d}": a.doc_id for a in articles if a.role == "original"}
    speakers = {u: name for a in articles if a.role == "original" for u, name in a.speakers.items()}
    for article in sorted(articles, key=lambda a: a.doc_id):
        text, spans = _layout(article)
        path = out / f"{article.doc_id}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
        for segment, start, end in spans:
            record = {"doc_id": article.doc_id, "start": start, "end": end, "kind": segment.kind}
            if segment.kind == "fragment":
                record["words"] = len(segment.text.split())
            if not segment.attributed:
                record["attributed"] = False
            if segment.kind == "boilerplate":
                boilerplate.append({k: record[k] for k in ("doc_id", "start", "end")})
            elif segment.unit:
                units.setdefault(segment.unit, []).append(record)
        published = _iso(article.published)
        writer.writerow([article.doc_id, article.outlet, published, text_of(article.paragraphs[0])])
        documents.append(_truth_document(article, published))
    clusters: list[dict[str, Any]] = []
    for unit, occurrences in sorted(units.items()):
        if len({o["doc_id"] for o in occurrences}) > 1:
            source = originals[unit.split(":")[0]]
            cluster = {"cluster_id": unit, "source_doc_id": source, "occurrences": occurrences}
            if unit in speakers:
                cluster["speaker"] = speakers[unit]
            clusters.append(cluster)
    reused = {o["doc_id"] for c in clusters for o in c["occurrences"]}
    for document in documents:
        if document["verdict"] in {"original", "partial"} and document["doc_id"] not in reused:
            document["verdict"] = "unique"  # nothing of it was reused, or it reused nothing
    truth = {
        "format": TRUTH_FORMAT,
        "generator": meta,
        "documents": documents,
        "clusters": clusters,
        "boilerplate": boilerplate,
    }
    (out / "manifest.csv").write_text(manifest.getvalue(), encoding="utf-8", newline="")
    (out / "truth.json").write_text(
        json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


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
    return {
        "doc_id": article.doc_id,
        "outlet": article.outlet,
        "published": published or None,
        "role": article.role,
        "verdict": _VERDICT.get(article.role, "original"),
        "copied_from": article.source.doc_id
        if article.role == "syndicated" and article.source
        else None,
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
