"""Boilerplate stage: text that is shared without being copied.

Two rules, both documented in the README ("Boilerplate"):

- **Patterns**, for boilerplate a single article carries: a paragraph is boilerplate when its
  first sentence, or at least half its sentences, match one of ``PATTERNS`` (consent notices,
  subscription and donation pleas, "Follow for more updates", copyright lines, photo credits,
  "You may also like"...) or a user pattern; short paragraphs (``SHORT_WORDS`` words or fewer:
  "Newsletter", "About Us", a stray "Spreaker" or "0:38") run on from boilerplate next to them.
- **Learned from the corpus**, for footers: a cluster of shared sentences is boilerplate when at
  least ``OUTLET_MAJORITY`` of its documents come from outlets that each carry it
  ``boilerplate_outlet_docs`` times or more (an outlet reprinting one of its own stories shares
  it with one or two documents, its footer with all of them), or when it is found in more
  than ``boilerplate_corpus_share`` of all documents (and in at least ``CORPUS_MIN_DOCS``: in a
  small corpus any shared sentence is in a large share).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from provenance.data import Document, Sentence
from provenance.segment import sentence_spans

# Case-insensitive; searched in each sentence. Kept specific: a news sentence about cookies or
# donations must not match, so each names the thing together with what boilerplate says of it.
PATTERNS: tuple[str, ...] = (
    r"\bthis content is provided by\b",
    r"\b(?:permission|consent(?:ed)?|preferences|allow|enable|accept|reject)\b[^.]{0,80}\bcookies\b",
    r"\bcookies\b[^.]{0,80}\b(?:consent|permission|preferences|settings|session|browse|browsing)\b",
    r"\bprivacy (?:options|settings|policy)\b",
    r"\bmanage your (?:consent|cookie|privacy)\b",
    r"\byour (?:support|donation|contribution)s? (?:helps?|allows?|makes?|means?)\b",
    r"\b(?:support|donate|subscribe) (?:now|today)\b",
    r"\bplease consider (?:making a (?:contribution|donation)|supporting|subscribing)\b",
    r"\bsign up (?:to|for) (?:our|the)\b[^.]{0,60}\b(?:newsletter|alerts|emails?|updates)\b",
    r"\bsubscribe to (?:our|the)\b[^.]{0,40}\b(?:newsletter|channel|podcast)\b",
    r"\bfollow (?:us )?(?:on [\w ]{1,30} )?for more (?:updates|news|stories)\b",
    r"\bfollow \S+(?: \S+){0,3} on (?:social media|twitter|x|facebook|instagram)\b",
    r"\bget the (?:free )?app\b",
    r"\bdownload (?:the|our) (?:free )?app\b",
    r"©|\bcopyright\b|\ball rights reserved\b",
    r"\bmay not be (?:republished|reproduced)\b",
    r"^(?:image|photo|picture|video)(?: credit)?s?\b\s*(?:\(.*?\))?\s*:",
    r"\bimage credit\b|\bphoto(?:graph)? credit\b|\blicensed under\b|\bpic: [A-Z]",
    r"\bplease use (?:\w+ )?browser\b|\baccessible video player\b",
    r"^(?:you may also like|recommended for you|related (?:articles|stories|topics)|read more"
    r"|about us|newsletter|advertisement|share this (?:article|story))\b",
    r"\byour trusted source for\b",
    r"\bnotes to editors\b|\bmedia enquiries\b|^ends$|\bpress office\b",
    r"\b(?:this|the) (?:press )?release may be\b|^about [^:]{1,60}: we\b",
    r"\bcomments on this (?:story|article) have been closed\b|^\d+ comments?$",
    r"^home\s*[»›>]|^(?:image|photo) \d+$",
    r"\bthank you for reading\b|\bregister for a free account\b",
)
SHORT_WORDS = 4
CORPUS_MIN_DOCS = 10
# A footer lives in outlets that print it again and again: a story that one outlet printed three
# times but others printed once is news, not furniture.
OUTLET_MAJORITY = 0.75


@dataclass(frozen=True)
class Matcher:
    """The built-in patterns and any given in the settings, compiled once."""

    patterns: tuple[re.Pattern[str], ...]

    @classmethod
    def build(cls, extra: Iterable[str] = ()) -> Matcher:
        return cls(tuple(re.compile(p, re.IGNORECASE) for p in (*PATTERNS, *extra)))

    def matches(self, sentence: str) -> bool:
        text = " ".join(sentence.split())
        return any(p.search(text) for p in self.patterns)


def pattern_paragraphs(
    text: str, paragraphs: Sequence[tuple[int, int]], matcher: Matcher
) -> list[tuple[int, int]]:
    """The paragraphs (start, end) that the patterns mark as boilerplate, in order."""
    marked = [_marked(text, start, end, matcher) for start, end in paragraphs]
    short = [len(text[start:end].split()) <= SHORT_WORDS for start, end in paragraphs]
    for order in (range(len(marked)), range(len(marked) - 1, -1, -1)):
        previous = False
        for i in order:  # short paragraphs run on from boilerplate beside them
            marked[i] = marked[i] or (short[i] and previous)
            previous = marked[i]
    return [span for span, is_marked in zip(paragraphs, marked, strict=True) if is_marked]


def _marked(text: str, start: int, end: int, matcher: Matcher) -> bool:
    sentences = [text[s:e] for s, e in sentence_spans(text, start, end)]
    if not sentences:
        return False
    hits = [matcher.matches(s) for s in sentences]
    return hits[0] or 2 * sum(hits) >= len(hits)


def learned(
    members: Sequence[Sequence[int]],
    sentences: Sequence[Sentence],
    documents: Sequence[Document],
    outlet_docs: int,
    corpus_share: float,
) -> set[int]:
    """The components (indices into ``members``) that are footers or corpus-wide boilerplate."""
    found = set()
    for c, group in enumerate(members):
        docs = {sentences[s].doc for s in group}
        outlets = Counter(documents[d].outlet for d in docs if documents[d].outlet is not None)
        # documents of outlets that carry it N times or more: its own outlet, or every outlet
        # of a shared template ("About X: we employ local people…")
        in_regulars = sum(n for n in outlets.values() if n >= outlet_docs)
        footer = in_regulars > 0 and in_regulars >= OUTLET_MAJORITY * len(docs)
        widespread = len(docs) >= CORPUS_MIN_DOCS and len(docs) > corpus_share * len(documents)
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
