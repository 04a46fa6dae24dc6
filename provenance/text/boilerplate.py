"""Boilerplate stage: text that is shared without being copied.

Four rules, documented in docs/how-it-works.md ("Boilerplate"):

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
- **An outlet's plea**, for footers of outlets with as few as two articles: a cluster whose
  documents all come from one outlet, and whose every sentence lies in a paragraph that reads as
  a plea or a footer (``PLEAS``: "Subscribe to …", "Cancel anytime", "Follow us on …") at the
  same end of each document (``edge_pleas``), is boilerplate. News shared in the middle of two
  articles, or a last paragraph of news, stays reuse.

- **Stock sentences**, the lines every story writes in words of its own (``stock_sentences``):
  a sentence that only says someone gave no answer ("The Clinton campaign did not respond to a
  request for comment.", "X declined to comment.") or an interview's editorial note
  ("Questions and answers have been edited for length and clarity."). Two of them alike are no
  copy: in PolNeAR's train split the first kind chained 17 articles of five outlets into one
  "passage", each named as copying from another.

Boilerplate is never the whole of a document: the patterns, and the stock-sentence rule, mark
nothing in a document whose every sentence of ``OWN_WORDS`` words or more they would mark
(``marked_paragraphs``, ``stock_sentences``: a photo caption page is its caption), and a
learned cluster is judged only by the documents where it leaves text of their own
(``text_sentences``): one that is all the text of each of its documents is a copy of a
document, and reported as such. An outlet's documents with the same
words are one page crawled again (``page_keys``) and count once: three copies of an outlet's
only page do not make each of its sentences a footer of "all" its articles.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from itertools import chain, repeat
from operator import attrgetter, is_not
from typing import Protocol

import numpy as np
import numpy.typing as npt
import xxhash
from ahocorasick_rs import AhoCorasick, MatchKind

from provenance.model import Sentence
from provenance.text.segment import sentence_spans

# Case-insensitive; searched in each sentence that holds one of the pattern's trigger words
# (lower case; a cheap test that spares most sentences the search: each a phrase the pattern
# cannot match without, never a bare common word such as "home" or "app"). Kept specific: news about
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
        r"\bget our free newsletter\b|"
        # "For more, sign up for the What's Working newsletter."
        r"\bsign up (?:to|for) the (?:[\w’'\-]+ ){0,3}newsletter\b",
    ),
    (("subscribe to our",), r"\bsubscribe to our\b"),
    (
        ("via email", "email address", "unsubscribe"),
        # "You can receive this daily update every weekday morning via email! Just click
        # here, enter your email address … (and you can unsubscribe anytime)."
        r"\breceive this (?:daily |weekly )?(?:update|newsletter|briefing)\b[^.!]*\bvia email\b|"
        r"\bclick here\b[^.!]*\benter your email\b|\bunsubscribe (?:at )?any ?time\b",
    ),
    (
        ("follow",),
        r"\bfollow (?:us )?(?:on [\w ]{1,30} )?for more (?:updates|news|stories)\b|"
        r"\bfollow us on\b",
    ),
    (
        ("follow",),
        # a byline's or an outlet's line: "Follow Pam Key on Twitter @pamkeyNEN" (a sentence
        # that opens with it: "millions follow Trump on Twitter for …" is news)
        r"(?-i:^\W*Follow (?:the )?[A-Z]\S*(?: [A-Z]\S*){0,3} (?:on|On) (?:social media|Twitter|X|"
        r"Facebook|Instagram|Threads|Bluesky|TikTok)(?: for\b|:? @\w))",
    ),
    (
        ("like the page", "like our page", "like this page", "like us on"),
        # a social plea closing an article: "Do you support Donald Trump? Like the page:"
        # (PolNeAR: 12 of The Western Journal's articles, once 28 passage pairs of them)
        r"^\W*like (?:the|our|this) page\W*$|^\W*like us on (?:facebook|instagram)\b",
    ),
    (
        ("airs on", "airs live on"),
        # a programme's schedule: "Breitbart News Daily airs on SiriusXM Patriot 125 weekdays
        # from 6:00 a.m. to 9:00 a.m. Eastern." (not "The interview airs on CBS on Sunday.")
        r"\bairs (?:live )?on [^.!?]{1,60}\b(?:weekdays|weeknights|every (?:day|weekday)|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)days) (?:from|at) \d",
    ),
    (
        ("read the rest", "read the full"),
        # a teaser's last line: "Read the rest of the story at The Hill."
        r"^\W*read the (?:rest|full) (?:of )?(?:the |this )?(?:story|article)"
        r"(?: (?:at|on|here)\b|\W*$)",
    ),
    (
        ("the app", "our app", "free app"),
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
        ("contributed to this report", "our standards", "reporting by"),
        r"\bcontributed to this report\b|"
        # a wire story's credits: "(Reporting by David Bailey; Editing by Cynthia Osterman.)"
        r"\(\s*(?:additional )?reporting by [^)]*;\s*(?:additional reporting|writing|editing) by\b|"
        r"\bour standards: the thomson reuters trust principles\b",
    ),
    (
        ("correction", "amended", "updated", "corrected"),
        r"^correction:|\bthis (?:article|story) (?:was|has been) (?:amended|updated|"
        r"corrected)\b",
    ),
    (
        # a note from the editors about the article, not its reporting: PolNeAR's HuffPost
        # articles of 2016 end "Editor’s note: Donald Trump regularly incites political
        # violence …" (18 of them once a "passage" of one another); "Editor's Note — This story
        # has been updated"
        ("editor's note", "editor’s note", "editors' note", "editors’ note"),
        r"^editor(?:['’]s|s['’]) note\s*[:—–-]",
    ),
    (
        # outlets' furniture in PolNeAR's train split, each a "passage" of the articles carrying
        # it: NYT's corrections open "As published in the International New York Times." (5
        # articles); AP's "10 Things to Know for Today. Your daily look at late-breaking news …"
        # and its live pages' "The Latest on campaign 2016 … (all times Eastern Standard Time):"
        # (4); HuffPollster's "‘OUTLIERS’ - Links to the best of news at the intersection of
        # polling, politics and political data:"
        (
            "international new york times",
            "things to know for",
            "daily look at",
            "all times",
            "intersection of polling",
        ),
        r"^as published in the international new york times\.?$|"
        r"^\d+ things to know for (?:today|monday|tuesday|wednesday|thursday|friday|saturday"
        r"|sunday)[.:]?$|\byour daily look at late-breaking news\b|"
        r"\bthe latest on\b.{0,300}?\(all times [^)]{1,40}\):?$|"
        r"\blinks to the best of news at the intersection of polling\b",
    ),
    (("tip", "continues below"), r"\bhave a (?:news )?tip\b|\bstory continues below\b"),
    (("browser", "video player"), r"\bplease use (?:\w+ )?browser\b|\baccessible video player\b"),
    (
        ("this video",),
        # an embedded player's message: "We Are Sorry,This video is restricted from playing
        # in your location"
        r"\bthis video is (?:restricted|not available|unavailable)(?: from playing)? in your "
        r"(?:location|country|region)",  # run into what follows: "locationEcode: 17"
    ),
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
    (
        ("home»", "home »", "home›", "home ›", "home>", "home >", "image", "photo"),
        r"^home\s*[»›>]|^(?:image|photo) \d+$",
    ),
    (
        ("thank you for reading", "register for"),
        r"\bthank you for reading\b|\bregister for a free account\b",
    ),
    (
        ("notes to editors", "media enquiries", "ends", "press office"),
        r"\bnotes to editors\b|\bmedia enquiries\b|^ends$|\bcontact (?:the|our) press office\b",
    ),
    (
        ("accompanying this", ": we"),
        r"\baccompanying this (?:press )?release\b|^about [^:]{1,60}: we\b",
    ),
)
SHORT_WORDS = 4
# A document's own text: a sentence of this many words or more (the default ``min_tokens``)
# outside boilerplate. The patterns never take the last of it.
OWN_WORDS = SHORT_WORDS + 1
# Pleas and footers, as they read at either end of a document (case-insensitive, searched in
# each sentence of a paragraph there). Looser than ``PATTERNS``: news quotes pleas and reports on
# subscriptions, so they are boilerplate only when a cluster of them is shared by one outlet's
# articles alone, at the same end of each (``learned``); a last paragraph of news ("The talks
# resume on Monday.") or a news paragraph shared in the middle of two articles never is.
PLEAS: tuple[tuple[tuple[str, ...], str], ...] = (
    # the imperative that opens a plea (anchored at the start: searched in every sentence)
    (
        (),
        r"^\W*(?:please |why not |do(?:n[’']t| not) (?:forget|miss out) (?:to )?|remember to |"
        r"make sure (?:you |to )|(?:click|tap) here to |to )?"
        r"(?:subscribe|sign[ -]up|donate|support (?:us|our|now|today)|help (?:us|keep|fund)|"
        r"join (?:us|our|the conversation|the debate|[\d,.]+k? (?:readers|subscribers|others))|"
        r"follow (?:us|@)|follow (?:\S+ ){1,5}on (?:facebook|twitter|x|instagram|tiktok|"
        r"linkedin|youtube|threads|bluesky|whatsapp|telegram|social media)|like us on|"
        r"find us on|become an? (?:member|subscriber|supporter|patron|paying|friend|insider|"
        r"digital)|get (?:unlimited|full|digital|premium|ad-free|our|the latest|the best)|"
        r"download (?:the|our)|register (?:now|today|here|free|for (?:free|a free|your free))|"
        r"unlock|start your (?:free|subscription|trial)|try (?:it |us )?(?:free|for free)|"
        r"contact (?:us|the newsdesk|our newsdesk)|e-?mail (?:us|the newsdesk|our newsdesk)|"
        r"write to us|send us|tell us|got a (?:story|news tip|tip)|advertise with us)\b",
    ),
    # what only a plea or a footer says, anywhere in a sentence (with the trigger words as in
    # ``PATTERNS``: an unanchored search is the slow part)
    (("cancel",), r"\bcancel (?:any ?time|at any time)\b"),
    (("unlimited",), r"\bunlimited (?:digital )?access\b"),
    (("free trial",), r"\bfree trial\b"),
    (("your inbox",), r"\b(?:in|to|straight to) your inbox\b"),
    (("already a",), r"\balready an? (?:subscriber|member)\b"),
    (("newsletter",), r"\b(?:our|free|daily|weekly|morning|evening) newsletters?\b"),
    (
        ("journalism",),
        r"\bsupport (?:independent|quality|local|trusted|public[- ]interest|our) journalism\b",
    ),
    (("reader-",), r"\breader-(?:funded|supported)\b"),
    (("thank",), r"\bthank(?:s| you) for (?:reading|your support)\b"),
    (("readers",), r"\bwe (?:rely|depend) on (?:our )?readers\b"),
    (
        ("your support", "your donation", "your contribution"),
        r"\byour (?:support|donation|contribution)s? (?:helps?|allows?|makes?|means?|keeps?)\b",
    ),
    (("follow",), r"^\W*follow (?:us )?(?:on [\w ]{1,30} )?for (?:more|the latest)\b"),
    (("trusted source",), r"\byour trusted source\b"),
)
# The corpus-wide rule is for archives: in a small or topical corpus one story can be in most
# documents.
CORPUS_MIN_DOCS = 100
# A footer is in most of its outlet's articles, and nearly all the documents holding it come
# from such outlets: a story an outlet printed three times, out of many, is news.
OUTLET_SHARE = 0.5
OUTLET_MAJORITY = 0.75


Triggers = tuple[tuple[str, tuple[int, ...]], ...]  # trigger word → the patterns it opens


class End(IntEnum):
    """Where a sentence lies, as the plea rule sees it (``edge_pleas``, ``sentence_ends``)."""

    NONE = 0  # not in a plea at either end of its document
    FIRST = 1  # in a plea among the first paragraphs
    LAST = 2  # in a plea among the last paragraphs


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


@lru_cache(maxsize=4)
def _rebuilt(extra: tuple[str, ...]) -> Matcher:
    """A matcher arrived in this process: built once (a pool's worker takes one with each
    chunk of documents, and building its automaton takes a millisecond), shared after."""
    return Matcher.build(extra)


def marked_paragraphs(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    sentences: Sequence[Sentence],
    matcher: Matcher,
) -> list[tuple[int, int]]:
    """The boilerplate paragraphs of a document already cut into ``sentences`` (all of them):
    those ``pattern_paragraphs`` marks, unless they hold every sentence of ``OWN_WORDS`` words
    or more. Boilerplate is never the whole of a document: a page that is one photo caption,
    crawled sixteen times, is sixteen copies of a caption, not sixteen empty pages."""
    if not matcher.always and not _body_triggers(text, paragraphs, matcher):
        return []  # (most documents: asked of the whole body at once, not paragraph by paragraph)
    spans = _sentence_spans(paragraphs, sentences)
    marked = _marks(text, paragraphs, matcher, spans)
    if not any(marked) or not _leaves_text(marked, sentences):
        return []
    return [span for span, is_marked in zip(paragraphs, marked, strict=True) if is_marked]


def _body_triggers(text: str, paragraphs: Sequence[tuple[int, int]], matcher: Matcher) -> Triggers:
    """The trigger words in the paragraphs' stretch of text, all at once: a paragraph starts
    and ends with a character other than white space and white space lies between paragraphs,
    so each paragraph's words, white space collapsed, are a run of the stretch's and its
    trigger words are among these (no paragraph holds any when it holds none)."""
    if not paragraphs:
        return ()
    return matcher.present(text[paragraphs[0][0] : paragraphs[-1][1]])


def pattern_paragraphs(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    matcher: Matcher,
    sentences: Sequence[Sequence[tuple[int, int]]] | None = None,
) -> list[tuple[int, int]]:
    """The paragraphs (start, end) that the patterns mark, in order, all of them if need be (a
    page of notices is not an article: ``inputs.html_pages``); ``sentences``: each paragraph's
    sentence spans, when the caller has them already. The analysis takes
    ``marked_paragraphs``, which leaves a document its text."""
    marked = _marks(text, paragraphs, matcher, sentences)
    return [span for span, is_marked in zip(paragraphs, marked, strict=True) if is_marked]


def _marks(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    matcher: Matcher,
    sentences: Sequence[Sequence[tuple[int, int]]] | None = None,
) -> list[bool]:
    """Per paragraph: whether the patterns mark it, short lines running on."""
    if sentences is None:
        sentences = [list(sentence_spans(text, start, end)) for start, end in paragraphs]
    marked = [
        _marked(text, start, end, spans, matcher)
        for (start, end), spans in zip(paragraphs, sentences, strict=True)
    ]
    short = [_short(text, start, end) for start, end in paragraphs]
    for order in (range(len(marked)), range(len(marked) - 1, -1, -1)):
        previous = False
        for i in order:  # short lines (not sentences) run on from boilerplate beside them
            marked[i] = marked[i] or (short[i] and previous)
            previous = marked[i]
    return marked


def _short(text: str, start: int, end: int) -> bool:
    """A short line: ``SHORT_WORDS`` words or fewer, without final punctuation."""
    # the mark first, and words counted only up to one past the limit: most paragraphs are
    # long sentences
    return (
        text[end - 1] not in '.!?”"’'
        and len(text[start:end].split(maxsplit=SHORT_WORDS)) <= SHORT_WORDS
    )


def _sentence_spans(
    paragraphs: Sequence[tuple[int, int]], sentences: Sequence[Sentence]
) -> list[list[tuple[int, int]]]:
    spans: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    for sentence in sentences:
        spans[sentence.paragraph].append((sentence.start, sentence.end))
    return spans


def _leaves_text(marked: Sequence[bool], sentences: Sequence[Sentence]) -> bool:
    """Whether a sentence of ``OWN_WORDS`` words or more lies outside the marked paragraphs."""
    return any(not marked[s.paragraph] and len(s.tokens) >= OWN_WORDS for s in sentences)


_NO_ANSWER_DAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday"
    r"|this week|last week)"
)
# A sentence that is only someone's not answering (case-insensitive, white space collapsed):
# who (a subject: no quote, no clause's end, no second clause joined by "and its"), then "did
# not (immediately) respond to a request for comment / to requests for an interview", "did not
# return phone calls", "did not respond to several questions about the aircraft" or "to USA
# TODAY's questions about …", "declined to comment (on the report)" or "could not be reached
# for comment", then at most a day; a day may also come after the verb ("did not immediately
# respond Wednesday to a reporter's request for comment on …", AP's way). Questions alone are
# the reporter's only when not answered "immediately" ("Bopp did not immediately respond to
# questions about the proposed platform language."): "Trump did not respond to questions about
# his taxes." may be news of a debate. What says more is left alone: "Lewandowski, who did not
# respond to a request for comment, has denied …", "Syria did not respond to the U.N.
# request.", "Trump has not answered questions about his taxes.", "A deal could not be
# reached.", "Shares fell and its chief executive declined to comment."
_NO_ANSWER_WHEN = rf"(?:\s+(?:on\s+)?{_NO_ANSWER_DAYS})?"
_DID_NOT = r"(?:did|could)(?: not|n['’]t)\s+"
NO_ANSWER = re.compile(
    r"^(?:(?! and (?:its|his|her|their|the|a|an)\b)[^!?;:“”\"]){0,120}?\b(?:"
    rf"{_DID_NOT}(?:immediately\s+)?(?:respond|reply|return)"
    rf"{_NO_ANSWER_WHEN}\s+(?:to\s+)?"
    r"(?:"
    r"(?:[\w'’.]+\s+){0,3}?(?:requests?|questions?|inquir(?:y|ies)|queries)\s+"
    r"(?:for|seeking|requesting)\s+(?:comment|an?\s+interview)(?:\s+with\s+[\w.'’ -]{1,40}?"
    r"|\s+(?:on|about|regarding)\s+[^.,;:!?“”\"]{1,60}?)?"
    r"|(?:[\w'’.]+\s+){0,2}?(?:interview|comment)\s+requests?"
    r"|(?:[\w'’.]+\s+){0,3}?(?:messages?|(?:phone\s+)?calls?|e-?mails?)"
    r"(?:\s+(?:for|seeking|requesting)\s+comment)?"
    r"|(?:[\w'’]+\s+)?(?:several|repeated|multiple|emailed|written|detailed"
    r"|(?-i:[A-Z]{2,}(?: [A-Z]{2,})*)['’]s)\s+(?:questions|requests)"
    r"(?:\s+(?:about|on|regarding)\s+[^.,;:!?“”\"]{1,40}?)?"
    r")"
    rf"|{_DID_NOT}immediately\s+(?:respond|reply)"
    rf"{_NO_ANSWER_WHEN}\s+to\s+(?:[\w'’.]+\s+){{0,2}}?questions"
    r"(?:\s+(?:about|on|regarding)\s+[^.,;:!?“”\"]{1,60}?)?"
    rf"|(?:declined|refused){_NO_ANSWER_WHEN}\s+(?:to\s+)?comment"
    r"(?:\s+(?:on|about)\s+[^.,;:!?“”\"]{1,40}?)?"
    r"|could\s+not\s+(?:immediately\s+)?be\s+reached\s+for\s+comment"
    rf"){_NO_ANSWER_WHEN}\.?$",
    re.IGNORECASE,
)
_EDITED_WHY = r"(?:length|clarity|brevity|space|style)"
_EDITED = (
    r"(?:has been|have been|was|were)\s+(?:lightly\s+)?(?:edited|condensed)"
    r"(?:\s+and\s+(?:lightly\s+)?(?:edited|condensed))?"
)
# An interview's editorial note, however its paragraph goes on or began ("Questions and
# answers have been edited for length and clarity." ends USA Today's ledes of its Q&As in
# PolNeAR's train split; "This interview was edited and condensed for clarity."; a transcript
# or an exchange only "edited for length": "The transcript has been edited." is news).
EDITED_NOTE = re.compile(
    r"^(?:(?:this|the|the following)\s+)?(?:"
    r"(?:interviews?|conversations?|q&a|questions and answers|answers|responses)(?:\s+below)?"
    rf"\s+{_EDITED}(?:\s+for\s+{_EDITED_WHY}(?:(?:,\s*|,?\s+and\s+){_EDITED_WHY})*)?"
    r"|(?:transcripts?|exchanges?)(?:\s+below)?"
    rf"\s+{_EDITED}\s+for\s+{_EDITED_WHY}(?:(?:,\s*|,?\s+and\s+){_EDITED_WHY})*"
    r")\.?$",
    re.IGNORECASE,
)
STOCK_SENTENCES = (NO_ANSWER, EDITED_NOTE)
# the words a stock sentence cannot do without, in lower case, capitalised or in capitals: found
# in the whole body at once (most bodies hold none; an automaton over the text as it is, not a
# lowered copy), and only the sentences holding one are searched
_STOCK_WORDS = (
    *("respond", "repl", "return", "declined", "refused", "reached"),  # NO_ANSWER
    *("edited", "condensed"),  # EDITED_NOTE
)
_STOCK_AUTOMATON = AhoCorasick(
    sorted({form for word in _STOCK_WORDS for form in (word, word.title(), word.upper())}),
    matchkind=MatchKind.LeftmostFirst,  # (several times faster than Standard here)
)


def stock_sentences(
    text: str, sentences: Sequence[Sentence], marked: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans of a document's sentences every story writes in words of its own
    (``STOCK_SENTENCES``: someone's not answering, an interview's editorial note), outside its
    ``marked`` paragraphs; none when they would leave it no sentence of ``OWN_WORDS`` words or
    more of its own."""
    if not sentences:
        return []
    hits = _STOCK_AUTOMATON.find_matches_as_indexes(text)
    if not hits:
        return []

    def unmarked(sentence: Sentence) -> bool:
        return not any(s <= sentence.start and sentence.end <= e for s, e in marked)

    starts = [sentence.start for sentence in sentences]
    found = []
    # (a hit before the first sentence, in a title or front matter, holds none)
    for k in sorted({bisect_right(starts, at) - 1 for _, at, _ in hits} - {-1}):
        start, end = sentences[k].start, sentences[k].end
        written = " ".join(text[start:end].split())
        if any(p.search(written) for p in STOCK_SENTENCES) and unmarked(sentences[k]):
            found.append((start, end))
    if not found:
        return []
    taken = {start for start, _ in found}
    leaves_text = any(
        unmarked(sentence)
        for sentence in sentences
        if sentence.start not in taken and len(sentence.tokens) >= OWN_WORDS
    )
    return found if leaves_text else []


def edge_pleas(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    sentences: Sequence[Sentence],
    marked: Sequence[tuple[int, int]],
) -> list[tuple[int, int, End]]:
    """The paragraphs that read as a plea or a footer (``PLEAS``) at either end of a document
    already cut into ``sentences``, as (start, end, ``End``): those in the run of such
    paragraphs, boilerplate ones (``marked``, from ``marked_paragraphs``) and short lines that
    opens the document, or closes it. None when that run is the whole document (boilerplate is
    never the whole of a document). Such a paragraph is not boilerplate on its own: ``learned``
    decides, from the documents that share it."""
    spans = _sentence_spans(paragraphs, sentences)
    boiler = set(marked)

    def plea(i: int) -> bool | None:  # a plea, aside (boilerplate, a short line) or text (None)
        if _pleads(text, spans[i]):
            return True
        return False if paragraphs[i] in boiler or _short(text, *paragraphs[i]) else None

    # only the runs at either end are read for pleas (most documents: a paragraph or two)
    found: list[tuple[int, int, End]] = []
    first = 0
    while first < len(paragraphs) and (kind := plea(first)) is not None:
        if kind:
            found.append((*paragraphs[first], End.FIRST))
        first += 1
    if first == len(paragraphs):
        return []  # the whole document
    last: list[tuple[int, int, End]] = []
    i = len(paragraphs) - 1
    while i > first and (kind := plea(i)) is not None:
        if kind:
            last.append((*paragraphs[i], End.LAST))
        i -= 1
    return found + last[::-1]


def _pleads(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a paragraph (its sentences' spans) reads as a plea: its first sentence, or at
    least half of them, do."""
    if not spans:
        return False
    hits = [reads_as_plea(text[s:e]) for s, e in spans]
    return hits[0] or 2 * sum(hits) >= len(hits)


_PLEAS = tuple((triggers, re.compile(p, re.IGNORECASE)) for triggers, p in PLEAS)
_PLEAS_ALWAYS = tuple(pattern for triggers, pattern in _PLEAS if not triggers)
# every plea trigger word, and for each the patterns (numbers into ``_PLEAS``) it opens: the
# words a sentence holds found in one pass (as ``Matcher.present`` finds a paragraph's)
_PLEA_WORDS = tuple(sorted({word for triggers, _ in _PLEAS for word in triggers}))
_PLEA_OPENS = tuple(
    tuple(k for k, (triggers, _) in enumerate(_PLEAS) if word in triggers) for word in _PLEA_WORDS
)
_PLEA_AUTOMATON = AhoCorasick(list(_PLEA_WORDS), matchkind=MatchKind.Standard)


def reads_as_plea(sentence: str) -> bool:
    """Whether one of ``PLEAS`` matches the sentence (white space collapsed): those without
    trigger words, then those whose trigger words it holds."""
    text = " ".join(sentence.split())
    if any(pattern.search(text) for pattern in _PLEAS_ALWAYS):
        return True
    found = _PLEA_AUTOMATON.find_matches_as_indexes(text.lower(), overlapping=True)
    opened = {k for word, _, _ in found for k in _PLEA_OPENS[word]}
    return any(_PLEAS[k][1].search(text) for k in sorted(opened))


def reads_as_plea_without_triggers(sentence: str) -> bool:
    """The same answer, the slow way (the trigger words' test oracle)."""
    text = " ".join(sentence.split())
    return any(pattern.search(text) for _, pattern in _PLEAS)


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

    def __reduce__(self) -> tuple[type[CorpusCounts], tuple[int, Mapping[str, int]]]:
        # by its fields: compiled (provenance/native.py), a frozen dataclass cannot be given
        # its state back field by field, as pickle would
        return CorpusCounts, (self.documents, self.outlet_documents)

    @classmethod
    def of(cls, documents: Iterable[OfOutlet], pages: Sequence[Page] | None = None) -> CorpusCounts:
        """``pages``, per document: its page (``page_keys``); an outlet's documents of one
        page count once."""
        found = list(documents)
        numbers = _page_numbers(found, pages)
        first: dict[int, int] = {}
        for d, number in enumerate(numbers):
            first.setdefault(number, d)
        outlets = Counter(outlet for d in first.values() if (outlet := found[d].outlet) is not None)
        return cls(len(first), outlets)


# A document's page: a key of its words (the same words, the same page crawled again), or None
# when it has none (a page of its own).
Page = bytes | None


def page_keys(word_hashes: Iterable[npt.NDArray[np.uint64]]) -> list[Page]:
    """Per document (the hashes of its words, ``passages.TokenStream``), its page: 16 bytes of
    xxh3-128 of its words, None for a document without words."""
    return [xxhash.xxh3_128_digest(h.tobytes()) if len(h) else None for h in word_hashes]


def _page_numbers(documents: Sequence[OfOutlet], pages: Sequence[Page] | None) -> list[int]:
    """Per document, a number for its page: an outlet's documents with the same key share it
    (the same page crawled again; the same words printed by two outlets are two documents);
    without ``pages``, or without a key, each document is a page of its own."""
    if pages is None:
        return list(range(len(documents)))
    numbers: dict[tuple[str | None, bytes], int] = {}
    return [
        d if key is None else numbers.setdefault((documents[d].outlet, key), d)
        for d, key in enumerate(pages)
    ]


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
    ends: Sequence[int] | None = None,
    text: Sequence[int] | None = None,
    pages: Sequence[Page] | None = None,
) -> set[int]:
    """The components (indices into ``members``) that are boilerplate: learned ones, and those
    mostly made of sentences in pattern-marked paragraphs (``flags``, per sentence). ``ends``
    (per sentence, ``sentence_ends``), ``text`` (per document, ``text_sentences``) and
    ``pages`` (per document, ``page_keys``): see ``learned``."""
    laid_out = _Members.of(members, sentences)
    # only the components learning could find boilerplate are put to its rules (most of a
    # corpus's are in too few documents, with no member in a plea: ``could_be_learned``)
    chosen = laid_out.learnable(outlet_docs, corpus_share, corpus, ends).tolist()
    found = {
        chosen[c]
        for c in learned(
            [members[c] for c in chosen],
            sentences,
            documents,
            outlet_docs,
            corpus_share,
            corpus,
            ends,
            text,
            flags,
            pages,
        )
    }
    found.update(laid_out.mostly(flags).tolist())
    return found


class _Members:
    """Every member of every component laid out at once (component by component): the
    sentence, its component and its document; for ``boilerplate_components``' tests on
    arrays, not a loop over the members in Python."""

    def __init__(
        self,
        sizes: npt.NDArray[np.int64],
        flat: npt.NDArray[np.int64],
        owner: npt.NDArray[np.int64],
        docs: npt.NDArray[np.int64],
    ) -> None:
        self.sizes, self.flat, self.owner, self.docs = sizes, flat, owner, docs

    @classmethod
    def of(cls, members: Sequence[Sequence[int]], sentences: Sequence[InDocument]) -> _Members:
        sizes = np.fromiter(map(len, members), np.int64, len(members))
        count = int(sizes.sum())
        flat = np.fromiter(chain.from_iterable(members), np.int64, count)
        owner = np.repeat(np.arange(len(members), dtype=np.int64), sizes)
        docs = np.fromiter(map(_DOC, map(sentences.__getitem__, flat.tolist())), np.int64, count)
        return cls(sizes, flat, owner, docs)

    def learnable(
        self,
        outlet_docs: int,
        corpus_share: float,
        corpus: CorpusCounts,
        ends: Sequence[int] | None,
    ) -> npt.NDArray[np.int64]:
        """The components ``learned`` could find boilerplate, in order: in enough documents
        (``could_be_learned``; a component's documents that judge it are some of its
        documents, so no fewer can be learned), or with a member in a plea at an end (an
        outlet's plea needs only two documents; none without ``ends``)."""
        n = len(self.sizes)
        width = np.int64(int(self.docs.max()) + 1 if len(self.docs) else 1)
        # each (component, document) once, by a sort (``np.unique`` hashes: ten times slower)
        keys = np.sort(self.owner * width + self.docs)
        held = keys[np.flatnonzero(np.diff(keys, prepend=-1))] // width
        could = could_be_learned(np.bincount(held, minlength=n), outlet_docs, corpus_share, corpus)
        if ends is not None and len(self.flat):
            # (told by identity: an ``End`` read as a number costs a call each)
            placed = map(is_not, map(ends.__getitem__, self.flat.tolist()), repeat(End.NONE))
            could[self.owner[np.fromiter(placed, np.bool_, len(self.flat))]] = True
        found: npt.NDArray[np.int64] = np.flatnonzero(could)
        return found

    def mostly(self, flags: Sequence[bool]) -> npt.NDArray[np.int64]:
        """The components more than half of whose members are pattern-marked (``flags``, per
        sentence)."""
        marked = np.fromiter(map(flags.__getitem__, self.flat.tolist()), np.bool_, len(self.flat))
        counts = np.bincount(self.owner[marked], minlength=len(self.sizes))
        found: npt.NDArray[np.int64] = np.flatnonzero(2 * counts > self.sizes)
        return found


_DOC = attrgetter("doc")


def could_be_learned(
    n_docs: npt.NDArray[np.int64], outlet_docs: int, corpus_share: float, corpus: CorpusCounts
) -> npt.NDArray[np.bool_]:
    """For components in ``n_docs`` documents each: whether ``learned`` could find them
    footers or corpus-wide boilerplate at all (a footer needs at least the documents of one
    outlet's regulars, corpus-wide boilerplate more than its share of the corpus). A cheap test
    that rules most out. An outlet's plea needs only two documents: a component with a member
    in a plea at a document's end (``sentence_ends``) must be put to the rules too, as one with
    a pattern-marked member is."""
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
    ends: Sequence[int] | None = None,
    text: Sequence[int] | None = None,
    flags: Sequence[bool] | None = None,
    pages: Sequence[Page] | None = None,
) -> set[int]:
    """The components (indices into ``members``) that are footers, corpus-wide boilerplate or
    an outlet's plea (``corpus``: the counts of the whole corpus, when ``documents`` are a part
    of it, counted by page as here).

    ``pages``, per document: its page (``page_keys``). An outlet's documents of one page count
    once, in the corpus and in each component: an outlet whose only articles are one page
    crawled three times has one article, whose every sentence is in "all" of them, and none of
    it is its footer (boilerplate is never the whole of a document; the copies are reported as
    copies).

    ``ends``, per sentence: where it lies as a plea (``sentence_ends``); without it, no
    component is an outlet's plea. ``text``, per document: how many of its matchable sentences
    lie outside pattern-marked paragraphs (``flags``, per sentence; ``text_sentences``);
    with it, a component is judged only by the documents where it leaves some of them (it is
    never boilerplate in a document it would leave empty: a page crawled many times is copies
    of a page), and one that is all the text of each of its documents is not boilerplate."""
    corpus = corpus or CorpusCounts.of(documents, pages)
    published = corpus.outlet_documents
    page = _page_numbers(documents, pages)
    found = set()
    for c, group in enumerate(members):
        judged = _judged(group, sentences, flags, text)
        docs = {page[d]: d for d in sorted(judged, reverse=True)}.values()  # one per page
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
        plea = ends is not None and _outlet_plea(group, set(docs), sentences, documents, ends)
        if footer or widespread or plea:
            found.add(c)
    return found


def _judged(
    group: Sequence[int],
    sentences: Sequence[InDocument],
    flags: Sequence[bool] | None,
    text: Sequence[int] | None,
) -> set[int]:
    """The documents of a component that judge it: those where it leaves text of their own
    (all of them when ``text`` is not known)."""
    docs = {sentences[s].doc for s in group}
    if text is None:
        return docs
    taken = Counter(sentences[s].doc for s in group if flags is None or not flags[s])
    return {d for d in docs if taken[d] < text[d]}


def _outlet_plea(
    group: Sequence[int],
    docs: set[int],
    sentences: Sequence[InDocument],
    documents: Sequence[OfOutlet],
    ends: Sequence[int],
) -> bool:
    """Whether a component is one outlet's plea: in two or more documents (``docs``, those
    that judge it), all of one known outlet, every member in a plea at the same end."""
    if len(docs) < 2:
        return False
    outlets = {documents[sentences[s].doc].outlet for s in group}
    if len(outlets) != 1 or None in outlets:
        return False
    where = {ends[s] for s in group if sentences[s].doc in docs}
    return len(where) == 1 and End.NONE not in where


def sentence_flags(
    sentences: Sequence[Sentence], spans_by_doc: Sequence[Sequence[tuple[int, int]]]
) -> list[bool]:
    """Whether each sentence lies in a boilerplate paragraph of its document."""
    flags = []
    for sentence in sentences:
        spans = spans_by_doc[sentence.doc]
        flags.append(any(s <= sentence.start and sentence.end <= e for s, e in spans))
    return flags


def sentence_ends(
    sentences: Sequence[Sentence], pleas_by_doc: Sequence[Sequence[tuple[int, int, End]]]
) -> list[End]:
    """Where each sentence lies as a plea: the ``End`` of the paragraph of ``edge_pleas``
    (per document) that holds it, or ``End.NONE``."""
    found = []
    for sentence in sentences:
        found.append(
            next(
                (
                    end
                    for s, e, end in pleas_by_doc[sentence.doc]
                    if s <= sentence.start and sentence.end <= e
                ),
                End.NONE,
            )
        )
    return found


def text_sentences(
    sentences: Sequence[InDocument], flags: Sequence[bool], n_docs: int
) -> list[int]:
    """Per document: how many of ``sentences`` (its matchable ones, all of them) lie outside
    pattern-marked paragraphs (``flags``, per sentence): the text a learned component must
    leave it."""
    found = [0] * n_docs
    for sentence, flag in zip(sentences, flags, strict=True):
        if not flag:
            found[sentence.doc] += 1
    return found
