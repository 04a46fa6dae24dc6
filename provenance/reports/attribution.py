"""Score quote extraction and speakers against human attribution annotation (brat standoff).

The annotation is PolNeAR's (Newell, Margolin & Ruths, LREC 2018): per article, a ``.txt`` file
and one or more ``.ann`` files whose attributions tie a Source, a Cue and a Content span
(``T1<TAB>Source 110 112<TAB>we`` ... ``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``;
a span may be cut in pieces, ``120 150;160 211``). Optionally, CoreNLP's XML for the article
(PolNeAR ships it) resolves a pronoun Source (``he``) to the mentions of its entity.

What is scored, on direct quotes only:

- **gold direct quotes**: stretches of the text between quotation marks (found here, on their
  own, paragraph by paragraph: an opening mark with no close runs to the paragraph's end) of at
  least ``MIN_WORDS`` words, at least half of whose characters lie in an annotated Content span;
  the attribution holding most of it gives the Source;
- **extraction**: recall is the share of gold quotes at least half of whose characters a quote
  row covers; precision the share of quote rows of ``MIN_WORDS`` words or more at least half of
  whose characters lie in annotated Content (a scare quote, a title, a term quoted in passing is
  no attribution's content); only rows of kind ``quotation`` count, where ``quotes.csv`` has
  the column;
- **speakers**, over gold quotes found whose attribution names a Source: *given* when the row
  has a speaker, *right* when its speaker and the Source name the same one (``same_speaker``),
  split by whether the Source is a name or description, or a pronoun.

Every article is scored with the first of its ``.ann`` files in name order (a few articles were
annotated by several annotators, to measure agreement).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from provenance.errors import InputError
from provenance.model import QuoteKind
from provenance.reports.schema import QUOTES
from provenance.reports.tables import read_rows

MIN_WORDS = 4  # a gold direct quote, or a quote row scored for precision, has this many words
COVER = 0.5  # the share of a span's characters that must be covered for two spans to agree

Span = tuple[int, int]

# a Source made only of these is a pronoun: it names no one without resolving it
PRONOUNS = frozenset(
    "he she they it we i you him her them us his hers their its our who this that "
    "those these one".split()
)
# words that tell no one apart: titles, articles, possessives, counts ("one", "another")
_NOT_NAMES = frozenset(
    "the a an one another some of for and to in at on by 's ’s mr mrs ms miss dr sir dame lord "
    "lady sen rep gov "
    "mr. mrs. ms. dr. sen. rep. gov. jr jr. sr sr.".split()
)
_ANNOTATION_LINE = re.compile(r"[TE]\d+\t")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
# quotation marks, opening → closing ones they may close with
_OPENING = {"“": '”"', '"': '"”', "‘‘": "’’", "«": "»", "„": "“”"}


@dataclass(frozen=True)
class Attribution:
    """One annotated attribution: its Source, Cue and Content, each a list of spans."""

    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]


@dataclass(frozen=True)
class GoldQuote:
    """A direct quote of the annotated text and the Source it is credited to."""

    start: int
    end: int
    source: tuple[Span, ...]
    source_text: str

    @property
    def pronoun(self) -> bool:
        return bool(self.source_text) and set(name_words(self.source_text)) <= PRONOUNS


@dataclass
class AttributionScores:
    """Counts over a corpus; ``missed``/``wrong`` keep a few examples to read."""

    articles: int = 0
    gold_quotes: int = 0
    found: int = 0
    rows_scored: int = 0  # quote rows of MIN_WORDS words or more
    rows_annotated: int = 0  # of those, on annotated content
    with_source: int = 0  # gold quotes found whose attribution names a Source
    given: int = 0
    right: int = 0
    named: int = 0  # of with_source: the Source is a name or a description
    named_given: int = 0
    named_right: int = 0
    unresolved: int = 0  # the Source is a pronoun no coreference chain names: not judged
    examples: dict[str, list[dict[str, str]]] = field(default_factory=lambda: defaultdict(list))

    @property
    def precision(self) -> float:
        return _ratio(self.rows_annotated, self.rows_scored)

    @property
    def recall(self) -> float:
        return _ratio(self.found, self.gold_quotes)

    @property
    def speaker_given(self) -> float:
        return _ratio(self.given, self.with_source)

    @property
    def speaker_right(self) -> float:
        """Of the quotes whose Source is known (a name, a description, or a pronoun that
        coreference names), given a speaker or not, the share given the right one."""
        return _ratio(self.right, self.with_source - self.unresolved)

    def figures(self) -> dict[str, Any]:
        """The counts and the ratios, for JSON."""
        found: dict[str, Any] = {
            f.name: getattr(self, f.name) for f in fields(self) if f.name != "examples"
        }
        found.update(
            precision=round(self.precision, 3),
            recall=round(self.recall, 3),
            speaker_given=round(self.speaker_given, 3),
            speaker_right=round(self.speaker_right, 3),
            named_speaker_given=round(_ratio(self.named_given, self.named), 3),
            named_speaker_right=round(_ratio(self.named_right, self.named), 3),
        )
        return found

    def note(self, kind: str, limit: int, **example: str) -> None:
        if len(self.examples[kind]) < limit:
            self.examples[kind].append(example)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def read_brat(path: Path) -> list[Attribution]:
    """The attributions of one ``.ann`` file (Source may be missing; those without Content
    are left out)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read ({error})") from None
    return read_brat_text(text, str(path))


def read_brat_text(text: str, path: str = "<annotation>") -> list[Attribution]:
    """The attributions of brat standoff ``text`` (``path`` names it in errors)."""
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[tuple[int, dict[str, str]]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not _ANNOTATION_LINE.match(line):
            continue  # blank, or the rest of a span's text that holds a line break
        fields = line.split("\t")
        try:
            if line.startswith("T"):
                label_and_spans = fields[1].split(" ", 1)
                spans[fields[0]] = tuple(
                    (int(a), int(b))
                    for a, b in (piece.split() for piece in label_and_spans[1].split(";"))
                )
            elif line.startswith("E"):
                roles = dict(part.split(":", 1) for part in fields[1].split())
                events.append((number, roles))
        except (IndexError, ValueError) as error:
            raise InputError(f"{path}:{number}: not a brat standoff line ({error})") from None
    found = []
    for _, roles in events:
        if roles.get("Content") not in spans:
            continue  # an attribution left unfinished (a few are): nothing to score it on
        found.append(
            Attribution(
                source=spans.get(roles.get("Source", ""), ()),
                cue=spans.get(roles.get("Cue", ""), ()),
                content=spans[roles["Content"]],
            )
        )
    return found


def quoted_regions(text: str) -> list[Span]:
    """The stretches between quotation marks, marks excluded, paragraph by paragraph (a line
    is a paragraph); an opening mark never closed runs to its paragraph's end."""
    found: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        k = 0
        while k < len(line):
            mark = line[k : k + 2] if line[k : k + 2] == "‘‘" else line[k]
            closes = _OPENING.get(mark)
            if closes is None or (mark == '"' and k and line[k - 1].isalnum()):
                k += 1
                continue
            begin = k + len(mark)
            stop = _close(line, begin, mark, closes)
            end = len(line) if stop < 0 else stop
            if end > begin:
                found.append((offset + begin, offset + end))
            k = end + (len(mark) if stop >= 0 else 0)
        offset += len(line) + 1
    return [_trimmed(text, start, end) for start, end in found]


def _close(line: str, begin: int, mark: str, closes: str) -> int:
    if mark == "‘‘":
        return line.find("’’", begin)
    positions = [p for p in (line.find(c, begin) for c in closes) if p >= 0]
    return min(positions) if positions else -1


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def name_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def gold_quotes(text: str, attributions: Sequence[Attribution]) -> list[GoldQuote]:
    """The direct quotes of an annotated text (see the module's notes)."""
    found = []
    for start, end in quoted_regions(text):
        if len(name_words(text[start:end])) < MIN_WORDS:
            continue
        best, best_overlap = None, 0
        for attribution in attributions:
            shared = sum(overlap((start, end), span) for span in attribution.content)
            if shared > best_overlap:
                best, best_overlap = attribution, shared
        if best is None or best_overlap < COVER * (end - start):
            continue
        source_text = " ".join(text[a:b] for a, b in best.source)
        found.append(GoldQuote(start, end, best.source, source_text))
    return found


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def same_speaker(speaker: str, source: str, entity: Iterable[str] = ()) -> bool:
    """Whether a speaker as reported names the annotated Source: the name words of one are
    all among the other's (``Trump`` and ``Donald Trump``; ``the Trump campaign`` and ``Trump
    campaign``), the Source's taken together with the mentions of its entity (``entity``:
    CoreNLP's coreference chain, which resolves ``he``). Titles and articles tell no one
    apart and are left out; ``Melania Trump`` is not ``Donald Trump``."""
    ours = {w for w in name_words(speaker) if w not in _NOT_NAMES}
    theirs = {w for w in name_words(source) if w not in _NOT_NAMES and w not in PRONOUNS}
    known = theirs | {w for mention in entity for w in name_words(mention) if w not in _NOT_NAMES}
    if not ours:
        return False
    return ours <= known or (bool(theirs) and theirs <= ours)


class Coreference:
    """CoreNLP's coreference chains of one article, as character spans of its mentions."""

    def __init__(self, chains: Sequence[Sequence[tuple[int, int, str]]]) -> None:
        self.chains = chains

    @classmethod
    def read(cls, path: Path) -> Coreference:
        """From CoreNLP's XML (tokens with character offsets; ``coreference`` chains)."""
        offsets: dict[tuple[int, int], Span] = {}
        chains: list[list[tuple[int, int, str]]] = []
        sentence = depth = 0
        try:
            for event, element in ET.iterparse(path, events=("start", "end")):
                tag = element.tag
                if event == "start":
                    if tag == "sentence" and element.get("id"):
                        sentence = int(element.get("id", "0"))
                    elif tag == "coreference":
                        depth += 1  # the outer one lists the chains: each inner one is one
                        if depth == 2:
                            chains.append([])
                    continue
                if tag == "coreference":
                    depth -= 1
                elif tag == "token":
                    begin = element.findtext("CharacterOffsetBegin")
                    end = element.findtext("CharacterOffsetEnd")
                    if begin is not None and end is not None:
                        offsets[(sentence, int(element.get("id", "0")))] = (int(begin), int(end))
                    element.clear()
                elif tag == "mention" and chains:
                    number = int(element.findtext("sentence") or 0)
                    first = int(element.findtext("start") or 0)
                    stop = int(element.findtext("end") or 0)
                    if (number, first) in offsets and (number, stop - 1) in offsets:
                        chains[-1].append(
                            (
                                offsets[(number, first)][0],
                                offsets[(number, stop - 1)][1],
                                element.findtext("text") or "",
                            )
                        )
        except ET.ParseError as error:
            raise InputError(f"{path}: not CoreNLP XML ({error})") from None
        return cls([chain for chain in chains if chain])

    def entity(self, spans: Sequence[Span]) -> list[str]:
        """The mentions of the chain of the mention that best fits ``spans`` (the one sharing
        most characters with them, then the shortest: "he", not a phrase around it), or none
        when no chain's mention overlaps them."""
        best: tuple[int, int] | None = None
        found: list[str] = []
        for chain in self.chains:
            for a, b, _ in chain:
                shared = sum(overlap((a, b), span) for span in spans)
                if shared and (best is None or (-shared, b - a) < best):
                    best, found = (-shared, b - a), [words for _, _, words in chain]
        return found


def score(
    texts: Mapping[str, str],
    annotations: Mapping[str, Sequence[Attribution]],
    rows: Sequence[Mapping[str, str]],
    coreference: Mapping[str, Coreference] | None = None,
    examples: int = 20,
) -> AttributionScores:
    """Score quote rows (``quotes.csv``) of the articles ``texts`` (doc_id → text) against
    their ``annotations`` (doc_id → attributions)."""
    scores = AttributionScores()
    by_doc: dict[str, list[Mapping[str, str]]] = defaultdict(list)
    for entry in rows:
        if entry.get("kind", QuoteKind.QUOTATION) == QuoteKind.QUOTATION:  # not terms, titles
            by_doc[entry["doc_id"]].append(entry)
    for doc_id in sorted(annotations):
        text = texts[doc_id]
        scores.articles += 1
        content = [span for a in annotations[doc_id] for span in a.content]
        quotes = by_doc.get(doc_id, [])
        for quote in quotes:
            start, end = int(quote["start"]), int(quote["end"])
            if len(name_words(text[start:end])) < MIN_WORDS:
                continue
            scores.rows_scored += 1
            if sum(overlap((start, end), span) for span in content) >= COVER * (end - start):
                scores.rows_annotated += 1
            else:
                scores.note("not_annotated", examples, doc_id=doc_id, quote=text[start:end][:120])
        chains = (coreference or {}).get(doc_id)
        for gold in gold_quotes(text, annotations[doc_id]):
            scores.gold_quotes += 1
            row = _covering(gold, quotes)
            if row is None:
                scores.note("missed", examples, doc_id=doc_id, quote=text[gold.start : gold.end])
                continue
            scores.found += 1
            if not gold.source:
                continue
            scores.with_source += 1
            named = not gold.pronoun
            scores.named += named
            entity = chains.entity(gold.source) if chains is not None else []
            known = named or any(set(name_words(m)) - PRONOUNS for m in entity)
            scores.unresolved += not known  # "he", and nothing says who
            speaker = row.get("speaker") or ""
            if not speaker:
                scores.note(
                    "no_speaker",
                    examples,
                    doc_id=doc_id,
                    source=gold.source_text,
                    quote=text[gold.start : gold.end][:120],
                )
                continue
            scores.given += 1
            scores.named_given += named
            if not known:
                continue
            if same_speaker(speaker, gold.source_text, entity):
                scores.right += 1
                scores.named_right += named
            else:
                scores.note(
                    "wrong_speaker",
                    examples,
                    doc_id=doc_id,
                    source=gold.source_text,
                    speaker=speaker,
                    quote=text[gold.start : gold.end][:120],
                )
    return scores


def _covering(gold: GoldQuote, rows: Sequence[Mapping[str, str]]) -> Mapping[str, str] | None:
    """The quote row covering most of the gold quote, when it covers at least ``COVER``."""
    best, most = None, 0
    for row in rows:
        shared = overlap((gold.start, gold.end), (int(row["start"]), int(row["end"])))
        if shared > most:
            best, most = row, shared
    return best if most >= COVER * (gold.end - gold.start) else None


def read_corpus(
    root: Path, coreference: bool = True
) -> tuple[dict[str, str], dict[str, list[Attribution]], dict[str, Coreference]]:
    """A PolNeAR split (``root/text``, ``root/attributions``, optionally ``root/corenlp``):
    texts and annotations by doc_id (the text file's stem, as ``provenance trace`` names
    it), and coreference where CoreNLP's XML is there."""
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(f"{root}: expected text/ and attributions/ folders (a PolNeAR split)")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(text_dir.glob("*.txt"))}
    annotations: dict[str, list[Attribution]] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        doc_id = path.stem.rsplit("_", 1)[0]
        if doc_id in texts and doc_id not in annotations:
            annotations[doc_id] = read_brat(path)
    chains = {}
    for doc_id in annotations if coreference else ():
        xml = root / "corenlp" / f"{doc_id}.txt.xml"
        if xml.is_file() and xml.stat().st_size:  # an empty file: not fetched, none to read
            chains[doc_id] = Coreference.read(xml)
    return texts, annotations, chains


def read_quote_rows(report_dir: Path) -> list[dict[str, str]]:
    return read_rows(report_dir / QUOTES.file)
