"""Boilerplate stage: text that is shared without being copied.

Two rules, both documented in docs/how-it-works.md ("Boilerplate"):

- **Patterns**, for boilerplate a single article carries: a paragraph is boilerplate when its
  first sentence, or at least half its sentences, match one of ``PATTERNS`` (consent notices,
  subscription and donation pleas, copyright lines, photo credits, "You may also like"...) or a
  user pattern; short lines (``SHORT_WORDS`` words or fewer, no final punctuation: "Newsletter",
  "About Us", a stray "Spreaker" or "0:38") run on from boilerplate next to them.
- **Learned from the corpus**, for footers: a cluster of shared sentences is boilerplate when at
  least ``OUTLET_MAJORITY`` of its documents come from outlets that each carry it
  ``boilerplate_outlet_docs`` times or more and in at least ``OUTLET_SHARE`` of their articles
  (an outlet reprinting one of its own stories shares it with one or two documents, its footer
  with all of them), or when it is found in more than ``boilerplate_corpus_share`` of all
  documents and in at least ``CORPUS_MIN_DOCS`` (in a small or topical corpus one story can be in
  most documents).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt
from ahocorasick_rs import AhoCorasick, MatchKind

from provenance.model import Sentence
from provenance.text.segment import sentence_spans

# Case-insensitive; searched in each sentence that holds one of the pattern's trigger words
# (lower case; a cheap test that spares most sentences the search). Kept specific: news about
# cookies, copyright, donations, apps or press offices must not match, so each names the thing
# together with what only boilerplate says of it (we/you/our, "now", a year after ©...).
PATTERNS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("content is provided",), r"\bthis content is provided by\b"),
    (
        ("cookie",),
        r"\b(?:we|you|this (?:site|website)|our (?:site|website))\b[^.]{0,80}\bcookies\b",
    ),
    (("by continuing",), r"\bby continuing to (?:use|browse)\b"),
    (
        ("privacy",),
        r"\b(?:our|the) privacy (?:options|settings)\b|\bour privacy (?:policy|notice)\b",
    ),
    (("manage your",), r"\bmanage your (?:consent|cookie|privacy)\b"),
    (
        ("your support", "your donation", "your contribution"),
        r"\byour (?:support|donation|contribution)s? (?:helps? us|allows? us|makes all the)\b",
    ),
    (
        (
            "support now",
            "donate now",
            "subscribe now",
            "support today",
            "donate today",
            "subscribe today",
        ),
        r"^(?:support|donate|subscribe) (?:now|today)\b|\bread more support now\b",
    ),
    (
        ("please consider",),
        r"\bplease consider (?:making a (?:contribution|donation)|supporting us|subscribing)\b",
    ),
    (
        ("sign up", "free newsletter"),
        r"\bsign up (?:to|for) our\b|^sign up\b|\bsign up to receive\b|"
        r"\bget our free newsletter\b",
    ),
    (("subscribe to our",), r"\bsubscribe to our\b"),
    (
        ("follow",),
        r"\bfollow (?:us )?(?:on [\w ]{1,30} )?for more (?:updates|news|stories)\b|"
        r"\bfollow us on\b",
    ),
    (
        ("follow",),
        r"(?-i:\bfollow [A-Z]\S*(?: [A-Z]\S*){0,3} on (?:social media|Twitter|X|Facebook|"
        r"Instagram) for\b)",
    ),
    (
        (" app",),
        r"\b(?:get|download) (?:the|our) (?:free )?app (?:from|for)\b|\bdownload our app\b",
    ),
    (("listen to",), r"\blisten to (?:the latest|our) (?:episode|podcast)\b"),
    (
        ("©", "(c)", "copyright", "rights reserved"),
        r"©|\(c\) \d{4}|\bcopyright (?:©|\(c\)|\d{4})|\ball rights reserved\b",
    ),
    (("copyright",), r"^copyright [^.]{0,60}\d{4}\.?$"),
    (
        ("republished", "reproduced without"),
        r"\bmay not be republished\b|\breproduced without (?:written )?permission\b",
    ),
    (
        ("image", "photo", "picture", "video"),
        r"^(?:image|photo|picture|video)(?: credit)?s?\b\s*(?:\(.*?\))?\s*:",
    ),
    (
        ("credit", "pic: ", "photograph:"),
        r"\bimage credit\b|\bphoto(?:graph)? credit\b|(?-i:\bPic: [A-Z])|^photograph: ",
    ),
    (("licensed under",), r"\blicensed under (?:the )?(?:ogl|cc|creative commons|open government)"),
    (("photo", "getty", "reuters/"), r"\((?:ap |afp )?photo\b|/getty images\b|(?-i:\bREUTERS/)"),
    (
        ("contributed to this report", "our standards"),
        r"\bcontributed to this report\b|"
        r"\bour standards: the thomson reuters trust principles\b",
    ),
    (
        ("correction", "amended", "updated", "corrected"),
        r"^correction:|\bthis (?:article|story) (?:was|has been) (?:amended|updated|"
        r"corrected)\b",
    ),
    (("tip", "continues below"), r"\bhave a (?:news )?tip\b|\bstory continues below\b"),
    (("browser", "video player"), r"\bplease use (?:\w+ )?browser\b|\baccessible video player\b"),
    (
        (
            "you may also",
            "recommended",
            "related",
            "read more",
            "most read",
            "about us",
            "newsletter",
            "advertisement",
            "share this",
        ),
        r"^(?:you may also like|recommended for you|related(?: articles| stories| topics)?|"
        r"read more|most read|about us|newsletter|advertisement|share this(?: article|"
        r" story)?)\s*:?$",
    ),
    (("you may also", "recommended for you"), r"^(?:you may also like|recommended for you)\b"),
    (
        ("share this", "share on"),
        # a share widget's labels: "Share this article: Facebook Twitter WhatsApp Email"
        r"^share (?:this(?: article| story| page)?|on)\b\W*(?:(?:facebook|twitter|x|whatsapp|"
        r"e-?mail|linkedin|reddit|bluesky|threads|messenger|telegram|copy link)\W*){1,}$",
    ),
    (("trusted source",), r"\byour trusted source for\b"),
    (("comment",), r"\bcomments on this (?:story|article) have been closed\b|^\d+ comments?$"),
    (("home", "image", "photo"), r"^home\s*[»›>]|^(?:image|photo) \d+$"),
    (
        ("thank you for reading", "register for"),
        r"\bthank you for reading\b|\bregister for a free account\b",
    ),
    (
        ("notes to editors", "media enquiries", "ends", "press office"),
        r"\bnotes to editors\b|\bmedia enquiries\b|^ends$|\bcontact (?:the|our) press office\b",
    ),
    (("release", "about "), r"\baccompanying this (?:press )?release\b|^about [^:]{1,60}: we\b"),
)
SHORT_WORDS = 4
# The corpus-wide rule is for archives: in a small or topical corpus one story can be in most
# documents.
CORPUS_MIN_DOCS = 100
# A footer is in most of its outlet's articles, and nearly all the documents holding it come
# from such outlets: a story an outlet printed three times, out of many, is news.
OUTLET_SHARE = 0.5
OUTLET_MAJORITY = 0.75


Triggers = tuple[tuple[str, tuple[int, ...]], ...]  # trigger word → the patterns it opens


@dataclass(frozen=True)
class Matcher:
    """The built-in patterns and any given in the settings, compiled once."""

    extra: tuple[str, ...]  # the patterns given in the settings
    patterns: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]  # (triggers, pattern)
    triggers: Triggers
    always: tuple[int, ...]  # patterns without trigger words (the user's)
    # every trigger word found in one pass over a paragraph, overlapping ones included
    automaton: AhoCorasick

    @classmethod
    def build(cls, extra: Iterable[str] = ()) -> Matcher:
        given_patterns = tuple(extra)
        built = [(triggers, re.compile(p, re.IGNORECASE)) for triggers, p in PATTERNS]
        none: tuple[str, ...] = ()
        given = [(none, re.compile(p, re.IGNORECASE)) for p in given_patterns]
        patterns = tuple(built + given)
        opens: dict[str, list[int]] = {}
        for index, (words, _) in enumerate(patterns):
            for word in words:
                opens.setdefault(word, []).append(index)
        triggers = tuple((word, tuple(found)) for word, found in opens.items())
        return cls(
            given_patterns,
            patterns,
            triggers,
            tuple(i for i, (words, _) in enumerate(patterns) if not words),
            AhoCorasick([word for word, _ in triggers], matchkind=MatchKind.Standard),
        )

    def __reduce__(self) -> tuple[Callable[[tuple[str, ...]], Matcher], tuple[tuple[str, ...]]]:
        # the automaton does not pickle: workers rebuild the matcher from the given patterns
        # (through a module function: cloudpickle, which Spark uses, cannot take a classmethod)
        return _rebuilt, (self.extra,)

    def present(self, paragraph: str) -> Triggers:
        """The trigger words in a paragraph: a sentence's words are a run of its paragraph's,
        so its triggers are among these (most paragraphs hold none)."""
        lowered = " ".join(paragraph.split()).lower()
        found = {
            index
            for index, _, _ in self.automaton.find_matches_as_indexes(lowered, overlapping=True)
        }
        return tuple(self.triggers[index] for index in sorted(found))

    def matches(self, sentence: str, triggers: Triggers | None = None) -> bool:
        """Whether a pattern matches the sentence (``triggers``: its paragraph's, when known)."""
        text = " ".join(sentence.split())
        lowered = text.lower()
        given = self.triggers if triggers is None else triggers
        wanted = {i for word, found in given if word in lowered for i in found}
        return any(self.patterns[i][1].search(text) for i in sorted({*wanted, *self.always}))

    def matches_without_triggers(self, sentence: str) -> bool:
        """The same answer, the slow way (the trigger words' test oracle)."""
        text = " ".join(sentence.split())
        return any(pattern.search(text) for _, pattern in self.patterns)


def _rebuilt(extra: tuple[str, ...]) -> Matcher:
    return Matcher.build(extra)


def marked_paragraphs(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    sentences: Sequence[Sentence],
    matcher: Matcher,
) -> list[tuple[int, int]]:
    """``pattern_paragraphs`` of a document already cut into ``sentences``."""
    spans: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    for sentence in sentences:
        spans[sentence.paragraph].append((sentence.start, sentence.end))
    return pattern_paragraphs(text, paragraphs, matcher, spans)


def pattern_paragraphs(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    matcher: Matcher,
    sentences: Sequence[Sequence[tuple[int, int]]] | None = None,
) -> list[tuple[int, int]]:
    """The paragraphs (start, end) that the patterns mark as boilerplate, in order
    (``sentences``: each paragraph's sentence spans, when the caller has them already)."""
    if sentences is None:
        sentences = [list(sentence_spans(text, start, end)) for start, end in paragraphs]
    marked = [
        _marked(text, start, end, spans, matcher)
        for (start, end), spans in zip(paragraphs, sentences, strict=True)
    ]
    short = [
        len(text[start:end].split()) <= SHORT_WORDS and text[end - 1] not in '.!?”"’'
        for start, end in paragraphs
    ]
    for order in (range(len(marked)), range(len(marked) - 1, -1, -1)):
        previous = False
        for i in order:  # short lines (not sentences) run on from boilerplate beside them
            marked[i] = marked[i] or (short[i] and previous)
            previous = marked[i]
    return [span for span, is_marked in zip(paragraphs, marked, strict=True) if is_marked]


def _marked(
    text: str, start: int, end: int, spans: Sequence[tuple[int, int]], matcher: Matcher
) -> bool:
    triggers = matcher.present(text[start:end])
    if not triggers and not matcher.always:
        return False
    sentences = [text[s:e] for s, e in spans]
    if not sentences:
        return False
    hits = [matcher.matches(s, triggers) for s in sentences]
    return hits[0] or 2 * sum(hits) >= len(hits)


@dataclass(frozen=True)
class CorpusCounts:
    """What learning boilerplate counts over the whole corpus: its documents, and those of each
    outlet."""

    documents: int
    outlet_documents: Mapping[str, int]

    @classmethod
    def of(cls, documents: Iterable[OfOutlet]) -> CorpusCounts:
        found = list(documents)
        outlets = Counter(d.outlet for d in found if d.outlet is not None)
        return cls(len(found), outlets)


class InDocument(Protocol):
    """A sentence, as learning boilerplate sees it: its document."""

    @property
    def doc(self) -> int: ...


class OfOutlet(Protocol):
    """A document, as learning boilerplate sees it: its outlet."""

    @property
    def outlet(self) -> str | None: ...


def boilerplate_components(
    members: Sequence[Sequence[int]],
    sentences: Sequence[InDocument],
    documents: Sequence[OfOutlet],
    flags: Sequence[bool],
    outlet_docs: int,
    corpus_share: float,
    corpus: CorpusCounts,
) -> set[int]:
    """The components (indices into ``members``) that are boilerplate: learned ones, and those
    mostly made of sentences in pattern-marked paragraphs (``flags``, per sentence)."""
    found = learned(members, sentences, documents, outlet_docs, corpus_share, corpus)
    found.update(
        c for c, group in enumerate(members) if 2 * sum(flags[s] for s in group) > len(group)
    )
    return found


def could_be_learned(
    n_docs: npt.NDArray[np.int64], outlet_docs: int, corpus_share: float, corpus: CorpusCounts
) -> npt.NDArray[np.bool_]:
    """For components in ``n_docs`` documents each: whether ``learned`` could find them
    boilerplate at all (a footer needs at least the documents of one outlet's regulars, corpus-
    wide boilerplate more than its share of the corpus). A cheap test that rules most out."""
    published = corpus.outlet_documents.values()
    fewest = min((max(outlet_docs, OUTLET_SHARE * count) for count in published), default=None)
    footer = n_docs >= fewest if fewest is not None else np.zeros(len(n_docs), np.bool_)
    widespread = (n_docs >= CORPUS_MIN_DOCS) & (n_docs > corpus_share * corpus.documents)
    found: npt.NDArray[np.bool_] = footer | widespread
    return found


def learned(
    members: Sequence[Sequence[int]],
    sentences: Sequence[InDocument],
    documents: Sequence[OfOutlet],
    outlet_docs: int,
    corpus_share: float,
    corpus: CorpusCounts | None = None,
) -> set[int]:
    """The components (indices into ``members``) that are footers or corpus-wide boilerplate
    (``corpus``: the counts of the whole corpus, when ``documents`` are a part of it)."""
    corpus = corpus or CorpusCounts.of(documents)
    published = corpus.outlet_documents
    found = set()
    for c, group in enumerate(members):
        docs = {sentences[s].doc for s in group}
        outlets: Counter[str] = Counter(
            outlet for d in docs if (outlet := documents[d].outlet) is not None
        )
        # documents of outlets that carry it N times or more, in most of their articles: its own
        # outlet, or every outlet of a shared template ("About X: we employ local people…")
        in_regulars = sum(
            count
            for outlet, count in outlets.items()
            if count >= outlet_docs and count >= OUTLET_SHARE * published.get(outlet, 0)
        )
        footer = in_regulars > 0 and in_regulars >= OUTLET_MAJORITY * len(docs)
        widespread = len(docs) >= CORPUS_MIN_DOCS and len(docs) > corpus_share * corpus.documents
        if footer or widespread:
            found.add(c)
    return found


def sentence_flags(
    sentences: Sequence[Sentence], spans_by_doc: Sequence[Sequence[tuple[int, int]]]
) -> list[bool]:
    """Whether each sentence lies in a boilerplate paragraph of its document."""
    flags = []
    for sentence in sentences:
        spans = spans_by_doc[sentence.doc]
        flags.append(any(s <= sentence.start and sentence.end <= e for s, e in spans))
    return flags
