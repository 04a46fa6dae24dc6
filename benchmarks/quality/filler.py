"""Sentences that no two articles share: a small combinatorial grammar of local-news prose.

Templates rendered for many articles repeat whole sentences, which a reuse detector rightly
reports; unrelated articles in real news do not. The articles whose text must not match anything
(round-ups, commentary, background pieces) draw their own sentences from here: seven independent
parts, billions of combinations, so two sentences share at most a part or two.
"""

from __future__ import annotations

import random

OPENINGS = (
    "On {weekday},",
    "Earlier this month,",
    "After weeks of delay,",
    "In a surprise move,",
    "Late last year,",
    "Despite fierce opposition,",
    "Following a public meeting,",
    "According to local records,",
    "For the third time this year,",
    "At a packed hall in {place},",
    "Within hours of the vote,",
    "Speaking to reporters,",
    "Over the summer,",
    "In a letter to residents,",
    "Behind closed doors,",
    "Once again,",
    "At the start of the season,",
    "Shortly before midnight,",
    "In a brief update,",
    "By the end of the week,",
)
SUBJECTS = (
    "residents of {place}",
    "traders in {place} town centre",
    "the parish council in {place}",
    "a group of volunteers from {place}",
    "parents at a primary school in {place}",
    "{person}",
    "a spokesperson for {org}",
    "campaigners in {place}",
    "the local history society",
    "allotment holders near {place}",
    "the {place} chamber of commerce",
    "a retired engineer from {place}",
    "members of the rowing club",
    "the owners of a riverside cafe",
    "tenants on the {place} estate",
    "a youth theatre company",
    "the organisers of the summer fair",
    "bus passengers in {place}",
    "two local councillors",
    "a charity for older people",
)
VERBS = (
    "raised concerns about",
    "published a report on",
    "launched a petition against",
    "asked for a review of",
    "welcomed plans for",
    "criticised the timing of",
    "raised {amount} towards",
    "voted narrowly to support",
    "called for an inquiry into",
    "set out proposals for",
    "complained about",
    "unveiled a mural celebrating",
    "organised a clean-up of",
    "questioned the cost of",
    "held a vigil outside",
    "shared their memories of",
    "opened a consultation on",
    "won an award for",
    "demanded answers about",
    "put forward an alternative to",
)
OBJECT_STATES = (
    "the proposed",
    "the long-delayed",
    "the much-criticised",
    "the new",
    "the temporary",
    "the council's planned",
    "the privately funded",
    "the half-finished",
    "the controversial",
    "the recently reopened",
    "the little-used",
    "the crowdfunded",
    "the rebuilt",
    "the neglected",
    "the volunteer-run",
)
OBJECT_THINGS = (
    "cycle lane",
    "bus shelter",
    "skate park",
    "community garden",
    "library extension",
    "market hall",
    "car park",
    "footbridge",
    "sports pavilion",
    "youth centre",
    "bowling green",
    "public toilets",
    "village green",
    "recycling depot",
    "paddling pool",
    "war memorial",
    "street lighting",
    "allotment site",
    "bandstand",
    "lido",
    "taxi rank",
    "museum shop",
    "play area",
    "swimming baths",
    "railway arches",
    "clock tower",
    "harbour wall",
    "farmers' market",
    "drop-in clinic",
    "town square",
)
OBJECT_PLACES = (
    "on the edge of {place}",
    "behind {place} station",
    "near the old mill",
    "by the river in {place}",
    "at the top of the high street",
    "next to the primary school",
    "on the {place} ring road",
    "in the conservation area",
    "beside the leisure centre",
    "opposite the parish church",
    "at the former gasworks",
    "on the seafront",
    "in the north of {place}",
    "close to the retail park",
    "along the canal",
)


ENDINGS = (
    "saying the matter had dragged on for too long.",
    "and a decision is expected next month.",
    "though no date has yet been set.",
    "with more than {number} people signing up in a week.",
    "after a string of complaints from neighbours.",
    "and promised to keep pressing for answers.",
    "describing the situation as deeply frustrating.",
    "while officials said the figures were under review.",
    "in a move that surprised many observers.",
    "and urged others to come forward with ideas.",
    "despite warnings that the budget was tight.",
    "as part of a wider push to revive the area.",
    "citing safety fears raised at a recent meeting.",
    "and said the results would be shared online.",
    "adding that the original plans were out of date.",
    "after a long campaign by local families.",
    "with support from several local businesses.",
    "although the proposal still needs final approval.",
    "and thanked everyone who had taken part.",
    "in what organisers called a turning point.",
)


def filler_sentence(values: dict[str, str], rng: random.Random) -> str:
    """One sentence of local-news prose, filled from ``values`` (place, person, org, ...)."""
    thing = " ".join(rng.choice(p) for p in (OBJECT_STATES, OBJECT_THINGS, OBJECT_PLACES))
    ending = rng.choice(CLOSINGS) + "."
    parts = [rng.choice(OPENINGS), rng.choice(SUBJECTS), rng.choice(VERBS), thing + ",", ending]
    sentence = " ".join(parts).format(**values)
    return sentence[0].upper() + sentence[1:]


# Closing clauses for a fact sentence: "X happened, <clause>." Stories written from the same
# template differ by them as real stories differ in their details.
CLOSINGS = (
    *(e.removesuffix(".") for e in ENDINGS),
    "officials confirmed on {weekday}",
    "according to figures released this week",
    "a move that has divided opinion in {place}",
    "in a decision welcomed by many in {place}",
    "weeks after the first warnings were raised",
    "as pressure mounted on {org}",
    "with a fuller update promised before the end of the month",
    "ending months of uncertainty for families in {place}",
    "in what {person} called a difficult but necessary step",
    "although critics say the details remain vague",
    "amid growing anger on social media",
    "at an estimated cost of {amount}",
    "affecting an estimated {number} people",
    "the latest in a series of setbacks for the area",
    "following talks that ran late into {weekday} evening",
    "and the matter will return to committee in the autumn",
    "a timetable that some councillors called unrealistic",
    "two years later than first planned",
    "in line with guidance issued last spring",
    "which local businesses said came as no surprise",
)


def extend_sentence(sentence: str, values: dict[str, str], rng: random.Random) -> str:
    """``sentence`` with a closing clause, unless it ends inside a quotation."""
    if not sentence.endswith(".") or sentence.endswith(("”.", ".”")):
        return sentence
    clause = rng.choice(CLOSINGS).format(**values)
    return f"{sentence[:-1]}, {clause}."
