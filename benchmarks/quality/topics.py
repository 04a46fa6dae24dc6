"""Text templates for the accuracy benchmark's synthetic UK-style news articles.

``benchmarks.quality.generate`` builds a seeded corpus from these: originals (press statements
and wire stories) render one phrasing of each chosen fact, syndicated copies reprint them with
edits, commentaries quote them, and two kinds of negatives reuse only their facts (paraphrases)
or only their names and numbers (same-topic explainers built from ``background``).

Template syntax: ``{slot}`` is filled from the topic's ``slots`` or ``COMMON_SLOTS`` (one value
per article), and ``[a|b|c]`` picks one alternative at random; alternatives may hold slots but
never nest. ``FOOTERS`` and ``STATEMENT_FOOTERS`` are filled with ``str.format`` only (``{outlet}``
and ``{org}``), so they take no alternatives. Every place, person and organisation is invented,
and all the text was written for this benchmark. Spelling is British.

What derived articles say in their own words (every paraphrase, background and commentary
template, and the last headline and standfirst) is rendered many times over, once per story, so
those templates are built almost entirely of choice points: 6-9 groups of 5-8 alternatives that
share few words, with at most three fixed words (a slot counts as one) around any group. The
self-check renders them in pairs and requires rapidfuzz's ratio on normalised text to stay below
the detector's 70.

Conventions the slot values rely on: amounts never start with 8, 11 or 18 (so "a £41.2m
contract" reads right); slots whose values start in lower case ("the ...", "a ...") never open a
sentence; ``{outlet}`` never follows "the". ``python benchmarks/quality/topics.py`` checks all of
this and more.
"""

from __future__ import annotations

import calendar
import collections
import json
import math
import random
import re
import sys
from typing import TypedDict


class Fact(TypedDict):
    original: list[str]  # 2-3 alternative phrasings used by original articles
    paraphrase: list[str]  # the same fact rewritten: paraphrase articles must NOT match
    quote: bool  # the phrasings are a direct quote with attribution


class Topic(TypedDict):
    name: str
    slots: dict[str, list[str]]  # topic-specific slot values, 6+ choices each
    headlines: list[str]  # [0] for originals, [-1] for paraphrases, [1:] for re-headlined copies
    standfirsts: list[str]  # one-sentence summaries, used like the headlines
    facts: list[Fact]  # in story order; fact 0 (the lead) is always used
    background: list[str]  # explainer sentences with the same slots, no phrasing from facts
    commentary: list[str]  # opinion-column sentences, no quote marks


COMMON_SLOTS: dict[str, list[str]] = {
    "place": [
        "Eastmouth",
        "Calderwick",
        "Stanmere",
        "Fallowby",
        "Thornhollow",
        "Kestrelby",
        "Brindlecombe",
        "Oxhaven",
        "Lowmarsh",
        "Hartwell Vale",
        "Pellingham",
        "Gorsebury",
        "Ashcombe Regis",
        "Dunmere",
        "Saltmoor",
        "Redlingham",
        "Hollinsford",
        "Merriton",
        "Cawdry",
        "Brackwater",
        "Tollmarsh",
        "Norbeck",
        "Skelbrook",
        "Amberhythe",
        "Fennick Cross",
        "Wyndham Magna",
        "Graylingford",
        "Sedgecombe",
        "Marrowby",
        "Orwinstow",
        "Helmscar",
        "Cobbleton",
        "Vinerly",
        "Westhollow",
    ],
    "person": [
        "Marcus Pellow",
        "Priya Ramsden",
        "Owen Tregarthen",
        "Fiona McAllister",
        "Declan Hurst",
        "Samira Haddad",
        "Gareth Lewin",
        "Bethany Crowe",
        "Tomasz Nowicki",
        "Helen Aske",
        "Rajiv Mehta-Lowe",
        "Claire Dunstable",
        "Ibrahim Sesay",
        "Nadia Fairbrother",
        "Colin Ashworth",
        "Rosalind Pryce",
        "Kwame Asante-Boyd",
        "Lucy Farrant",
        "Martin Greaves",
        "Eleanor Quist",
        "Daniel Okafor",
        "Shona Baird",
        "Patrick Wenlock",
        "Yasmin Choudry",
        "Stuart Ellingham",
        "Joanna Petrakis",
        "Hamish Rennie",
        "Alison Tuckwell",
        "Femi Adeyemi-Cross",
        "Sian Pritchard",
        "Neil Cottam",
        "Grace Whitfield",
        "Imran Siddall",
        "Catriona Lyle",
        "Robert Hallam",
        "Moira Venables",
        "Trevor Blakemore",
        "Aisha Kamara",
        "Jonathan Fairley",
        "Lorna Meiklejohn",
        "Viktor Hale",
        "Deborah Ansell",
        "Callum Rooke",
        "Nia Rhydderch",
    ],
    "role": [
        "the council’s cabinet member for transport",
        "the leader of the county council",
        "a ward councillor for the area",
        "the local MP",
        "the council’s deputy leader",
        "the chair of the council’s scrutiny committee",
        "the leader of the opposition group on the council",
        "the mayor of the combined authority",
        "the council’s cabinet member for communities",
        "a member of the regional assembly",
        "the chair of the local business forum",
        "a spokesperson for the residents’ association",
        "the town’s mayor",
        "the shadow cabinet member for the area",
    ],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "duration": [
        "three months",
        "six weeks",
        "two years",
        "18 months",
        "nine months",
        "four weeks",
        "six months",
        "a year",
        "ten weeks",
    ],
    "amount": [
        "£41.2m",
        "£3.5m",
        "£120m",
        "£6.7m",
        "£14m",
        "£27.5m",
        "£2.9m",
        "£55m",
        "£9.4m",
        "£63.8m",
        "£4.25m",
        "£150m",
        "£22m",
        "£5.1m",
        "£37m",
        "£96m",
        "£12.6m",
    ],
    "number": [
        "1,200",
        "18,000",
        "4,500",
        "650",
        "2,300",
        "12,000",
        "7,400",
        "3,100",
        "950",
        "25,000",
        "1,750",
        "9,600",
        "15,500",
        "5,200",
        "2,800",
        "32,000",
    ],
    "org": [
        "Eastmouth City Council",
        "Wendside Water",
        "Tarnside Borough Council",
        "Calderwick Housing Association",
        "Stanmere Community Trust",
        "Brackwater Chamber of Commerce",
        "Fallowby Rail Users’ Group",
        "Kestrelby Enterprise Partnership",
        "Oxhaven Harbour Board",
        "Lowmarsh Flood Action Group",
        "Hartwell Vale Health Partnership",
        "Pellingham Parish Council",
        "Gorsebury Arts Centre",
        "Marrowby Business Improvement District",
        "Saltmoor Nature Trust",
        "Redlingham Transport Partnership",
        "Hollinsford Civic Society",
        "Merriton Youth Foundation",
        "Cawdry Energy Cooperative",
        "Norbeck Tenants’ Federation",
        "Skelbrook Heritage Railway",
        "Amberhythe Port Authority",
    ],
    "venue": [
        "the town hall",
        "St Bede’s church hall",
        "the community centre on Park Road",
        "the central library",
        "the leisure centre",
        "the Methodist hall on Chapel Street",
        "the Corn Exchange",
        "the old drill hall",
    ],
}

BRIDGE_CLOSURE: Topic = {
    "name": "bridge_closure",
    "slots": {
        "asset": [
            "Kingsgate Viaduct",
            "Old Mill Bridge",
            "Harrowgate Road flyover",
            "Tanners Lane bridge",
            "Riverside Way overpass",
            "Copperfield Viaduct",
            "Fleetwater Bridge",
            "Northgate flyover",
        ],
        "road": [
            "Harbour Road",
            "the ring road",
            "Station Approach",
            "the eastern bypass",
            "Mill Lane",
            "the inner relief road",
            "Quarry Hill Road",
            "the old coast road",
        ],
        "defect": [
            "serious corrosion in the steel bearings",
            "cracking in two of the concrete support piers",
            "a failed expansion joint across the main deck",
            "scouring of the riverbed around the central pier",
            "weakened tensioning cables inside the deck",
            "water damage to the reinforced concrete beams",
            "a fracture in one of the main girders",
            "crumbling concrete exposing rusted reinforcement",
        ],
        "inspection": [
            "a routine principal inspection",
            "an underwater survey of the foundations",
            "a scheduled drone survey",
            "a detailed structural assessment",
            "a special inspection ordered after heavy rain",
            "an overnight safety check",
        ],
        "diversion": [
            "a signed diversion through the town centre",
            "an eight-mile detour via the northern bypass",
            "a diversion along Cobb Lane and Furnace Street",
            "a 12-mile diversion around the estuary",
            "a signed route through the industrial estate",
            "a lengthy detour through neighbouring villages",
        ],
        "council": [
            "Westmoor County Council",
            "Brackenshire Council",
            "Tarnside Borough Council",
            "Sandleigh County Council",
            "Marchbury Council",
            "Harlowmere County Council",
            "Glenford City Council",
        ],
        "official": [
            "the council’s head of highways",
            "the authority’s director of place",
            "the authority’s chief bridge engineer",
            "the cabinet member for highways",
            "the council’s assistant director for infrastructure",
            "the council’s senior structures engineer",
        ],
        "built": ["1931", "1958", "1964", "1972", "1899", "1926"],
        "years": [
            "nine years",
            "more than a decade",
            "15 years",
            "two decades",
            "six years",
            "almost 30 years",
        ],
        "minutes": [
            "15 minutes",
            "20 minutes",
            "25 minutes",
            "half an hour",
            "40 minutes",
            "ten minutes",
        ],
        "bus": [
            "Tarnline Buses",
            "Westmoor Coaches",
            "Blue Heron Travel",
            "Greenway Bus Company",
            "Riverlink Transport",
            "Coastal Rider",
        ],
        "resident": [
            "Glenys Harbottle",
            "Ravi Sandhu",
            "Maureen Pask",
            "Theo Lindqvist",
            "Bernadette Cole",
            "Usman Tariq",
            "Pauline Hext",
            "Gavin Strood",
        ],
        "business": [
            "a café",
            "a hardware shop",
            "a florist’s",
            "a car repair garage",
            "a bakery",
            "a small hotel",
            "an independent bookshop",
            "a dry cleaner’s",
        ],
        "critic": [
            "Ferdinand Oakes",
            "Lesley Trundle",
            "Marcus Bellweather",
            "Ayesha Rahman-Cole",
            "Derek Mountjoy",
            "Hilary Penberthy",
            "Sunil Varma",
            "Kathleen Forde",
        ],
    },
    "headlines": [
        (
            "{asset} [closed indefinitely|shut without warning|barred to traffic] in {place} "
            "[after safety inspection|as engineers find {defect}|over {defect}]"
        ),
        "{council} shuts {asset} over [safety fears|structural concerns]",
        "{amount} repair bill looms for {asset} after [closure|shutdown]",
        (
            "[Drivers|Motorists|Road users|Commuters|Households|Hauliers|Bus "
            "passengers] [around|in|across|throughout|near|outside|beyond] {place} "
            "[face|brace for|dread|are hit by|count the cost of|endure|grumble at] "
            "[long|lengthy|tedious|costly|daily|painful|winding] "
            "[detours|diversions|drives|trips|delays|treks|queues] "
            "[as|after|while|because|now that|once|since] "
            "[engineers|inspectors|surveyors|bridge "
            "experts|officials|assessors|specialists] [fence off|shut|close|seal "
            "off|barricade|condemn|bar] [crossing|river link|ageing span|key "
            "bridge|busy viaduct|old structure|vital route]"
        ),
    ],
    "standfirsts": [
        (
            "[Engineers found|An inspection revealed|Surveyors discovered] {defect}, leaving "
            "drivers in {place} [facing {diversion}|with {diversion}|stuck with {diversion}] "
            "while the {asset} [stays shut|is repaired|remains out of use]."
        ),
        (
            "The crossing, used by about {number} vehicles a day, could remain shut for "
            "{duration} while repairs costing {amount} are planned."
        ),
        (
            "{council} says it had no choice after {inspection} raised [serious|urgent] "
            "concerns about the {asset}."
        ),
        (
            "[Motorists and traders|Drivers and shopkeepers|Commuters and local "
            "firms|Road users and businesses|Households and retailers|Parents and "
            "delivery drivers|Hauliers and cafe owners] "
            "[in|around|across|throughout|near|on both banks at|either side of the "
            "river at] {place} [brace for|face|are bracing themselves for|expect|are "
            "resigned to|are preparing for|must now endure] [months of disruption|a "
            "long spell of upheaval|a difficult few months|lasting inconvenience|a "
            "prolonged period of chaos|an extended headache|many weeks of hassle] [now "
            "that|with news that|because|since word came that|as it emerges that|after "
            "confirmation that|following reports that] [a structure dating from "
            "{built}|a span first built in {built}|the crossing, in service since "
            "{built},|a river link going back to {built}|an old bridge that has stood "
            "since {built}|their {built}-vintage bridge|a landmark erected in {built}] "
            "[has been ruled unsafe|was declared dangerous|failed its safety "
            "checks|has been condemned|was found to be unsound|cannot be "
            "trusted|flunked a structural test][, with no quick fix in sight|; repairs "
            "look set to drag on|, and no reopening date has been set|, leaving many "
            "fearful for trade|, and patience is already wearing thin|, so the "
            "disruption may well drag into next year|, and frustration is mounting]."
        ),
    ],
    "facts": [
        {
            "original": [
                (
                    "The {asset} in {place} was [closed to all traffic|shut to vehicles and "
                    "pedestrians alike|sealed off] [with immediate effect|without warning|at "
                    "short notice] on {weekday} after {inspection} [found|uncovered|identified] "
                    "{defect}."
                ),
                (
                    "{council} [shut|closed] the {asset} [at short notice|with barely an hour’s "
                    "warning] on {weekday} after {inspection} [revealed|turned up] {defect}, "
                    "leaving {road} [cut in two|severed]."
                ),
                (
                    "[Barriers went up|Barriers were put in place|Fencing was erected] across "
                    "the {asset} on {weekday} [after|once] {inspection} [commissioned "
                    "by|carried out for] {council} [discovered|found] {defect}."
                ),
            ],
            "paraphrase": [
                (
                    "[In a blow for {place},|Bad news for {place}:|For people in {place},|Across "
                    "{place},|In {place} this week,|Residents of {place} have learned that|Around "
                    "{place},|Closer to home in {place},] [checks on the {asset} have exposed what "
                    "engineers describe as|a close look at the {asset} brought to "
                    "light|specialists surveying the {asset} have flagged up|staff assessing the "
                    "{asset} say there is|a team sent to the {asset} reported evidence "
                    "of|inspectors working on the {asset} discovered signs of|a recent examination "
                    "of the {asset} pointed to|a hands-on survey of the {asset} drew attention to] "
                    "{defect}[, and in response|; reacting quickly,|, whereupon|, and without "
                    "delay|; within hours|, so almost at once|, and soon afterwards|; acting on "
                    "that advice,] {council} [fenced the whole thing off to every user|put up "
                    "barriers at either end of the structure|sealed every approach with metal "
                    "fencing|withdrew it from use entirely and indefinitely|blocked it to "
                    "everybody, drivers and walkers alike|shut it down completely while experts "
                    "deliberate|closed it to all comers until further tests|stationed security "
                    "staff to keep people away]. [For now that leaves nobody able to get "
                    "across|The upshot is that there is no way for anyone to cross|What this means "
                    "is that not a single person is permitted over|At present there is no crossing "
                    "at all for residents|Right now local people have no route over the water|In "
                    "practice there is no legal way across|Until decisions are made, the public "
                    "has zero access|Neighbours on the far bank are effectively marooned] [by car "
                    "or on foot|whether driving or walking|behind the wheel or as a pedestrian|on "
                    "wheels or on two legs|in a vehicle or otherwise|by any means at all|with or "
                    "without a car|cyclists included][, a situation that locals describe as "
                    "chaotic and exhausting|, and tempers are already fraying on both banks of the "
                    "river|, to the obvious frustration of commuters and school families|, which "
                    "has upended daily routines for thousands of people|, with knock-on effects "
                    "being felt right across the town|, something few people had expected to "
                    "happen so suddenly|, leaving families to rethink how they get to work and "
                    "school|, and there is little sign of the mood improving soon][, according to "
                    "community groups who met on the issue|, as several shopkeepers on the "
                    "approach road pointed out|, judging by the mood among those turned away at "
                    "the fencing|, councillors have been told by worried constituents|, if the "
                    "flood of posts on neighbourhood forums is any guide|, as one parent waiting "
                    "at the barrier put it|, as residents made abundantly clear this week|, in the "
                    "words of a local taxi driver]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "[Around|About|Roughly] {number} vehicles [a day|each day] normally use the "
                    "{asset}, and drivers are [being directed|being sent] along {diversion} "
                    "[until further notice|while the crossing remains shut|for the foreseeable "
                    "future]."
                ),
                (
                    "The crossing [usually carries|normally takes|is relied on by] {number} "
                    "vehicles daily on {road}, and motorists [have been told to follow|are "
                    "being advised to use|must now take] {diversion} [instead|for now|until "
                    "repairs are finished]."
                ),
            ],
            "paraphrase": [
                (
                    "[With the structure out of action|Now that the span is closed|While the "
                    "bridge stays shut|Since the barriers went up|Because the link is "
                    "unusable|Following the closure|As a result of the shutdown][, motorists "
                    "accounting for roughly|, drivers who previously made about|, road users "
                    "responsible for some|, traffic amounting to around|, commuters and hauliers "
                    "behind nearly|, people making close to|, the owners of cars behind perhaps] "
                    "{number} [trips each day|crossings on a normal day|journeys over it every "
                    "twenty-four hours|car and lorry movements daily|passages across the river per "
                    "day|daily trips|runs in a typical twenty-four hours] [have been pushed "
                    "onto|are now being steered onto|must instead rely on|find themselves routed "
                    "via|now have to take|are forced onto|have been shunted towards] {diversion}[, "
                    "a route that|, which|; the alternative|, an option that|, and that detour|— a "
                    "path that|, a choice that] [adds time and fuel to each and every trip|eats "
                    "into working days and family evenings|lengthens the school run by a painful "
                    "margin|frustrates regular users no end|costs households more in petrol every "
                    "week|wastes a good deal of time for everyone|piles on mileage and wear to "
                    "cars] [at the busiest times of the day|for most households in the area|during "
                    "rush hour in particular|on almost every journey people make|for anyone "
                    "heading to work or college|both morning and evening|at peak hours when queues "
                    "build][, drivers grumble|, regular users complain|, locals point out|, "
                    "hauliers say|, taxi firms report|, as one commuter put it|, motoring groups "
                    "warn]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“[Public safety has to come first|Nothing matters more than safety|Safety "
                    "is our overriding priority], and [the {asset} will stay shut|we will keep "
                    "the barriers on the {asset}|nobody will drive over the {asset}] until [our "
                    "engineers are satisfied|we are certain|tests prove] that it [can carry "
                    "traffic safely|is sound|poses no danger],” said {person}, {official}."
                ),
                (
                    "“[Nobody takes a decision like this lightly|This was not a decision we "
                    "took lightly|We did not want to close it], but [the survey|what the "
                    "engineers found|the inspection report] left us with [no responsible "
                    "alternative|no other option|no choice] [but to close the crossing straight "
                    "away|other than closing the {asset} at once|but to shut it immediately],” "
                    "{person}, {official}, said."
                ),
                (
                    "{person}, {official}, said: “I [understand|know|fully appreciate] how "
                    "[frustrating|disruptive|costly] this will be for [businesses in "
                    "{place}|everyone who uses the {asset}|families in {place}], but [the "
                    "evidence was simply too serious to ignore|we could not take any "
                    "chances|doing nothing was never an option].”"
                ),
            ],
            "paraphrase": [
                (
                    "[Keeping people from harm|Protecting the public|Avoiding any risk to life|The "
                    "wellbeing of those using it|Preventing an accident|Public wellbeing|Stopping "
                    "a tragedy] [outweighs|is weightier than|must take precedence "
                    "over|trumps|counts for more than|ranks above|is worth more than] [any "
                    "inconvenience caused to people locally|the disruption that motorists are now "
                    "suffering|the nuisance to drivers and delivery firms|the hardship for traders "
                    "near the bridge|the delays now facing commuters every day|lost trade or "
                    "wasted time for the town|a few months of hassle for households][, in the view "
                    "of|, so believes|, according to|, argued|, insisted|, stressed|, was the "
                    "message from] {person}, {official}[, who added that|, who went on to say "
                    "that|, explaining that|, adding that|; the official said|, who noted that|; "
                    "the same spokesperson said] [engineers must be entirely free of doubt about "
                    "its strength|specialists need complete confidence in every component|the "
                    "experts must be wholly convinced it can bear the load|every single test must "
                    "come back clear and conclusive|the structural team must be sure beyond "
                    "reasonable doubt|there can be no lingering uncertainty among the "
                    "specialists|all checks must be passed with room to spare] [before anybody "
                    "drives over it again|ahead of any reopening to traffic|before vehicles are "
                    "let back on|before a single car returns|ahead of lifting the barriers|prior "
                    "to reopening|before cars roll across once more][, whatever the pressure from "
                    "businesses|, however loud the complaints|, even if that takes months|, no "
                    "matter the cost in goodwill|, despite mounting frustration|, regardless of "
                    "politics|, and no shortcuts will be taken][ meanwhile| for the foreseeable "
                    "months| over the weeks ahead| from here on| this time round| in this case| on "
                    "this occasion]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "[Early estimates suggest|Officials estimate|Council engineers believe] "
                    "repairs could cost [up to|as much as] {amount}, and the {asset} [may "
                    "remain closed for at least|is likely to stay shut for around|could be out "
                    "of use for] {duration}."
                ),
                (
                    "[Engineers believe|The council expects|Officers predict] the work will "
                    "take {duration} and cost [about|roughly] {amount}, though [the bill could "
                    "rise|that figure may climb|costs often grow] once [scaffolding is up|the "
                    "deck is opened up|specialist contractors are appointed]."
                ),
            ],
            "paraphrase": [
                (
                    "[On current figures,|By one estimate,|In the latest assessment,|For now at "
                    "least,|As things stand,|At this early stage,|Provisionally,] [fixing the "
                    "damage|putting the structure right|restoring the bridge|making the span safe "
                    "again|the engineering job needed|a full repair|the rescue of the crossing] "
                    "[is put at|has been priced at|carries an estimated bill of|should come to|is "
                    "expected to absorb|looks likely to total|will swallow] {amount}[, with a "
                    "timescale of|, and officials talk of|; they reckon on|, and the programme "
                    "runs to|, with a schedule spanning|; the job should last|, spread over] "
                    "{duration} [before vehicles return|until traffic flows again|before cars are "
                    "back|ahead of any reopening|until motorists regain the route|before normal "
                    "service resumes|until the barriers can go][ — and that is|, though only| — "
                    "but only|, a forecast that holds only|, assuming all goes well, and only|, "
                    "which applies only| — a best case, valid only] [if nothing further turns "
                    "up|provided no new faults appear|if no fresh problems emerge|should nothing "
                    "else be found|barring nasty surprises|if the structure behaves|assuming no "
                    "hidden flaws] [during the work|along the way|in the process|as the job "
                    "proceeds|when crews start|midway through|once work begins]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“[Trade has already halved|Takings halved almost overnight|Our takings "
                    "have fallen off a cliff], and if this [goes on|lasts] for {duration} I "
                    "[honestly do not know whether we will survive|cannot see how we keep "
                    "going|may have to let staff go],” said {resident}, who runs {business} on "
                    "{road}."
                ),
                (
                    "“[Half of our customers|Most of our regulars|Many of our customers] [live "
                    "across the {asset}|come from the far side of the crossing|travel in from "
                    "the other side], and [overnight|in one afternoon|without any warning] they "
                    "have been [cut off from us completely|told to go miles out of their "
                    "way|left with no easy way to reach us],” said {resident}, who runs "
                    "{business} in {place}."
                ),
            ],
            "paraphrase": [
                (
                    "{resident}[, owner of|, who operates|, proprietor of|, whose livelihood is|, "
                    "in charge of|, who set up|, the person behind] {business} [near the closed "
                    "route|close to the barriers|a short walk from the bridge|on the now-quiet "
                    "approach road|beside the shut crossing|just off the bridge|metres from the "
                    "fencing][, fears for|, is worried about|, is anxious about|, frets over|, is "
                    "losing sleep over|, dreads|, is uneasy about] [the survival of the "
                    "firm|whether the business can last|the future of the enterprise|how long it "
                    "can stay open|keeping the doors open|what happens next|the months ahead][, "
                    "after custom|, since footfall|, given that sales|, because trade|; revenue|, "
                    "as visitor numbers|, now that income] [halved|fell by half|dropped by "
                    "50%|shrank by half|collapsed to half the usual level|was cut in two|slumped "
                    "by half] [as soon as the barriers appeared|within days of the closure|the "
                    "moment the fencing went up|in the first week|straight after the "
                    "shutdown|virtually at once|from day one][, and reserves are thin|, with bills "
                    "still arriving|, and staff hours are down|, leaving little margin|, which no "
                    "small firm can absorb for long|, while rent stays the same|, so savings are "
                    "draining away]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "{bus} said [its services|several of its routes|buses on the affected "
                    "routes] would be [diverted|rerouted|sent the long way round] [for the "
                    "duration of the closure|until the crossing reopens|while repairs are "
                    "carried out], adding up to {minutes} to [journeys|trips] across {place}."
                ),
                (
                    "[Bus passengers|Commuters relying on buses|People without cars] face "
                    "[longer and costlier trips|slower journeys|extra travelling time] after "
                    "{bus} confirmed its routes over the {asset} would [run via|follow] "
                    "{diversion}, adding up to {minutes} each way."
                ),
                (
                    "[Ambulance and fire crews|Emergency services|Paramedics and firefighters] "
                    "[have been briefed on|have agreed|are already using] alternative routes, "
                    "[while|and] {bus} [warned|told passengers] that journeys in {place} could "
                    "take up to {minutes} longer."
                ),
            ],
            "paraphrase": [
                (
                    "[Timetables will slip as well:|Public transport is suffering too, "
                    "because|Buses are caught up in it as well;|The closure hits bus users too, "
                    "since|Scheduled services are affected as well, as|Bus riders are not spared "
                    "either:|Passengers on public transport lose out too, because] [vehicles "
                    "operated by {bus}|coaches belonging to {bus}|the fleet run by {bus}|services "
                    "from {bus}|vehicles in the {bus} livery|routes run by {bus}|every {bus} "
                    "service] [now follow roundabout routes|must now go a longer way|are taking "
                    "lengthy detours|have switched to circuitous paths|now trundle around a wide "
                    "loop|have been redirected|now wind through side streets][, so|, meaning|, and "
                    "as a result|; consequently|, which means|, and|; in effect] [passengers "
                    "should allow|riders ought to budget|travellers are advised to add|anyone "
                    "catching one should expect|those on board face|users must factor in|people "
                    "need to set aside] [an extra {minutes}|another {minutes}|a further "
                    "{minutes}|{minutes} more|roughly {minutes} on top|at least {minutes} extra|as "
                    "much as {minutes} beyond normal] [per journey|on each trip|every time|on a "
                    "single leg|on every ride|for a typical run|for the average trip] [until the "
                    "work is done|while repairs continue|for as long as this lasts|over the coming "
                    "months|in the meantime|till the bridge reopens|during the closure]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "The {asset}, which [opened|was completed|first carried traffic] in "
                    "{built}, [was last strengthened|underwent its last major repairs|last had "
                    "significant work] {years} ago and [had been placed on a watch list|was "
                    "already being monitored closely|was already on a list of structures of "
                    "concern]."
                ),
                (
                    "[Records show|Council documents show|Archive records reveal] the {asset} "
                    "has [carried traffic|been in use] since {built}, and [engineers first "
                    "flagged|inspectors first raised|surveyors began to voice] concerns about "
                    "its [condition|bearings|long-term strength] {years} ago."
                ),
            ],
            "paraphrase": [
                (
                    "[The bridge dates from|The span went up in|Engineers trace its construction "
                    "to|The crossing was finished in|The structure was built in|Its construction "
                    "goes back to|The link was put up in] {built}[, and ever since|; over the "
                    "decades that followed|, since when|, and across the generations|, and from "
                    "then on|; through the years since|, and in the time since] [it|the link|this "
                    "key river crossing|the old span|such an elderly structure|the crossing|this "
                    "piece of infrastructure] [has given its guardians plenty to fret about|has "
                    "worried people|has been a constant source of anxiety|has troubled those who "
                    "maintain it|has caused nagging concern|has been a cause for worry|has kept "
                    "officials uneasy] [among highways staff|locally|in County Hall|across the "
                    "town|within the engineering department|at the authority|among engineers][; "
                    "tellingly,|, yet|; even so,|, and still|; oddly,|; nonetheless,|, but] "
                    "[nobody has tackled a major overhaul|it has not had serious attention|records "
                    "show no substantial strengthening or refurbishment|there has been little "
                    "repair|no big job was done|it has gone without a thorough renovation|the "
                    "required heavy maintenance never came] [over the course of|for the whole of "
                    "the last|in|across a period of|during a span of|throughout|spanning] "
                    "{years}[, remarkably enough|, according to those who know it|, an "
                    "extraordinary gap|, by most accounts|, which critics find baffling|, so it "
                    "seems|, astonishingly for such a busy route]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "{council} [said it would|plans to|intends to] [apply|bid] to central "
                    "government for {amount} [towards the repairs|to help cover the work], "
                    "[arguing the cost is beyond its own highways budget|saying it cannot meet "
                    "the bill alone|warning that its reserves are already stretched]."
                ),
                (
                    "[The authority|Council leaders|Senior councillors] [have written to "
                    "ministers|are lobbying Whitehall|have appealed to the Treasury] seeking "
                    "{amount} in emergency funding, [saying the {asset} is too important to "
                    "leave closed|arguing that {place} cannot cope without the link|warning of "
                    "lasting damage to the local economy]."
                ),
            ],
            "paraphrase": [
                (
                    "[Local coffers|The authority’s own budget|Town hall finances|The highways "
                    "purse|Money held locally|Council reserves|The county’s own funds] [cannot "
                    "stretch that far|will fall well short|will not cover it|could never be "
                    "enough|can never absorb such a sum|would be far too thin|could never meet "
                    "it][, officers admit|, according to officials|, senior staff concede|, the "
                    "council acknowledges|, councillors have been told|, finance chiefs say|, a "
                    "report confirms][, so|, and therefore|; consequently|, which is why|, and as "
                    "a result|; hence|, and accordingly] [a request for|a plea for|an application "
                    "for|a formal bid for|a call for|an appeal for|a claim for] {amount} [of "
                    "taxpayer support|in national money|from the public purse|of government "
                    "cash|from central funds|of state funding|in grant aid] [has been sent off "
                    "to|is now with|has gone to|has landed on the desks of|is being put before|has "
                    "been submitted to|awaits a verdict from] [ministers|Whitehall officials|the "
                    "Department for Transport|Treasury officials|decision-makers in government|the "
                    "transport secretary|national funders] [in London|for a decision|for "
                    "approval|this week|without delay|as a priority|at short order]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“[This did not happen overnight|None of this is a surprise|This crisis was "
                    "years in the making]: the warning signs [have been there for years|were "
                    "ignored|were obvious], and [residents|taxpayers|drivers] are now paying "
                    "the price for [neglect|cheap patch-ups],” said {critic}, {role}."
                ),
                (
                    "“[Families in {place} deserve to know|People in {place} are entitled to "
                    "ask|Local taxpayers need to be told] why [a crossing this important|such a "
                    "vital link|the {asset}] was allowed to [deteriorate|decline|crumble] until "
                    "it had to be shut [without warning|overnight|in a hurry],” {critic}, "
                    "{role}, said."
                ),
            ],
            "paraphrase": [
                (
                    "[Years of neglect were to blame|Decades of underinvestment lie behind "
                    "it|Long-term mismanagement caused this|It is the result of chronic neglect "
                    "over decades|The trouble has been brewing for ages|A long history of poor "
                    "upkeep explains it|Successive budget cuts are the root cause][, according to "
                    "{critic}, {role}, who believes|, in the opinion of {role}, {critic}, who "
                    "contends that|, argued {critic}, {role}, who maintains that|, insisted "
                    "{role}, {critic}, whose view is that|, said {critic}, who is {role}, and is "
                    "convinced that|, claimed {role}, {critic}, who thinks|, was the verdict of "
                    "{critic}, {role}, adding that|, in the judgement of {role}, {critic}, for "
                    "whom it is clear that] [cheap short-term fixes|quick, low-cost "
                    "bodges|piecemeal repairs done on the cheap|temporary solutions|corner-cutting "
                    "on maintenance|sticking-plaster remedies|patch jobs] [had stored up "
                    "trouble|only postponed the reckoning|made matters worse over time|let the "
                    "damage spread|guaranteed a bigger bill later|allowed decay to deepen|just "
                    "delayed the inevitable][ and that|, adding that|, while|; meanwhile,|, so "
                    "that now|, and|; as a result] [ordinary people living and working "
                    "nearby|local households already stretched by bills|everyday road users with "
                    "no other option|residents and small businesses on both sides|the public who "
                    "rely on the crossing|working families juggling jobs and school|commuters and "
                    "shopkeepers in the town centre] [were now footing the bill|are the ones left "
                    "out of pocket|are bearing the cost|carry the burden|pick up the tab|suffer "
                    "the consequences|pay the penalty] [in lost time and money every single "
                    "week|through longer and more expensive journeys|one way or another for months "
                    "to come|in more ways than one, it seems|day after day with no end in "
                    "sight|week in, week out, while officials deliberate|without having had any "
                    "say in the matter]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "A [public meeting|drop-in session|question-and-answer evening] will be "
                    "held at {venue} on {weekday}, and {council} [has promised|says it will "
                    "give|is expected to publish] [a further update once testing is "
                    "complete|fresh information within days|a timetable for repairs soon]."
                ),
                (
                    "[Residents|People with questions|Anyone affected] [can attend|are invited "
                    "to] a [session|meeting|briefing] at {venue} on {weekday}, where [engineers "
                    "will explain what they found on the {asset}|officers will set out a "
                    "timetable for repairs|the council will answer questions on the closure]."
                ),
            ],
            "paraphrase": [
                (
                    "[For those affected,|In the meantime,|Meanwhile,|As for next steps,|Before "
                    "long,|Separately,|On a practical note,] [anyone wanting to quiz the "
                    "engineers|people keen to question the experts|those with concerns about the "
                    "bridge|locals hoping for answers|residents who want to hear more|anybody with "
                    "a query|drivers seeking clarity] [in person|face to "
                    "face|directly|themselves|first-hand|at close quarters|without a middleman] "
                    "[will get the chance|can do so|have an opportunity|may come along|are welcome "
                    "to turn up|should attend|can drop by] [come {weekday}|this coming "
                    "{weekday}|when {weekday} arrives|during {weekday}|later on {weekday}|on the "
                    "afternoon of {weekday}|on {weekday} evening] at {venue}[, and officials say "
                    "they will share more|, while the council promises further details|; staff "
                    "have also pledged to reveal more|, and the authority intends to say more|, "
                    "with fuller news promised|, and more information is due|; a written briefing "
                    "will follow] [once testing wraps up|when the checks are finished|after the "
                    "analysis is done|as soon as results arrive|once the survey work "
                    "concludes|when laboratory tests are back|after samples are examined] [shortly "
                    "afterwards|within a fortnight or so|via the council website|in a public "
                    "bulletin|through local media|in a letter to households|on social media "
                    "channels]."
                ),
            ],
            "quote": False,
        },
    ],
    "background": [
        (
            "{council} [looks after|maintains|has charge of|is the owner of|must keep safe|is "
            "answerable for|oversees] [several hundred|hundreds of|a large stock of|upwards of "
            "three hundred|an extensive portfolio of|a sprawling collection of|a great number of] "
            "[bridges, culverts and retaining walls|structures, from footbridges to "
            "culverts|bridges and other highway structures|crossings, tunnels and embankment "
            "walls|spans, underpasses and sea walls|viaducts, subways and drainage arches|road "
            "bridges and river walls][, many of them|, a good number|, most|, plenty of them|, the "
            "majority|, countless examples|, a large share] [built|designed|put "
            "up|constructed|laid out|erected|engineered] [long before modern lorries existed|in an "
            "age of horse-drawn carts|for far lighter traffic|decades before the juggernaut|when "
            "cars were still a rarity|in the era of steam wagons|generations ago][ and never "
            "intended for|, poorly equipped for|, not designed for|, hardly suited for|, not built "
            "with an eye to|, without any thought for| and ill-prepared for] [the loads of "
            "today|heavy goods vehicles|modern traffic volumes|44-tonne trucks|the weights now "
            "common|present-day freight|current axle weights]."
        ),
        (
            "[A principal inspection|The most thorough kind of check|A full close-up "
            "examination|The top tier of bridge survey|An in-depth structural inspection|The most "
            "detailed survey available|A hands-on assessment] [means engineers getting|requires "
            "specialists to get|involves inspectors coming|sends surveyors|puts staff|brings "
            "assessors|takes examiners] [within touching distance of|right up against|up close "
            "to|within arm’s reach of|face to face with|near enough to tap|alongside] [every part "
            "of a structure|each component|all the elements of the span|the whole fabric|every "
            "beam, joint and bearing|each girder and pier|the entire frame][, often using|, "
            "frequently with the help of|, sometimes relying on|, typically by means of|, in many "
            "cases via|, usually aided by|, perhaps employing] [rope access|abseiling "
            "gear|climbing ropes|harnesses and lines|rope teams|industrial climbers|safety lines] "
            "[or specialist platforms|or hydraulic cherry pickers|or under-bridge units|or mobile "
            "access rigs|and purpose-built gantries|or boats and pontoons|or scaffold towers] "
            "[slung beneath the deck|lowered from above|parked on the carriageway|brought in for "
            "the day|hired for the job|fixed to the parapet|moored below] [for hours at a "
            "time|across several shifts|over a number of days|while lanes are coned off|during "
            "quiet periods|at night|in stages]."
        ),
        (
            "[Industry surveys|Studies by motoring groups|Research from the road lobby|Sector "
            "reports|Annual audits by road organisations|Figures gathered by campaigners|Trade "
            "body research] [have warned|suggest|have found|indicate|keep showing|have "
            "established|point out] [that thousands of|that several thousand|that a great "
            "many|that large numbers of|that a worrying share of|that an alarming tally of|that "
            "countless] [council-owned crossings|locally maintained bridges|municipal bridges|town "
            "hall structures|bridges owned by local authorities|publicly run spans|council "
            "viaducts] [across the country|nationwide|in Britain|up and down the land|around "
            "England and Wales|from Cornwall to Cumbria|in every region] [are substandard|fall "
            "below required standards|fail modern tests|are classed as deficient|do not meet "
            "current rules|score poorly|are officially weak][ and cannot take|, unable to bear|, "
            "too weak for|, unfit for|, with no capacity for|, closed to|, incapable of carrying] "
            "[the heaviest vehicles|the biggest lorries|full-weight trucks|maximum-load "
            "traffic|the largest goods vehicles|fully laden tankers|big articulated rigs][, often "
            "for years|, sometimes for decades|, with little sign of change|, a figure barely "
            "shifting|, despite repeated warnings|, a persistent problem|, year after year]."
        ),
        (
            "{person} [has previously told|has warned|reminded|has often informed|pointed out "
            "to|has cautioned|briefed] [councillors|elected members|the cabinet|colleagues at the "
            "council|the scrutiny panel|a budget meeting|fellow officers] [that money for|that "
            "funding for|that budgets for|that cash available for|that spending on|that resources "
            "for|that grants covering] [highways maintenance|road upkeep|looking after roads and "
            "bridges|repairs to the network|keeping highways in good order|carriageway "
            "care|structural upkeep] [has fallen|has shrunk|has declined|has dropped|has been "
            "cut|has slipped|has contracted] [in real terms|once inflation is counted|after "
            "allowing for rising prices|when adjusted for inflation|in terms of what it buys|in "
            "spending power|against costs] [for most of the past decade|over much of the last ten "
            "years|in most recent years|through the better part of a decade|year after year since "
            "the mid-2010s|for the majority of recent budgets|nearly every year lately][, "
            "straining the service|, leaving little slack|, with obvious consequences|, squeezing "
            "every team|, and the gap keeps widening|, forcing hard choices|, eroding resilience]."
        ),
        (
            "[Bearings|The bearings beneath a span|Those sliding supports|Bridge bearings|The "
            "joints known as bearings|Pads and rollers at each pier|Load-carrying pivots] [allow a "
            "deck to expand and contract|let the roadway grow and shrink|permit the structure to "
            "move|are there so the span can flex|accommodate movement of the deck|absorb thermal "
            "movement|cope with the deck stretching] [with the weather|as temperatures change|in "
            "heat and cold|through the seasons|between summer and winter|day and night|in frost "
            "and sun][, and when they seize|; once they jam|, but if they lock up|, and should "
            "they stop working|; when they fail|, yet once they stick|, and if they corrode "
            "solid][, stresses move into|, forces are pushed into|, loads shift onto|, strain "
            "transfers to|, the pressure ends up in|, tension builds in|, movement is forced into] "
            "[parts of a structure|sections of the bridge|components|areas of the frame|other "
            "elements|piers and abutments|beams and columns] [never designed to take them|not "
            "built for such forces|ill-prepared for the load|that were never meant to cope|which "
            "cannot cope|unable to bear it|beyond their limits][, causing cracks to open|, leading "
            "to hidden damage|, with costly results for owners|, and cracking soon follows|, so "
            "defects multiply|, often out of sight for years|, sometimes alarmingly quickly]."
        ),
        (
            "[Weight limits|Caps on vehicle weight|Restrictions on heavy traffic|Tonnage "
            "limits|Bans on the heaviest lorries|Limits on axle loads|Heavy goods bans][, lane "
            "restrictions|, narrowed carriageways|, single-file traffic|, closing one lane|, "
            "traffic lights controlling flow|, lower speed limits|, contraflows] [and temporary "
            "props|and emergency supports|and scaffolding beneath the deck|plus propping|and steel "
            "shoring|and trestles|and monitoring sensors] [are normally tried first|usually come "
            "first|tend to be the opening moves|are the standard early steps|are generally "
            "attempted beforehand|are the typical starting point|come ahead of anything drastic][, "
            "with a full shutdown|, and a total closure is|, while shutting it completely is|; "
            "closing everything is|, leaving a complete closure|, whereas an outright ban is|, and "
            "barring all traffic is] [regarded as a last resort|seen as the final option|treated "
            "as the option of last resort|considered only when all else fails|kept for "
            "emergencies|reserved for extreme cases|the very final step] [by engineers|in the "
            "profession|among highways teams|by most authorities|across the industry|in "
            "practice|under national guidance][, for obvious reasons|, given the disruption|, "
            "because of the cost to trade|, as the impact is huge|, since it cuts communities "
            "off|, understandably|, naturally]."
        ),
        (
            "[Traffic planners working locally|Transport experts with long experience|Highways "
            "modellers and consultants|Local transport campaigners|Road engineers who have studied "
            "it|Urban designers and academics|Specialist advisers to the council] [in {place}|who "
            "know {place}|familiar with {place}|based around {place}|covering {place}|studying "
            "{place}|advising {place}] [have long argued|have warned for years|have repeatedly "
            "said|have often pointed out|have complained for some time|have suggested many "
            "times|keep insisting] [that the town as a whole|that this community|that everyday "
            "traffic here|that the wider district|that the local population|that the commuting "
            "public|that its economy] [relies too heavily on|depends far too much on|is "
            "over-reliant on|leans heavily on|is hostage to|hinges on|rests precariously on] [a "
            "handful of crossings|a few key bridges|a small number of river links|just a couple of "
            "routes over the water|a tiny set of crossing points|very few bridges|scarce river "
            "crossings] [such as the {asset}|like the {asset}|including the {asset}|among them the "
            "{asset}|of which the {asset} is one|notably the {asset}|above all the {asset}][, "
            "leaving it badly exposed|, a weakness now laid bare|, with little resilience|, making "
            "closures painful|, so any shutdown bites hard|, a fragile arrangement|, a risky "
            "set-up nobody fixed][ whenever something fails| in a crisis like this| for businesses "
            "above all| when repairs are needed| at the worst possible moments| as this week "
            "proves| year after year]."
        ),
        (
            "{critic} [has campaigned for several years|has spent years pushing|has long "
            "called|has lobbied repeatedly|has pressed for some time|has argued at length|has "
            "petitioned] [for a published list of|for public disclosure of|for the release of a "
            "register of|for openness about|for a full public record of|for transparency over|for "
            "details of] [every structure|all the bridges|each crossing and wall|the highway "
            "assets|every bridge and culvert|each span|the weakest structures] [in {place}|across "
            "{place}|around {place}|serving {place}|within the {place} area|in and near "
            "{place}|throughout {place}] [rated as being in poor condition|judged to be in a bad "
            "state|graded as deficient|found wanting by inspectors|assessed as substandard|marked "
            "as failing|classified as at risk][, arguing|, saying|, on the grounds|, in the "
            "belief|, convinced|, reasoning|, confident] [that taxpayers|that the public|that "
            "drivers|that residents|that local people|that voters|that families] [have a right to "
            "know what they are driving over|deserve the facts about the roads they pay for|should "
            "be told which bridges are in trouble|ought to be informed before anything "
            "fails|should have access to the inspection data|need the full picture, not reassuring "
            "summaries|must be kept in the loop about safety]."
        ),
        (
            "[Salt spread on roads in winter|Winter gritting salt|De-icing salt|The salt used "
            "against ice|Rock salt laid on icy roads|Grit thrown down in frosty weather|Road salt] "
            "[is one of the main enemies of|ranks among the worst threats to|does enormous harm "
            "to|is notoriously bad for|slowly eats away at|takes a heavy toll on|quietly ruins] "
            "[older concrete|ageing concrete decks|concrete of a certain age|mid-century "
            "concrete|elderly reinforced concrete|old bridge decks|weathered concrete][, because|, "
            "since|, as|; the problem is that|, for the simple reason that|; crucially,|, mainly "
            "because] [it lets moisture attack|it helps water reach|it carries damp through "
            "to|chloride-laden water can then corrode|brine is able to get at|it draws water "
            "towards|salty water then eats at] [the steel reinforcement inside|the embedded steel "
            "bars|the rebar within|the metal skeleton|the reinforcing rods|buried steelwork|the "
            "iron bars hidden inside][, which then rusts and swells|, causing rust that splits "
            "it|, prompting rust and spalling|, and rusting steel expands|, starting a slow "
            "decay|, so the surface flakes off|, triggering corrosion][, usually out of sight|, "
            "over many years|, often unnoticed|, winter after winter|, bit by bit|, gradually|, "
            "invisibly at first]."
        ),
        (
            "[Spending by {council}|Outlay by {council}|What {council} spends|Investment from "
            "{council}|Money that {council} allocates|The budget {council} sets aside|Expenditure "
            "at {council}] [on structures|for bridges and culverts|for its crossings|for bridge "
            "upkeep|on structural work|for such assets|on spans and walls] [has rarely topped|has "
            "seldom exceeded|has hardly ever gone above|has not often passed|only occasionally "
            "beats|has almost never surpassed|has infrequently crossed] {amount} [in a single "
            "year|annually|in any one financial year|over twelve months|per year|a year|in one "
            "budget cycle][, according to|, judging by|, as shown in|, on the evidence of|, based "
            "on|, going by|, as set out in] [figures published alongside|numbers released "
            "with|data attached to|tables included in|statistics that accompany|an analysis "
            "of|returns filed with] [its annual accounts|its yearly financial statements|the "
            "authority’s accounts|the council budget papers|year-end reports|its audited "
            "ledgers|audited statements][, which anyone can read|, available online|, open to "
            "inspection|, a public record|, easily checked|, on its website|, for those who look]."
        ),
    ],
    "commentary": [
        (
            "[Nobody should be surprised|It can hardly come as a shock|Few will be astonished|This "
            "was always on the cards|No one can claim amazement|Hardly anybody is startled|It was "
            "only ever a matter of time] [when a structure patched|that a crossing mended|if a "
            "bridge held together|once a span kept going|because a link maintained|after a viaduct "
            "propped up|given that a river link tended] [for decades on end|over several "
            "generations|since the days of steam|through countless winters|across many long "
            "years|throughout living memory|for half a century] [with cheap running repairs|by "
            "quick fixes alone|using sticking plasters|through piecemeal bodges|on a shoestring "
            "budget|with paint and prayers|via emergency patching] [finally has to shut|eventually "
            "gives up|at last fails outright|in the end must close|one day runs out of "
            "road|collapses into closure|is declared unfit][, and the blame|; responsibility|. The "
            "fault|, and accountability|; culpability|. Any reproach|, and censure] [lies squarely "
            "with|rests firmly on|belongs to|sits with|falls upon|attaches to|points straight at] "
            "[successive town hall leaders|those who held the purse|councillors of every stripe|a "
            "generation of decision makers|ministers and officials alike|budget setters past and "
            "present|the cabinet members responsible] [who looked the other way|that kept "
            "deferring the work|happy to postpone the inevitable|content to hope for the best|who "
            "never found the money|too timid to act|who preferred ribbon cutting]."
        ),
        (
            "[The real scandal|What should anger people|The true outrage|The bigger story|What "
            "deserves attention|The genuine disgrace|What ought to worry us] [is not the closure "
            "itself|is not that it shut|lies not in the barriers|is not the shutdown as such|has "
            "little to do with the fencing|is hardly the decision to close|concerns something "
            "other than the closure] [but the years of|but rather the long run of|but a decade and "
            "more of|but instead the succession of|but what came before: years of|so much as the "
            "history of|but the sorry record of] [deferred maintenance|postponed repairs|put-off "
            "upkeep|neglected servicing|jobs left for another day|missed inspections and "
            "delays|maintenance always pushed back] [that made it inevitable|which rendered it "
            "unavoidable|that guaranteed this outcome|which left no alternative|that set the "
            "stage|that sealed its fate|which brought us here][, and yet nobody in power|; sadly, "
            "no senior figure|, yet so far not one official|, though hardly anyone responsible|. "
            "Even so, no decision maker|; still, not a single councillor|, and so far no minister] "
            "[has been held to account|has answered for it|has taken responsibility|seems willing "
            "to own it|has faced any consequences|has apologised|has been named][ for a failure so "
            "obvious| despite the mounting cost| in any meaningful way| after all these years| "
            "even now| as far as anyone can tell| in public][, which says a great deal|, "
            "tellingly|, unsurprisingly|, as usual|, predictably|, remarkably|, shamefully]."
        ),
        (
            "[Frankly,|Let us be clear:|Put simply,|In truth,|The fact is "
            "that|Honestly,|Realistically,] [councils|local authorities|town halls|highway "
            "authorities|county and borough councils|cash-strapped councils|local government] "
            "[cannot be expected|should not be asked|are in no position|lack the means|will "
            "struggle|have no way|are not equipped] [to keep ageing bridges standing|to hold old "
            "crossings together|to maintain elderly structures|to look after crumbling spans|to "
            "preserve worn-out infrastructure|to sustain decrepit bridges|to prop up tired "
            "viaducts] [on budgets|with funds|using money|on allocations|with grants|on "
            "settlements|from pots] [that have been squeezed|cut back|pared down|that keep "
            "shrinking|trimmed hard|slashed repeatedly|eroded by inflation] [year after year|every "
            "single year|time and again|for over a decade|in round after "
            "round|relentlessly|without respite][, and ministers know it|, whatever Whitehall "
            "says|, as everyone in local government knows|, however hard they try|, and it is "
            "unfair to pretend otherwise|, no matter how talented their engineers|, and the sums "
            "simply do not add up]."
        ),
        (
            "[If ministers want|Should the government wish|If Whitehall is keen|If those in power "
            "intend|Should ministers hope|If the cabinet really means|If Downing Street aims] [to "
            "talk about levelling up|to boast about regional fairness|to make good on promises to "
            "the regions|to be taken seriously on local growth|to prove they care about smaller "
            "places|to show it values provincial England|to back struggling towns][, they could "
            "start by|, a good first step would be|, the obvious place to begin is|, they should "
            "begin with|, the simplest move is|, step one is|, the answer lies in] [funding the "
            "unglamorous repairs|paying for dull but vital maintenance|backing the boring "
            "fixes|bankrolling routine upkeep|covering the unexciting work|financing humdrum "
            "engineering|underwriting everyday repairs] [that keep towns like {place}|which keep "
            "the likes of {place}|on which {place} and similar towns depend to stay|keeping "
            "communities like {place}|that leave towns such as {place}|allowing places like "
            "{place} to stay|which help towns such as {place} remain] [connected|joined up|linked "
            "to the wider world|moving|open for business|accessible|in touch with neighbours][, "
            "rather than chasing ribbon-cutting projects|, not shiny new schemes|, instead of "
            "grand announcements|, before anything flashier|, ahead of vanity projects|, not "
            "headline-grabbing gimmicks|, ahead of prestige schemes][, however dull that sounds|, "
            "unfashionable as it is|, even if it wins few votes|, whatever the optics|, boring or "
            "not|, photo opportunity or no|, glamour aside]."
        ),
        (
            "[Closing the {asset}|Shutting the {asset}|The decision to bar traffic from the "
            "{asset}|Taking the {asset} out of use|Fencing off the {asset}|Stopping traffic on the "
            "{asset}|Putting the {asset} off limits] [was the right call|was the responsible "
            "choice|was correct|made sense|could not be avoided|was wise|was justified][, but|, "
            "yet|; however,|, though|; even so,|; all the same,|, and yet] [residents|local "
            "people|those affected|families and firms|neighbours|taxpayers|road users] "
            "[deserve|are owed|should get|need|have every right to|must be given|can fairly "
            "demand] [a clear timetable|firm dates|a proper schedule|a realistic plan|concrete "
            "milestones|honest deadlines|a reliable programme] [rather than vague promises|instead "
            "of woolly assurances|not hazy pledges|in place of soothing noises|and not more "
            "hand-waving|over empty reassurance|not platitudes] [from the council|from "
            "officials|at this stage|as a matter of urgency|from those in charge|from the "
            "authority|without delay][, and quickly|, starting now|, with regular updates|, in "
            "writing|, in public|, not later|, plainly]."
        ),
        (
            "[In every such case,|As ever,|Time and again,|Predictably,|Once "
            "more,|Inevitably,|Sadly, as usual,] [small businesses|independent shops|local "
            "traders|family firms|corner-shop owners|high street retailers|sole traders] [pay "
            "first|are the first victims|suffer before anyone else|bear the earliest losses|feel "
            "the pain soonest|take the first hit|lose out immediately] [when a road shuts|whenever "
            "a route closes|once traffic is diverted|if a crossing is lost|the moment barriers go "
            "up|after a bridge closes|as soon as access is cut][, and compensation|, yet "
            "recompense|, but help|, though any payout|; sadly, financial redress|, while "
            "support|, and relief] [rarely follows|is seldom offered|almost never arrives|hardly "
            "ever materialises|is the exception|comes too late|is thin on the ground][, however "
            "long the disruption|, no matter how bad things get|, even when trade collapses|, "
            "whatever the cost|, even after months|, however blameless they are|, despite the "
            "obvious harm][. That should change|; it is time that changed|. Councils must do "
            "better|. That is simply unfair|; this cannot go on|. The system needs fixing|; a fund "
            "is overdue]."
        ),
        (
            "[A proper national audit|A thorough countrywide survey|A full nationwide "
            "assessment|An honest national stocktake|A comprehensive review across England|A "
            "serious Britain-wide inventory|An independent national study] [of bridge condition|of "
            "how our bridges are faring|of the state of crossings|of structural health|of every "
            "ageing span|of viaduct safety|of highway structures] [is long overdue|should have "
            "happened years ago|is badly needed|cannot wait much longer|is now urgent|is "
            "essential|must come soon][, and|, and crucially|; what is more,|, and just as "
            "importantly|, and once done|; moreover,|, and equally] [it should be|the results must "
            "be|the findings ought to be|every report needs to be|the data has to be|its "
            "conclusions should be|each finding must be] [published in full|made public|released "
            "without redaction|put online|shared openly|printed for all to see|laid before "
            "parliament][ so that drivers can judge the risks|, allowing taxpayers to see the "
            "scale|, letting voters hold councils to account|, so everyone knows where things "
            "stand|, helping local people understand what is at stake|, giving communities the "
            "facts|, so the public can compare areas] [at last|in good time|before more bridges "
            "fail|without spin|once and for all|sooner rather than later|while there is still "
            "time]."
        ),
    ],
}

HOSPITAL_FUNDING: Topic = {
    "name": "hospital_funding",
    "slots": {
        "hospital": [
            "Eastfield General Hospital",
            "St Wilfrid’s Hospital",
            "Marchbury Community Hospital",
            "Harlowmere District Hospital",
            "Calder Valley Hospital",
            "Queensmead Hospital",
            "Sandleigh General Hospital",
        ],
        "trust": [
            "Westmoor Hospitals NHS Trust",
            "Tarnside and District NHS Foundation Trust",
            "North Brackenshire Healthcare NHS Trust",
            "Sandleigh University Hospitals NHS Trust",
            "Marchbury and Fenwold NHS Foundation Trust",
            "Glenford Valley Health NHS Trust",
        ],
        "facility": [
            "a new emergency department",
            "an expanded maternity unit",
            "a dedicated cancer treatment centre",
            "a surgical hub for planned operations",
            "a community diagnostic centre with two MRI scanners",
            "a modernised critical care unit",
            "an urgent treatment centre",
        ],
        "official": [
            "the trust’s chief executive",
            "the trust’s medical director",
            "the trust’s chief nurse",
            "the trust’s director of estates",
            "the chair of the trust board",
            "the trust’s director of operations",
        ],
        "building": [
            "the 1960s outpatients block",
            "a former staff car park",
            "the old nurses’ home",
            "disused laundry buildings",
            "a derelict boiler house",
            "the former pathology laboratory",
        ],
        "opening": [
            "spring 2027",
            "the end of 2026",
            "autumn 2027",
            "early 2028",
            "summer 2026",
            "late 2027",
        ],
        "staff": ["120", "85", "200", "64", "150", "310"],
        "college": [
            "Westmoor University",
            "Tarnside College",
            "Sandleigh College of Health",
            "Fenwold University",
            "Marchbury College",
            "Glenford School of Nursing",
        ],
        "backlog": ["£19.4m", "£27m", "£9.6m", "£33.1m", "£12.5m", "£21.8m"],
        "population": ["180,000", "240,000", "310,000", "425,000", "150,000", "520,000"],
        "clinician": [
            "Dr Anjali Ferrer",
            "Dr Tobias Wray",
            "Dr Kofi Mensah-Hart",
            "Dr Eilidh Cardew",
            "Dr Simon Achterberg",
            "Dr Rhiannon Tait",
            "Dr Felix Abernethy",
            "Dr Leila Ismail",
        ],
        "specialty": [
            "emergency medicine",
            "obstetrics",
            "clinical oncology",
            "general surgery",
            "radiology",
            "intensive care medicine",
        ],
        "campaign": [
            "Save Our Hospital",
            "Keep Care Local",
            "Health Before Profit",
            "Patients First Alliance",
            "Hands Off Our Hospital",
            "Care Close to Home",
        ],
        "critic": [
            "Janet Holloway",
            "Reuben Castle",
            "Maxine Ogunbiyi",
            "Alastair Prew",
            "Bronwen Leach",
            "Ahmed Saleh",
            "Carol Dimmock",
            "Piotr Zielinski",
        ],
        "council": [
            "Westmoor County Council",
            "Tarnside Borough Council",
            "Marchbury District Council",
            "Sandleigh Borough Council",
            "Glenford City Council",
            "Harlowmere District Council",
        ],
    },
    "headlines": [
        (
            "{hospital} [to get|awarded|handed] {amount} for {facility} [in {place}|after long "
            "campaign|as waits grow]"
        ),
        "{amount} boost for patients in {place} as funding for {hospital} [confirmed|approved]",
        "Green light for {hospital} project after years of [campaigning|waiting]",
        (
            "[Campaigners|Activists|Protesters|Health "
            "campaigners|Local groups|Hospital supporters|Patients’ "
            "groups] "
            "[hail|welcome|cheer|celebrate|applaud|praise|greet] "
            "[long-awaited|overdue|hard-won|major|multimillion|surprise|promised] "
            "[cash|funding|millions|investment|money|windfall|grant] "
            "[for {place} hospital|to transform care in {place}|to "
            "rebuild {place} wards|for {place} care|to expand {place} "
            "services|for {place} patients|to upgrade {place} site] "
            "[after long fight|after years of pressure|amid delight|as "
            "plans unveiled|after decade of waiting|following "
            "petition|at last] [but|yet|while they|though they|and|but "
            "also|yet still] "
            "[loudly|openly|quietly|firmly|again|privately|now] [warn "
            "over staffing|fear for recruitment|raise staff "
            "worries|query hiring plans|flag nurse shortages|worry "
            "about rotas|cite vacancies]"
        ),
    ],
    "standfirsts": [
        (
            "The [money|funding|investment] will pay for {facility} on the site of {building}, "
            "with [the first patients expected by {opening}|work due to finish by {opening}|the "
            "doors set to open by {opening}]."
        ),
        (
            "{trust} says the investment will create {staff} jobs and help it treat {number} "
            "more patients a year."
        ),
        (
            "Staff at {hospital} have worked for years in buildings with a repair backlog of "
            "{backlog}."
        ),
        (
            "[After a long fight by local people|Following years of "
            "local campaigning|Thanks to sustained public pressure|At "
            "the end of a lengthy campaign|After residents kept up the "
            "struggle|Following a hard-fought battle|With persistence "
            "finally rewarded][, {place} is in line for|, {place} has "
            "secured|, families in {place} are promised|, {place} will "
            "be handed|, the town of {place} is getting|, {place} "
            "looks set to welcome|, patients in {place} can count on] "
            "{facility}[, though doctors say|, but clinicians warn|, "
            "yet senior medics caution|; however, hospital staff "
            "fear|, although consultants point out|; even so, medical "
            "leaders admit|, while frontline staff believe] [that "
            "recruitment|that hiring enough people|that finding a "
            "workforce|that staffing the unit|that filling the "
            "rotas|that attracting nurses|that getting staff through "
            "the door] [is the next hurdle|will be hard|comes next|is "
            "the real test|remains the challenge|is still "
            "unresolved|matters most of all][ in a tight jobs market| "
            "given national shortages| for the trust| in the months "
            "ahead| with many posts vacant| as vacancies mount| with "
            "competition fierce][, especially for specialists|, not "
            "least in nursing|, on night shifts in particular|, "
            "particularly in winter|, for junior grades too|, despite "
            "pay rises|, in a rural area][. Agency bills are already "
            "high|; vacancy rates are stubborn|. Many posts sit "
            "empty|; rival hospitals pay more|. Housing costs deter "
            "applicants|; burnout is rife|. Training takes years]."
        ),
    ],
    "facts": [
        {
            "original": [
                (
                    "{hospital} in {place} [is to receive|has been awarded|will get] {amount} "
                    "to build {facility}, [ministers announced on {weekday}|it was confirmed on "
                    "{weekday}] as part of a national hospital building programme."
                ),
                (
                    "[Health chiefs|Ministers|The government] [have approved|have signed off] "
                    "{amount} for {facility} at {hospital}, [ending years of uncertainty|ending "
                    "a long wait|settling a bitter argument] over the future of "
                    "[services|hospital care] in {place}."
                ),
                (
                    "Funding of {amount} [confirmed|unveiled] on {weekday} will pay for "
                    "{facility} at {hospital}, {trust} [said|has confirmed], [in a boost for "
                    "patients across {place}|in welcome news for {place}]."
                ),
            ],
            "paraphrase": [
                (
                    "[Patients around {place}|Families who live in and near {place}|People across "
                    "the {place} area|Local residents in {place}|Anyone who falls ill in "
                    "{place}|Households throughout {place}|The population of {place}] [stand to "
                    "gain|are set to benefit from|will before long have access to|can look forward "
                    "to|are going to be served by|will be able to use|should eventually enjoy] "
                    "{facility}[ in the years ahead| within a few years| once construction is "
                    "done| in the near future| before the decade is out| when the project is "
                    "complete| in due course][, after central government agreed to|, now that "
                    "Whitehall has decided to|, because national ministers have chosen to|, "
                    "following a decision in London to|, since the Department of Health has agreed "
                    "to|, thanks to a move by Westminster to|, as the state has finally agreed to] "
                    "[hand over {amount} to {trust}|release {amount} for {trust}|give {trust} a "
                    "sum of {amount}|allocate {amount} to {trust}|transfer {amount} into the "
                    "coffers of {trust}|route {amount} towards {trust}|provide {trust} with "
                    "{amount}]. [It is cash the hospital has spent years asking for|The money is "
                    "something the hospital has long pleaded for|Hospital bosses have lobbied for "
                    "such funding for years on end|That sum answers a long series of requests from "
                    "the hospital|The site has been asking for this kind of money for a long "
                    "time|For years the hospital has made the case for this investment|Managers at "
                    "the hospital have long begged for exactly this][, and staff were said to be "
                    "delighted by the outcome|, so the mood on the wards is distinctly upbeat|, "
                    "and relief was evident among clinicians of every grade|, which explains the "
                    "celebrations among the workforce|, and local campaigners reacted with "
                    "undisguised joy|, prompting cheers from many of the staff on duty|, so the "
                    "news was warmly received by employees] [when it was announced earlier this "
                    "week|on what was a memorable day for the hospital|as details emerged over the "
                    "course of the day|at a hastily arranged briefing for staff|in corridors, "
                    "canteens and staff rooms|across the whole site, from theatres to "
                    "reception|among managers and porters alike][, according to several people who "
                    "were there|, as one long-serving nurse put it|, if the mood in the canteen is "
                    "anything to go by|, judging by messages on staff forums|, union "
                    "representatives said|, with some describing it as long overdue|, though a few "
                    "voiced caution]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "[Construction|Building work|Work on site] [is expected to begin|should "
                    "start] within {duration} on the site of {building}, with [the new unit due "
                    "to open by|the first patients expected by|services moving in by] "
                    "{opening}."
                ),
                (
                    "The [plans|designs|proposals] place the development on the site of "
                    "{building}, and {trust} [hopes|expects] to [welcome the first "
                    "patients|open the doors|have the unit working] by {opening}."
                ),
            ],
            "paraphrase": [
                (
                    "[Admissions could start|The first people could be treated|Clinical services "
                    "might begin|Patients may be seen|Doors could open to the public|Treatment "
                    "could get under way|Wards may fill] [from|around|no later than|by "
                    "roughly|towards|at some point before|not long after] {opening}[ if the "
                    "schedule holds firm|, assuming there are no hold-ups|, barring serious "
                    "delays|, timetable permitting|, if all goes according to plan|, on current "
                    "plans at least|, should funding flow on time]. [Diggers should arrive "
                    "in|Contractors are expected on site in|Ground could be broken in|Heavy "
                    "machinery may move in after|Bulldozers are due in|Site preparation should get "
                    "going in|Builders could arrive in] {duration}[, when|; at that point|, at "
                    "which stage|, and then|, after which|, whereupon|, and at that time] "
                    "{building} [will make way for the development|is to be cleared|will be "
                    "demolished to free up space|comes down to create room|will be flattened|gives "
                    "way to the scheme|must be removed first][, officials said in a briefing|, "
                    "according to a timetable shared with staff|, the trust board was told this "
                    "week|, managers confirmed in a statement|, planning documents indicate|, a "
                    "project update explains|, the estates director told staff][, though dates "
                    "could slip|, with contingency built in|, subject to final sign-off|, pending "
                    "contracts|, all being well|, weather permitting|, if suppliers deliver]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“This is a [transformational|landmark|historic] moment for {hospital}, "
                    "[and it means patients in {place} will finally|because people across "
                    "{place} will at last|since families in {place} will now] be treated in "
                    "[surroundings that match the skill of our staff|buildings fit for modern "
                    "medicine|the conditions they deserve],” said {person}, {official}."
                ),
                (
                    "“For too long [our teams|doctors and nurses here|staff at {hospital}] have "
                    "been [working in buildings never designed for|making do with wards "
                    "unsuited to|coping with premises too cramped for] [modern medicine|today’s "
                    "demands|this many patients], and [this investment finally puts that "
                    "right|that is now going to change|this money changes everything],” "
                    "{person}, {official}, said."
                ),
            ],
            "paraphrase": [
                (
                    "[Describing the award as a turning point|Calling the money a "
                    "watershed|Hailing the decision as a new chapter|Welcoming the funding as a "
                    "game-changer|Greeting the announcement as a breakthrough|Treating the news as "
                    "a milestone|Presenting the grant as a defining step] [for the hospital and "
                    "its staff|in the life of the hospital|for everyone who works there|after "
                    "years of frustration|for local healthcare|in its long history|for patients "
                    "and staff alike][, {person}, {official}, said that|, {official}, {person}, "
                    "went on to argue that|, {person}, who is {official}, stressed that|, speaking "
                    "as {official}, {person} pointed out that|, {person}, {official}, explained to "
                    "reporters that|, in the words of {official} {person}, it was clear that|, "
                    "{person}, {official}, told staff at a briefing that] "
                    "[clinicians|specialists|frontline staff|the workforce|health "
                    "professionals|ward staff|nurses and therapists] [had long been let down "
                    "by|have for years been hampered by|were for decades held back by|have battled "
                    "against|had put up with|have been stuck with|were badly served by] [cramped "
                    "and outdated premises|poky, old-fashioned rooms|tired buildings lacking "
                    "space|accommodation past its best|a crumbling, overcrowded estate|undersized "
                    "clinical areas|facilities from another era][, adding that|, and that|; in "
                    "their view,|, insisting that|, while claiming|; the official added that|, "
                    "before saying that] [patients|the public|local families|people using the "
                    "hospital|those needing treatment|the community|everyone who relies on it] "
                    "[would notice the difference in every department|stood to gain enormously "
                    "from the change|should feel the benefit from the very first day|will see real "
                    "improvements in how they are treated|can expect better and more dignified "
                    "care|would benefit hugely in the long run|are the real winners from this "
                    "decision]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "[The trust says|According to the trust,|Trust bosses say] the [expansion "
                    "will allow it to treat|development will enable it to see|new unit means "
                    "staff can care for] an extra {number} patients a year [and bring down "
                    "waiting times that are among the longest in the region|and reduce waits "
                    "that remain stubbornly high|while easing pressure on other hospitals]."
                ),
                (
                    "Once open, {facility} [is expected to|should] [handle|treat|see] {number} "
                    "more patients each year, [easing pressure on wards that regularly run at "
                    "full capacity|cutting queues for scans and surgery|helping to clear the "
                    "backlog left by the pandemic]."
                ),
            ],
            "paraphrase": [
                (
                    "[Annual capacity should climb by|Yearly throughput could rise by|The number "
                    "treated annually may grow by|Activity is forecast to increase by|The caseload "
                    "each year is set to swell by|Yearly admissions might go up by|Twelve-monthly "
                    "totals should expand by] {number}[, officials reckon|, managers estimate|, by "
                    "the trust’s own reckoning|, planners believe|, according to projections|, "
                    "internal modelling suggests|, executives calculate][, which they hope will|, "
                    "something they expect to|, a boost that ought to|, and the aim is to|, which "
                    "should help to|, an increase designed to|, which could] [shorten queues for "
                    "treatment|cut the time people wait|reduce delays for appointments|clear lists "
                    "faster|speed up access to care|bring down the wait for operations|ease the "
                    "logjam in clinics] [across the county|throughout the region|for the whole "
                    "area|for communities nearby|in the wider district|for thousands "
                    "locally|across the catchment][, though|; even so,|, but|; however,|, "
                    "although|, yet|; still,] [nobody expects miracles overnight|some caution that "
                    "it will take time|results may be gradual|staffing will decide the outcome|the "
                    "gains could be slow to show|progress may be uneven|demand keeps rising too][ "
                    "in practice| on the ground| in the short term| at first| for a while| "
                    "initially| to begin with]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“[On a bad night|During the winter peak|Most evenings] we have patients "
                    "[waiting on trolleys in corridors|lying in corridors|stuck in the back of "
                    "ambulances] for hours, and anything that [gives us more space|eases "
                    "that|helps us treat people with dignity] [is welcome|has to be good "
                    "news|will make a real difference],” said {clinician}, a consultant in "
                    "{specialty}."
                ),
                (
                    "“[Staff have been stretched to breaking point|Our teams are "
                    "exhausted|People here are running on empty], so [seeing a firm commitment "
                    "with real money behind it|a promise backed by real money|knowing help is "
                    "finally coming] will [lift morale on every ward|mean a great deal to the "
                    "team|give people a reason to stay],” said {clinician}, a consultant in "
                    "{specialty}."
                ),
            ],
            "paraphrase": [
                (
                    "{clinician}[, a senior doctor specialising in|, who works as a specialist "
                    "in|, whose field is|, a hospital consultant practising|, an experienced "
                    "clinician in the field of|, one of the lead doctors for|, who heads the team "
                    "responsible for] {specialty}[, welcomed the news|, greeted the announcement "
                    "warmly|, said the decision was overdue|, reacted with relief|, was delighted "
                    "by the funding|, gave the plans a cautious welcome|, praised the decision] "
                    "[and painted a grim picture of|while describing|before recounting|and spoke "
                    "frankly about|while giving an account of|and recalled|and went on to "
                    "describe] [people left for long periods|sick patients kept waiting|elderly "
                    "patients stranded|frail people parked|the seriously ill left|people spending "
                    "whole shifts|patients kept for ages] [on beds in hallways|on stretchers along "
                    "passageways|in makeshift spaces|wherever a gap could be found|in overflow "
                    "areas|outside proper bays|without a cubicle] [when the hospital is at its "
                    "busiest|during winter surges|at the worst moments|on the toughest shifts|when "
                    "demand spikes|as pressure builds|on bad weekends][, a situation staff find "
                    "distressing|, which clinicians call undignified|, something the new unit "
                    "should end|, a practice the doctor hopes will stop|, which harms morale|, a "
                    "scene repeated too often|, which nobody should accept]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "The [scheme|project] will create {staff} [new posts|jobs], [including "
                    "nurses, radiographers and porters|from consultants to cleaners|across "
                    "clinical and support roles], and {trust} [plans to recruit locally|intends "
                    "to hire from the area] where possible."
                ),
                (
                    "[Around|Some] {staff} staff will be [recruited|taken on] to run "
                    "{facility}, and the trust [is working with|has partnered with|has signed "
                    "an agreement with] {college} to train [them|new recruits|the extra staff]."
                ),
            ],
            "paraphrase": [
                (
                    "[Recruitment for|Hiring for|A search to fill|An appointments drive "
                    "covering|Advertising for|A staffing push involving|An effort to staff] "
                    "{staff} [roles is planned|posts is on the way|vacancies will begin|positions "
                    "is being prepared|jobs is due to start|openings is expected|new roles will "
                    "get going][ over the coming months| once building starts| well before "
                    "opening| later this year| in several waves| in good time| ahead of the "
                    "launch][, with {college} helping to prepare the newcomers|, and {college} "
                    "will train those who are hired|; {college} is lined up to provide the "
                    "training|, while {college} will teach the new starters|, with help from "
                    "{college} on training|, and courses will be run by {college}|, alongside "
                    "training delivered by {college}][. The emphasis will be on|; bosses intend to "
                    "favour|, and priority will go to|, with a preference for|; the trust also "
                    "stresses|. There will be a drive towards|; managers want a push towards] "
                    "[hiring people who already live nearby|taking on local residents|recruiting "
                    "from the surrounding area|jobs going to people from the district|staff drawn "
                    "from nearby communities|applicants with local roots|candidates who live "
                    "locally] [wherever that is at all possible|if it proves feasible in "
                    "practice|as far as the trust can manage it|when the right skills can be found "
                    "locally|where candidates meet the standard|subject to the numbers applying|in "
                    "the great majority of cases][, officials say|, managers confirmed|, according "
                    "to the trust|, bosses said|, documents show|, it was announced|, the plans "
                    "state][, which should help retention|, to keep staff in the area|, helping "
                    "the local economy|, so wages stay local|, a popular pledge|, backed by "
                    "councillors|, in line with policy]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "[Inspectors have identified|A recent survey found|An independent review "
                    "has highlighted] {backlog} of urgent repairs at {hospital}, including "
                    "[leaking roofs|failing heating systems|unreliable lifts] and [worn-out "
                    "electrics|crumbling concrete|ageing pipework]."
                ),
                (
                    "[The trust’s maintenance backlog|The bill for outstanding repairs|Deferred "
                    "maintenance at {hospital}] [stands at|has climbed to|is now estimated at] "
                    "{backlog}, and [parts of the site|some wards|several operating theatres] "
                    "have been kept going [with temporary repairs for years|with emergency "
                    "patch-ups since the 1990s|on borrowed time for more than a decade]."
                ),
            ],
            "paraphrase": [
                (
                    "[Outstanding upkeep on the estate|Overdue work across the buildings|The cost "
                    "of neglected jobs on site|Put-off maintenance around the hospital|A long list "
                    "of unfinished fixes|Work that should have been done years ago|The catalogue "
                    "of postponed works] [has been valued at|adds up to|comes to|is priced "
                    "at|totals|amounts to|is reckoned to be worth] {backlog}[, an estates audit "
                    "revealed|, according to a survey across the estate|, a building assessment "
                    "found|, an engineering review concluded|, inspection records suggest|, as a "
                    "condition report shows|, a study of the premises found][; roofs drip in heavy "
                    "rain|: rain gets through the roofs|, with leaks in the roofs of older wings|; "
                    "water comes in overhead during storms|, and roofs let in the rain|: several "
                    "roofs leak badly|; the roofing is failing in places][, heating fails without "
                    "warning|, boilers break down every winter|, radiators go cold on the wards|, "
                    "the heating packs up regularly|, warmth cannot be relied on|, the boilers are "
                    "unreliable|, heating systems falter in cold snaps] [and wiring is past its "
                    "best|and the electrics are tired|while the cabling is ageing badly|and power "
                    "supplies are shaky|with electrical systems worn out|and circuits need "
                    "replacing soon|and the wiring is antiquated] [in several blocks|across older "
                    "wings|in many departments|throughout the main building|in key clinical "
                    "areas|on a number of wards|almost everywhere you look][, staff say|, it is "
                    "claimed|, according to workers|, insiders report|, the report notes|, union "
                    "reps add|, employees complain][, and managers accept the findings|, with no "
                    "quick fix available|, which the trust does not dispute|, a picture familiar "
                    "across the NHS|, and patients notice it too|, despite years of patching|, "
                    "which adds to running costs]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“[We welcome the money, but|This is good news, but|Of course we are "
                    "pleased, but] [let us be clear|it is worth remembering|nobody should "
                    "forget] that it only arrived because [thousands of people in {place} "
                    "marched and signed petitions|local families kept up the pressure for "
                    "years|patients and staff would not take no for an answer],” said {critic}, "
                    "of the campaign group {campaign}."
                ),
                (
                    "“[A new building is only half the answer|Bricks and mortar are not "
                    "enough|Buildings do not treat patients], because without enough [doctors "
                    "and nurses|staff|clinicians] {facility} will [sit half empty|struggle to "
                    "open its doors|never reach its potential],” [warned|said] {critic}, of "
                    "{campaign}."
                ),
            ],
            "paraphrase": [
                (
                    "[Campaigners from {campaign}|Members of {campaign}|Activists in "
                    "{campaign}|The {campaign} group|Supporters of {campaign}|Volunteers behind "
                    "{campaign}|The protest movement {campaign}][, led by {critic},|, headed by "
                    "{critic},|, whose leading figure is {critic},|, fronted by {critic},|, "
                    "spearheaded by {critic},|, with {critic} at the helm,|, chaired by {critic},] "
                    "[credited local pressure for the decision|gave the credit to residents who "
                    "refused to give up|said public protest had won the day|argued that grassroots "
                    "lobbying made the difference|put the outcome down to local activism|praised "
                    "ordinary people for forcing the issue|insisted community campaigning had paid "
                    "off] [while cautioning|but warned|yet stressed|though they pointed out|but "
                    "added|while noting|but insisted] that [premises alone|a building by "
                    "itself|new walls on their own|a shiny facility|the structure itself|physical "
                    "space alone|fresh construction] [will mean little|would count for nothing|can "
                    "achieve very little|will not heal anyone|would be of limited value|will solve "
                    "nothing|cannot treat a single patient] [without people to run it all|unless "
                    "enough staff are found|if nobody is hired to work there|without medics in "
                    "post|in the absence of a proper workforce|without clinicians on the "
                    "wards|unless recruitment keeps pace][, they said|, the group argued|, "
                    "according to their statement|, members told reporters|, a spokesperson said|, "
                    "as they put it|, in a message to supporters]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "{hospital} serves [about|roughly] {population} people in {place} and [the "
                    "surrounding villages|neighbouring rural areas], many of whom [face long "
                    "journeys to reach specialist care|are elderly|have no car]."
                ),
                (
                    "[With a catchment of|Serving a population of|Responsible for the care of] "
                    "{population} [residents|people] [well beyond {place}|across {place} and "
                    "beyond|in a largely rural area], the hospital [has struggled to keep pace "
                    "with rising demand|is under constant pressure|regularly declares critical "
                    "incidents in winter]."
                ),
            ],
            "paraphrase": [
                (
                    "[Some|An estimated|Upwards of|Close to|Around|More or less|Perhaps] "
                    "{population} [individuals rely on it|inhabitants depend on its "
                    "services|patients look to it for care|locals count on the hospital|men, women "
                    "and children use it|householders are covered by it|citizens fall within its "
                    "reach][, from {place} out into the countryside|, stretching from {place} to "
                    "remote farms|, spread between {place} and outlying hamlets|, covering {place} "
                    "plus a large rural hinterland|, in {place} and the villages beyond|, both in "
                    "{place} and far outside it|, from the centre of {place} to distant "
                    "parishes][, and demand has outgrown|, yet the number of cases has overtaken|, "
                    "but need now exceeds|, while caseloads have outstripped|, and the workload "
                    "has grown beyond|, though usage now surpasses|, so pressure has long "
                    "exceeded] [what the present site can offer|the capacity of the current "
                    "buildings|what the existing wards can handle|the room available today|the "
                    "limits of the old estate|what today’s facilities allow|the space on hand][, "
                    "officials acknowledge|, as managers admit|, by common consent|, according to "
                    "the trust board|, so the figures suggest|, staff concede|, it is widely "
                    "accepted][, particularly in winter|, especially at weekends|, most of all "
                    "during flu season|, above all at night|, during busy spells|, on the worst "
                    "days|, at peak times]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "{trust} [will submit|expects to submit] a planning application to "
                    "{council} [within|in the next] {duration}, and [staff and patients|the "
                    "public|local people] will be [consulted on the detailed designs|asked for "
                    "their views on the layout|invited to comment]."
                ),
                (
                    "[Detailed plans|Full plans|The final designs] [are due to go before|will "
                    "be submitted to|should reach] {council} within {duration}, [with a public "
                    "exhibition at {venue} on {weekday}|and people can view the drawings at "
                    "{venue} next {weekday}|after a consultation event at {venue} on "
                    "{weekday}]."
                ),
            ],
            "paraphrase": [
                (
                    "[Looking ahead,|After that,|From here,|In terms of next steps,|As for the "
                    "timetable,|Procedurally,|Beyond the funding,] [next comes planning "
                    "permission|the next hurdle is planning consent|planning approval is the "
                    "following step|permission from planners must come next|a formal planning bid "
                    "is the next stage|approval from the planning committee is now needed|the "
                    "scheme must now clear the planning process][, which the trust aims to seek "
                    "in|; an application is expected in|, with paperwork due to be lodged in|, and "
                    "a submission is pencilled in for|; bosses hope to apply in|, to be sought "
                    "in|, with the request likely in] {duration}[, alongside comments from "
                    "residents on|, together with an opportunity for neighbours to comment on|, "
                    "accompanied by sessions where the public can shape|, coupled with "
                    "consultation on|, as well as meetings to gather views about|, plus public "
                    "events to discuss|, and with it a listening exercise covering] [the look of "
                    "the building|how the new block will appear|its overall layout|its overall "
                    "shape|the scale of the scheme|its height and footprint|the finer details][, "
                    "officials said|, according to the trust|, bosses confirmed|, the timetable "
                    "shows|, managers explained|, the board heard|, it was announced][, with "
                    "drawings likely to be displayed|, so exhibitions are being arranged|, and "
                    "feedback forms will go online|, giving everyone a say|, with staff views "
                    "sought too|, and comments will be published|, so nobody is left out][ at "
                    "venues around town| in the hospital foyer| at local libraries| over several "
                    "weeks| before submission| in the spring| well in advance]."
                ),
            ],
            "quote": False,
        },
    ],
    "background": [
        (
            "[NHS capital budgets|Capital funding in the health service|Investment money for the "
            "NHS|The health service’s building budgets|Capital allocations to hospitals|NHS money "
            "for bricks and kit|Long-term health service investment] [pay for|cover|fund|are spent "
            "on|go towards|meet the cost of|bankroll] [buildings and equipment|new premises and "
            "machinery|construction and scanners|estates and medical kit|bricks, beds and "
            "technology|facilities and hardware|wards, theatres and devices][ and are allocated "
            "separately from|, kept apart from|, handled independently of|, ring-fenced from|, "
            "remaining distinct from|, managed separately from|, divided off from] [the day-to-day "
            "money|revenue budgets|running-cost funding|everyday spending|operational funding|the "
            "annual running budget|routine funding] [that covers salaries and medicines|used for "
            "wages and drugs|which pays staff and buys medication|for pay and prescriptions|that "
            "meets payroll and pharmacy bills|which funds staffing and treatments|covering staff "
            "costs and supplies][, a split that often confuses the public|, which can cause "
            "confusion|, a distinction rarely understood|, something often misunderstood|, which "
            "matters for this scheme|, as finance experts explain|, under Treasury rules][ when "
            "big announcements are made| in debates about the NHS| during election campaigns| "
            "among patients| in newspaper coverage| even among politicians| on social media]."
        ),
        (
            "[Many hospitals in England|Plenty of English hospitals|A large share of NHS "
            "sites|Numerous hospitals around the country|Lots of acute hospitals|A good proportion "
            "of hospitals nationally|Countless NHS hospitals|Hospitals up and down the land] "
            "[still rely on|continue to use|depend even now on|remain housed in|operate from|are "
            "still working out of|make do with|cling on in] [buildings put up in the 1960s and "
            "1970s|blocks dating from the post-war decades|structures from the sixties and "
            "seventies|premises built half a century ago|estates erected decades ago|concrete "
            "blocks of that era|wards constructed long ago|towers thrown up in a hurry after the "
            "war][ that are costly to heat| with flat roofs that leak| full of asbestos| with low "
            "ceilings| riddled with maintenance problems| that were meant to last thirty years| "
            "which are hard to rewire| with cramped corridors][, designed for|, planned around|, "
            "intended for|, conceived for|, shaped around|, created for|, laid out for|, built "
            "with in mind] [a very different pattern of care|ways of working that have since "
            "vanished|medicine as it was then practised|shorter lives and fewer treatments|a "
            "smaller, younger population|an era of long ward stays|treatments now largely "
            "obsolete|the health service of the 1960s][, and adapting them is costly|, so "
            "modernising them is hard|; consequently, they struggle to cope|, meaning upgrades are "
            "expensive|, which is why they need constant repair|; as a result, they are awkward to "
            "update|, hence redesigning them takes years|; updating them is a headache][. "
            "Replacing them all would cost billions|; a national rebuilding programme is years "
            "behind|. Some are propped up with scaffolding|; several have been condemned|. "
            "Patients and staff feel the effects|; complaints about conditions are common|. "
            "Estates teams do their best|; the backlog keeps growing]."
        ),
        (
            "{trust} [is one of the largest employers in|ranks high on any list of big "
            "organisations around|matters enormously to working life in|counts among the leading "
            "sources of work for|keeps a huge slice of the population busy in|is a mainstay of the "
            "job market in|dwarfs most private firms across] {place}[, an organisation with "
            "thousands of staff|, employing several thousand workers|, with a payroll running into "
            "thousands|, and it has a vast workforce|, with many thousands on the payroll|, home "
            "to a huge team|, supporting thousands of households] [across several sites|spread "
            "over a number of locations|in hospitals and clinics|at multiple buildings|in "
            "community and acute settings|on various campuses|at sites around the district][, from "
            "porters to surgeons|, in every kind of role|, both clinical and support|, on shifts "
            "around the clock|, many of them local|, working day and night|, across dozens of "
            "professions][, and its budget runs to hundreds of millions|, making it a big player "
            "in the local economy|, so its decisions matter to the whole area|, which gives it "
            "considerable clout with councils|, and it buys a great many local services|, with an "
            "outsized footprint in the town|, meaning its finances affect the wider economy][; its "
            "shops, cafes and contracts|; suppliers, caterers and cleaners|; local landlords, "
            "taxis and traders|; nearby shops and nurseries|; builders and maintenance firms|; "
            "small firms across the area|; many businesses in the high street] [depend on it "
            "too|benefit from its spending|rely on its custom|feed off its presence|lean on it "
            "heavily|profit from its footfall|would suffer without it][, as any shopkeeper near "
            "the main entrance will confirm|, a point often made by the chamber of commerce|, "
            "which is why its fortunes are watched so closely|, so changes there ripple outwards "
            "quickly|, making it far more than just a hospital|, something councillors are keenly "
            "aware of|, a fact that rarely makes the headlines]."
        ),
        (
            "[Corridor care|Treatment in passages|Care delivered in passageways|So-called corridor "
            "medicine|Hallway nursing|Caring for people in corridors|The practice of corridor "
            "treatment][, where|, in which|, meaning|, whereby|, when|, a term for cases where|, "
            "describing situations where] [people are treated outside proper cubicles|patients are "
            "seen away from proper bays|the sick are looked after in open spaces|care happens "
            "outside designated areas|people wait and are treated in thoroughfares|patients lie "
            "outside a proper room|staff treat people in makeshift spots] [because no bed is "
            "free|as every bed is taken|since wards are full|when capacity runs out|for lack of a "
            "free bed|as the wards overflow|because there is nowhere else][, has become|, has "
            "turned into|, is now|, has grown into|, remains|, has emerged as|, continues to be] "
            "[a recurring concern|a frequent worry|a persistent complaint|an ongoing alarm|a "
            "repeated theme|a constant source of unease|a regular grievance] [for nursing "
            "bodies|among nursing unions|for patient safety experts|for professional bodies|among "
            "nurses’ representatives|for patient groups|for health watchdogs]."
        ),
        (
            "{person} [joined the trust|came to the trust|took up the post|was recruited to the "
            "trust|arrived at the organisation|moved into the role|was appointed] [after "
            "working|following a career|having spent years|after a long spell|on the back of many "
            "years|after a stint|following decades] [in hospital management|running hospitals|as a "
            "health service manager|in senior health service posts|in healthcare "
            "administration|leading hospital departments|at board level in the NHS] [elsewhere in "
            "the region|in neighbouring areas|across the wider region|in other parts of the "
            "county|at nearby trusts|in the same part of the country|further afield in the "
            "region][, with a reputation for|, earning a name for|, known for|, praised for|, "
            "noted for|, respected for|, recognised for] [steady leadership|getting projects "
            "delivered|financial discipline|calm under pressure|working well with "
            "clinicians|turning services around|straight talking][ among colleagues and unions| in "
            "the wider health sector| by staff at every level| across the regional NHS| on "
            "previous boards| by inspectors and regulators| throughout the region]."
        ),
        (
            "[Trusts bidding for major schemes|Hospitals seeking big capital grants|NHS bodies "
            "applying for large projects|Organisations chasing major investment|Health trusts "
            "after substantial funds|Trusts wanting a big scheme|Bidders for sizeable grants] "
            "[must submit|have to produce|are required to prepare|need to put forward|are obliged "
            "to lodge|must draw up|have to present] [a business case|a detailed justification|a "
            "formal case for investment|a costed proposal|a full appraisal|a written case|an "
            "investment case] [showing how|setting out how|explaining how|demonstrating "
            "how|proving that|which shows how|laying out how] [the investment improves "
            "outcomes|the money will help patients|results for patients will get better|care will "
            "improve|health outcomes benefit|the scheme makes people better|patients will gain][ "
            "in measurable ways| for local people| over the long term| within a reasonable time| "
            "according to agreed metrics| in a way auditors accept| for the communities served| "
            "with clear evidence][, while offering value for money|, while delivering good value|, "
            "at a sensible cost|, without wasting public funds|, with good value for taxpayers|, "
            "justifying the expense|, at an affordable price][, a process that can take years|, "
            "often over several rounds|, with Treasury scrutiny|, before ministers decide|, in a "
            "competitive process|, to strict national rules|, and many bids fail][. Many schemes "
            "wait years for a decision|; the paperwork alone can fill volumes|. Consultants are "
            "often hired to write them|; the guidance runs to hundreds of pages|. Some trusts have "
            "had bids rejected repeatedly|; ministers make the final call|. Critics say the "
            "process is too slow|; reforms have been promised]."
        ),
        (
            "{critic} [first became involved in|was drawn into|got into|embraced|started out "
            "in|took up|first turned to] [health campaigning|campaigning on the NHS|activism over "
            "hospital services|protesting about local care|fighting for health services|lobbying "
            "on healthcare|the cause of local hospitals] [when services were moved out of "
            "{place}|after treatments left {place}|once care was taken away from {place}|as "
            "departments quit {place}|after {place} lost several services|when clinics were "
            "relocated from {place}|after units in {place} were closed] [several years ago|some "
            "years back|a while ago|years before this decision|in the last decade|long before this "
            "announcement|quite some time ago][, and has|; since then they have|, having since|, "
            "and from that point has|; they have|, and over the years has|; to date they have] "
            "[organised rallies, marches and petitions|led letter-writing campaigns to "
            "ministers|gathered many thousands of signatures|spoken at countless public "
            "meetings|kept up steady pressure on the trust|become a familiar face at board "
            "meetings|pressed managers hard for answers][ across the county| in the local area| on "
            "behalf of patients| with growing support| with some success| despite setbacks| "
            "alongside other volunteers]."
        ),
        (
            "[Nationally,|Across the country,|Historically,|As a rule,|Experience shows that|In "
            "practice,|Generally speaking,] [hospital building projects|major NHS construction "
            "schemes|new hospital developments|health service building works|large hospital "
            "schemes|hospital rebuilds|capital projects in the NHS] [frequently overrun|often run "
            "late and over budget|commonly exceed their budgets|regularly slip|tend to cost more "
            "than planned|routinely overshoot|are prone to delays][, as inflation in construction "
            "prices|, because rising building costs|, since soaring material prices|, as "
            "contractors’ charges|, because higher costs for labour and steel|, since surging "
            "prices for steel and concrete|, as escalating fees] [can put pressure on|can "
            "squeeze|may strain|can erode the budgets of|may undermine|can eat into|may stretch] "
            "[schemes approved years earlier|plans signed off long ago|projects costed in cheaper "
            "times|budgets fixed years before|developments agreed in the past|programmes approved "
            "well in advance|projects priced at old rates][, forcing difficult trade-offs|, so "
            "designs get cut back|, leading to scaled-down plans|, and sometimes to "
            "cancellations|, and extra funding is often needed|, meaning features are dropped|, "
            "which delays opening dates]."
        ),
        (
            "[Figures published by {trust}|Data released by {trust}|Accounts from {trust}|Board "
            "papers at {trust}|Documents issued by {trust}|Annual reports from {trust}|Statistics "
            "that {trust} has made public] [show|suggest|reveal|indicate|make "
            "clear|confirm|demonstrate] [its total budget for repairs|the sum it sets aside for "
            "maintenance|spending on fixing its buildings|the money available for upkeep|its "
            "annual maintenance pot|what it spends on estates work|the cash allocated to repairs] "
            "[has rarely matched|has seldom kept up with|has almost never equalled|has "
            "consistently fallen short of|has lagged behind|has hardly ever met|has struggled to "
            "match] [how big the problems are|the size of the task|the extent of the defects|what "
            "the buildings need|the list of faults|the true repair bill|the volume of work "
            "required] [identified by surveyors|that surveyors have found|uncovered in "
            "inspections|flagged by engineers|recorded in condition reports|set out by "
            "assessors|spotted by estates staff][, year after year|, over many budgets|, over the "
            "last decade|, in most years|, almost without exception|, stretching back years|, time "
            "and again][, leaving problems to pile up|, so defects accumulate|, storing up bigger "
            "bills|, with predictable consequences|, and the gap keeps growing|, a pattern seen "
            "nationally|, which worries inspectors]."
        ),
    ],
    "commentary": [
        (
            "[Shiny new buildings|Gleaming new wings|Fresh concrete and glass|Brand-new hospital "
            "blocks|Smart modern facilities|Sparkling new departments|Freshly built wards] [make "
            "for good photographs|look great in press releases|are a gift to "
            "politicians|photograph beautifully|give ministers a backdrop|suit a "
            "ribbon-cutting|win headlines] [for the local paper|on launch day|at election time|in "
            "glossy brochures|for a news bulletin|on social media|for a few days][, but the harder "
            "question|, yet the tougher issue|; however, the real puzzle|, although what matters "
            "more|; still, the trickier matter|, though the bigger test|; the unanswered question] "
            "[is who will work in them|is where the staff will come from|is how they will be "
            "staffed|is who will run them day to day|is whether enough people can be hired|is who "
            "will fill the rotas|is finding people to staff them][, given|, considering|, bearing "
            "in mind|, in view of|, what with|, amid|, against a backdrop of] [vacancies across "
            "the NHS|chronic shortages of nurses|the national recruitment crisis|a workforce "
            "already stretched thin|rising numbers leaving the profession|gaps on rotas "
            "everywhere|the burnout among existing staff][ and years of pay restraint| and fierce "
            "competition for staff| in every specialty| that shows no sign of easing| in this part "
            "of the country| and soaring agency bills| after a bruising decade][, so ministers "
            "must answer it|, and that deserves an answer|, which nobody has yet resolved|; it "
            "cannot be ducked|, and it will not go away|; planners must face it|, whatever the "
            "brochures say]."
        ),
        (
            "[Campaigners in {place}|Local activists in {place}|The protesters of {place}|Those "
            "who campaigned in {place}|Volunteers across {place}|The people of {place} who "
            "marched|Residents of {place} who organised] [deserve credit|should be applauded|have "
            "earned our thanks|merit real praise|deserve recognition|should take a bow|are owed "
            "gratitude] [for keeping this issue|for holding the subject|for making sure the matter "
            "stayed|for ensuring the hospital remained|for keeping the spotlight firmly|for "
            "pressing the case|for keeping the campaign] [in the headlines|on the front pages|in "
            "the public eye|on the agenda|under scrutiny|in the news|in view][ when|, even when|, "
            "at times when|, long after|, even though|, although|, at moments when] [it would have "
            "been easier to give up|quitting would have been simpler|many would have walked "
            "away|the odds looked hopeless|officials hoped they would tire|the cause seemed "
            "lost|others lost heart][, and they should be proud of that|, which took real stamina "
            "over many winters|, at real personal cost|, with remarkable persistence against "
            "official indifference|, and it worked despite little encouragement|, in all weathers "
            "and with scant resources|, month after month, on their own time][. Their example "
            "matters|; others should take note|. Democracy worked here|; it is a lesson for us "
            "all|. That deserves saying|; persistence paid off|. Nobody should forget it]."
        ),
        (
            "[Announcing capital money|Promising new investment|Unveiling a funding pot|Declaring "
            "a big grant|Naming a headline sum|Publicising a cash boost|Pledging millions] [is "
            "easy|costs politicians nothing|takes five minutes|is the simple bit|is the fun "
            "part|comes naturally to ministers|is straightforward][; on the other hand,|, but|, "
            "whereas|. By contrast,|, while|; however,|, yet] [making sure it is actually "
            "spent|seeing it spent|ensuring the cash is used|getting the money out the "
            "door|delivering the project|turning it into real buildings|getting spades in the "
            "ground] [on time|promptly|within schedule|by the promised date|without slippage|as "
            "planned|before costs balloon] [is another matter entirely|is a different story|is "
            "much harder|rarely happens|is where governments stumble|is the real challenge|seldom "
            "goes smoothly][, as past schemes prove|, history suggests|, judging by experience|, "
            "in our experience|, sadly|, too often|, as every hospital knows]."
        ),
        (
            "[The state of hospital estates|The condition of NHS buildings|Crumbling hospital "
            "premises|The decay of the health estate|Our ageing hospital stock|The physical state "
            "of hospitals|The fabric of NHS sites] [is a national embarrassment|shames the "
            "country|is a disgrace|should embarrass every minister|is a scandal|is an indictment "
            "of policy|reflects badly on us all][, and no single funding round can fix it|, and "
            "one grant will not cure it|, beyond the reach of any one-off payment|, which a single "
            "cheque cannot mend|, too big for one announcement to solve|, and piecemeal awards "
            "will not end it|, far beyond any one budget][; it needs|, requiring|. What is needed "
            "is|, and it demands|; the answer is|, calling for|. The remedy is] [a sustained "
            "programme|steady funding over many years|a long-term plan|consistent "
            "investment|year-on-year commitment|a multi-year settlement|predictable capital "
            "budgets] [backed by every party|that survives elections|with cross-party support|free "
            "from political games|protected from cuts|guaranteed in law|agreed across "
            "Westminster][ and honest about costs| with clear milestones| and published targets| "
            "for at least a decade| reviewed every year| with independent oversight| and realistic "
            "timetables][, not another press release|, rather than headline grabs|, not annual "
            "lotteries|, instead of stop-start funding|, not warm words|, rather than gimmicks|, "
            "not a one-off splash][ before the next election| from a new minister| every spring| "
            "at party conference| in the budget| for the cameras| on a hospital visit]."
        ),
        (
            "[Patients|Sick people|Those needing care|People who fall ill|NHS users|Our "
            "neighbours|Families in need of treatment] [should not have to wait years|ought not to "
            "spend years waiting|deserve better than long delays|should not wait a decade|must not "
            "be kept waiting|should not face endless waits|cannot be expected to hold on] [for "
            "basic improvements|for simple upgrades|for decent repairs|for elementary fixes|for "
            "modest refurbishments|for the most basic works|for ordinary upkeep] [to the places "
            "where they are treated|to wards and clinics|to the buildings that house their care|to "
            "hospitals they depend on|to the rooms where they recover|to treatment areas|to the "
            "premises they rely on][, and yet many do exactly that|; yet that is what happens|, "
            "but waits of years are common|, though delays are the norm|. Sadly, they are "
            "routinely let down|. Too often, the wait goes on|; instead, patience is all they "
            "get][ across the country| in this region| up and down the land| in many towns| right "
            "now| year after year| in our area][, while officials argue|, as budgets are juggled|, "
            "while ministers posture|, as managers plead|, despite endless reviews|, amid constant "
            "reorganisation|, as plans gather dust][ about who should pay| over priorities| in "
            "meeting rooms| behind closed doors| in Whitehall| over spreadsheets| at length][. "
            "That has to stop|. It is not good enough|. Patients deserve better|. This must "
            "change|. Enough is enough|. It is indefensible|. Change is overdue]."
        ),
        (
            "[This investment|The new money|This funding boost|The grant|Such spending|The "
            "award|This cash injection] [is welcome|deserves a welcome|is good news|should be "
            "applauded|is to be praised|is a relief|is overdue][ for the town| for patients| for "
            "staff| at last| after years of neglect| in these lean times| for the whole county][, "
            "but it must not become|; however, it cannot be allowed to become|, yet nobody should "
            "let it become|, though it should never serve as|; even so, no one must treat it as|, "
            "and yet it must not be used as|; still, it ought not to become] [an excuse|a "
            "pretext|cover|a justification|a smokescreen|a Trojan horse|a reason] [to centralise "
            "services|for pulling care into big hubs|for stripping departments|to concentrate "
            "treatment elsewhere|for removing clinics|to move specialists|for shutting local "
            "units] [away from smaller towns|out of market towns|from rural communities|far from "
            "where people live|out of places like ours|from districts further out|away from local "
            "people][, as has happened elsewhere|, which has happened before|, a pattern seen "
            "across the country|, as critics fear|, whatever the spreadsheets say|, however "
            "tempting for planners|, in the name of efficiency][. Vigilance is needed|; we will be "
            "watching|. Residents must stay alert|; keep asking questions|. Watch this space|; "
            "scrutiny matters|. Promises must be kept]."
        ),
        (
            "[Ministers should publish|The government ought to set out|Whitehall needs to "
            "produce|Those in power must lay out|The health department should unveil|Ministers owe "
            "us|The cabinet should release] [a long-term plan|a ten-year strategy|a proper "
            "blueprint|a serious programme|a credible schedule|a national roadmap|a comprehensive "
            "plan] [for hospital buildings|for the NHS estate|for rebuilding hospitals|for health "
            "service premises|covering every hospital|for the state of wards|for capital works in "
            "the NHS] [rather than handing out money|instead of doling out cash|rather than "
            "scattering funds|and stop sprinkling grants|instead of dishing out sums|rather than "
            "rationing investment|and abandon the drip-feed of money] [one project at a "
            "time|scheme by scheme|piece by piece|in dribs and drabs|bit by bit|to favoured "
            "sites|on a whim][, which wastes money|; the current method breeds uncertainty|; it "
            "helps nobody plan|, a system that rewards the loudest|, an approach that costs more "
            "in the end|; this way of working leaves most sites waiting|, a habit that delays "
            "everything][ and frustrates staff on every ward| and confuses the public about "
            "priorities| and quietly inflates costs| for years and years| across the whole "
            "country| in every single region| at great expense to taxpayers][. Hospitals need "
            "certainty|; trusts cannot plan otherwise|. Builders need a pipeline|; patients pay "
            "the price|. Nobody benefits now|; the waste is obvious|. Stability saves money]."
        ),
    ],
}

FACTORY_CLOSURE: Topic = {
    "name": "factory_closure",
    "slots": {
        "company": [
            "Hartwell Precision Group",
            "Brackley & Finch",
            "Norvane Industries",
            "Calloway Holdings",
            "Tamberlin Manufacturing",
            "Oakridge & Sons",
            "Veltro Industrial",
            "Pennard Group",
        ],
        "product": [
            "car seat frames",
            "ready meals",
            "plastic packaging",
            "specialist papers",
            "bathroom tiles",
            "glass bottles",
            "brake components",
            "woollen cloth",
        ],
        "site": [
            "the Riverside Works",
            "the Pennine Road plant",
            "the Mill Street factory",
            "the Westfield Industrial Estate site",
            "the former colliery site at Daleside",
            "the Canal Wharf site",
        ],
        "jobs": ["340", "520", "185", "760", "410", "1,150", "260"],
        "reason": [
            "rising energy costs",
            "the loss of its largest customer",
            "a collapse in orders",
            "cheaper imports from overseas",
            "the cost to modernise ageing machinery",
            "a sharp drop in export orders",
            "soaring raw material prices",
            "higher labour and transport costs",
        ],
        "official": [
            "the company’s managing director",
            "the firm’s chief operating officer",
            "the group’s European president",
            "the plant manager",
            "the company’s chief executive",
            "the firm’s head of UK operations",
        ],
        "founded": ["1947", "1923", "1961", "1888", "1978", "1936"],
        "peak": ["2,000", "3,500", "1,900", "4,200", "2,600", "5,000"],
        "closure_date": [
            "the end of March",
            "next summer",
            "the end of the year",
            "early next year",
            "the autumn",
            "the end of June",
        ],
        "union": [
            "the Amalgamated Manufacturing Union",
            "the General Workers’ Federation",
            "the Makers’ Union",
            "the National Union of Production Workers",
            "the Industrial and Allied Workers’ Union",
            "the Engineering and Process Union",
        ],
        "union_rep": [
            "Shaun Devlin",
            "Marcia Okoro",
            "Bryn Tudor-Evans",
            "Kerry Blaydon",
            "Anil Chaudhary",
            "Jackie Rourke",
            "Ewan Macrae",
            "Tessa Bright",
        ],
        "worker": [
            "Dave Fenwick",
            "Lorraine Stubbs",
            "Mick Halloran",
            "Sandra Peake",
            "Wayne Corbishley",
            "Angela Rudd",
            "Keith Ormerod",
            "Sharon Yeoman",
        ],
        "service": [
            "24 years",
            "31 years",
            "18 years",
            "nearly four decades",
            "27 years",
            "more than 20 years",
        ],
        "critic": [
            "Philippa Grange",
            "Howard Lusk",
            "Nkechi Ekwueme",
            "Roger Stallard",
            "Isobel Crane",
            "Desmond Fry",
            "Harjit Gill",
            "Wendy Ashdown",
        ],
        "council": [
            "Tarnside Borough Council",
            "Marchbury District Council",
            "Westmoor County Council",
            "Sandleigh Borough Council",
            "Glenford City Council",
            "Harlowmere District Council",
        ],
        "indirect": ["200", "450", "600", "150", "900", "300"],
        "fund": ["£2.5m", "£4m", "£1.2m", "£6m", "£3.3m", "£5.5m"],
    },
    "headlines": [
        (
            "{company} to [close|shut] {site} in {place} [with loss of {jobs} jobs|as {jobs} "
            "jobs go|over {reason}]"
        ),
        "[Devastating|Heavy] blow for {place} as {company} confirms closure",
        "{jobs} jobs to go at {company} as losses reach {amount}",
        (
            "[Union|Workforce|Shop floor|Staff union|Labour movement|Union "
            "branch|Trade union] [vows fight|promises battle|pledges "
            "resistance|gears up for fight|threatens action|digs "
            "in|prepares campaign] [as|after|while|because|now "
            "that|since|once] {place} [manufacturer|factory "
            "owner|employer|firm|plant|works|maker] [plans to shut its "
            "gates|confirms closure|announces shutdown|readies "
            "closure|axes jobs|calls time on production|moves to end "
            "production] [with hundreds of jobs at risk|amid anger|after "
            "talks fail|over costs|despite protests|in blow to "
            "town|following losses]"
        ),
    ],
    "standfirsts": [
        (
            "The [firm|company|manufacturer] [blamed {reason} for the decision to shut|cited "
            "{reason} as it announced plans to close|pointed to {reason} in deciding to close] "
            "{site}, which has made {product} since {founded}."
        ),
        (
            "Workers at {site} were told the news on {weekday}, with production due to end by "
            "{closure_date}."
        ),
        (
            "Leaders of {union} say they will fight the closure, which follows losses of "
            "{amount} at the site."
        ),
        (
            "[Generations of families in {place}|Parents and children "
            "across {place}|Household after household in {place}|Whole "
            "dynasties of workers in {place}|Many families around "
            "{place}|People in {place} for decades|Countless {place} "
            "households|Relatives of all ages in {place}] [have worked at "
            "the plant|have made their living at the works|have clocked on "
            "at the factory|have depended on the site|have drawn wages "
            "from the firm|have spent careers on its lines|have found "
            "employment on site|have relied on its pay packets][ since it "
            "opened| within living memory| over many decades| through good "
            "times and bad| across the generations| for most of a century| "
            "in large numbers| without a break][, and councillors|, while "
            "local politicians|; now councillors|, and elected members|, "
            "so councillors|; council leaders|, and town hall figures|, "
            "and civic leaders] [have promised|are pledging|say they will "
            "offer|vow to provide|insist there will be|are lining up|have "
            "committed to|are organising] [practical help|hands-on "
            "support|real assistance|concrete aid|tangible "
            "support|meaningful help|direct support|proper backing] [for "
            "those now facing redundancy|for workers losing their jobs|to "
            "staff about to be laid off|for employees being let go|for "
            "everyone whose name is on the list|for those whose jobs are "
            "going|to people now out of work|for each person affected][, "
            "though many are sceptical about how much it will achieve|, "
            "including retraining and advice sessions|, with details "
            "promised within weeks|, starting as soon as consultation "
            "opens|, but funding for it is still unclear|, in the weeks "
            "and months ahead|, as formal talks begin with unions|, "
            "although nothing is yet agreed]."
        ),
    ],
    "facts": [
        {
            "original": [
                (
                    "{company} is to close its [factory|plant|works] in {place} with the loss "
                    "of {jobs} jobs, [blaming|citing] {reason}, in a [devastating|heavy|bitter] "
                    "blow to the [town’s economy|local economy|area]."
                ),
                (
                    "[Around|Some] {jobs} [workers|staff|employees] at {company} in {place} "
                    "[were told on {weekday}|learned on {weekday}|heard on {weekday}] that "
                    "{site} will shut, with [bosses pointing to|managers blaming|the firm "
                    "citing] {reason}."
                ),
                (
                    "{company} [confirmed|announced] on {weekday} that it will [close|shut] "
                    "{site} by {closure_date}, [a move that will cost|ending|putting an end to] "
                    "{jobs} jobs in {place}."
                ),
            ],
            "paraphrase": [
                (
                    "[In dispiriting news locally,|Confirming the worst fears of staff,|In grim "
                    "news for local families,|As many had feared,|In a development long dreaded "
                    "locally,|To widespread dismay,|Without much warning,|Delivering a shock to "
                    "the district,] [a total of|in all|altogether|as many as|no fewer than|close "
                    "to|nearly|upwards of] {jobs} [livelihoods will disappear from|local positions "
                    "will vanish in|people will lose their work in|roles are set to go "
                    "in|households will lose an earner in|posts will be axed in|jobholders will be "
                    "let go in|careers will come to an end in] {place}[ when production stops| "
                    "once the lines fall silent| as manufacturing ends| when the machines are "
                    "switched off| as output is halted| once the plant winds up| when operations "
                    "cease| after the final shift][, after the manufacturer said|, with the "
                    "company arguing that|; bosses insist|, because management says|, and the "
                    "owners claim|; the employer maintains|, the firm having concluded that|, "
                    "since executives believe] {reason} [had left the operation unviable|made the "
                    "site impossible to sustain|had wrecked its finances|left no way of carrying "
                    "on|meant the numbers no longer worked|undermined its future beyond repair|had "
                    "pushed it deep into the red|made further trading pointless][, a verdict that "
                    "shocked the workforce|, an explanation greeted with anger|, a claim the "
                    "unions dispute|, news that stunned the town|, which staff struggled to "
                    "absorb|, though some question the timing|, leaving families reeling|, an "
                    "argument few on site accept][ on the shop floor| across the town| in the "
                    "canteen| at the gates| in local pubs| among suppliers| in nearby streets| "
                    "outside primary schools][. Talks with unions begin shortly|; a consultation "
                    "is now under way|. Councillors have called an emergency meeting|; ministers "
                    "have been asked to intervene|. The company says it will support staff|; local "
                    "MPs have demanded answers|. Some hope a buyer can still be found|; protests "
                    "are already being planned]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“This has been [an extremely difficult decision|a painful day for everyone "
                    "involved|an agonising choice], and we [fully "
                    "recognise|recognise|understand] the impact it will have on [our "
                    "colleagues, their families and the wider community|everyone who works at "
                    "{site}|the people of {place}],” said {person}, {official}."
                ),
                (
                    "“Despite [our best efforts|every effort|months of work], the economics of "
                    "the site no longer [add up|work], and we have [concluded|been forced to "
                    "conclude] that [continuing would put the wider business at risk|there is "
                    "no viable future for it|closure is the only option],” {person}, "
                    "{official}, said."
                ),
            ],
            "paraphrase": [
                (
                    "[Admitting the choice had been painful|Conceding that the decision "
                    "hurt|Acknowledging how hard the decision had been|Saying the call had caused "
                    "real anguish|Describing the verdict as heartbreaking|Accepting that nobody "
                    "wanted this outcome|Confessing that the process had been gruelling][ for "
                    "everyone in the boardroom| for the management team| for those who had to make "
                    "it| after months of agonising| for people who love the business| at every "
                    "level of the company| for a firm with deep local roots], {person}, "
                    "{official}, [said|added|went on to say|made clear|told "
                    "reporters|stressed|conceded] that [staff|employees|the workforce|people on "
                    "the payroll|those working there|every worker|colleagues on site][, their "
                    "relatives and neighbours| and their loved ones| together with their "
                    "households| and the families who depend on them| as well as the surrounding "
                    "town| alongside local suppliers and friends| and their dependants] [would "
                    "feel its effects|would bear the consequences|were bound to suffer|would be "
                    "hit hard|faced a difficult future|would pay a heavy price|were going to "
                    "struggle][ for a long time to come| for years afterwards| very deeply indeed| "
                    "acutely and personally| almost immediately| keenly and painfully| in all "
                    "sorts of ways][, promising support|, pledging help|, offering assistance|, "
                    "vowing to do right by them|, committing the company to help|, with assurances "
                    "of support|, and offered to help] [with finding new work nearby|through the "
                    "difficult transition ahead|during the formal consultation period|as the site "
                    "gradually winds down|in the months that lie ahead|with retraining and job "
                    "searches|at every stage of the process]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "Production [will be wound down|will wind down|is to be scaled back] "
                    "[gradually|in stages|line by line] [over the coming months|from next "
                    "month], with the [last workers expected to leave|final shift due to "
                    "finish|gates due to close for good] by {closure_date}."
                ),
                (
                    "[The firm|Managers|The company] said a [90-day|45-day] consultation [would "
                    "begin immediately|was starting this week|had already begun], and [the site "
                    "is expected to close completely|the last products will be made|all "
                    "operations will cease] by {closure_date}."
                ),
            ],
            "paraphrase": [
                (
                    "[Lines will stop one by one|Each production line will halt in turn|The "
                    "machines will be switched off gradually|Output will be reduced step by "
                    "step|Manufacturing will taper off|Operations will be run down bit by bit|The "
                    "plant will shut down piece by piece] [rather than all at once|instead of "
                    "overnight|not in a single day|over a period of months|without a sudden "
                    "halt|rather than in one go|in a phased way][, as orders are fulfilled| while "
                    "existing contracts run out| so that customers can be served| to allow stock "
                    "to be built up| in line with the order book| as remaining materials are used| "
                    "while equipment is sold off| to ease the transition for staff][, with "
                    "everything finished by|, with all work due to be done by|; the whole process "
                    "is meant to end by|, concluding by|, the closing consignments departing by|, "
                    "the aim being completion by|; nothing will remain running after] "
                    "{closure_date}[ after a statutory period of talks with staff| once legally "
                    "required discussions with employees are over| following mandatory "
                    "negotiations with unions| when formal talks with the workforce conclude| "
                    "after the required dialogue with staff representatives| once the legal "
                    "process of talks has run| after a compulsory round of meetings with "
                    "workers][, bosses said in a statement|, according to the company timetable|, "
                    "management confirmed this week|, managers explained to staff|, the firm has "
                    "indicated in writing|, an internal memo seen by reporters says|, staff were "
                    "told at a briefing][, though dates may change|, if orders allow|, subject to "
                    "customers|, barring surprises|, all being well|, on current plans|, for "
                    "now][. Some staff may leave earlier|; redeployment will be offered where "
                    "possible|. Equipment will be auctioned afterwards|; the site will then be "
                    "marketed|. Unions will scrutinise the timetable|; legal notices have been "
                    "served|. Customers have been informed|; suppliers are being contacted]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "The company said [losses at the site|the plant’s losses|its {place} "
                    "operation’s losses] had reached {amount} over [the past two years|the last "
                    "three financial years|recent years], [blaming|largely because of|mostly "
                    "due to] {reason}."
                ),
                (
                    "[Accounts published by|Figures released by|Recent filings from] {company} "
                    "show the [plant lost|division racked up losses of|factory ran up a deficit "
                    "of] {amount} last year, [as {reason} ate into margins|while {reason} "
                    "squeezed profits|with {reason} taking a heavy toll]."
                ),
            ],
            "paraphrase": [
                (
                    "[According to the owners,|By the company’s account,|On the firm’s "
                    "figures,|Management says that|The business insists that|In the words of its "
                    "directors,|As the books tell it,] [mounting deficits|heavy losses|a string of "
                    "losses|red ink on the balance sheet|years of losing money|shortfalls in the "
                    "accounts|deepening financial losses][, put at|, which come to|, calculated "
                    "as|, reckoned to be|, adding up to|, estimated at|, amounting to] {amount} "
                    "[across recent years of trading|over a few difficult years|in the period "
                    "since the last upturn|during the last spell of trading|in recent financial "
                    "periods|over several tough seasons|across the last few accounting periods][, "
                    "were put down to|, were attributed to|, have been blamed on|, are being laid "
                    "at the door of|, were explained by reference to|, were linked to|, stem from] "
                    "{reason}[, a claim unions accept only in part|, though critics point to poor "
                    "investment decisions|, which executives call beyond their control|, a factor "
                    "hitting the whole sector hard|, according to published company statements|, "
                    "among a range of other pressures|, as trading conditions steadily worsened][. "
                    "Staff representatives want to see the full accounts|; the union has asked for "
                    "an independent review|. Some question whether the site was starved of "
                    "investment|; rival firms in the sector are still trading|. Councillors have "
                    "asked for the figures to be checked|; analysts say the picture is more "
                    "complicated|. Workers say they were never told things were so bad]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“This is a [hammer blow|body blow|catastrophe] for [a loyal "
                    "workforce|people who gave this company decades of service|skilled staff], "
                    "and we will fight [every step of the way|tooth and nail|with everything we "
                    "have] [to save these jobs|to keep this plant open|to change the company’s "
                    "mind],” said {union_rep} of {union}."
                ),
                (
                    "“Our members found out [through a video call|at a hastily arranged "
                    "meeting|from a two-line email] [with no warning whatsoever|without any "
                    "consultation|just hours before the news broke], and [that is a disgraceful "
                    "way to treat people who built this company|it shows utter contempt for "
                    "loyal staff|nobody should be treated like that after decades of service],” "
                    "said {union_rep} of {union}."
                ),
            ],
            "paraphrase": [
                (
                    "[Speaking for|On behalf of|Representing|In a statement for|As spokesperson "
                    "for|Leading the response from|Responding for] {union}, {union_rep} [vowed to "
                    "resist the closure|promised to oppose the shutdown|pledged to contest the "
                    "plans|said members would battle the decision|swore to challenge the "
                    "move|committed to fighting the announcement|declared the union would obstruct "
                    "it] [at every turn|by all lawful means|without let-up|with every tool "
                    "available|for as long as it takes|from now until the end|at each stage][, "
                    "saying|, arguing that|, and claimed|, while insisting|, adding that|, and "
                    "said that|; in the official’s words,] [long-serving employees|staff with many "
                    "years behind them|veteran workers|people who had given their working lives|a "
                    "dedicated workforce|employees with long records|skilled, experienced hands] "
                    "[had been badly let down|had been treated shabbily|deserved far better|were "
                    "being cast aside|had been betrayed|were owed more respect|had been kept in "
                    "the dark] [by owners who had shown little loyalty in return|by management "
                    "after years of broken promises|by a board with scant regard for the town|by "
                    "distant executives in a decision made far away|by the company without a "
                    "proper conversation|by those in charge despite record efforts on the line|by "
                    "head office in a way that showed contempt][, and that members were furious|, "
                    "with anger growing on the shop floor|, warning of possible industrial "
                    "action|, and that talks must start at once|, urging ministers to step in|, "
                    "calling for the books to be opened|, as colleagues gathered outside][. A mass "
                    "meeting of members is planned|; the union will seek legal advice|. Political "
                    "support is being sought|; a campaign website has been launched|. Talks with "
                    "management are scheduled|; the regional office is coordinating|. Other sites "
                    "are watching closely|; a petition has been started]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "“I started here [straight from school|as an apprentice|as a teenager] "
                    "{service} ago and [I have never worked anywhere else|it is the only job I "
                    "have known|this place is my life], so I [honestly have no idea what comes "
                    "next|do not know where I go from here|am frightened about the future],” "
                    "said {worker}, [a machine operator|a line supervisor|a maintenance fitter] "
                    "at the plant."
                ),
                (
                    "“[My dad worked here, and so did my uncle|Three generations of my family "
                    "worked here|Half my street worked here at one time], and now it is [all "
                    "going to disappear|being thrown away|just finished], which feels like "
                    "[losing part of {place} itself|the end of an era|a death in the family],” "
                    "said {worker}, [who has worked there for {service}|who clocked up "
                    "{service} at the plant|after {service} on the shop floor]."
                ),
            ],
            "paraphrase": [
                (
                    "[Speaking outside the gates,|In an emotional interview,|On a break between "
                    "shifts,|Standing in the car park,|Clearly shaken by the news,|After the "
                    "announcement was made,|Surrounded by colleagues,|Later that afternoon,] "
                    "{worker}[, on the payroll for {service},|, employed at the site for "
                    "{service},|, a veteran of {service} there,|, whose time at the works spans "
                    "{service},|, having notched up {service} with the firm,|, with {service} "
                    "behind them,|, having put in {service} in production,|, a stalwart for "
                    "{service},] [said the shutdown felt like a personal loss|described the "
                    "closure as a bereavement|called the decision a deeply personal blow|likened "
                    "the news to losing a relative|explained that losing the plant felt like "
                    "grief|admitted the announcement was a private tragedy|reflected that the "
                    "works closing felt like mourning|compared it to losing a part of "
                    "themselves][, having followed relatives into the business|, as parents and "
                    "grandparents had worked there too|, since several family members came "
                    "before|, given a family history at the factory|, coming from a line of "
                    "workers at the site|, having joined where older relatives worked|, as the job "
                    "was a family tradition|, with an uncle and a father there before][; no other "
                    "employer has ever featured|. There has been no other job|; the CV lists "
                    "nothing else|. No other workplace ever came close|; nothing else was ever "
                    "considered|. Other jobs never beckoned|; it has been the only employer|. A "
                    "move elsewhere never appealed][, they added quietly|, a remark made with "
                    "visible emotion|, they said, close to tears|, with a voice breaking|, they "
                    "said after a long pause|, they added, shaking their head|, they said with "
                    "arms folded|, they said, staring at the gates][. Finding work now will be "
                    "hard|; retraining feels daunting|. Starting again is frightening|; the future "
                    "looks bleak|. Nobody can say what happens now|; prospects locally are thin|. "
                    "Another job is hard to imagine|; the bills will not wait][, especially at "
                    "this age|, with a mortgage to pay|, in a town with few openings|, after so "
                    "long in one trade|, with children still at home|, given the local job "
                    "market|, with skills few others need|, and savings will not last]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "The [factory|works|plant] has been making {product} in {place} since "
                    "{founded} and [at its peak|in its heyday|in the 1970s] employed [more "
                    "than|well over|around] {peak} people."
                ),
                (
                    "[Founded|Established] in {founded}, {company} was once [one of the biggest "
                    "employers in {place}|the beating heart of {place}|the largest private "
                    "employer in the area], [producing|turning out] {product} for customers "
                    "[across Europe|around the world|at home and abroad]."
                ),
            ],
            "paraphrase": [
                (
                    "[Generations of local families have worked there:|Whole families have spent "
                    "their careers there;|Parents, children and grandchildren have clocked on "
                    "there, and|The site has employed family after family:|Several generations "
                    "have found jobs there;|Many households trace a long link to the works:|Family "
                    "upon family has passed through its gates;] [its production lines have "
                    "produced|generations of machinery have manufactured|the output of the site "
                    "has been|machines on site have churned out|the business has focused on|its "
                    "workers have built|its halls have turned out] {product} [from {founded} "
                    "onwards|ever since {founded}|continuously since {founded}|starting in "
                    "{founded}|since the doors opened in {founded}|with an unbroken record going "
                    "back to {founded}|beginning back in {founded}][, while the payroll once "
                    "topped|; at one time staff numbers passed|, whereas in better days the "
                    "headcount exceeded|; back then the workforce exceeded|, with numbers on site "
                    "once climbing beyond|; decades ago employment peaked above|, while its "
                    "workforce once surpassed] {peak} [on its busiest shifts|at the height of "
                    "demand|in boom years|before automation arrived|when orders were "
                    "plentiful|during the post-war boom|in a golden era][, a far cry from today|, "
                    "compared with a fraction now|, figures that now seem unimaginable|, when the "
                    "town revolved around it|, as older residents recall|, according to local "
                    "historians|, before decades of decline]. [It is part of the fabric of the "
                    "town|Its whistle once set the rhythm of the day|Its name is stitched into "
                    "local life|The site shaped the streets around it|Few places feel so bound to "
                    "one employer|Its closure will leave a visible scar|The town grew up around "
                    "it][, and many will mourn its passing|, which is why the news hurts so much|, "
                    "as anyone in the local pub will tell you|, something no redevelopment can "
                    "replace|, and that history matters here|, so the loss is more than economic|, "
                    "a fact not lost on anyone]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“I will be [meeting|speaking to] ministers [this week|as a matter of "
                    "urgency|within days] [to ask what support can be offered|to demand a "
                    "rescue plan|to press for emergency help], because {place} cannot "
                    "[afford|simply absorb|cope with] the loss of {jobs} skilled jobs,” said "
                    "{critic}, {role}."
                ),
                (
                    "“Behind every one of these jobs is [a family, a mortgage and a future|a "
                    "household with bills to pay|someone with a skill this town needs] that has "
                    "been [thrown into doubt|turned upside down|put at risk] [overnight|in a "
                    "single afternoon|without warning],” {critic}, {role}, said."
                ),
            ],
            "paraphrase": [
                (
                    "[Pledging to raise the matter with government|Promising to raise the issue in "
                    "Whitehall|Vowing to lobby Whitehall on behalf of the workforce|Undertaking to "
                    "press the case in Westminster|Saying they would go straight to "
                    "government|Committing to seek talks in London|Determined to get answers from "
                    "government|Intent on raising the alarm in the strongest terms][ without "
                    "delay| urgently| this week| at the earliest opportunity| immediately| in the "
                    "coming days| swiftly| with some urgency][, {critic}, {role}, warned|, {role}, "
                    "{critic}, cautioned|, {critic}, who is {role}, predicted|, {role}, {critic}, "
                    "feared|, {critic}, {role}, argued|, {role}, {critic}, insisted|, {critic}, "
                    "{role}, suggested|, {role}, {critic}, told reporters] that [the town|local "
                    "people|the community|the area|the local economy|families nearby|the "
                    "district|working people] [would struggle to recover|might never fully "
                    "recover|could be left reeling for years|would find the adjustment very "
                    "hard|faced years of real hardship|would be badly wounded by the loss|could "
                    "slide into long-term decline|would take a generation to recover] [without the "
                    "factory and its wages|once the plant and its jobs have gone|after the works "
                    "finally closes|if the site is allowed to shut|with its largest employer "
                    "gone|when production finally ends|minus the biggest employer it has|after the "
                    "last lorry leaves][, adding that|; in their view,|, and said|, and insisted|, "
                    "while noting that|; they argued that|, pointing out that|, going on to say "
                    "that] [replacement jobs would be hard to find in the area|other employers "
                    "could not absorb the losses|skills built up over generations would be "
                    "lost|young people would simply leave to find work|shops and pubs would suffer "
                    "too as wages vanished|the ripple effects would be felt everywhere|nothing "
                    "comparable existed within easy reach|the tax base would shrink badly]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "[A taskforce bringing together|A support group made up of|A jobs panel led "
                    "by] {council}, [local colleges and the jobcentre|training providers and "
                    "employers|business groups and advisers] [has been set up|will be formed|is "
                    "being assembled] to [help those losing their jobs find new roles|find new "
                    "work for the {jobs} staff|match workers with other employers]."
                ),
                (
                    "{council} [has offered|will provide|is arranging] [careers advice and "
                    "retraining|skills support|help with job searches] and [is pressing|has "
                    "asked] ministers for funding of {fund} to [attract new "
                    "employers|regenerate the site|create replacement jobs]."
                ),
            ],
            "paraphrase": [
                (
                    "[Staff facing redundancy|Workers about to lose their jobs|Those on the "
                    "redundancy list|Employees being laid off|People whose posts are "
                    "going|Everyone affected by the cuts|Members of the outgoing workforce] [are "
                    "being promised|will be offered|can expect|are set to receive|have been "
                    "assured of|will get access to|are in line for] [guidance, courses and "
                    "introductions|one-to-one coaching and training places|advice sessions plus "
                    "retraining|mentoring and qualifications|interview practice and short "
                    "courses|personal support and fresh training|CV workshops and college places] "
                    "[plus links to firms that are hiring|linking them with vacancies|and contacts "
                    "at businesses looking for staff|with employers seeking skills in mind|through "
                    "contacts with growing firms|via a list of recruiting companies|and a jobs "
                    "fair][, co-ordinated by|, organised by|, overseen by|, under the direction "
                    "of|, run jointly by|, in a programme from|, through an effort backed by] "
                    "{council}[ and its partners| with colleges| alongside the jobcentre| and "
                    "local businesses| and training bodies| with national agencies| and "
                    "charities][, though many doubt|; some wonder|, but sceptics ask|; unions "
                    "question|, yet few believe|; critics doubt|, though workers ask] [whether it "
                    "will be enough|if comparable wages exist|how many will find work|what jobs "
                    "are really out there|whether retraining works|if the help will last|how "
                    "quickly it will arrive]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "[Local suppliers|Businesses in the supply chain|Firms that work with the "
                    "plant] fear that [hundreds more jobs could be at risk|the closure will "
                    "drag others down with it|their own future is now in doubt], [with "
                    "hauliers, caterers and engineering firms among those relying on the "
                    "factory|since so much of their trade comes from {company}|as the plant "
                    "accounts for most of their orders]."
                ),
                (
                    "[Economists|Business leaders|Chamber of commerce figures] believe that a "
                    "further {indirect} jobs [in {place}|across the area|in the wider region] "
                    "[depend at least partly on the factory|rely on contracts from "
                    "{company}|are linked to the site], [putting the true cost of the closure "
                    "far higher|so the real toll will be much greater|many of them in small "
                    "family firms]."
                ),
            ],
            "paraphrase": [
                (
                    "[Knock-on losses are feared|Further job cuts may follow|The damage could "
                    "spread|Wider fallout is expected|Other firms could suffer|A ripple effect is "
                    "likely|Secondary losses loom] [further down the line in the months to "
                    "come|well beyond the factory gates themselves|right across the wider local "
                    "economy|among many smaller businesses nearby|throughout the district and "
                    "beyond|in the months after the last shift|far past the plant itself][, as "
                    "lorry firms|, because transport operators|, since haulage companies|; after "
                    "all, delivery firms|, given that trucking businesses|, seeing that freight "
                    "operators|, bearing in mind that logistics firms][, canteen suppliers|, food "
                    "contractors|, catering businesses|, sandwich vans|, cafe owners|, meal "
                    "providers|, vending firms] [and repair specialists|and maintenance "
                    "engineers|and machine fitters|and tool-makers|and electrical contractors|and "
                    "cleaning firms|and security companies] [earn a big slice of their income|make "
                    "the bulk of their money|depend heavily on custom|get a large share of their "
                    "work|draw a good part of their revenue|rely substantially on orders|take a "
                    "major portion of their turnover] [from the works|from the factory|from the "
                    "site|from this one customer|from the plant’s contracts|from the business|from "
                    "its orders][, local business groups say, and some will not survive|, "
                    "according to the business chamber|, traders warn, with jobs at risk|, "
                    "economists believe, though estimates vary|, owners told us this week|, it is "
                    "estimated, across dozens of firms|, and many fear the worst for their staff]."
                ),
            ],
            "quote": False,
        },
    ],
    "background": [
        (
            "[Employers planning 100 or more redundancies|Companies proposing to cut at least 100 "
            "jobs|Firms that intend to shed a hundred or more posts|Businesses contemplating job "
            "losses of 100-plus|Any employer proposing redundancies affecting 100 people or "
            "more|Organisations planning at least a hundred lay-offs|Bosses who expect to dismiss "
            "100 staff or more] [at one site|in a single workplace|at a single location|within one "
            "establishment|at the same premises|on one site|in one place] [must consult|are "
            "legally obliged to consult|have to hold talks with|are required to negotiate "
            "with|must engage with|need to meet|are bound to discuss plans with] [staff "
            "representatives|elected employee reps|trade unions or worker delegates|recognised "
            "unions|workforce representatives|the people chosen to speak for staff|union "
            "officials] [for at least 45 days|over a minimum period of six weeks or so|for no "
            "fewer than 45 days|throughout a window lasting 45 days|across more than six weeks|for "
            "45 days as a floor|during a set legal period] [before the first dismissals take "
            "effect|ahead of any job actually going|before anyone is made redundant|prior to the "
            "earliest departures|until the first notices can take effect|before the initial "
            "lay-offs|ahead of the first exits][, under employment law|, by law|, as the rules "
            "require|, under national legislation|, according to statute|, as employment rules "
            "demand|, on pain of penalties][, and ministers must be notified|, with the government "
            "informed in writing|, and a formal notice goes to officials|, with paperwork filed "
            "nationally|, and a government form is required|, under penalty of fines|, which "
            "unions monitor closely]."
        ),
        (
            "[Manufacturing|Making things|Industrial production|The factory sector|British "
            "industry|The manufacturing base|Production industry] [has declined as a share of the "
            "economy|has shrunk relative to the wider economy|now forms a smaller slice of "
            "national output|has lost ground to services|has become a smaller part of GDP|has been "
            "overtaken by the service sector|has dwindled as a proportion of output] [for "
            "decades|since the 1970s|over two generations|across half a century|for many "
            "years|since the post-war peak|year after year][ as services took over|, partly "
            "through automation|, amid global competition|, as production moved overseas|, with "
            "mining and mills closing|, despite some revivals|, following successive recessions|, "
            "while finance boomed][, though it still accounts for|, yet it continues to provide|, "
            "but it still generates|, although factories still produce|; even so, it makes up|, "
            "while it still delivers|; nevertheless it supplies] [a large proportion of "
            "exports|much of what Britain sells abroad|a big share of overseas sales|a major part "
            "of export earnings|many of the goods shipped overseas|a hefty chunk of foreign "
            "trade|a significant slice of exports] [and many well-paid jobs|and plenty of skilled "
            "work|and high-value employment|as well as research spending|and much of the country’s "
            "innovation|and above-average wages|and regional employment][, particularly outside "
            "London|, especially in the Midlands and North|, in many smaller towns|, in the old "
            "coalfields|, in former industrial areas|, away from the big cities|, in coastal and "
            "valley towns][. Productivity remains high in many firms|; skills shortages are a "
            "recurring complaint|. Investment has lagged behind rivals|; governments have promised "
            "revivals|. Some sectors are growing again|; apprenticeships are in demand|. Exporters "
            "face new barriers|; energy costs weigh heavily]."
        ),
        (
            "[Energy-intensive industries|Heavy energy users|Power-hungry sectors|Manufacturers "
            "that burn a lot of fuel|Firms with huge energy bills|Industries reliant on "
            "furnaces|Large consumers of power] [such as ceramics, glass and paper|including "
            "potteries and glassworks|like steel, chemicals and paper|for example brickworks and "
            "paper mills|among them cement and ceramics|notably glassmakers and foundries|from "
            "kilns to paper machines] [have been hit particularly hard|have suffered most|have "
            "taken the heaviest blows|have been badly squeezed|were among the worst affected|have "
            "struggled most|have borne the brunt] [by volatile gas and electricity prices|by "
            "swings in energy costs|by spiking power bills|by unpredictable wholesale prices|by "
            "the surge in gas prices|by fluctuating energy markets|by erratic fuel costs][ in "
            "recent years| since 2021| over the last few winters| lately| this decade| since the "
            "energy crisis| repeatedly][, with several closing plants|, prompting some closures|, "
            "forcing some to cut output|, and some have moved abroad|, leading to job losses|, and "
            "margins have vanished|, which has cost jobs][ around the country| in Britain| in "
            "industrial regions| across Europe too| in older towns| in the Midlands| nationwide]."
        ),
        (
            "[When a large employer leaves a town like|If a big firm departs from somewhere "
            "like|Once a major company pulls out of a place such as|After a dominant employer "
            "quits a community like|Whenever a key business abandons a town such as|As soon as a "
            "large employer exits a place like|Should a big firm walk away from towns like] "
            "{place}[, the effects are often felt|, the consequences tend to linger|, the damage "
            "is usually felt|, the fallout can last|, the impact is frequently seen|, the "
            "aftershocks continue|, the pain lingers] [for years|for a decade or more|long "
            "afterwards|well into the future|for a generation|over many years|long after the gates "
            "close] [in local shops|on the high street|in corner shops and cafes|among small "
            "retailers|in town-centre businesses|in the takings of local stores|in nearby shops "
            "and markets][, pubs|, bars and clubs|, restaurants|, social clubs|, takeaways|, "
            "hairdressers|, bus routes] [and council tax collection|and the local authority’s "
            "income|and public finances|and the council’s budget|and property values|and rent "
            "arrears|and charity shops][, as past closures across the North show|, research on "
            "former mining areas suggests|, economists have found in study after study|, as other "
            "towns know only too well|, history shows again and again|, studies of similar places "
            "confirm|, sadly for those left behind]."
        ),
        (
            "{company} [was bought by its current owners|changed hands|was acquired by the present "
            "owners|came under new ownership|was taken over by its existing owners|passed to a new "
            "parent group|was sold to the group that runs it now][ in a deal worth millions| "
            "ending decades of family control| amid a wave of consolidation| following a bidding "
            "contest| as part of a wider merger| from a private equity fund| at a time of strong "
            "demand| to little public attention] [some years ago|several years back|a while ago|in "
            "the last decade|in a deal years ago|not long ago|a few years since][, and {person} "
            "was brought in|, after which {person} was recruited|, when {person} was appointed|, "
            "and soon afterwards {person} was hired|; {person} was then installed|, with {person} "
            "drafted in|, and {person} arrived] [to run its British operations|to lead the UK "
            "business|to manage its activities in Britain|as head of British operations|to oversee "
            "UK manufacturing|to take charge of the UK arm|to direct the firm in Britain][ from a "
            "base in another country| with a team of turnaround specialists| answering to a board "
            "overseas| after a career in the motor trade| with experience of restructuring| on a "
            "three-year contract| despite no local ties| as part of a new management team][, with "
            "a brief to cut costs|, tasked with improving margins|, charged with restoring "
            "profits|, under orders to streamline production|, asked to turn the business round|, "
            "expected to raise efficiency|, aiming to revive growth][ at its British sites| across "
            "all of its plants| at every factory it owns| in Britain in particular| within two "
            "years of arriving| as quickly as possible| under pressure from investors][. The new "
            "owners promised investment at the time|; the takeover was welcomed locally back "
            "then|. Staff were told the future looked bright|; few expected a closure so soon "
            "afterwards|. Unions say promises made then were broken|; the deal was backed by a "
            "large bank loan|. Analysts questioned the price paid at the time]."
        ),
        (
            "[Redundancy pay|Statutory severance|Money paid on redundancy|Compensation for lost "
            "jobs|Redundancy compensation|Payouts to dismissed staff|The lump sum for redundancy] "
            "[is set by law at a minimum|has a legal floor|comes with a statutory minimum|must by "
            "law reach a minimum level|is guaranteed at a basic rate|cannot fall below a legal "
            "threshold|starts from a level fixed in law] [linked to age and length of "
            "service|based on age, pay and years worked|tied to how long someone has "
            "worked|calculated from service and age|reflecting years of employment|that rises with "
            "years of service|determined by tenure and age][, although many firms offer|, though "
            "plenty of employers provide|, but numerous companies pay|, yet larger firms often "
            "give|; however, some businesses agree|, while unions often win|; still, generous "
            "employers provide] [enhanced terms|more generous packages|sums above the "
            "minimum|better deals|extra payments|improved settlements|top-ups] [through "
            "negotiation|under union agreements|as a goodwill gesture|in their contracts|for "
            "long-serving staff|to smooth closures|when plants shut][, especially in "
            "manufacturing|, particularly after long service|, in many cases|, though not always|, "
            "depending on the firm|, sometimes substantially|, on occasion]."
        ),
        (
            "[Over the years,|Historically,|In previous decades,|Before now,|In the past,|Time and "
            "again,|On several occasions,|As elsewhere,] [former industrial land|old factory "
            "land|disused works land|ground left by industry|brownfield land from old works|land "
            "once used for manufacturing|derelict industrial ground|the footprint of closed mills] "
            "[in {place}|around {place}|across {place}|within {place}|near {place}|throughout "
            "{place}|on the edge of {place}|close to central {place}] [has been redeveloped|has "
            "been cleared|was converted|has been transformed|was rebuilt|has been reused|was "
            "repurposed|has been sold off] [for housing|for new homes|for estates of houses|for "
            "flats|for residential streets|for family living|for starter homes|for private "
            "rentals][, retail parks|, shopping parks|, supermarkets|, out-of-town stores|, trade "
            "counters|, leisure centres|, car showrooms|, budget gyms] [or logistics warehouses|or "
            "distribution sheds|or parcel depots|or storage hubs|or delivery centres|or haulage "
            "yards|or fulfilment centres|or self-storage units][, with mixed results|, not always "
            "successfully|, bringing fewer jobs|, often with lower wages|, sometimes after years "
            "empty|, with varying success|, often slowly|, rarely matching the old wages][ for the "
            "town| for local workers| in employment terms| over time| for the high street| in the "
            "long run| for young people| financially]."
        ),
        (
            "[As the longest-serving official there,|For well over a decade,|In a long "
            "career,|Over many years,|Throughout a lengthy tenure,|Since first being "
            "elected,|Across several decades,|Time after time,] {union_rep} [has represented "
            "shop-floor members at|has spoken for the workforce on|has been the union voice at|has "
            "led the union branch at|has acted for the people at|has been the senior steward "
            "at|has bargained for the workforce at|has fought for members at] {site} [through "
            "several rounds of|across repeated rounds of|during a string of|over many years of|in "
            "successive bouts of|through numerous|during several cycles of|amid recurring] [pay "
            "negotiations|wage talks|salary disputes|collective bargaining|talks over "
            "earnings|annual settlements|haggling over rates|rows about wages] [and short-time "
            "working|and periods of reduced hours|and spells of part-time shifts|and lay-off "
            "weeks|and cuts in hours|and temporary stoppages|and enforced short weeks|and overtime "
            "bans][, earning respect from both sides of the table|, and is well known to every "
            "manager on site|, becoming a familiar figure at the gates|, often in very tough "
            "circumstances|, with mixed success over the years|, building trust among members on "
            "the floor|, through good times and bad alike|, rarely losing the confidence of "
            "members][, and knows the plant inside out|, and has seen its fortunes rise and fall|, "
            "and has earned a reputation for tenacity|, and is trusted by members of every age|, "
            "and is no stranger to hard talks|, and understands the business intimately|, and has "
            "lived through several crises|, and has a long memory for broken promises][; "
            "colleagues describe a calm but stubborn negotiator|; managers say the relationship "
            "has been professional|; members credit that persistence with saving jobs before|; few "
            "people know the workforce better|; rival officials respect that track record|; "
            "younger reps say they have learned a great deal|; that experience will now be tested "
            "as never before|; some call it the toughest fight yet]."
        ),
        (
            "[Well before this announcement,|Some time ago,|In speeches and articles,|On more than "
            "one occasion,|Long before the closure,|Over recent years,|At a regional "
            "summit,|Writing in a local paper,] {critic} [called for|demanded|campaigned for|urged "
            "ministers to adopt|pressed for|argued in favour of|pushed for|made the case for] [a "
            "regional strategy|a plan for the region|a joined-up regional approach|an industrial "
            "strategy for the area|coordinated action across the region|a regional blueprint|a "
            "dedicated regional programme|a proper economic plan for the county] [to protect "
            "skilled jobs|to safeguard skilled work|to defend well-paid employment|to preserve "
            "manufacturing posts|to keep skilled workers employed|to shield industrial jobs|to "
            "secure skilled trades|to stop good jobs draining away] [making {product}|producing "
            "{product}|in the manufacture of {product}|in factories that produce {product}|that "
            "turn out {product}|in plants building {product}|involved in making {product}|tied to "
            "{product}][ and similar goods| among other things| throughout the sector| along with "
            "related lines| and allied industries| and among suppliers| in particular| above "
            "all][, warning that the region simply could not afford to lose them|, arguing that "
            "such jobs are hard to replace|, saying that skills lost are rarely regained|, noting "
            "that competitors abroad are subsidised|, cautioning that the region was too exposed|, "
            "insisting that closures would multiply|, claiming that time was running out|, "
            "predicting exactly this kind of crisis][, a message that now looks remarkably "
            "prescient|, though little came of it at the time|, without much response from "
            "ministers|, in letters to successive ministers|, at several regional summits and "
            "conferences|, in a detailed report last year|, to limited effect in Whitehall|, only "
            "to be politely ignored by officials][. Those warnings are being recalled this week|; "
            "supporters say events have proved the point|. The argument has gained new urgency|; "
            "the call is likely to be renewed|. Others in the region echoed the concern|; business "
            "groups broadly agreed|. Critics say the idea was never costed|; officials promised to "
            "consider it]."
        ),
    ],
    "commentary": [
        (
            "[Another factory closes|One more plant shuts its gates|Yet another works goes under|A "
            "further factory bites the dust|Another manufacturer calls it a day|One more "
            "industrial site falls silent|Another employer pulls the plug][, and once again|; yet "
            "again|, and as usual|. Once more|, and predictably|; as ever|, and inevitably] [the "
            "people who kept it running|those who made it work|the workers who built its "
            "success|the men and women on the lines|staff who gave it their all|the employees who "
            "sustained it|the hands that kept it going] [are the last to find out|hear about it "
            "last|learn their fate at the end|discover the news almost last|are told after "
            "everyone else|are informed only at the very end|find out via rumour][, often from a "
            "screen|, sometimes by email|, at a rushed meeting|, in a brief statement|, from the "
            "local paper|, on a video call|, by text message][. That is no way to treat loyal "
            "people|; it is a shabby way to end decades of work|. This is a poor way to run a "
            "business|; there is no excuse for such treatment|. It is a shameful way to say "
            "goodbye|; that behaviour is indefensible|. Nobody deserves that][, whatever the "
            "balance sheet says|, however hard the trading conditions|, regardless of the numbers "
            "involved|, in any industry at all|, and it simply must stop|, not in this century|, "
            "frankly, and everyone knows it]."
        ),
        (
            "[Warm words|Soothing statements|Kind sentiments|Reassuring noises|Fine "
            "speeches|Sympathetic phrases|Comforting promises] [about supporting workers|on "
            "helping those laid off|about standing by staff|on looking after employees|about a "
            "helping hand|on caring for the workforce|about doing right by people] [mean "
            "little|count for nothing|are worthless|achieve very little|ring hollow|do not pay the "
            "bills|amount to nothing] [unless they come with|without|if they are not backed by|in "
            "the absence of|unless accompanied by|if they lack|without the addition of] [real "
            "jobs|genuine vacancies|actual employment|proper work|secure positions|firm job "
            "offers|decent posts] [at comparable wages|paying similar money|on equivalent pay|at "
            "the same rates|that match old salaries|with similar earnings|at decent rates of pay][ "
            "nearby| in the area| close to home| within reach| in the town| locally| without long "
            "commutes][. Anything less|; otherwise it|. Without that, it|; anything short of "
            "that|. Less than that|; failing that, it|. In that case it] [is mere public "
            "relations|is just spin|is an insult|is window dressing|is hollow|is for show|is "
            "meaningless]."
        ),
        (
            "[Britain|This country|The UK|Any British government|Our politicians|Whoever holds "
            "power|The nation] [cannot claim to value|has no right to boast about "
            "supporting|should stop pretending to champion|can hardly say it backs|cannot "
            "seriously profess to care about|is in no position to praise|should not pretend to "
            "cherish] [manufacturing and the people in it|industry and its skilled workforce|the "
            "factory sector|those who make things for a living|industrial employers in every "
            "region|the proud tradition of British industry|productive firms outside the cities] "
            "[while its industrial energy prices|as long as power bills for industry|when "
            "electricity costs for factories|so long as energy for manufacturers|while the gas and "
            "power costs of firms|as long as business energy tariffs|while factory fuel costs] "
            "[remain among the highest in Europe|stay near the top of European tables|outstrip "
            "almost all of our neighbours|are higher than nearly anywhere in Europe|dwarf those of "
            "our competitors|rank with the steepest on the continent|exceed those across the "
            "Channel][. Fixing that|; tackling this|. Sorting this out|; bringing them down|. "
            "Addressing that|; cutting those costs|. Changing that] [should be the priority|must "
            "come first|is urgent|cannot wait|matters more than slogans|would save jobs|is the "
            "real test][ for any government in Westminster| in this parliament, not the next| "
            "before more plants are lost| this year rather than next| for the Treasury and the "
            "regulator| right now, not eventually| above every other industrial policy]."
        ),
        (
            "[Frankly,|Let us be honest:|Above all,|Put bluntly,|It bears repeating that|History "
            "shows that|Everyone here knows that] [towns like {place}|places such as "
            "{place}|communities like {place}|any settlement on the scale of {place}|towns of the "
            "kind {place} is|old mill settlements resembling {place}|industrial towns such as "
            "{place}] [were built around single employers|grew up around one big firm|depended on "
            "one dominant company|took shape around a single works|were founded on one "
            "employer|developed around a major factory|revolved around one business][, and losing "
            "one|, so when that firm goes, it|, and its departure|; losing such an employer|, and "
            "the closure of one|, and when one goes, it|; the loss of one] [leaves a hole|creates "
            "a gap|opens a void|tears a gap|leaves a chasm|leaves a wound|creates a space] [that "
            "is very hard to fill|that rarely gets filled|no other business can quickly fill|that "
            "takes decades to close|that few investors will plug|that no scheme easily fills|that "
            "lasts a generation][. Recovery|; renewal|. Regeneration|; revival|. Rebuilding|; any "
            "comeback|. A turnaround] [takes patience and money|needs sustained support|requires "
            "long-term investment|is slow and uncertain|depends on real commitment|needs more than "
            "slogans|cannot be left to chance]."
        ),
        (
            "[Retraining schemes|Reskilling programmes|Job retraining initiatives|Courses for "
            "laid-off workers|Schemes to teach new skills|Government training offers|Back-to-work "
            "training] [have a patchy record|have mixed results|have often disappointed|rarely "
            "live up to the hype|work only some of the time|have a chequered history|are not a "
            "cure-all][, and ministers|, so politicians|; those in charge|, and officials|, so the "
            "government|; councils as well as Whitehall|, and anyone promoting them] [should be "
            "honest about|ought to be frank about|must be candid about|need to come clean "
            "about|should level with people about|would do well to admit|must not overstate] [what "
            "they can realistically achieve|how much they can deliver|what results to expect|their "
            "limits|the likely outcomes|what difference they make|how many find work afterwards][ "
            "for older workers| in towns like this| when local jobs are scarce| for people in "
            "their fifties| without new employers arriving| in a weak labour market| on their "
            "own][. Workers|; people|. Those affected|; families|. Redundant staff|; employees|. "
            "Laid-off workers] [deserve the truth|need honest advice|are not fools|should be told "
            "straight|want realism|can handle the facts|need more than leaflets][, not glossy "
            "brochures|, not spin|, not false hope|, not slogans|, not platitudes|, not press "
            "releases|, not empty targets]."
        ),
        (
            "[If the owners were able|Since the proprietors managed|Given that shareholders found "
            "a way|Because the parent group contrived|When investors were happy|As the directors "
            "chose|Seeing that the company was able|Now that the owners have managed] [to profit "
            "from the site|to make money from the plant|to take profits from the works|to benefit "
            "from the factory|to draw dividends from the operation|to cash in on the site|to earn "
            "from this place|to extract value from the business] [for decades|over many years|for "
            "generations|across decades|year after year|through good years and bad|through the "
            "boom years|since the takeover][, a debt is owed to|, there is an obligation to|, "
            "surely something is due to|, fairness demands more for|, responsibilities remain "
            "towards|, decency requires more for|, much is still owed to|, a reckoning is due "
            "with] [the community|the town|local people|the workforce and town|those left "
            "behind|this place|the area|every family affected] [beyond a press release|far beyond "
            "a statement|greater than a memo|beyond warm words|through a proper plan|in real "
            "help|in investment, not excuses|rather than a shrug][. Money for retraining|; funds "
            "for the site|. A clean-up and new jobs|; support for suppliers|. Practical help|; a "
            "community fund|. Reinvestment|; a hardship fund] [would be a decent start|is the bare "
            "minimum|should follow without delay|must come next, and quickly|is owed to these "
            "families|would show some good faith|is the least anyone should expect|ought to be "
            "announced now][, whatever the lawyers advise|, and the town will remember|, before "
            "the gates shut|, in writing|, with figures attached|, not vague pledges|, and soon|, "
            "at the very least]."
        ),
        (
            "[The question now|What we need to know|The real issue|What matters today|The test for "
            "ministers|The puzzle that remains|What nobody has answered] [is whether anyone in "
            "government|is if any minister|boils down to whether Whitehall|rests on whether the "
            "cabinet|asks if those in power|hinges on whether the state|comes down to whether any "
            "department] [has a serious plan|possesses a credible strategy|can point to a real "
            "programme|offers any coherent idea|has given real thought|owns a proper answer|can "
            "show a workable policy] [for places|for towns|for communities|for districts|for "
            "regions|for the parts of Britain|for corners of the country] [that still depend "
            "on|that rely even now on|which live by|that continue to lean on|where jobs hinge "
            "on|whose economies rest on|still built around] [making things|manufacturing|factory "
            "work|industrial production|producing goods|skilled production work|workbenches and "
            "lathes][, or whether such towns will simply be left to decline|, or if they will be "
            "abandoned again|; or perhaps decline is the expected outcome|, or whether they must "
            "fend for themselves|; or is managed decline the plan|, or whether everyone just hopes "
            "for the best|; otherwise nobody is really responsible][. So far the silence is "
            "telling|; nobody has yet said|. Answers are overdue|; the evidence is thin|. We are "
            "still waiting|; the record is poor|. Voters will judge]."
        ),
    ],
}

FLOOD_DEFENCES: Topic = {
    "name": "flood_defences",
    "slots": {
        "storm": [
            "Storm Idris",
            "Storm Fenella",
            "Storm Cormac",
            "Storm Wilhelmina",
            "Storm Bartholomew",
            "Storm Ottilie",
        ],
        "river": [
            "the River Wend",
            "the River Caddon",
            "the River Lossock",
            "the Brack Water",
            "the River Tamsey",
            "the River Ouseley",
        ],
        "homes": ["140", "320", "85", "600", "210", "1,100"],
        "rainfall": [
            "a month’s worth of rain",
            "more than 90mm of rain",
            "nearly two months’ rainfall",
            "120mm of rain",
            "twice the usual monthly rainfall",
            "70mm of rain",
        ],
        "agency": [
            "Rivers and Coasts Agency",
            "National Flood Authority",
            "Waterways Protection Agency",
            "Lowlands Drainage Board",
            "Catchment Management Agency",
            "Flood and Coastal Agency",
        ],
        "scheme": [
            "raised embankments and a new flood wall",
            "a network of flood gates and storage ponds",
            "demountable barriers along the quayside",
            "an upstream storage reservoir",
            "a higher river wall through the town centre",
            "natural flood management in the hills above the town",
        ],
        "area": [
            "the Lower Town",
            "Riverside",
            "the Mill Quarter",
            "Church Street and Bridge End",
            "the Marsh estate",
            "Wharf Lane",
        ],
        "official": [
            "the agency’s area flood manager",
            "the agency’s head of flood risk",
            "the council’s emergency planning lead",
            "the agency’s regional director",
            "the council’s cabinet member for environment",
            "the agency’s senior engineer for the catchment",
        ],
        "resident": [
            "Margaret Tolley",
            "Jason Pardoe",
            "Zainab Hussain",
            "Frank Delahaye",
            "Louise Akers",
            "Gordon McPhee",
            "Chloe Winstanley",
            "Nikhil Rao",
        ],
        "street": [
            "Alder Close",
            "Ferry Road",
            "Tanyard Lane",
            "Holm Terrace",
            "Weir View",
            "Brook Street",
        ],
        "completion": ["2027", "2028", "2029", "2030", "2026", "2031"],
        "council": [
            "Westmoor County Council",
            "Tarnside Borough Council",
            "Sandleigh County Council",
            "Marchbury District Council",
            "Glenford City Council",
            "Harlowmere County Council",
        ],
        "depth": [
            "waist-deep",
            "knee-deep",
            "up to a metre deep",
            "nearly 4ft deep",
            "chest-deep",
            "60cm deep",
        ],
        "damage": ["£6.5m", "£12m", "£3.8m", "£20m", "£9.2m", "£15.4m"],
        "contribution": ["£2.1m", "£1.2m", "£0.9m", "£1.5m", "£2.4m", "£0.6m"],
        "critic": [
            "Edwina Sharpe",
            "Tom Pargeter",
            "Olufemi Bankole",
            "Rachel Enfield",
            "Barry Coyle",
            "Mei Lin Hartley",
            "Duncan Aird",
            "Patricia Vane",
        ],
    },
    "headlines": [
        (
            "{amount} [flood defence scheme|plan to hold back {river}|defences] for {place} "
            "[after {storm}|as {homes} properties count the cost|following winter floods]"
        ),
        "{storm}: {homes} properties flooded as {river} bursts its banks",
        "New defences promised for {area} after [devastating|record] floods",
        (
            "[Residents|Householders|Families|Flood "
            "victims|Locals|Homeowners|Neighbours|Survivors] [still drying out|still "
            "mopping up|still counting cost|still cleaning up|yet to return home|still "
            "in limbo|still clearing mud|still stripping walls] [after storm|weeks "
            "on|a month later|following deluge|after winter floods|in aftermath|amid "
            "mould|post-flood] [as|while|after|now that|even as|just as|once|when] "
            "[money is found|cash is secured|funding is agreed|millions are pledged|a "
            "scheme is approved|defences are funded|ministers find funds|a budget is "
            "set] [to protect {place}|for new defences in {place}|to shield {place}|to "
            "defend {place}|for {place} flood works|to keep water out of {place}|to "
            "guard {place}|for barriers in {place}] [from rising water|against future "
            "floods|from the river|from the next storm|from further flooding|against "
            "the tide|from repeat floods|against high water][ but work years away| "
            "with work due soon| amid doubts| at long last| after campaign| in major "
            "scheme| despite delays| ahead of winter]"
        ),
    ],
    "standfirsts": [
        (
            "The {agency} says {scheme} will [protect|shield|safeguard] {homes} properties in "
            "{place} [by {completion}|from {completion} onwards|once finished in {completion}]."
        ),
        "{storm} brought {rainfall} in 24 hours, leaving homes in {area} under water.",
        (
            "Residents who have been flooded before say they will believe the promises when "
            "they see diggers."
        ),
        (
            "[For now,|Officially,|According to estimates,|On current figures,|In "
            "total,|Put simply,|All told,|Early estimates suggest] [repairs to homes "
            "and roads|fixing the damage everywhere|the clean-up across town|putting "
            "things right again|restoration work on buildings|rebuilding the worst-hit "
            "streets|the recovery effort as a whole|making homes habitable once more] "
            "[could cost|may reach roughly|is projected at|might climb to|looks likely "
            "to absorb|is put at roughly|could hit|may require] {damage}[, and the new "
            "protection|, while the promised defences|; meanwhile the permanent "
            "scheme|, yet the planned flood works|; what is more, the long-term "
            "barrier|, but the new walls and gates|; worse still, the lasting fix|, "
            "and the agreed defences] [will not be complete until|will not be ready "
            "before|is not due to finish until|will take until|cannot be finished "
            "before|is scheduled to be done only in|is unlikely to be working "
            "until|should be finished by] {completion}[, leaving residents exposed for "
            "several winters|, a long wait for anxious families|, so interim measures "
            "will be needed|, which many think is too slow|, meaning more nervous "
            "winters|, with temporary barriers in the meantime|, to the frustration of "
            "many|, an anxious gap for the town][. Interim measures are promised|; "
            "patience is wearing thin|. Insurers are watching closely|; residents want "
            "faster action|. Many fear another winter|; campaigners vow to keep "
            "pushing|. Officials insist it is on track|; costs could still rise]."
        ),
    ],
    "facts": [
        {
            "original": [
                (
                    "[More than|Over|Upwards of] {homes} [homes and businesses in {place} were "
                    "flooded when|properties across {place} were swamped after|buildings in "
                    "{area} were left under water when] {river} burst its banks during {storm}, "
                    "[which brought|as the storm dumped|which delivered] {rainfall} in 24 "
                    "hours."
                ),
                (
                    "{storm} [left|caused] [widespread|severe|devastating] flooding across "
                    "{place}, with {homes} properties [inundated after|swamped when|under water "
                    "after] {rainfall} [fell in a single day|poured down in 24 hours]."
                ),
                (
                    "[Floodwater|Water|Muddy water] {depth} [swept through|poured into|surged "
                    "along] {area} in {place} after {river} overtopped its banks during "
                    "{storm}, [damaging|flooding|ruining] {homes} properties."
                ),
            ],
            "paraphrase": [
                (
                    "[Torrential downpours from|Relentless rain brought by|The deluge that came "
                    "with|Cloudbursts during|Days of heavy rain from|Intense rainfall unleashed "
                    "by|The storm system called|Rain lashing down throughout] {storm} [sent "
                    "{river} over the top|pushed {river} beyond its limits|left {river} spilling "
                    "out across fields and streets|caused {river} to rise above its defences|made "
                    "{river} overflow into the town|drove {river} out of its channel|saw {river} "
                    "breach its normal course|turned {river} into a torrent][, and|; as a result|, "
                    "so that|, meaning|, after which|; in the end|, with the upshot that|, by "
                    "which time] {homes} [houses and shops|dwellings and workplaces|dwellings, "
                    "shops and offices|residences and commercial units|family homes and "
                    "stores|addresses|buildings of all kinds|households and traders] [in "
                    "{place}|around {place}|throughout {place}|across parts of {place}|on low "
                    "ground in {place}|near the centre of {place}|in and around {place}|within "
                    "{place}] [took in water|were inundated|ended up flooded|got soaked|had water "
                    "inside|had water pouring in|suffered water damage|were invaded by "
                    "floodwater][, many of them for the first time|, some of them badly|, in some "
                    "cases to a depth of a metre|, with little time to prepare|, overnight in many "
                    "cases|, as residents scrambled to move belongings|, often within minutes|, "
                    "several of them repeatedly][. Roads were closed and power was cut|; emergency "
                    "crews worked through the night|. Schools shut and buses were cancelled|; "
                    "sandbags ran out within hours|. Cars were abandoned in rising water|; some "
                    "people had to be carried out|. Neighbours opened their doors to the "
                    "stranded|; the clean-up began at first light]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "The {agency} has [announced|confirmed|approved] {amount} for {scheme} [to "
                    "protect|to safeguard] {place}, [with work due to be completed by|and "
                    "expects the flood defence to be finished in|with the scheme running until] "
                    "{completion}."
                ),
                (
                    "Plans for {scheme} [costing|worth] {amount} [were unveiled|were published] "
                    "on {weekday}, [in a bid to stop a repeat of the flooding in {place}|as "
                    "part of efforts to protect {area}|so that {place} is better prepared next "
                    "winter]."
                ),
            ],
            "paraphrase": [
                (
                    "[In future,|Looking ahead,|From now on,|For the years ahead,|Next time "
                    "round,|Long term,|Going forward,|Over the coming years,] [protecting against "
                    "another such disaster|guarding the town from a repeat|keeping future floods "
                    "at bay|stopping history repeating itself|shielding homes from the next "
                    "deluge|preventing another inundation|holding back the water next "
                    "time|defending the town against future storms] [will fall to {scheme}, which "
                    "the {agency} intends to finish by|is the job of the {agency}, whose plan for "
                    "{scheme} should be complete by|rests on {scheme}; the {agency} aims to "
                    "complete it by|will be down to the {agency} and its proposal for {scheme}, "
                    "due to finish in|hinges on {scheme}, a project the {agency} hopes to wrap up "
                    "in|is now the task of the {agency}, delivering {scheme} by|will rely on "
                    "{scheme}, with the {agency} targeting completion in|depends on the {agency} "
                    "building {scheme} by] {completion}[ at a cost of {amount}|, with a price tag "
                    "of {amount}|, spending {amount} in total|, for an outlay of {amount}|, "
                    "budgeted at {amount}|, a bill put at {amount}|, drawing on {amount} of public "
                    "money|, for roughly {amount}]. [Engineers will begin detailed design work in "
                    "the next few months|Surveys along the riverbank are already well under "
                    "way|Contractors are expected to be appointed some time next year|Residents "
                    "living along the route will be consulted on its alignment|Some farmland will "
                    "need to be bought before anything can be built|Environmental and "
                    "archaeological checks must be completed beforehand|The design will be tested "
                    "against rainfall far worse than this winter|Work will be phased carefully to "
                    "limit disruption to roads and homes][, officials said|, according to the "
                    "agency|, the project team explained|, a spokesperson added|, documents show|, "
                    "it was confirmed|, staff told a briefing|, the timetable suggests][, although "
                    "costs could rise|, though dates may slip|, but funding is not fully secured|; "
                    "however, objections are possible|, yet weather could delay work|; even so, "
                    "prices are volatile|, while ground conditions are unknown|; still, nothing is "
                    "guaranteed]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“We know how [devastating|distressing|frightening] it is to [have your "
                    "home flooded|see water pour into your house|lose everything to a flood], "
                    "and [this scheme|the new defences|this investment] will [significantly "
                    "reduce the risk for {homes} properties in {place}|protect {homes} homes in "
                    "{place}|give {area} the protection it needs],” said {person}, {official}."
                ),
                (
                    "“No defence can remove the risk [entirely|completely|altogether], but "
                    "[this investment|the new scheme|what we are building] means families in "
                    "{area} can [sleep more easily|worry less|stop watching the forecast] [when "
                    "the river rises|next winter|in future],” {person}, {official}, said."
                ),
            ],
            "paraphrase": [
                (
                    "[Acknowledging the trauma of seeing water enter a house|Recognising how "
                    "terrifying a flood indoors can be|Admitting that watching a home fill with "
                    "water is devastating|Conceding that few experiences are as distressing as a "
                    "flooded living room|Sympathising with families whose homes were "
                    "ruined|Speaking of the misery floods bring to households|Noting how deeply a "
                    "flood scars those who live through it|Paying tribute to the resilience of "
                    "flooded households][, {person}, {official}, said|, {official}, {person}, "
                    "argued|, {person}, who is {official}, stressed|, {official}, {person}, "
                    "insisted|, {person}, {official}, explained|, {official}, {person}, told "
                    "residents|, {person}, {official}, added|, {official}, {person}, noted] that "
                    "[the plans|the proposed works|the engineering|the project|the upgrade|the "
                    "programme|the scheme now agreed|these defences] [would greatly lower the "
                    "danger|should cut the odds of a repeat considerably|would make a serious "
                    "flood far less likely|would substantially improve safety|would offer much "
                    "stronger protection|should keep most water out|would shrink the threat "
                    "markedly|would transform the level of protection] [for those living "
                    "nearby|for people on the riverside streets|for households close to the "
                    "water|for the neighbourhoods at risk|for everyone on the flood plain|for "
                    "homes along the banks|for the most exposed streets|for local families][ over "
                    "the decades ahead| in most storms| within a few years| once finished| in all "
                    "but extreme events| for generations| from day one| as the climate warms][, "
                    "though|, while cautioning that|, but admitted that|, although|, yet added "
                    "that|; however,|, while warning that|, but conceded that] [no protection "
                    "could ever be absolute|nothing can eliminate flooding completely|there is no "
                    "such thing as total safety|nature can always overwhelm engineering|a freak "
                    "storm could still breach them|absolute guarantees were impossible|some risk "
                    "would always remain|no wall can stop every flood][. Residents were urged to "
                    "keep signing up for alerts|; households should still keep a flood kit ready|. "
                    "Property-level protection grants remain available|; insurance advice will be "
                    "offered locally|. The agency promised regular updates on progress|; meetings "
                    "with residents will continue|. Some at the meeting remained sceptical|; "
                    "others welcomed the frankness]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "“[The water came up through the floorboards|It poured in under the front "
                    "door|The river came straight through the back wall] [in minutes|within "
                    "half an hour|faster than we could move anything] and we lost [almost "
                    "everything downstairs|the lot|all our furniture], [again|for the second "
                    "time in three years|just like last winter],” said {resident}, whose home "
                    "on {street} was flooded."
                ),
                (
                    "“[Everything on the ground floor is ruined|The sofa, the kitchen and the "
                    "children’s toys are gone|We have lost the carpets, the furniture and the "
                    "photos], and [the insurers cannot tell us|nobody can say|we have no idea] "
                    "when we will [be able to move back|get back in|be home again],” said "
                    "{resident}, who lives on {street}."
                ),
            ],
            "paraphrase": [
                (
                    "{resident}[, whose house on {street} was among those swamped,|, one of the "
                    "{street} residents hit by the flood,|, who had water inside a property on "
                    "{street},|, living on {street} where the water rose highest,|, a householder "
                    "from {street},|, flooded out of a house in {street},|, whose family house in "
                    "{street} took in water,|, among the {street} households affected,] [described "
                    "losing|spoke of losing|recounted how the flood destroyed|catalogued the "
                    "destruction of|said the water had claimed|told of losing|explained how the "
                    "family lost|detailed the loss of] [most possessions at street level|nearly "
                    "everything below the stairs|the contents of the lower rooms|furniture, "
                    "carpets and keepsakes|appliances, sofas and family photographs|almost all the "
                    "belongings kept at street level|beds, books and a lifetime of mementoes|the "
                    "contents of the living room and kitchen][ in a matter of minutes| inside "
                    "sixty minutes| in one night| before help arrived| as the water surged| at "
                    "terrifying speed| despite sandbags| while the family slept][, and said|, "
                    "adding that|; meanwhile|, and admitted that|, while complaining that|; to "
                    "make matters worse,|, and explained that|, before saying that] [nobody yet "
                    "knows|there is no clarity on|the insurer has not said|officials cannot "
                    "predict|it is anyone’s guess|no one is able to predict|the family is in the "
                    "dark about|nobody has been told] [when the family could return|when normal "
                    "life might resume|when they might live there again|how long the repairs will "
                    "take|when the house will be habitable|when they can go home|when drying out "
                    "will finish|whether they can return this year][, a prospect that leaves them "
                    "exhausted|, which has taken a heavy toll|, as they stay with relatives|, from "
                    "a rented flat nearby|, while sleeping at a friend’s|, with the children "
                    "unsettled|, in a hotel room|, as bills keep arriving]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "[Firefighters|Fire crews|Rescue teams] [used boats to reach dozens "
                    "of|waded in to help more than 30|helped scores of] people [trapped in "
                    "{area}|stranded in their homes], [while a rest centre was opened at "
                    "{venue}|and {venue} became a temporary shelter|with {venue} opened for "
                    "anyone unable to go home]."
                ),
                (
                    "[Emergency services|Coastguard teams and firefighters|Volunteers with "
                    "boats] [evacuated|rescued|helped] residents cut off in {area}, and "
                    "{council} [opened {venue} as an emergency shelter overnight|turned {venue} "
                    "into a rest centre|set up beds at {venue} for anyone with nowhere to "
                    "sleep]."
                ),
            ],
            "paraphrase": [
                (
                    "[Crews in small craft|Teams in inflatable dinghies|Lifeboat "
                    "volunteers|Firefighters in rafts|Rescuers wading chest-deep|Crews in "
                    "flat-bottomed boats|Coastguard volunteers|Rescuers with boats and ropes] "
                    "[ferried stranded neighbours to safety|carried marooned residents to dry "
                    "land|lifted elderly people from upstairs windows|guided families through the "
                    "flooded streets|brought many residents out|pulled trapped householders "
                    "clear|evacuated households cut off by the water|helped pensioners and pets to "
                    "higher ground][ through the night| as darkness fell| in driving rain| over "
                    "several hours| before dawn| amid rising water| well into the small hours| "
                    "despite strong currents][, and|; meanwhile|, while|; at the same time|, and "
                    "later|; in the meantime|, and overnight|; elsewhere] [anyone left "
                    "homeless|those who could not go home|families lacking anywhere to "
                    "go|displaced residents|people forced out of their homes|evacuees|anybody "
                    "unable to return|households made homeless] [found somewhere to stay|found a "
                    "bed and a hot meal|received shelter|received blankets and food|could sleep "
                    "safely|got a roof over their heads|found refuge|had a place to sleep] at "
                    "{venue}[, where volunteers served tea|, which stayed open all night|, staffed "
                    "by council workers and charities|, with donations pouring in|, where camp "
                    "beds were laid out|, opened at short notice|, as local businesses donated "
                    "food|, where the Red Cross helped][ until morning| for several nights| as "
                    "long as needed| into the weekend| for days afterwards| until relatives "
                    "arrived| while homes were checked| free of charge]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "It is [the third time in a decade|the second time in five years|at least "
                    "the fourth time in recent memory] that {area} [has flooded|has been "
                    "hit|has ended up under water], and [residents have long called "
                    "for|campaigners have repeatedly demanded|local people have spent years "
                    "asking for] [better protection from {river}|proper defences|action from "
                    "the authorities]."
                ),
                (
                    "{place} [was badly hit|flooded|suffered] in [previous storms|earlier "
                    "winters|2015 and 2020], but an earlier [scheme|proposal|plan] for {scheme} "
                    "was shelved [because of rising costs|when funding fell through|after a row "
                    "over who would pay]."
                ),
            ],
            "paraphrase": [
                (
                    "[Repeated inundations|Flood after flood|One soaking after another|A run of "
                    "damaging floods|Successive floods|Water coming in again and again|A long "
                    "sequence of floods|Recurring high water] [over recent years|across the past "
                    "decade|in the last few winters|since the start of the century|within living "
                    "memory|in quick succession|over a short span of years|time and again] [left "
                    "locals demanding action|prompted loud calls for change|made residents "
                    "furious|fuelled demands for a solution|exhausted the patience of "
                    "householders|stirred a campaign for protection|wore down the community|made "
                    "people insist on help][, and|, while|; meanwhile|, yet|; what is more,|, and "
                    "notably|; in addition,|, although] [an older blueprint along similar lines|a "
                    "comparable plan drawn up years ago|a previous attempt at the same thing|an "
                    "earlier version of these works|a near-identical design from the past|a "
                    "similar project proposed before|a prior proposal of the same kind|a "
                    "forerunner to this project] [was dropped|was abandoned|was quietly "
                    "scrapped|was binned|never went ahead|fell by the wayside|was put on ice|came "
                    "to nothing] [when money ran short|after the budget dried up|for lack of "
                    "cash|as costs spiralled|once the money vanished|because nobody would fund "
                    "it|after a funding gap opened|when grants were withdrawn][, to lasting local "
                    "anger|, a decision now regretted|, leaving the town exposed|, which many now "
                    "call a mistake|, a fact residents have not forgotten|, with painful "
                    "consequences|, as critics recall|, to the fury of campaigners]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "[Early estimates put|Loss adjusters put|Council officers put] the cost of "
                    "the damage [to homes, shops and roads|caused by {storm}|across {place}] at "
                    "[around|about|more than] {damage}, [with many households uninsured|and "
                    "some families had no cover|and several shops may never reopen]."
                ),
                (
                    "The clean-up bill [in {place}|for {area}|after {storm}] [is expected to "
                    "reach|could exceed|may top] {damage}, [according to council officers|loss "
                    "adjusters say|insurers estimate], and [several small businesses fear they "
                    "may not reopen|many residents face months in temporary housing|insurers "
                    "expect thousands of claims]."
                ),
            ],
            "paraphrase": [
                (
                    "[By most estimates,|Early on,|Already,|In total,|All "
                    "told,|Realistically,|According to initial figures,|Broadly speaking,] "
                    "[putting right everything the water ruined|repairing the "
                    "destruction|restoring houses, businesses and streets|making good the harm "
                    "done|the bill for fixing the aftermath|undoing the damage|getting the town "
                    "back on its feet|recovering from the flood] [is likely to run to|will "
                    "probably come to|could cost as much as|looks set to total|is forecast to "
                    "swallow|might amount to|may well demand|is reckoned at] {damage}[, with some "
                    "traders doubtful they will ever open again|; several shopkeepers are unsure "
                    "whether to carry on|, and a number of small firms fear for their survival|, "
                    "while local businesses question whether it is worth restarting|; on top of "
                    "that, some stores may be gone for good|, as cafes and salons count ruinous "
                    "losses|; independent traders wonder about their future|, whereas some family "
                    "firms are thinking of calling it a day][, and a number of households|, while "
                    "some families|; many residents|, and dozens of homes|, while plenty of "
                    "tenants|; some homeowners|, and several elderly people|; numerous households] "
                    "[lack insurance altogether|were uninsured|have no policy to claim on|were "
                    "never insured|cannot afford cover|were refused a policy|have no protection "
                    "against loss|will receive nothing from insurers][, according to early "
                    "assessments|, officials believe|, based on first surveys|, council staff "
                    "estimate|, loss adjusters suggest|, insurers warn|, charities report|, the "
                    "authority says][. Charities have launched appeals|; a hardship fund is being "
                    "set up|. Grants for households are promised|; landlords face big bills too|. "
                    "Some streets remain deserted|; skips line many roads|. Dehumidifiers hum in "
                    "every house|; mould is already appearing]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "[The scheme will be funded|Funding will come|The money will come] jointly "
                    "from the {agency} and {council}, which [has agreed to contribute|has "
                    "pledged|will put in] {contribution} [of the total|towards the cost|from "
                    "its own reserves]."
                ),
                (
                    "{council} [will put in|has committed|is contributing] {contribution}, with "
                    "the [rest|remainder|balance] of the {amount} [coming from|provided by] "
                    "national flood defence funds [administered by|managed by] the {agency}."
                ),
            ],
            "paraphrase": [
                (
                    "[Under the funding deal,|In terms of money,|On the financing side,|As for who "
                    "pays,|Financially,|According to the budget,|When it comes to costs,|Under the "
                    "agreement,] [local taxpayers|council-tax payers in the area|the local "
                    "authority|residents, through their council,|the town hall|ratepayers "
                    "locally|the council’s own budget|people locally, via council funds] [will "
                    "cover|will foot|will provide|will pay|will hand over|will find|will "
                    "supply|will stump up] {contribution}[ of the cost| for the defences| for the "
                    "project| as their share| as a local stake| from reserves| in all| up front][; "
                    "a national pot overseen by the {agency}|, while a national fund run by the "
                    "{agency}|; central money controlled by the {agency}|, and a government budget "
                    "held by the {agency}|; national grant money from the {agency}|, with a "
                    "Treasury-backed fund under the {agency}|; money channelled through the "
                    "{agency}|, and a pot of national cash at the {agency}] [supplies everything "
                    "else|covers what is left|meets the outstanding sum|funds the other part|picks "
                    "up the difference|makes up the gap|tops it up|provides the bulk][, under a "
                    "formula set nationally|, in line with standard rules|, according to the "
                    "funding plan|, officials confirmed|, subject to final approval|, as is usual "
                    "for such schemes|, the finance report says|, once contracts are signed][. "
                    "Councillors approved their share this week|; the local element was agreed "
                    "unanimously|. Some councillors questioned the cost|; the budget was tight "
                    "already|. The money comes from savings|; other projects have been delayed to "
                    "fund it|. Opposition members called it fair|; officers say it is good value]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“[Every winter we are told lessons will be learned|Each year we hear the "
                    "same promises|Time after time we are promised action], and [every "
                    "winter|yet again|still] people in {place} are [bailing out|pumping "
                    "out|scrubbing mud from] their homes — [enough is enough|this has to "
                    "stop|it is a disgrace],” said {critic}, {role}."
                ),
                (
                    "“[This money is welcome|We welcome the cash|Nobody will turn this down], "
                    "but it comes [years too late|far too late|a decade too late] for [the "
                    "families|the people of {area}|the households] who have been flooded [while "
                    "plans gathered dust|repeatedly|every other winter],” {critic}, {role}, "
                    "said."
                ),
            ],
            "paraphrase": [
                (
                    "[Criticising the slow pace of progress|Attacking the sluggish response over "
                    "many years|Complaining that action had been painfully slow|Lamenting the "
                    "years of delay|Condemning how long it had all taken|Deploring the glacial "
                    "progress|Rounding on the authorities for dragging their feet|Expressing "
                    "frustration at the delays][, {critic}, {role}, said|, {role}, {critic}, "
                    "argued|, {critic}, who is {role}, claimed|, {role}, {critic}, complained|, "
                    "{critic}, {role}, insisted|, {role}, {critic}, stated|, {critic}, {role}, "
                    "told reporters|, {role}, {critic}, added] that [residents|householders|local "
                    "families|people on the flood plain|the community|homeowners and "
                    "tenants|neighbours|riverside households] [had suffered repeated "
                    "inundation|had been soaked again and again|had endured flood after flood|had "
                    "seen water come in repeatedly|had lived through one deluge after another|had "
                    "been hit several times|had repeatedly lost belongings|had suffered over and "
                    "over] [while schemes stalled|as plans went nowhere|while proposals sat in "
                    "drawers|as projects were delayed|while paperwork piled up|as designs were "
                    "endlessly revised|while budgets were argued over|as promised works failed to "
                    "appear] [and warnings went unheeded|and alarms were ignored|and advice was "
                    "brushed aside|with early warnings disregarded|as concerns fell on deaf "
                    "ears|and experts were not listened to|and reports were shelved|and nobody "
                    "acted on the risks][, calling for|, demanding|, urging|, pressing for|, "
                    "seeking|, asking for|, insisting on|, pleading for] [an inquiry into the "
                    "delays|faster progress this time|a firm start date|guarantees that work will "
                    "begin|an apology to those affected|regular public updates|an independent "
                    "review|ministerial intervention][. Campaigners plan to hold officials to the "
                    "new timetable|; a petition has already gathered many signatures|. Local "
                    "councillors have promised to monitor progress|; residents say they have heard "
                    "it all before|. An emergency meeting has been requested|; the issue will be "
                    "raised in parliament|. Some have called for resignations|; others simply want "
                    "spades in the ground]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "[In the meantime|Until the new defences are built|Before work starts], the "
                    "{agency} [will install|plans to install] temporary barriers and "
                    "[pumps|extra pumping capacity] in {area}, and [a public consultation|a "
                    "drop-in event|an exhibition] will be held at {venue}."
                ),
                (
                    "[Temporary flood barriers|Interim defences|Stopgap barriers] will be "
                    "[deployed|put in place|stored locally] [before next winter|within "
                    "{duration}], and [residents can view the designs|people can see the "
                    "plans|the public can comment on proposals] at {venue} on {weekday}."
                ),
            ],
            "paraphrase": [
                (
                    "[Soon|Shortly|Next month|In the coming weeks|Before long|From next week|Later "
                    "this month|Within weeks], at {venue}, [drawings will go on show|plans will be "
                    "displayed|an exhibition of the proposals will open|residents can inspect the "
                    "blueprints|members of the public may look at blueprints|models of the scheme "
                    "will be exhibited|illustrations will go up on display|people can examine the "
                    "proposals][ for several days| over a long weekend| with staff on hand| for "
                    "anyone interested| during opening hours| for a fortnight| in an exhibition "
                    "room| alongside a model][, giving people a chance to comment|, so that "
                    "residents can ask questions|, where feedback forms will be available|, with "
                    "engineers there to explain|, and views will be recorded|, with comments "
                    "welcomed|, alongside a question session|, ahead of a formal application]. "
                    "[Meanwhile,|Until then,|In the interim,|For the time being,|Before anything "
                    "permanent arrives,|While that happens,|Alongside this,|Separately,] [portable "
                    "walls and pumping gear|removable barriers and mobile pumps|demountable panels "
                    "and high-volume pumps|stopgap protection and extra pumps|movable flood walls "
                    "and pumping equipment|short-term barriers and drainage pumps|emergency "
                    "barriers and pump trailers|interim walls and extra pumps] [are promised "
                    "for|will be sent to|are earmarked for|will be stationed in|will be stockpiled "
                    "near|are due to arrive in|have been pledged to|will be kept ready for] "
                    "{area}[, so the neighbourhood is not left exposed|, offering some reassurance "
                    "this winter|, to be deployed when rivers rise|, with crews trained to erect "
                    "them|, stored within easy reach|, ready at a few hours’ notice|, which "
                    "residents have long requested|, as a stopgap measure][ while the permanent "
                    "works are designed| until the lasting defences are finished| as the long-term "
                    "scheme is drawn up| pending the main construction| during the design phase| "
                    "until the big project is complete| while engineers finalise plans| before the "
                    "permanent solution arrives]."
                ),
            ],
            "quote": False,
        },
    ],
    "background": [
        (
            "[Nowadays,|In recent years,|Since the mid-2010s,|These days,|Under current "
            "practice,|As a matter of routine,|Each autumn and winter,|Increasingly,] [named "
            "storms|major weather systems|the most severe gales|big Atlantic depressions|dangerous "
            "low-pressure systems|powerful autumn storms|significant wind events|particularly "
            "damaging storms] [are given titles|receive names|get labelled|are christened|are "
            "assigned monikers|carry personal names|acquire official names|are branded] [by "
            "forecasters|by meteorologists|by national weather services|by the official "
            "forecasters|through a joint scheme|from an agreed list|via a seasonal rota|under an "
            "annual system] [to help the public|so that ordinary people can|making it easier for "
            "households to|as a way for everyone to|so residents might better|in an effort to let "
            "communities|which should encourage people to|hoping citizens will] [understand "
            "warnings|follow alerts|grasp the risks|take forecasts seriously|recognise danger|keep "
            "track of warnings|heed official advice|make sense of forecasts] [and take "
            "precautions|then prepare properly|while there is still time|ahead of the worst "
            "weather|before conditions deteriorate|and get ready|in good time|so they can plan][, "
            "a practice adopted in Britain in 2015|, following a scheme introduced a decade ago|, "
            "a system borrowed from elsewhere|, an idea that has caught on|, a habit now widely "
            "accepted|, which research suggests works|, an approach shared with Ireland|, using an "
            "alphabetical list each season][. The names rotate each year|; lists are published in "
            "advance|. Viewers suggest some|; each season starts again at A|. Some letters are "
            "skipped|; the system has proved popular|. Forecasters agree names jointly|; names are "
            "retired after major storms]."
        ),
        (
            "[Nationally,|Under Treasury rules,|In England,|By convention,|As a "
            "rule,|Officially,|In practice,|Traditionally,] [defence schemes|flood protection "
            "projects|proposed defences|anti-flood works|schemes to keep water out|flood "
            "prevention plans|protective engineering projects|proposals for new barriers] [are "
            "judged on|are assessed by|get ranked according to|are weighed up against|are scored "
            "on|are evaluated using|are compared through|must prove their worth by] [how many "
            "homes they protect|the number of properties shielded|how many households benefit|the "
            "count of buildings made safer|the dwellings that would stay dry|the population "
            "gaining protection|which properties leave the danger zone|the total of houses "
            "covered] [and how much damage they should prevent|plus the losses they avoid|together "
            "with costs averted|alongside the harm they stop|as well as savings from prevented "
            "damage|and the bills they spare|besides the economic losses avoided|with the "
            "destruction they head off] [over their lifetime|across several decades|over fifty "
            "years or more|in the long run|during their working life|through the years|across "
            "their design life|over the long term][, with funding following the best ratios|; "
            "money goes where returns are highest|, and cash flows to the strongest cases|; grants "
            "tend to favour dense areas|, and government money is allocated by formula|; national "
            "funds are prioritised accordingly|, with investment rationed on that basis|; the pot "
            "is directed at the best value][, critics say|, which can disadvantage small "
            "villages|, a method often criticised|, which rural areas dislike|, under official "
            "rules|, in theory at least|, according to guidance|, a contentious approach][. Some "
            "argue for change|; reviews are under way|. Ministers have hinted at reform|; "
            "campaigners want fairer rules|. The formula is revised periodically|; local top-ups "
            "can help|. Businesses count too|; wider benefits are also weighed]."
        ),
        (
            "[Increasingly,|Alongside walls and gates,|Beyond the town itself,|Upstream,|More and "
            "more,|In many valleys,|As a complement,|Further up the catchment,] [natural flood "
            "management|nature-based flood prevention|working with natural "
            "processes|catchment-wide natural measures|slowing the flow naturally|landscape-based "
            "flood control|green approaches to flooding|rewilding for flood control][, such as "
            "planting trees|, including new woodland|, for example hedgerows|, which covers "
            "coppices and copses|, like reforesting hillsides|, involving leaky timber dams|, for "
            "instance tree belts|, typified by riverside planting] [and restoring peat bogs "
            "upstream|or rewetting moorland|and reviving wetlands higher up|plus re-meandering "
            "streams|and blocking old drainage ditches|or reconnecting floodplains|and letting "
            "fields flood deliberately|with ponds dug on farms][, aims to slow water|, is designed "
            "to hold back rain|, seeks to delay the rush of water|, is intended to store water in "
            "the hills|, tries to slow runoff|, sets out to soak up heavy rain|, works to spread "
            "floodwater out|, is meant to keep water on the land] [before it reaches towns like "
            "{place}|so that places such as {place} are spared|upstream of communities like "
            "{place}|long before it arrives in {place}|so less of it hits {place}|ahead of "
            "settlements like {place}|before it can flood {place}|so that {place} copes better][, "
            "complementing hard defences|, alongside concrete walls|, as a cheaper complement|, "
            "with benefits for wildlife too|, though results take years|, often at lower cost|, "
            "storing carbon as well|, in partnership with farmers][. Evidence for it is growing|; "
            "pilot schemes look promising|. Farmers are paid to take part|; scale remains the "
            "challenge|. It will not stop every flood|; some experts urge caution|. Councils are "
            "keen to try it|; results vary by valley]."
        ),
        (
            "[Looking ahead,|Over coming decades,|In the longer term,|As the planet warms,|By "
            "mid-century,|In future,|Under most projections,|Over the next generation,] [climate "
            "scientists|researchers studying the climate|meteorologists|experts in climate "
            "change|atmospheric physicists|specialists in weather trends|climate "
            "modellers|government scientific advisers] [expect heavier winter rainfall|predict "
            "wetter, stormier winters|forecast more intense winter downpours|project bigger bursts "
            "of rain in winter|foresee rising winter precipitation|anticipate more extreme wet "
            "spells|believe harder rain in the colder months|calculate heavier seasonal deluges] "
            "[to become more common|to occur more often|to grow more frequent|to be the new "
            "normal|to increase steadily|to arrive more regularly|to strike repeatedly|to "
            "intensify over time][, increasing the strain on|, putting more pressure on|, adding "
            "to the burden on|, testing|, stretching|, further stressing|, piling extra load "
            "onto|, posing new risks to] [ageing embankments|old flood banks|elderly "
            "defences|earth walls built long ago|Victorian drainage|decades-old barriers|worn "
            "river walls|tired infrastructure][ in towns across the country| in many river "
            "valleys| along the major rivers| in low-lying coastal areas| in every English region| "
            "in places much like this| almost everywhere they stand| for many years ahead][. Sea "
            "levels are rising too|; summers may get drier|. Storm tracks are shifting|; "
            "cloudbursts are more intense|. Groundwater flooding may increase|; drainage will "
            "struggle|. Insurers are watching closely|; planners must adapt]."
        ),
        (
            "[Historically,|Generations ago,|In Victorian times,|Over the last century,|Long "
            "ago,|Back in the day,|As the town grew,|During its industrial expansion,] [many "
            "properties|a large number of houses|plenty of older premises|numerous cottages|rows "
            "of terraces|whole streets|a sizeable proportion of dwellings|most older houses] in "
            "{area} [were built on|went up on|were constructed on|rose on|were laid out "
            "across|were put up on|spread onto|crept onto] [the natural floodplain of|low-lying "
            "ground beside|land regularly flooded by|the flat meadows next to|the overflow area "
            "of|the soggy wetland margins of|the broad plain beside|fields once soaked each winter "
            "by] {river} [long before|well ahead of the time when|decades before|many years "
            "before|at a point before|in an era before|ages before|prior to the day] [modern "
            "planning rules discouraged such development|planners began steering homes away from "
            "rivers|flood risk became a planning test|restrictions on riverside building "
            "arrived|national guidance warned against it|anyone mapped the risk properly|building "
            "on floodplains was frowned upon|flood maps were drawn up][, leaving them exposed to "
            "every rise in the river|, which leaves them vulnerable whenever the water climbs|, so "
            "they remain at the mercy of heavy rain|, meaning they are in harm’s way|, rendering "
            "them particularly at risk|, making them hard to protect|, and they are still "
            "difficult to insure|, so that they stay among the first to flood][, as local "
            "historians point out|, the civic society notes|, old maps make this plain|, records "
            "in the library show|, census returns confirm it|, as longtime residents know|, which "
            "surprises newcomers|, a legacy of rapid growth][. Moving them is not an option|; "
            "defending them is costly|. Their owners had little choice|; many are much-loved "
            "homes|. Some date from the 1800s|; others are post-war council houses|. Values there "
            "lag behind|; resale can be difficult]."
        ),
        (
            "[A government-backed reinsurance arrangement|A state-supported insurance scheme|A "
            "joint industry and government scheme|A national reinsurance pool|An arrangement "
            "backed by ministers|A reinsurance deal underwritten by the state|A scheme run with "
            "the insurance industry|A publicly supported backstop] [means that|ensures that|has "
            "meant that|is there so|exists in order that|operates on the basis that|was created "
            "so|guarantees that] [many households|thousands of "
            "homeowners|families|residents|people|plenty of householders|owner-occupiers|tenants "
            "and owners] [in high-risk areas|living in flood zones|on floodplains|in vulnerable "
            "places|near rivers and coasts|in places prone to flooding|at greater risk|in the most "
            "exposed neighbourhoods] [can obtain affordable home insurance|can get cover at a "
            "reasonable price|are able to buy policies they can afford|can find cover that is not "
            "prohibitively expensive|can secure reasonably priced protection|can keep premiums "
            "manageable|can access cover without huge premiums|can insure their homes at sensible "
            "rates][ in Britain| across the UK| nationwide| today| at present| in most cases| for "
            "the moment| under current rules][, although new homes are excluded|, but business "
            "premises are not covered|, though excesses can still be high|, at least until the "
            "2030s|, with limits on what is covered|, for now|, under rules agreed with insurers|, "
            "though premiums still vary][. It is funded by a levy on insurers|; a charge on all "
            "policies pays for it|. The scheme is due to end eventually|; it was launched in "
            "2016|. Campaigners want it extended|; landlords are largely left out|. Critics say it "
            "delays harder choices|; most customers never notice it]."
        ),
        (
            "[Like its counterparts,|As standard,|By design,|In an emergency,|To keep people "
            "informed,|Throughout the year,|When rivers rise,|Before and during floods,] the "
            "{agency} [issues alerts in stages|uses a tiered warning system|grades its alerts by "
            "severity|sends out warnings at several levels|operates graduated alerts|escalates "
            "messages step by step|has a ladder of alerts|publishes notices in tiers][, from "
            "warnings that flooding is possible|, ranging from notices that water may rise|, "
            "starting with early alerts of possible flooding|, beginning with advisories about "
            "potential flooding|, going from messages saying flooding could happen|, running from "
            "low-level alerts about rising rivers|, moving from initial flood watches|, stretching "
            "from cautionary notices] [to severe warnings where there is danger to life|up to the "
            "most serious alerts signalling risk to life|through to urgent warnings of threat to "
            "life|up to the gravest notices, when lives are at stake|to top-level alerts for "
            "life-threatening flooding|up to emergency messages about danger to people|through to "
            "red alerts where lives may be lost|to critical bulletins of mortal danger][, and "
            "residents can sign up for free messages|; people can register for phone alerts|, and "
            "householders may receive texts and calls|; anyone can get warnings by email|, and "
            "neighbours can subscribe to updates|; locals can opt in to automatic calls|, and "
            "families can check the latest online|; residents may follow live updates][, which is "
            "strongly encouraged|, something officials urge|, and it costs nothing|, in several "
            "languages|, day or night|, within minutes|, a simple step|, as many already do][, and "
            "local radio repeats them|, with social media amplifying them|, alongside police "
            "messages|, coordinated with councils|, reinforced by door knocking|, backed by "
            "roadside signs|, shared with emergency services|, mirrored on the agency website][. "
            "Sirens are no longer used|; alerts also appear on radio|. Apps carry the same "
            "information|; local wardens pass them on|. Levels are colour-coded|; maps show "
            "affected areas|. Updates follow every few hours|; warnings are lifted when safe]."
        ),
        (
            "[Since taking up the post,|For months now,|In a push for resilience,|Quietly and "
            "persistently,|With little fanfare,|As part of the job,|In recent months,|Keen to "
            "listen,] {person} [has spent much of the past year|has passed many months|has put in "
            "long hours recently|has used much of this year|has passed many evenings lately|has "
            "been occupied for weeks|has been busy for months|has worked hard] [meeting community "
            "groups|talking to residents’ associations|sitting down with local "
            "organisations|visiting neighbourhood groups|holding sessions with "
            "campaigners|speaking with parish and ward groups|attending meetings of local "
            "societies|consulting volunteers and charities] [in {place}|across {place}|around "
            "{place}|throughout {place}|all over {place}|in different parts of {place}|within "
            "{place}|in and near {place}] [to discuss how the town could adapt|about preparing the "
            "town for a wetter future|to talk through ways of living with more water|on making the "
            "area more resilient|to explore options for coping with floods|about what adaptation "
            "might mean locally|to plan how neighbourhoods might respond|about practical steps to "
            "reduce risk][, including property-level protection|, covering flood doors and "
            "air-brick covers|, notably community flood plans|, touching on volunteer flood "
            "wardens|, such as sandbag stores|, ranging over insurance advice|, with topics like "
            "emergency kits|, taking in warning networks][, with mixed reactions|, to a warm "
            "reception|, sometimes facing anger|, often late into the night|, in packed halls|, "
            "with practical results|, and more are planned|, alongside council staff][. Several "
            "groups now have flood plans|; some streets have appointed wardens|. Attendance has "
            "been high|; frustration has boiled over at times|. Notes are published online|; young "
            "people have got involved|. The sessions continue next month|; a summary report is "
            "due]."
        ),
        (
            "[A familiar figure locally,|Well known on the riverside,|A long-standing "
            "campaigner,|Never one to stay quiet,|A former teacher,|Raised in the area,|An "
            "outspoken presence,|Respected across parties,] {critic} [has represented residents "
            "in|has spoken for people living in|has been a voice for households in|has championed "
            "the community in|has stood up for neighbours in|has acted on behalf of families "
            "in|has campaigned for homeowners in|has long served people in] {area} [for several "
            "years|for a number of years|for the best part of a decade|over recent years|since "
            "being first elected|for some time now|across several terms|through several council "
            "terms][ and chairs a local group| and leads a residents’ flood forum| and heads a "
            "neighbourhood action group| and runs a community flood committee| and convenes a "
            "campaign group| and fronts a volunteer network| and organises a riverside defence "
            "committee| and coordinates a residents’ alliance] [that pushes for better "
            "protection|pressing for stronger defences|lobbying for proper flood works|that "
            "campaigns for investment in defences|demanding action on flood risk|that presses the "
            "authorities for help|urging quicker action|seeking more protection for homes][ across "
            "the district| in the town| since the last floods| on behalf of victims| with growing "
            "support| year after year| at every opportunity| through official channels][, and has "
            "held public meetings|; it has gathered petitions|, which has met ministers|; the "
            "group has published reports|, a body that has organised sandbag drives|; members have "
            "run flood fairs|, an organisation that has lobbied the agency|; together they have "
            "surveyed affected homes][. Its membership has grown since the floods|; volunteers "
            "deliver leaflets door to door|. It meets monthly in a church hall|; a newsletter goes "
            "out every quarter|. Officials describe it as persistent|; it has won small grants "
            "before|. Some members have been flooded three times|; its website logs every "
            "incident]."
        ),
    ],
    "commentary": [
        (
            "[Let us be clear:|Frankly,|In truth,|Put simply,|Everyone knows that|Experience shows "
            "that|History tells us that|Make no mistake:] [building defences|putting up flood "
            "walls|constructing barriers|investing in protection|pouring concrete|spending on "
            "defences|commissioning new works|funding flood schemes] [after the water has gone "
            "down|once the floods recede|when the damage is already done|in the wake of "
            "disaster|after homes have been ruined|once the mud is cleared|only after a "
            "catastrophe|in the aftermath] [is better than nothing|beats doing nothing|is welcome "
            "enough|is an improvement|deserves some credit|is still worth doing|has its merits|is "
            "not to be sneered at][, but it is always|; however, it is invariably|, yet it is "
            "without fail|, though it remains|; even so, it is|, although it tends to be|; and "
            "surely it is|; still, it is plainly] [the most expensive way to do it|the costliest "
            "approach|a very dear way to proceed|the priciest route|the least efficient option|a "
            "false economy|far more costly than prevention|the expensive way round][. Prevention|; "
            "acting early|. Foresight|; prior investment|. Planning ahead|; spending beforehand|. "
            "Early action|; a stitch in time] [would have saved millions|is far cheaper|spares "
            "misery as well as money|costs a fraction|pays for itself|protects lives and "
            "livelihoods|saves both cash and heartache|always wins][ every time| in the long run| "
            "for taxpayers| by a distance| without question| for everyone| in every case| over and "
            "over]."
        ),
        (
            "[Understandably,|Quite rightly,|After so many false dawns,|Having waited so long,|Not "
            "surprisingly,|With good reason,|Given the history,|Bitter experience means] [people "
            "in {place}|residents of {place}|families across {place}|neighbours in "
            "{place}|householders in {place}|those living in {place}|locals in {place}|the "
            "citizens of {place}] [have heard promises before|have been promised plenty in the "
            "past|have had assurances before|know all about broken pledges|have sat through many "
            "announcements|have been let down previously|have seen plans come and go|have listened "
            "to fine words before][, and they are entitled to judge|, so they have every right to "
            "judge|; they may fairly judge|, and they should judge|, so they will rightly judge|; "
            "it is reasonable for them to judge|, and they will surely judge|; they must be "
            "allowed to judge] [this one|the latest pledge|this scheme|the new plan|this "
            "announcement|these proposals|the current offer|the promise made this week] [by what "
            "gets built|by the concrete that appears|on results rather than words|by what actually "
            "happens|by the works delivered|by diggers on site|by progress they can see|by "
            "finished walls][, not by press releases| rather than by glossy brochures| and nothing "
            "else|, not by launch events| rather than speeches|, not by projections| and by "
            "timescales met|, not by intentions][. Trust has to be earned|; patience is thin|. "
            "Deadlines must be met|; excuses will not wash|. Credibility is at stake|; the clock "
            "is ticking|. The burden is on officials|; they have waited long enough]."
        ),
        (
            "[Surely, by now,|Quite simply,|At this point in our history,|Frankly, and without "
            "exaggeration,|It is time to accept that|Realistically, and after so many winters,|Let "
            "us admit that|Any honest observer would agree that] [a country that floods this "
            "often|a nation this prone to flooding|somewhere that floods so regularly|a land where "
            "rivers burst so frequently|a country so used to flooding|a place this familiar with "
            "high water|a nation that goes underwater this often|a country with floods this "
            "regular] [cannot keep treating|must stop treating|should no longer regard|can no "
            "longer dress up|has to stop describing|cannot go on seeing|should stop "
            "presenting|must stop filing] [each storm that hits it|every flood that arrives|each "
            "deluge in turn|every wet winter|each new inundation|every high tide that "
            "breaches|each downpour of that kind|every disaster of this sort] [as an unforeseeable "
            "act of nature|as a freak event beyond human control|as simple bad luck|as a bolt from "
            "the blue|as an unpredictable misfortune|as something nobody could have foreseen|as a "
            "once-in-a-century shock|as an accident of the weather][. The pattern is clear for all "
            "to see|; the evidence is overwhelming by now|. The warnings are on record for "
            "decades|; the data is entirely unambiguous|. Everyone has seen it coming for years|; "
            "the science could hardly be more settled|. History is repeating itself again|; the "
            "trend is obvious to anyone][, and planning must catch up|; policy should reflect it|, "
            "so budgets must follow|; funding must match the risk|, and action is overdue|; "
            "preparation must become routine|, so defences must come first|; complacency is no "
            "longer affordable][ before the next storm arrives| during this decade| starting right "
            "now| without any further delay| in every region alike| at every level of government| "
            "in national policy| in earnest this time]."
        ),
        (
            "[Above all,|Crucially,|Simply put,|First and foremost,|Most importantly,|Without "
            "delay,|Once and for all,|In future,] [planners everywhere|planning "
            "committees|councils across the country|local authorities|those granting "
            "permission|planning officers|decision makers in town halls|councillors on planning "
            "panels] [must stop approving|should refuse|need to stop waving through|ought to "
            "reject|must end the practice of approving|should no longer permit|have to stop "
            "allowing|must cease signing off] [new homes and estates|fresh housing estates|yet "
            "more houses|big new developments|further building of homes|additional homes for "
            "sale|new estates of family houses|more dwellings of any kind] [on land that everyone "
            "knows|on ground that any local can point to|on fields that farmers recognise|in "
            "places where history shows it|on sites that flood maps colour blue|on plots that "
            "experience warns about|on meadows that regularly disappear|in spots that records flag "
            "up] [will be under water|floods|will be swamped|goes under|will flood|ends up "
            "submerged|turns into a lake|will be inundated] [every few winters|regularly|with grim "
            "regularity|most years|over and over|in any wet season|year in, year out|sooner or "
            "later][. Buyers deserve better|; families end up paying the price|. New residents "
            "inherit the risk|; purchasers are the ones who suffer|. Those who move in end up "
            "uninsurable|; homeowners bear the cost|. Young couples are left exposed|; first-time "
            "buyers get caught out][, and the public purse pays too|, with taxpayers picking up "
            "the bill|, while developers walk away|, long after the builders have gone|, with no "
            "comeback against anyone|, and councils then face the blame|, with the profits going "
            "elsewhere|, which is plainly unjust]."
        ),
        (
            "[In the long run,|On the evidence,|Looking ahead,|If we are honest,|For a town like "
            "this,|Over time,|Taking the wider view,|Financially speaking,] [concrete walls along "
            "the river|hard defences of steel and stone|tall flood walls|engineered barriers and "
            "gates|concrete and steel structures|big earth embankments|solid barriers on the "
            "banks|walls, gates and pumping stations] [have their place in any plan|are sometimes "
            "necessary in towns|certainly do a job|play an important part|are part of the "
            "answer|can help in the right spot|matter too, of course|remain useful in places][, "
            "but the smarter money is on|; yet the better investment is in|, though the wiser bet "
            "is|; however, the real gains come from|, but more value lies in|; still, the cleverer "
            "approach is|, yet greater returns come from|; even so, the sensible priority is] "
            "[slowing rivers down|holding water back upstream|letting land soak up rain|restoring "
            "wetlands and woods|keeping water in the hills|giving rivers room to spread|storing "
            "floodwater on farmland|natural measures upstream] [long before they reach town|well "
            "before the water arrives|miles from the high street|far upstream of homes|before it "
            "becomes a torrent|ahead of any settlement|high in the catchment|before it hits "
            "houses][. It is cheaper|; it lasts longer|. It helps wildlife|; it protects more "
            "people|. It works with nature|; it spreads the benefit|. It is more resilient|; it "
            "ages better][, too| as well|, and better| besides|, crucially| over time|, in fact|, "
            "overall][. Money spent upstream goes further|; the science increasingly agrees|. "
            "Farmers can be part of the answer|; rivers need room to breathe|. Other countries are "
            "showing the way|; planners should take note|. Both approaches are needed|; balance is "
            "everything]."
        ),
        (
            "[In the worst of the flood,|When it really mattered,|As the water kept rising,|Amid "
            "the chaos and the darkness,|On the longest night,|Through all of it,|In those grim "
            "early hours,|Throughout the emergency,] [the volunteers from every street|neighbours, "
            "many barely acquainted,|ordinary local people|those unpaid helpers|the good "
            "Samaritans of the town|residents from higher ground|the many people who came "
            "forward|strangers and friends alike] [who turned out with sandbags and flasks of "
            "tea|who filled sandbags and brewed tea for strangers|who appeared with shovels and "
            "hot drinks|who waded in with sandbags and sandwiches|who opened their homes and "
            "kitchens|who ferried supplies in the pouring rain|who brought blankets and hot "
            "soup|who stayed up till dawn with sandbags][ without being asked| for hours on end| "
            "at all hours| with no thought of reward| in freezing water| for complete strangers| "
            "tirelessly and cheerfully| despite their own losses] [showed the community at its "
            "very best|revealed what the town is made of|were simply the best of us|displayed "
            "remarkable kindness and courage|proved the spirit of the town once again|set an "
            "example for everyone|made the whole place proud|embodied the best of local life][, "
            "and they deserve thanks|; they merit formal recognition|, and they should be "
            "remembered|; each of them deserves a medal|, and all of them ought to be celebrated|; "
            "they earned our lasting gratitude|, and none must be forgotten|; they need proper "
            "support in future][ when the next flood comes| in the months ahead| next time round| "
            "from the council and ministers| as the long clean-up continues| long after the water "
            "is gone| at the next civic awards| whatever happens now][. Their kindness will not be "
            "forgotten|; the town owes them a great deal|. Officials should take note|; such "
            "spirit cannot be bought|. It restored some faith|; that is worth recording|. Many "
            "were themselves flooded|; few asked for anything]."
        ),
        (
            "[Above all,|Equally,|In fairness,|Crucially,|At the very least,|Just as "
            "importantly,|Whatever else happens,|Meanwhile,] [home insurance|cover for "
            "households|flood insurance for homes|buildings cover|household policies|cover for "
            "family homes|contents and buildings policies|protection from insurers] [should not "
            "become unaffordable|must not price people out|should not cost a fortune|must stay "
            "within reach|cannot be allowed to become prohibitive|should not be out of reach|must "
            "remain affordable|should not become a luxury] [for ordinary families|for households "
            "on low incomes|for ordinary working people|for homeowners in modest houses|for "
            "pensioners and young couples|for those on modest wages|for tenants and owners "
            "alike|for residents of older streets] [who did nothing wrong except live near a "
            "river|whose only mistake was to live by water|guilty of nothing beyond living near "
            "water|who broke no rules by buying a riverside home|who are blameless apart from "
            "their address|whose sole misfortune is a postcode near water|who simply live where "
            "their parents did|who bought homes that planners approved][. The state must guarantee "
            "it|; ministers should step in now|. Government ought to act here|; the industry must "
            "keep premiums fair|. Policymakers must take action|; regulators should intervene|. "
            "Whitehall must protect them|; insurers and ministers must ensure it][ before more "
            "families are priced out| as the climate worsens| for good this time| without any "
            "further delay| once and for all| through legislation if necessary| while there is "
            "still time| fairly and transparently][. Anything else is unjust|; that is the test of "
            "fairness|. Nobody chose this risk|; the burden must be shared|. A decent society "
            "would insist|; solidarity demands it|. The alternative is ruin for many|; we should "
            "not accept that]."
        ),
    ],
}

RAIL_STRIKE: Topic = {
    "name": "rail_strike",
    "slots": {
        "operator": [
            "Northern Vale Railways",
            "Coastway Trains",
            "CrossCounties Rail",
            "Midshire Express",
            "Tarnside Metro Rail",
            "Westmoor Railway Company",
            "Greenline Rail",
        ],
        "union": [
            "Rail Workers’ Union",
            "Associated Train Crews’ Society",
            "Transport and Signalling Union",
            "National Union of Railway Staff",
            "Footplate and Operations Union",
            "Permanent Way Workers’ Union",
        ],
        "staff": [
            "train drivers",
            "conductors",
            "signalling staff",
            "station workers",
            "guards",
            "maintenance crews",
        ],
        "dispute": [
            "pay",
            "plans to close ticket offices",
            "the removal of guards from trains",
            "changes to rostering",
            "job cuts in maintenance teams",
            "a below-inflation pay offer",
            "driver-only operation",
        ],
        "days": [
            "two days",
            "three consecutive days",
            "48 hours",
            "a full 24 hours",
            "five days",
            "four days",
        ],
        "offer": [
            "a 3% pay rise",
            "a 4.5% rise over two years",
            "a one-off payment of £1,500",
            "a 5% increase tied to reforms",
            "a 2.5% rise",
            "a 3.8% increase",
        ],
        "service": [
            "one train an hour on main routes",
            "a handful of trains on the main line",
            "a skeleton timetable between 7am and 7pm",
            "about a third of normal services",
            "a limited service on the busiest corridors",
            "replacement buses on some branch lines",
        ],
        "official": [
            "the company’s managing director",
            "the operator’s chief operating officer",
            "the firm’s customer experience director",
            "the operator’s head of industrial relations",
            "the company’s operations director",
            "the operator’s head of people",
        ],
        "union_leader": [
            "Terry Maddox",
            "Siobhan Carr",
            "Dennis Ogle",
            "Amrit Sangha",
            "Lynne Harkness",
            "Colm Brady",
            "Gail Fortune",
            "Ray Teague",
        ],
        "union_post": [
            "general secretary",
            "assistant general secretary",
            "regional organiser",
            "national organiser",
            "president",
            "lead negotiator",
        ],
        "ballot": ["89%", "76%", "93%", "81%", "68%", "95%"],
        "passenger": [
            "Emily Strand",
            "Josh Kettering",
            "Parveen Akhtar",
            "Oliver Menzies",
            "Hannah Loy",
            "Ade Ogunleye",
            "Beth Carrow",
            "Liam Foss",
        ],
        "commute": [
            "commutes to work in the city",
            "travels to college by train",
            "works shifts at the hospital",
            "runs a small business in the town centre",
            "travels to see elderly parents",
            "relies on the train to get to university",
        ],
        "critic": [
            "Giles Harcourt",
            "Anne-Marie Duffy",
            "Rashid Malik",
            "Victoria Stead",
            "Alan Pocock",
            "Jennifer Oduya",
            "Stephen Rigg",
            "Megan Llewellyn",
        ],
    },
    "headlines": [
        (
            "[Walkout|Strike|Industrial action] by {staff} at {operator} [set for|to "
            "last|planned for] {days} [over {dispute}|from {weekday}|in row over {dispute}]"
        ),
        "Rail misery for {place} as [walkout|strike] by {staff} confirmed",
        "{operator} strike: what passengers need to know",
        (
            "[Travellers|Passengers|Commuters|Rail "
            "users|Day-trippers|Customers|The public|Shoppers and workers] [warned "
            "to stay away|told to avoid trains|urged to keep off network|advised "
            "to stay home|asked to avoid rail|told to rethink journeys|warned off "
            "trains|urged to avoid travel] [from the railway|on strike days|during "
            "walkouts|for days|this week|on key dates|as action looms|across "
            "region] [as|while|as talks stall and|because|since|now "
            "that|after|amid fears] [union and company|unions and bosses|staff and "
            "management|both sides|negotiators|the two camps|workers and "
            "operator|union chiefs and managers] [remain deadlocked|stay at "
            "loggerheads|fail to agree|refuse to budge|trade blame|dig in|cannot "
            "reach a deal|stay miles apart][ amid bitter row| over long dispute| "
            "after talks fail| as rail row deepens| once again| yet again| as "
            "stand-off drags on| for now]"
        ),
    ],
    "standfirsts": [
        (
            "The {union} says {ballot} of [members|{staff}|those balloted] backed action after "
            "[talks over {dispute} broke down|months of stalemate over {dispute}|{operator} "
            "refused to move on {dispute}]."
        ),
        (
            "{operator} will run {service} on strike days and has urged passengers to travel "
            "only if essential."
        ),
        "Business leaders in {place} say the walkout could cost the local economy {amount}.",
        (
            "[This week,|Once again,|Yet again,|In the latest escalation,|As the "
            "dispute drags on,|With no end in sight,|After talks collapsed,|Unless "
            "something changes,] [commuters|rail passengers|travellers|people "
            "dependent on rail|regular rail customers|workers heading into "
            "town|students and shoppers|season ticket holders] [face "
            "disruption|can expect mayhem|are braced for misery|will see services "
            "collapse|face a difficult week|must prepare for "
            "cancellations|confront severe delays|will struggle to get around] "
            "[from {weekday}|kicking off on {weekday}|beginning {weekday}|as of "
            "{weekday}|from the morning of {weekday}|once {weekday} arrives|when "
            "{weekday} comes|after {weekday}][, with no sign of new talks|, and no "
            "fresh negotiations are planned|; there is no hint of talks|, while "
            "the two camps are not talking|, with negotiations frozen|; no "
            "meetings are scheduled|, as dialogue has stalled|, and the silence "
            "continues][, leaving travellers in limbo for days|, to widespread "
            "frustration across the region|, and the outlook is bleak for "
            "commuters|, so alternatives are scarce and crowded|, with buses "
            "already full by breakfast|, as anger grows among regular users|, and "
            "patience is thin on all sides|, which worries businesses in town][. "
            "Both sides blame each other|; frustration is mounting|. Businesses "
            "are counting the cost|; schools are rearranging timetables|. "
            "Employers are urging flexibility|; roads are expected to be busy|. "
            "Hopes of a deal are fading|; the mood is grim]."
        ),
    ],
    "facts": [
        {
            "original": [
                (
                    "The {union} has [announced|confirmed] that {staff} at {operator} will "
                    "[walk out|strike|stage a walkout] for {days} [from|starting on|beginning "
                    "on] {weekday} in a [long-running|bitter|deepening] dispute over {dispute}."
                ),
                (
                    "Rail passengers face [widespread|severe|fresh] disruption after the "
                    "{union} called {staff} at {operator} out on strike for {days} "
                    "[from|beginning on] {weekday} [over {dispute}|in a row about {dispute}|in "
                    "protest at {dispute}]."
                ),
                (
                    "Members of the {union} employed as {staff} by {operator} [are to "
                    "stage|will stage] a walkout lasting {days}, [beginning|starting] on "
                    "{weekday}, [in protest at {dispute}|over {dispute}|as the row over "
                    "{dispute} escalates]."
                ),
            ],
            "paraphrase": [
                (
                    "[Timetables will be torn up from|Services will be thrown into chaos from|The "
                    "railway will grind to a halt on|Travel plans will be wrecked from|Trains will "
                    "largely stop running on|Commuters face misery starting|Rail journeys will be "
                    "disrupted from|Much of the network will fall silent on] {weekday}[, when "
                    "{staff} employed by {operator} down tools|, as {operator} loses its {staff} "
                    "to industrial action|, with {staff} working for {operator} refusing to work|, "
                    "because {operator} will be without its {staff}|, the day {staff} employed at "
                    "{operator} stop work|, once {operator} sees its {staff} join a stoppage|, as "
                    "{staff} on the payroll of {operator} withdraw their services|, when "
                    "{operator} and its passengers lose their {staff}] [for {days}|over a period "
                    "of {days}|across {days}|spanning {days}|throughout {days}|for a stretch of "
                    "{days}|during {days}|in a stoppage of {days}] [because of the quarrel "
                    "about|in the continuing argument about|as part of the stand-off concerning|in "
                    "a clash centred on|amid deep disagreement on|as part of the fight about|in a "
                    "battle over|following deadlock on] {dispute}[, which has simmered for "
                    "months|, a long-running sore|, a matter unresolved since spring|, the central "
                    "point of contention|, an issue dividing the two sides|, long a source of "
                    "tension|, the heart of the row|, which neither side will concede][. Talks "
                    "have so far failed|; no settlement is in sight|. Both sides remain far "
                    "apart|; negotiations have stalled|. Neither camp will budge|; there is little "
                    "sign of compromise|. Relations are at a low ebb|; the gulf appears wide][, "
                    "and passengers are being warned|, so travellers are told|; anyone planning a "
                    "trip is urged|, and the public is advised|; commuters have been asked|, and "
                    "people are being encouraged|; customers are being told|, so everyone is "
                    "advised] [to look up timetables in advance|to make other arrangements|to "
                    "expect severe disruption|to work from home if possible|to allow far more "
                    "time|to look at alternatives|to plan ahead carefully|to think twice about "
                    "travelling]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "[The action follows a ballot in which|It comes after a vote in "
                    "which|Strikes were called after] {ballot} of [members backed industrial "
                    "action|those voting supported walkouts|{staff} balloted said yes], [on a "
                    "turnout that cleared the legal threshold|with a turnout well above the "
                    "legal minimum|in a result the {union} called decisive]."
                ),
                (
                    "[The {union} said|According to the {union},|Figures from the {union} show] "
                    "{ballot} of [its members|{staff} who took part|those balloted] voted in "
                    "favour of [strikes|walkouts|action short of a strike], [a clear mandate "
                    "for action|a strong mandate for its leaders|a result described as "
                    "decisive]."
                ),
            ],
            "paraphrase": [
                (
                    "[Support among the workforce was overwhelming:|Backing for action proved "
                    "emphatic, as|The vote left little room for doubt, since|Enthusiasm for a "
                    "stoppage ran high;|Members came out strongly for action:|Appetite for a "
                    "walkout was unmistakable, and|The result was a landslide;|Opinion among staff "
                    "was clear:] {ballot} [endorsed the move|backed the plan|gave their "
                    "approval|opted for strikes|chose to take action|supported a stoppage|ticked "
                    "the box for action|approved a walkout][ decisively| by a wide margin| without "
                    "hesitation| in large numbers| emphatically| by a clear majority| "
                    "resoundingly| convincingly] [when asked whether to take action|in the vote on "
                    "industrial action|when the question was put|once the ballot papers were "
                    "counted|when members had their say|in the postal ballot|after weeks of "
                    "voting|when the count was done][, the union reports|, union officials say|, "
                    "the union’s figures show|, the count shows|, figures released by the union "
                    "reveal|, organisers said|, the result confirmed|, union headquarters "
                    "announced][, giving leaders|, handing negotiators|, which gives officials|, "
                    "offering organisers|, providing the executive|, arming leaders with|, "
                    "granting the leadership|, leaving officials with] [a strong hand|plenty of "
                    "leverage|the authority to call strikes|legal cover for action|a powerful "
                    "bargaining chip|a firm platform|a clear licence|an unmistakable message][ in "
                    "talks with management| for the months ahead| to escalate if needed| against "
                    "the company| at the negotiating table| for future disputes| under employment "
                    "law| for several months][. Management called the vote disappointing|; the "
                    "company says it respects the result|. Bosses insisted the offer was fair|; "
                    "the employer urged further talks|. Critics questioned how many took part|; "
                    "ministers described it as regrettable|. Rail bosses sought an urgent "
                    "meeting|; the company declined to comment further]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“[Our members have not done this lightly|Staff have not taken this step "
                    "lightly|This is a last resort for our members], but they have been [pushed "
                    "to the brink|driven to it|left with no choice] by a company that [refuses "
                    "to negotiate in good faith|will not listen|treats them with contempt],” "
                    "said {union_leader}, {union_post} of the {union}."
                ),
                (
                    "“[Nobody wants to lose a day’s pay|Striking costs our members money|No one "
                    "enjoys a picket line], but [our members|rail workers|these staff] will not "
                    "[stand by while management rip up agreements|watch their conditions being "
                    "torn up|accept cuts dressed up as reform], so they will withdraw their "
                    "labour,” said {union_leader} of the {union}."
                ),
            ],
            "paraphrase": [
                (
                    "[Speaking for|On behalf of|Representing|As the voice of|In a statement "
                    "from|Leading the response of|Responding for|At a rally organised by] the "
                    "{union}, {union_leader} [accused the employer of|attacked the company "
                    "for|criticised management for|blamed bosses for|condemned the firm "
                    "for|charged the operator with|took aim at managers for|rounded on the company "
                    "for] [refusing to bargain honestly|stonewalling at the table|dragging its "
                    "feet in talks|failing to negotiate seriously|playing games with "
                    "staff|refusing to compromise|ignoring reasonable demands|treating talks as a "
                    "formality][ and said staff|, adding that workers|, insisting members|, and "
                    "argued that employees|; in the leader’s words, crews|, and told reporters "
                    "that colleagues|, saying the workforce|, claiming rail staff] [had "
                    "reluctantly concluded|had come to accept|had decided with heavy hearts|had "
                    "been forced to recognise|had finally accepted|had grudgingly agreed|had sadly "
                    "realised|had unwillingly decided] [they had no other route open to them|there "
                    "was no alternative left|nothing else would work|every other option was "
                    "exhausted|action was the only way forward|the company had given them no "
                    "option|patience had run out|talking alone was not enough][, stressing that "
                    "nobody wanted to strike|, adding that members would lose money|, while "
                    "apologising to passengers|, and calling for fresh talks|, although the door "
                    "remained open|, but hoping for a late deal|, while urging ministers to step "
                    "in|, and promising solidarity][. A rally is planned outside the "
                    "headquarters|; picketing will begin at dawn|. Support from other unions is "
                    "expected|; strike pay will be offered|. Members have been sent guidance|; the "
                    "dispute fund is healthy|. More ballots may follow|; the executive meets "
                    "weekly]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "{operator} said it would [run|try to run|aim to operate] {service} on "
                    "strike days and [urged|advised|asked] passengers to [travel only if "
                    "absolutely necessary|check before setting out|avoid the railway if they "
                    "can]."
                ),
                (
                    "The operator [warned|has warned] that it [expects to run|can only run|will "
                    "manage] {service} during the [walkout|strike|action], with [disruption "
                    "likely to continue into the next morning|early trains cancelled on the "
                    "following day|knock-on delays expected afterwards]."
                ),
            ],
            "paraphrase": [
                (
                    "[Put simply,|In practical terms,|For now,|Realistically,|In "
                    "short,|Bluntly,|Inevitably,|As a result,] [anyone who can avoid rail "
                    "journeys|people with flexibility|travellers able to stay at home|those who "
                    "can work remotely|passengers with a choice|commuters with "
                    "alternatives|anybody able to rearrange plans|customers who can postpone "
                    "trips] [on those days|while action is under way|while the stoppage "
                    "lasts|across the affected dates|for the duration|throughout the strike "
                    "period|on the dates in question|while staff are out] [should stay away|ought "
                    "to keep off the trains|should make other plans|would be wise not to "
                    "travel|should rearrange journeys|may prefer to give the network a miss|should "
                    "seriously consider staying put|would do well to look elsewhere][, since the "
                    "company|, because the operator|, as the firm|; after all, the rail company|, "
                    "given that management|, seeing that the business|; the reason is that the "
                    "operator|, for the train company] [will manage only|expects to provide "
                    "just|can offer no more than|plans to offer merely|intends to keep going with "
                    "just|can guarantee only|will limit itself to|hopes to sustain only] "
                    "{service}[, with knock-on effects likely afterwards|, and some stations may "
                    "close entirely|; rail replacement buses will be scarce|, while last trains "
                    "will leave early|; on top of that, ticket offices may shut|, plus the first "
                    "trains may not run|; in addition, some routes will have nothing|, and even "
                    "then cancellations are possible][. Holders of season tickets may claim "
                    "refunds|; tickets will be accepted on other days|. Journey planners will be "
                    "updated|; advance tickets can be changed free|. Staff will be on hand to "
                    "advise|; updates will be posted online|. Road traffic is expected to be "
                    "heavy|; bus operators expect crowds]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“[It is deeply disappointing|We are frustrated|It is regrettable] that "
                    "[the {union} has chosen to strike|union leaders have opted for "
                    "disruption|staff are being asked to walk out] when a fair offer remains on "
                    "the table, and we [urge a return to talks|hope common sense "
                    "prevails|remain ready to negotiate],” said {person}, {official}."
                ),
                (
                    "“Our offer of {offer} is [fair and affordable|reasonable|the best we can "
                    "afford], and [strikes|walkouts|this action] will only [hurt the passengers "
                    "who rely on us|punish the public|damage the railway’s recovery],” "
                    "{person}, {official}, said."
                ),
            ],
            "paraphrase": [
                (
                    "[Expressing regret about the walkout|Voicing disappointment at the strike "
                    "call|Lamenting the decision to strike|Saying the stoppage was "
                    "unwelcome|Calling the action unnecessary|Describing the strike as "
                    "avoidable|Regretting the union’s choice|Sounding a note of frustration][, "
                    "{person}, {official}, insisted|, {official}, {person}, argued|, {person}, who "
                    "is {official}, maintained|, {official}, {person}, stressed|, {person}, "
                    "{official}, claimed|, {official}, {person}, said|, {person}, {official}, told "
                    "reporters|, {official}, {person}, suggested] that [the pay proposal was "
                    "sensible|the company’s terms were generous|the package on offer was "
                    "reasonable|management had gone as far as it could|the deal was better than "
                    "elsewhere|the money available was fairly shared|the settlement offered was "
                    "affordable|the improved terms deserved a vote][ in the circumstances| given "
                    "finances| for staff| by industry standards| at this time| in a tough climate| "
                    "overall| all things considered][, and asked|, before urging|, while calling "
                    "on|, and appealed to|, and invited|, while pressing|, and pleaded with|, and "
                    "encouraged] [union chiefs|the leadership|negotiators on the other side|the "
                    "executive|officials from the union|union representatives|the union’s "
                    "leaders|members’ representatives] [to resume negotiations|to come back to the "
                    "table|to restart discussions|to reopen talks|to get round the table again|to "
                    "sit down once more|to re-engage|to keep talking][. Passengers, the company "
                    "said, deserved better|; contingency plans are being finalised|. The firm "
                    "apologised for the disruption|; talks could resume quickly, it said|. "
                    "Managers will help run some services|; customers were thanked for their "
                    "patience|. The company says most staff are not involved|; refunds will be "
                    "available]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "The company [has offered|tabled|put forward] {offer}, [which the union "
                    "says falls short of inflation|but the union says it fails to match rising "
                    "prices|though the union calls it a real-terms cut], and [the deal comes "
                    "with changes to working practices|it is tied to changes in rosters|it "
                    "depends on new ways of working]."
                ),
                (
                    "The {union} [rejected|turned down|threw out] {offer} [last month|earlier "
                    "this month|in a vote of its executive], [arguing it amounted to a "
                    "real-terms pay cut|saying it did not keep pace with living costs|calling "
                    "it an insult to staff] after years of [rising bills|pay restraint]."
                ),
            ],
            "paraphrase": [
                (
                    "[Bosses suggested|Management proposed|The employer has floated|Company "
                    "negotiators laid out|The operator’s latest package is|Managers have come up "
                    "with|Currently offered by bosses is|The firm’s final position is] {offer}[; "
                    "negotiators for the workforce dismissed it|, but staff representatives "
                    "swiftly rebuffed it|, a proposal the union side brushed aside|; union "
                    "negotiators would not accept it|, which union officials spurned|; worker "
                    "representatives refused it|, an idea the union kicked into touch|; the "
                    "union’s side said no][, saying members|, arguing staff|, on the grounds that "
                    "workers|, claiming employees|, because crews|, insisting colleagues|, warning "
                    "that drivers and guards|, as rail staff] [would be worse off|would lose "
                    "out|would end up poorer|would fall further behind|would see their pay "
                    "eroded|would be out of pocket|would have less to live on|would slip "
                    "backwards] [once the cost of living was factored in|after inflation was taken "
                    "into account|given soaring household bills|when price rises are counted|as "
                    "everyday costs keep climbing|with bills going up so fast|because of "
                    "inflation|following a decade of squeezed wages][. Strings are attached too|; "
                    "conditions come with the money|. The deal also changes rosters|; flexibility "
                    "clauses are included|. Shift patterns would be altered|; new rules on "
                    "overtime are proposed|. Productivity targets form part of it|; staffing "
                    "changes are bundled in][, a change the union opposes|, a sticking point|, "
                    "making agreement harder|, to the union’s anger|, which staff resent|, a red "
                    "line for members|, complicating talks|, adding to tensions][ at this stage| "
                    "for now| in particular| above all| on principle| in any form| as drafted| so "
                    "far]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“I have [already|now] lost [two days’ wages|a fortnight’s holiday|a week’s "
                    "pay] to strikes this year, and [neither side|nobody in charge|none of "
                    "them] seems to care about [people stuck on platforms|passengers like "
                    "me|those of us without cars],” said {passenger}, who {commute}."
                ),
                (
                    "“[Every time there is a strike|Whenever the trains stop|On strike days] I "
                    "have to [pay for a taxi|drive in and pay for parking|book a hire car], "
                    "which [costs a fortune|adds up quickly|I cannot afford], and my [employer "
                    "is losing patience|boss has run out of patience|manager is not "
                    "impressed],” said {passenger}, who {commute}."
                ),
            ],
            "paraphrase": [
                (
                    "{passenger}[, a regular passenger who|, someone who|, a rail user who|, one "
                    "of many people who|, a season-ticket holder who|, a frequent traveller who|, "
                    "an everyday customer who|, a longtime customer who] {commute}[, spoke of lost "
                    "earnings|, described losing income|, complained about missed wages|, talked "
                    "about money lost|, listed the shifts missed|, recounted lost pay|, detailed "
                    "the wages forfeited|, lamented the earnings lost] [and mounting costs|along "
                    "with rising expenses|plus the cost of taxis|and extra fuel bills|as well as "
                    "parking charges|and the price of alternatives|on top of costly "
                    "detours|together with childcare headaches][ over recent months| in the "
                    "current year| since the dispute began| week after week| again and again| "
                    "repeatedly| every time| lately][, complaining that|, arguing that|; in their "
                    "view,|, and said|, adding that|, convinced that|, and claimed|, insisting "
                    "that] [travellers|passengers|ordinary customers|the public|commuters|people "
                    "who rely on trains|those without cars|everyday users] [had been forgotten by "
                    "both sides|were an afterthought for everyone|counted for nothing in the "
                    "row|were treated as mere bystanders|had been left out of the picture|were "
                    "being ignored by all involved|mattered to nobody in the dispute|were paying "
                    "for a fight not of their making][, the traveller said|, they told us|, in a "
                    "message to this paper|, speaking at the station|, while waiting for a bus|, "
                    "during a phone interview|, outside the ticket office|, standing on an empty "
                    "platform][. An employer’s patience is wearing thin|; a manager has issued a "
                    "warning|. Working from home is not an option|; the bus takes twice as long|. "
                    "Another strike would be a disaster|; holiday has been used up|. Friends have "
                    "given lifts|; a second job may be needed]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "[Business groups|Hospitality firms|Retail leaders] [estimate each day of "
                    "strikes costs|say every walkout day drains|believe a single day of action "
                    "costs] the local economy [around|about|more than] {amount}, [with pubs, "
                    "restaurants and theatres losing trade|as shoppers and workers stay at "
                    "home|hitting the town centre hardest]."
                ),
                (
                    "[Retailers|Traders|Shopkeepers] in {place} warned the walkout could cost "
                    "[them|the town centre|local businesses] {amount} in lost "
                    "[trade|sales|takings], [coming at one of the busiest times of the year|on "
                    "top of a difficult winter|just as footfall was recovering]."
                ),
            ],
            "paraphrase": [
                (
                    "[Across the high street,|Economically,|For local businesses,|In "
                    "hospitality,|Beyond the railway,|Meanwhile,|Commercially,|Away from the "
                    "stations,] [shops, bars and venues|restaurants, cafes and "
                    "theatres|hospitality and retail businesses|independent stores and "
                    "pubs|hotels, bars and attractions|traders and entertainment venues|cafes, "
                    "gyms and cinemas|businesses that depend on visitors] [stand to lose "
                    "heavily|face serious losses|could take a big hit|are bracing for a "
                    "blow|expect a painful dent in income|fear lean days ahead|will feel the "
                    "pinch|risk heavy losses][ when services halt| on strike days| during "
                    "walkouts| as trains sit idle| whenever staff walk out| as the action bites| "
                    "once trains stop| while the dispute lasts][, with some estimates putting the "
                    "damage at {amount}|; one estimate puts the cost at {amount}|, and business "
                    "groups put the hit at {amount}|; trade bodies reckon on losses of {amount}|, "
                    "with analysts valuing the shortfall at {amount}|; local chambers estimate a "
                    "toll of {amount}|, and economists put the bill at {amount}|; projections "
                    "suggest a loss of {amount}] [for every day the trains stop|per strike "
                    "day|each day the network is down|for every stoppage day|for every lost day of "
                    "service|on each day without trains|for any day of walkouts|daily during the "
                    "dispute][, as diners and shoppers stay away|, because visitors cancel trips|, "
                    "since office workers remain at home|; after all, evening trade collapses|, "
                    "given that theatre-goers cannot get in|; simply put, fewer people come to "
                    "town|, not least because events are called off|; crucially, day-trippers "
                    "vanish][. Some firms are cutting staff hours|; others are offering "
                    "discounts|. Bookings have already fallen|; a few may not survive|. Owners "
                    "describe it as crippling|; margins are already thin|. Some are calling for "
                    "compensation|; the timing could hardly be worse]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“Passengers in {place} have [suffered|endured|put up with] enough, and "
                    "both sides need to [get around the table|return to talks|sit down "
                    "together] [this week|without delay|immediately] and [find a "
                    "settlement|agree a deal|end this dispute],” said {critic}, {role}."
                ),
                (
                    "“[Strikes like this are a symptom of|This dispute shows|What we are seeing "
                    "is] a [broken|failing|toxic] relationship between management and staff, "
                    "and [ministers can no longer stand on the sidelines|the government must "
                    "stop looking the other way|it is time ministers got involved],” {critic}, "
                    "{role}, said."
                ),
            ],
            "paraphrase": [
                (
                    "[Urging both parties to resume negotiations|Calling on the two camps to talk "
                    "again|Pleading with union and company to reopen discussions|Demanding that "
                    "negotiators reconvene|Appealing for the warring parties to meet|Pressing both "
                    "camps to restart talks|Insisting the two sides get back to bargaining|Asking "
                    "union and employer to try again][ for the sake of travellers| on behalf of "
                    "passengers| in the interests of commuters| for the public’s sake| with "
                    "passengers in mind| so that travellers are spared| to protect rail users| for "
                    "everyone who relies on trains][, {critic}, {role}, said|, {role}, {critic}, "
                    "argued|, {critic}, who is {role}, insisted|, {role}, {critic}, claimed|, "
                    "{critic}, {role}, warned|, {role}, {critic}, stated|, {critic}, {role}, told "
                    "reporters|, {role}, {critic}, added] that [the "
                    "government|ministers|Whitehall|the transport secretary|the Department for "
                    "Transport|those who fund the railway|national politicians|the cabinet] [could "
                    "not keep treating the row|should stop regarding the dispute|should not go on "
                    "seeing the conflict|ought to stop framing the stand-off|could no longer "
                    "dismiss the quarrel|would do well to stop treating the strike|had to stop "
                    "viewing the deadlock|should not keep regarding this fight] [as somebody "
                    "else’s business|as none of its concern|as a private matter|as beyond its "
                    "remit|as a problem for others|as someone else’s problem|as outside its "
                    "responsibility|as a purely industrial matter][, given the public money "
                    "involved|, since taxpayers fund much of it|, when the state holds the purse "
                    "strings|, as the contracts are publicly let|, because ministers set the "
                    "budgets|, with so much subsidy at stake|, considering who pays the bills|, as "
                    "public funds are involved][. Passengers are paying the price|; enough damage "
                    "has been done|. Patience is exhausted|; the public deserves better|. "
                    "Intervention is overdue|; leadership is needed|. The region cannot afford "
                    "more|; the economy is suffering]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "[Talks are due to resume at the conciliation service|The two sides will "
                    "meet at the conciliation service|Independent mediators will host fresh "
                    "talks] [next week|on {weekday}|in the coming days], but the {union} [has "
                    "warned|says] [further strikes could follow|more walkouts are likely|a "
                    "longer stoppage is possible] if there is no deal."
                ),
                (
                    "The {union} [said|warned] its mandate [lasts|runs] for {duration}, and "
                    "[further dates will be announced|more strikes will be called|the action "
                    "will escalate] if {operator} [does not improve its offer|refuses to "
                    "move|will not budge]."
                ),
            ],
            "paraphrase": [
                (
                    "[On the positive side,|In a glimmer of hope,|For now,|Looking ahead,|In the "
                    "meantime,|Encouragingly,|On the other hand,|At least] [mediated discussions "
                    "are pencilled in|talks brokered by an independent body are planned|a neutral "
                    "go-between will chair new meetings|arbitrators have offered to host "
                    "negotiations|both camps have agreed to meet a mediator|peace talks under an "
                    "independent chair are scheduled|an outside facilitator will bring the parties "
                    "together|a fresh round of mediated meetings is expected][ shortly| within "
                    "days| soon| before long| for the near future| at some point soon| imminently| "
                    "before the next strike date][, yet fresh stoppages remain possible|, but "
                    "further action cannot be ruled out|; however, new walkouts could still "
                    "happen|, though additional strike days may yet be called|; even so, more "
                    "disruption is on the cards|, although the threat of escalation remains|; "
                    "still, industrial action could continue|, and yet renewed strikes are a real "
                    "risk] [for {duration}|within {duration}|for up to {duration}|during a window "
                    "of {duration}|throughout a period of {duration}|in a mandate lasting "
                    "{duration}|over a span of {duration}|for a further {duration}] [unless "
                    "{operator} sweetens its proposal|if {operator} rebuffs calls to "
                    "improve|should {operator} refuse to offer more|unless {operator} finds extra "
                    "money|if {operator} holds its ground|unless {operator} makes a better "
                    "bid|should {operator} stand firm|unless {operator} shifts position][, union "
                    "officials warn in a statement|, the union says, though talks continue|, "
                    "according to organisers on the ground|, officials have signalled privately|, "
                    "the executive has indicated in writing|, leaders caution, in a blunt "
                    "message|, it has been made clear to managers|, the union’s lawyers confirm][. "
                    "Neither side wants a long fight|; both say they want a deal|. Travellers can "
                    "only wait|; the mood is tense|. Hopes of a breakthrough are modest|; "
                    "observers are cautious|. Dates for talks are being finalised|; the clock is "
                    "ticking]."
                ),
            ],
            "quote": False,
        },
    ],
    "background": [
        (
            "[By law,|Under current legislation,|Legally,|According to employment rules,|Under "
            "strike laws,|As the rules stand,|In Britain,|Under statute,] [unions|trade "
            "unions|workers’ organisations|any union|rail unions|unions representing staff|labour "
            "organisations|union leaders] [must hold a postal ballot|are required to ballot "
            "members by post|have to run a vote by mail|need a postal vote of members|must consult "
            "members in a postal ballot|are obliged to poll the membership through the mail|must "
            "organise a ballot of members by post|have to secure a postal mandate] [and give "
            "employers|then provide employers with|and hand bosses|before handing the employer|and "
            "serve employers with|and then give managers|plus give companies|and must give firms] "
            "[at least two weeks’ notice|a fortnight’s warning|fourteen days of notice|two weeks "
            "of formal notice|notice of a fortnight or more|a minimum of two weeks’ warning|notice "
            "running to a fortnight|fourteen days’ formal warning] [before industrial action can "
            "lawfully begin|ahead of any lawful stoppage|before any strike is legal|prior to a "
            "legal walkout|before staff may lawfully stop work|ahead of lawful action|before "
            "walkouts can start legally|prior to action taking effect][, with minimum turnout "
            "thresholds as well|, under rules tightened in 2016|, and mandates expire after six "
            "months|, or the action is deemed unlawful|, as the courts have repeatedly enforced|, "
            "under detailed and technical regulations|, and every detail must be precise|, with "
            "strict conditions attached][. Breaches can be challenged in court|; employers may "
            "seek injunctions|. The rules are controversial|; unions want them repealed|. "
            "Ministers defend them|; critics call them restrictive|. Mistakes can invalidate "
            "ballots|; lawyers check every detail]."
        ),
        (
            "[Train operators|Rail companies|Firms running trains|Operating companies|Passenger "
            "rail firms|Franchise holders|The companies that run services|Independent rail "
            "businesses] [are often paid|frequently receive|commonly get|tend to be given|are "
            "typically handed|usually earn|mostly receive|are generally paid] [a management fee|a "
            "fixed fee for running services|a set payment|a contract fee|a state payment|an agreed "
            "fee|a fixed sum|a management payment] [from government|from the state|from "
            "Whitehall|from ministers|from the transport department|from taxpayers|under state "
            "contracts|out of public funds][, which limits|, meaning there are limits on|; that "
            "restricts|, so there is a cap on|, which constrains|; this curbs|, which restricts|, "
            "leaving little freedom over] [how much they can offer staff|what they may pay "
            "workers|the size of any pay rise|wage offers to employees|the money available for "
            "pay|what pay deals can contain|settlements with unions|the terms they can put "
            "forward] [without approval from ministers|unless ministers agree|without a nod from "
            "government|unless Whitehall signs off|without Treasury consent|absent government "
            "sign-off|without official permission|unless the department approves][, critics "
            "argue|, unions complain|, so talks can stall|, which complicates bargaining|, a point "
            "often made|, in practice|, according to experts|, which frustrates unions]."
        ),
        (
            "[Ticket office closures|Plans to shut station ticket counters|Proposals to close "
            "booking offices|Moves to remove staffed ticket windows|Cuts to ticket halls|Attempts "
            "to end face-to-face ticket sales|Reductions in station ticket desks|Closures of "
            "booking halls] [have been controversial|have proved contentious|have caused "
            "uproar|have been hotly disputed|have sparked protests|have divided opinion|have drawn "
            "fierce criticism|have provoked a backlash][ in recent years| across the network| in "
            "many towns| since they were first proposed| among passengers| in parliament| at "
            "national level| wherever they have been tried][, with disability groups arguing "
            "that|, as charities for disabled people insist|; disability campaigners say|, with "
            "groups representing disabled people warning that|; accessibility charities argue|, "
            "and campaigners for disabled passengers say|; disability organisations contend|, with "
            "advocacy groups claiming] [staffed stations|stations with people on duty|staff on "
            "site|people at stations|trained staff on platforms|station workers|humans to ask for "
            "help|staffed booking windows] [are essential|remain vital|are indispensable|are "
            "crucial|make all the difference|cannot be replaced by machines|matter enormously|are "
            "a lifeline] [for many travellers|for disabled passengers|for older people|for those "
            "who cannot use apps|for visually impaired travellers|for anyone needing "
            "assistance|for wheelchair users|for many who travel alone][, especially at smaller "
            "stations|, particularly late in the evening|, notably in rural areas|, above all when "
            "trains are disrupted|, most of all for those travelling alone|, in bad weather "
            "especially|, when machines break down|, at unstaffed halts][. Some plans were "
            "withdrawn after public pressure|; consultations drew huge responses|. Operators say "
            "most tickets are bought online|; staff would move onto platforms, they say|. Unions "
            "have campaigned against the cuts|; passenger watchdogs raised objections|. The issue "
            "remains live|; ministers have changed course before]."
        ),
        (
            "[Season ticket holders|Commuters with season tickets|Passengers on annual "
            "tickets|People with weekly or monthly passes|Holders of long-term tickets|Regular "
            "travellers on season passes|Those with pre-paid season tickets|Annual ticket "
            "customers] [can usually claim|are generally entitled to|can typically seek|may "
            "normally apply for|are often able to get|can in most cases request|usually qualify "
            "for|can generally receive] [compensation|a refund|money back|a partial repayment|a "
            "credit|recompense|reimbursement|part of their fare back] [for days when services are "
            "cancelled|for days without trains|for lost travel days|covering strike days|for every "
            "cancelled day|for days the trains do not run|for days of disruption|when journeys are "
            "impossible] [because of strikes|during industrial action|due to walkouts|owing to "
            "stoppages|in a dispute|because staff are on strike|during the action|as a result of "
            "strikes][, though the process varies by company|, under long-standing industry "
            "rules|, usually via operator websites|, within strict time limits|, as long as they "
            "apply promptly|, through delay repay schemes|, subject to various conditions|, "
            "depending on the operator involved][. Claims must usually be made within weeks|; "
            "proof of purchase is needed|. Watchdogs urge passengers to claim|; many never "
            "bother|. Payments can take time|; some operators pay automatically|. Rules differ for "
            "flexible tickets|; advice is available online]."
        ),
        (
            "[Like most operators,|Day to day,|In normal times,|Ordinarily,|Under its contract,|As "
            "a matter of course,|In an average week,|Outside strike days,] {operator} [runs "
            "services across|operates trains throughout|provides rail links around|serves stations "
            "in|is the main train company for|connects towns around|runs the local network "
            "in|carries passengers through] {place} [and the surrounding area|and neighbouring "
            "towns|and its hinterland|and nearby villages|and the wider county|and beyond|and the "
            "rest of the region|and outlying districts][, carrying|, moving|, taking|, "
            "transporting|, serving|, used by|, relied on by|, popular with] [commuters, students "
            "and shoppers|office workers and schoolchildren|people heading to work and "
            "college|shoppers and day-trippers|hospital staff and visitors|families and "
            "tourists|workers on early shifts|students and pensioners alike][ every day| each "
            "week| around the clock| on busy weekdays| in large numbers| at peak times| throughout "
            "the year| daily][. Passenger numbers have recovered since the pandemic|; its trains "
            "are often crowded|. Punctuality has been a recurring complaint|; new trains arrived "
            "recently|. It employs hundreds of local staff|; its contract was renewed recently|. "
            "Complaints about cancellations are common|; it has invested in stations]."
        ),
        (
            "[Under industry rules,|By law,|As a condition of running trains,|Before a single "
            "service runs,|In the regulated rail market,|As with other utilities,|Formally,|Across "
            "the network,] [every train company|each rail operator|all passenger train firms|any "
            "company running trains|each operator on the network|every rail business|all train "
            "operating companies|any firm that runs services] [needs a licence|must hold a "
            "licence|requires formal authorisation|has to obtain a permit|must be licensed|needs "
            "official permission|cannot operate without approval|is required to be registered] "
            "[from the rail regulator|issued by the watchdog|granted by the industry overseer|from "
            "an independent authority|from the national rail watchdog|through the oversight "
            "body|via the safety authority|approved by regulators][, which sets out|, a document "
            "setting out|, laying down|, which spells out|, containing|, which lists|, "
            "establishing|, detailing] [obligations on safety|safety duties|requirements on "
            "standards|rules on safe operation|commitments to protect people|conditions on "
            "risk|duties of care|protective obligations] [and passenger information|and informing "
            "travellers|plus customer information|and communicating with passengers|along with "
            "information duties|and keeping passengers informed|and disruption messages|and "
            "accurate announcements][. Breaches can lead to fines|; the regulator monitors "
            "performance|. Licences can in theory be revoked|; enforcement is rare|. Reports are "
            "published regularly|; complaints feed into reviews|. Standards have tightened over "
            "time|; passengers can complain to the watchdog][, according to official guidance|, "
            "though critics call it toothless|, in principle at least|, under published rules|, as "
            "annual reports show|, a system dating from privatisation|, with some recent reforms|, "
            "and the process is public]."
        ),
        (
            "[A veteran of rail bargaining,|Well known in the industry,|With decades in the "
            "movement,|Respected and feared in equal measure,|A seasoned operator,|Familiar to "
            "every rail boss,|Long a fixture at the table,|Known for stamina in talks,] "
            "{union_leader} [has led negotiations for|has fronted talks representing|has been the "
            "chief negotiator for|has spearheaded bargaining for|has represented|has headed the "
            "negotiating team of|has spoken for|has argued the case for] the {union} [in several "
            "previous disputes|in a number of earlier rows|through past stand-offs|across several "
            "earlier conflicts|during previous clashes|in earlier battles|over several disputes|in "
            "past confrontations] [with train companies up and down the line|against the big rail "
            "operators|with railway firms of every kind|with other operators in recent "
            "years|against a succession of rail employers|involving several train firms|with "
            "companies on neighbouring networks|against operators large and small] [in the "
            "region|across the area|in this part of the country|locally|in neighbouring "
            "counties|on nearby networks|around the region|beyond the county][, winning some "
            "notable concessions|, securing improved pay deals|, achieving better terms for "
            "members|, gaining a reputation for toughness|, earning settlements after long "
            "stand-offs|, with mixed results along the way|, clinching several compromises|, "
            "extracting respect from employers][. Colleagues describe a tough but pragmatic "
            "negotiator|; managers say talks can be difficult|. Members have backed that "
            "leadership repeatedly|; rivals question the tactics|. The approach has been "
            "consistent|; media appearances are frequent|. Some deals came after lengthy strikes|; "
            "others were settled quickly][, and this dispute may prove the hardest yet|, though "
            "this row looks unusually entrenched|, with a lot now riding on the outcome|, as "
            "allies and opponents both acknowledge|, and the current stand-off is no exception|, "
            "which is why employers take the threat seriously|, a record now being tested again|, "
            "according to people on both sides]."
        ),
        (
            "{person} [joined|moved to|came to|was hired by|arrived at|was recruited by|took a "
            "senior role at|signed up with] {operator} [from another transport business|after a "
            "career in bus companies|from an airline background|after years in logistics|from a "
            "rival rail firm|following a spell in freight|from a ferry operator|after running a "
            "bus group][ with a reputation for cost control| promising a fresh approach| amid some "
            "scepticism from staff| as part of a new leadership team| bringing experience of big "
            "reorganisations| after a public recruitment process| on a substantial salary| with a "
            "mandate for change][, and has overseen|, and has since managed|; since then there has "
            "been|, and has led|, and has presided over|; the role has involved|, and has "
            "supervised|; that tenure has included] [a programme of timetable changes|a shake-up "
            "of schedules|a redesign of services|new timetables across routes|changes to service "
            "patterns|a recast of the timetable|a series of schedule revisions|reorganised service "
            "frequencies][, some of them unpopular|, not all welcomed|, with mixed reviews|, which "
            "drew complaints|, praised by some|, criticised by others|, controversial at times|, "
            "amid some protest][ with passengers| among commuters| in the region| from councils| "
            "by user groups| on social media| at first| locally][. Costs have also been cut|; new "
            "trains were introduced|. Performance figures have varied|; customer scores have risen "
            "slightly|. The operator says punctuality improved|; complaints spiked initially|. "
            "Staff relations have been strained|; investment has been modest][. Relations with "
            "unions have been tense at times|; the role carries a high public profile|. Industry "
            "colleagues describe a numbers-driven manager|; the approach has won some admirers|. "
            "Critics say passengers were not consulted enough|; the operator defends its record|. "
            "Recent surveys show mixed satisfaction|; performance data is published monthly]."
        ),
        (
            "[A persistent critic,|Never shy of controversy,|Representing local "
            "commuters,|Speaking regularly on transport,|In several speeches,|For some years,|As a "
            "frequent rail user,|On many occasions,] {critic} [has argued|has repeatedly said|has "
            "often insisted|has campaigned on the view|has consistently maintained|has claimed|has "
            "frequently contended|has told anyone who will listen] that [the railway serving "
            "{place}|the lines through {place}|train services to {place}|the rail network around "
            "{place}|the routes that serve {place}|local trains in {place}|the service {place} "
            "depends on|rail links into {place}] [needs more investment|requires proper "
            "funding|deserves greater spending|cries out for money|calls for investment|warrants "
            "extra funding|needs serious money|must get more cash] [and fewer cancellations|and "
            "better reliability|and more dependable trains|alongside improved punctuality|and an "
            "end to constant cancellations|plus more reliable services|and trains that turn up|and "
            "fewer last-minute cuts][, citing|, pointing to|, referring to|, highlighting|, "
            "noting|, drawing on|, quoting|, invoking] [complaints from constituents|official "
            "punctuality figures|crowded peak trains|missed connections|elderly rolling "
            "stock|stations without staff|poor weekend services|frequent rail replacement buses][. "
            "A campaign on the issue continues|; petitions have gathered thousands of names|. "
            "Meetings with the operator have been held|; the minister has been lobbied|. Local "
            "businesses have backed the call|; commuter groups agree|. Some improvements have "
            "followed|; progress has been slow]."
        ),
    ],
    "commentary": [
        (
            "[Let us be frank:|Whatever the rights and wrongs,|In the end,|However you look at "
            "it,|Ultimately,|Make no mistake,|Put simply,|Fundamentally,] [strikes on the "
            "railways|walkouts on the trains|rail stoppages|industrial action on the "
            "network|railway strikes|shutdowns of the rail network|disputes that halt trains|days "
            "without trains] [are a failure of leadership|represent a collapse of "
            "leadership|reflect poor leadership|expose a lack of leadership|amount to a leadership "
            "failure|show leadership has failed|signal a breakdown of leadership|betray weak "
            "leadership] [on both sides of the dispute|among bosses and unions alike|at the "
            "company and the union|on either side of the table|in management and union offices|in "
            "boardrooms and union halls|from both camps|across the dispute][, and passengers|; "
            "sadly, travellers|, yet the public|; still, commuters|, but ordinary people|; "
            "meanwhile customers|, while rail users|; as ever, families] [pay the price|suffer "
            "most|bear the cost|are the losers|take the hit|are left stranded|foot the bill|lose "
            "out][ every time| without fail| again and again| yet again| as always| in the end| "
            "each time| once more][. Grown-up negotiation should prevent it|; compromise is not "
            "weakness|. Both sides must rediscover common ground|; pride should not trump sense|. "
            "A deal is there to be done|; stubbornness helps nobody|. Talks, not threats, are the "
            "answer|; the public wants a settlement]."
        ),
        (
            "[Commuters in {place}|Rail users in {place}|People who travel from {place}|Passengers "
            "across {place}|Workers commuting from {place}|Families in {place}|Travellers in "
            "{place}|Residents of {place}] [are tired of being|have had enough of serving "
            "as|resent being|are sick of playing|object to being cast as|are weary of ending up "
            "as|hate being cast as|refuse to keep being] [collateral damage|human shields|the "
            "casualties|pawns|innocent victims|the losers|bystanders who suffer|the ones who pay] "
            "[in a fight|amid a battle|caught up in a quarrel|during a row|within a "
            "conflict|throughout a stand-off|in the middle of a feud|inside a dispute] [they have "
            "no say in|over which they have no control|they did not start|that they never "
            "chose|they cannot influence|that excludes them|they had no part in|nobody consulted "
            "them about][. Their patience|; their goodwill|. Their tolerance|; their trust|. Their "
            "understanding|; their forbearance|. Their loyalty|; their good humour] [is running "
            "out|is nearly exhausted|has limits|is fraying badly|cannot last forever|is being "
            "tested|should not be taken for granted|is fading fast][, and both sides should "
            "remember it|, as everyone can see|, whatever the unions say|, whatever bosses claim|, "
            "and ministers should notice|, and who can blame them|, understandably|, with good "
            "reason]."
        ),
        (
            "[Of course,|Admittedly,|Naturally,|True,|Certainly,|Granted,|No doubt|Sure enough,] "
            "[it is easy to blame the unions|blaming the unions is the easy option|pointing the "
            "finger at unions is simple|attacking union leaders costs nothing|union-bashing comes "
            "naturally to some|plenty of people blame the unions|critics are quick to blame "
            "unions|the unions make an easy target][, but workers|; yet staff|, though employees|; "
            "however, rail workers|, and yet train crews|; still, people|, although members|; but "
            "ordinary staff] [do not give up|rarely sacrifice|seldom throw away|do not lightly "
            "forfeit|would not surrender|do not casually lose|are reluctant to give away|do not "
            "easily sacrifice] [days of pay|a week of wages|precious income|their earnings|money "
            "they need|pay packets|hard-earned wages|several days of income] [without good "
            "reason|for no reason|on a whim|without cause|frivolously|for nothing|out of "
            "spite|without real grievance][ in their working lives| in a single week| at the drop "
            "of a hat| without thinking| for fun| casually| over trifles| in normal times][. "
            "Something has gone badly wrong|; their grievances deserve a hearing|. Management "
            "should ask why|; the causes need examining|. Anger like this has roots|; the reasons "
            "matter|. Listening would be a start|; dismissing them solves nothing]."
        ),
        (
            "[Frankly,|In truth,|Surely|Let us be blunt:|Simply put,|Quite clearly,|On "
            "reflection,|To put it plainly,] [a railway that cannot agree|any rail company unable "
            "to settle|an industry that fails to agree|a network that cannot sort out|a management "
            "that cannot finalise|a transport system unable to fix|an operator that will not "
            "agree|a service incapable of settling] [basic working arrangements|simple rosters and "
            "duties|the terms of everyday work|routine working conditions|fundamental employment "
            "terms|ordinary working patterns|basic shift rules|normal duty schedules] [with its "
            "own staff|with its employees|with the people it employs|with its workforce|with those "
            "who run its trains|with its drivers and guards|with the crews it relies on|with "
            "workers on its payroll][ after all these years| in this day and age| in the "
            "twenty-first century| after decades of disputes| despite endless reviews| even now| "
            "at this stage| with all its resources] [is not fit for the modern age|belongs in "
            "another era|is stuck in the past|needs urgent reform|has lost its way|cannot call "
            "itself modern|is failing the country|is plainly broken][. Reform is overdue|; change "
            "must come|. Structures need rethinking|; modernisation is essential|. Relationships "
            "need rebuilding|; culture must change|. A reset is needed|; the status quo has "
            "failed][, from the top down|, on all sides|, starting now|, in every depot|, in "
            "management above all|, with staff involved|, not imposed|, honestly]."
        ),
        (
            "[Meanwhile, in Westminster,|Equally important,|Above all else,|Crucially for "
            "passengers,|For their part,|Just as significantly,|Frankly, and finally,|Moreover, "
            "and tellingly,] [ministers who hold the purse strings|politicians who control the "
            "money|a government that bankrolls the trains|those in Whitehall who set "
            "budgets|ministers who sign the cheques|the department paying the bills|officials "
            "holding the budget|those who control the subsidy] [should stop pretending|must drop "
            "the pretence|can no longer claim|ought to stop acting as if|cannot keep "
            "insisting|need to stop suggesting|should cease claiming|must stop implying] [they are "
            "neutral observers watching from afar|that they are mere bystanders with no "
            "influence|they have no role whatsoever in the outcome|they stand serenely above the "
            "fray|that this is none of their business at all|they are impartial referees blowing "
            "the whistle|they sit entirely outside the quarrel|that they are spectators in the "
            "stands] [of this bitter dispute|in this long-running row|in a conflict they help "
            "fund|of a stand-off they could end|in talks they quietly shape|of a quarrel over "
            "public money|in a strike they can influence|in this damaging fight][. They set the "
            "budgets that constrain offers|; the money on the table is ultimately theirs|. The "
            "contracts were written in Whitehall|; they write the rules of the game|. Their "
            "fingerprints are on every proposal|; they pull the strings behind the scenes|. Every "
            "offer needs their approval first|; nothing moves without their say-so][, so they must "
            "help end it|, and they should act now|, so the public expects leadership|, which "
            "makes them responsible|, and silence will not do|, so evasion will not wash|, and "
            "voters know it full well|, so accountability follows]."
        ),
        (
            "[Every cancelled train|Each lost service|Every strike day|Each empty platform|Every "
            "cancellation|Each train-free day|Every scrapped journey|Each walkout] [pushes more "
            "people|drives more travellers|sends more commuters|forces more passengers|nudges more "
            "families|moves more customers|tempts more people|pushes yet more users] [back into "
            "cars|onto the roads|behind the wheel|into car-sharing|into taxis and vans|towards "
            "driving|onto congested motorways|into their own vehicles][, and many|; a good "
            "number|, and plenty|; many of those|, and a fair share|; some of them|, and numerous "
            "people|; a worrying number] [will not return|never come back|stay away for good|do "
            "not switch back|give up on rail|abandon trains permanently|lose the habit|find new "
            "routines][. That undermines|; it damages|. It threatens|; such losses hurt|. It "
            "erodes|; this weakens|. It jeopardises|; each defection harms] [climate targets and "
            "fares income|the finances of the railway|efforts to cut congestion|the case for "
            "investment|public transport as a whole|the future of the network|green transport "
            "goals|the economics of rail][, which should worry everyone|, which both sides should "
            "weigh|, as history shows|, long after any deal|, for years to come|, whatever the "
            "settlement|, sadly|, predictably][. Winning them back is far harder|; lost passengers "
            "are expensive to regain|. The damage outlasts the dispute|; both sides should reflect "
            "on that|. Habits, once broken, rarely mend|; the car park fills, the platform "
            "empties|. That is the real cost|; nobody wins from that]."
        ),
        (
            "[Surely|In our view,|Frankly,|Clearly,|Perhaps|On balance,|Quite simply,|At this "
            "point,] [the sensible course|the wise option|the obvious answer|the grown-up "
            "solution|the best way forward|the logical step|a sensible route|the fairest approach] "
            "[is independent arbitration|would be binding arbitration|is to call in an "
            "arbitrator|lies in neutral adjudication|is third-party arbitration|would be an "
            "independent referee|is to hand it to an arbiter|is arbitration by an outsider][, with "
            "both sides agreeing|, provided both parties agree|, on condition that both camps "
            "agree|, where union and company agree|, with each side committing|, as long as both "
            "promise|, as long as everyone undertakes|, with an agreement by both] [in "
            "advance|beforehand|from the outset|up front|at the start|before it begins|ahead of "
            "time|from day one] [to accept the outcome|to abide by the result|to be bound by the "
            "ruling|to honour the verdict|to live with the decision|to respect whatever is "
            "decided|to implement the award|to follow the ruling][. That would end the stalemate|; "
            "it would spare passengers|. It has worked elsewhere|; it removes the posturing|. It "
            "forces realism|; it protects the public|. It would save face all round|; it beats "
            "endless strikes][ quickly| at last| for good| fairly| cheaply| decisively| sensibly| "
            "with dignity]."
        ),
    ],
}

NEW_SCHOOL: Topic = {
    "name": "new_school",
    "slots": {
        "school": [
            "Oakfield Academy",
            "Brookvale School",
            "Ashgrove Community School",
            "Kingfisher Academy",
            "Heronsgate Park School",
            "Larchwood School",
            "Willowmead Academy",
        ],
        "phase": ["primary", "secondary", "all-through", "special needs", "infant", "junior"],
        "pupils": ["210", "420", "630", "900", "1,200", "150"],
        "trust": [
            "Horizon Learning Trust",
            "Kestrel Multi-Academy Trust",
            "Three Rivers Education Partnership",
            "Beacon Schools Trust",
            "Northstar Academies Trust",
            "Westmoor Diocesan Academy Trust",
        ],
        "council": [
            "Westmoor County Council",
            "Tarnside Borough Council",
            "Sandleigh County Council",
            "Marchbury Council",
            "Glenford City Council",
            "Harlowmere County Council",
        ],
        "site": [
            "the former Greenhill depot",
            "playing fields off Stonebridge Lane",
            "the old police station site",
            "land at Ferndown Farm",
            "a disused college campus",
            "the edge of the new Brookside estate",
        ],
        "opening": [
            "September 2026",
            "September 2027",
            "the 2027-28 academic year",
            "January 2027",
            "September 2028",
            "the spring term of 2027",
        ],
        "official": [
            "the cabinet member for children’s services",
            "the council’s director of education",
            "the trust’s chief executive",
            "the trust’s director of school improvement",
            "the council’s lead member for schools",
            "the chair of the project board",
        ],
        "head": [
            "Caroline Ashby",
            "Andrew Nkemelu",
            "Sarah Thwaite",
            "Matthew Ollerenshaw",
            "Ruth Devereux",
            "Adeel Qureshi",
            "Kirsty Mabbott",
            "James Tilbury",
        ],
        "feature": [
            "a specialist science block",
            "a sports hall and all-weather pitch",
            "a resource base for pupils with autism",
            "a nursery for two-year-olds",
            "a performing arts centre",
            "a teaching kitchen and library",
        ],
        "growth": [
            "thousands of new homes being built in the area",
            "a rise in the number of families moving to the town",
            "a baby boom a decade ago",
            "the expansion of the nearby business park",
            "the closure of two small village schools",
            "rapid growth in the number of pupils with special educational needs",
        ],
        "shortfall": ["300", "450", "180", "600", "240", "750"],
        "contribution": ["£1.3m", "£0.9m", "£1.6m", "£2.1m", "£1.8m", "£2.4m"],
        "parent": [
            "Laura Penrose",
            "Dean Whitmore",
            "Farida Begum",
            "Craig Latimer",
            "Nicola Ashe",
            "Sunita Patel-Rowe",
            "Gemma Frost",
            "Ryan Cuthbert",
        ],
    },
    "headlines": [
        (
            "[New|Planned|{amount}] {phase} school with {pupils} places [approved|backed|given "
            "green light] [for {place}|on {site}|by {council}]"
        ),
        "{amount} school plan gets go-ahead as {place} pupil numbers soar",
        "{school} to open in {opening} on {site}",
        (
            "[Families|Parents|Mums and "
            "dads|Campaigners|Households|Pupils and parents|Local "
            "families|Residents] [in {place}|across {place}|around "
            "{place}|throughout {place}|all over {place}|from "
            "{place}|on {place} estates|in parts of {place}] "
            "[celebrate|cheer|rejoice|jubilant|toast success|hail "
            "victory|welcome news|breathe sigh of relief] "
            "[as|after|now that|because|once|when|since|following "
            "news] [long fight|years-long campaign|hard-won "
            "battle|lengthy struggle|persistent lobbying|decade of "
            "pressure|grassroots push|marathon campaign] [for "
            "local classrooms|for a school nearby|for places close "
            "to home|for neighbourhood school|for new school|for "
            "schooling on doorstep|for extra school places|for "
            "local lessons] [pays off|succeeds|bears fruit|is "
            "rewarded|wins approval|gets green light|finally "
            "works|comes good][ at last| this week| after vote| in "
            "council| for children| in style| for good| for town]"
        ),
    ],
    "standfirsts": [
        (
            "{council} says the {amount} [project|scheme|building] will create {pupils} places "
            "on {site} [by {opening}|to meet rising demand|for children in {place}]."
        ),
        "The {trust} will run the school, which is due to welcome its first pupils in {opening}.",
        "Officials warn of a shortfall of {shortfall} places driven by {growth}.",
        (
            "[Parents who have campaigned for years|Mothers and "
            "fathers who fought for a decade|Families behind a "
            "long-running campaign|Campaigning parents "
            "locally|Local parents who lobbied tirelessly|Those "
            "who led the parents’ campaign|Petition organisers "
            "among the parents|Families who refused to give up] "
            "[say the decision|believe the vote|insist the "
            "approval|argue the go-ahead|predict the ruling|reckon "
            "the outcome|are confident the verdict|expect the "
            "announcement] [will end|should halt|will finally "
            "stop|ought to abolish|can consign to history|should "
            "finish off|will do away with|can eliminate] [long "
            "daily journeys|the exhausting daily commute|gruelling "
            "trips each morning|hours on coaches|lengthy rides to "
            "other towns|dawn departures and dusk returns|the "
            "daily trek to other districts|drawn-out school runs] "
            "[for their own children|for their sons and "
            "daughters|for local pupils|for youngsters on the "
            "estate|for children across the area|for the next "
            "generation|for hundreds of pupils|for families like "
            "theirs][, freeing up precious time for homework and "
            "play|, and bring classmates much nearer home|, saving "
            "households real money on fares|, easing the daily "
            "strain on working parents|, letting children walk to "
            "lessons with friends|, and make after-school clubs "
            "possible at last|, bringing calmer mornings for whole "
            "families|, and cutting traffic on narrow country "
            "roads][. Some worry about traffic|; objectors are "
            "less pleased|. Building starts soon|; details are "
            "still emerging|. The council calls it a milestone|; "
            "campaigners plan a celebration|. Costs remain a "
            "question|; questions about staffing remain]."
        ),
    ],
    "facts": [
        {
            "original": [
                (
                    "A new {phase} school [providing|offering|with room for] {pupils} places "
                    "[will be built|is to be built] on {site} in {place}, {council} [has "
                    "announced|confirmed on {weekday}|said on {weekday}]."
                ),
                (
                    "{council} has [approved|given the go-ahead for|signed off] {amount} [to "
                    "build|for] a new {phase} school on {site}, [creating {pupils} places for "
                    "children in {place}|with room for {pupils} pupils from across {place}]."
                ),
                (
                    "[Plans|Proposals] for {school}, a new {phase} school [with room for "
                    "{pupils} pupils|offering {pupils} places], [have been approved|were "
                    "approved on {weekday}], with [building work due to start within "
                    "{duration}|construction set to begin in {duration}]."
                ),
            ],
            "paraphrase": [
                (
                    "[Youngsters across {place}|Families in {place}|Children growing up in "
                    "{place}|Local pupils in {place}|Parents throughout {place}|The next "
                    "generation in {place}|Households raising youngsters around {place}|Young "
                    "people in {place}] [will gain|are set to get|can look forward to|stand to "
                    "benefit from|will soon have|are in line for|are promised|will be offered] "
                    "{pupils} [extra desks|additional classroom seats|more school spaces|new seats "
                    "in lessons|further spots in class|added capacity in class|fresh enrolment "
                    "slots|more chairs at school] [once {school} rises on {site}|when {school} "
                    "opens its doors on {site}|after {school} is completed at {site}|as {school} "
                    "takes shape at {site}|with {school} to be constructed at {site}|now that "
                    "{site} has been chosen for {school}|because {site} will host {school}|thanks "
                    "to {school}, planned for {site}][, after councillors backed the project|, "
                    "following a vote by councillors|, since elected members gave their blessing|, "
                    "after the scheme won political backing|, with councillors throwing their "
                    "weight behind it|, once the council cabinet agreed|, after a decision at "
                    "county hall|, following approval by local politicians]. [The decision ends "
                    "years of uncertainty|It marks a turning point for the area|Campaigners had "
                    "long pressed for it|The move was widely expected|Officials called it a "
                    "milestone|The vote was unanimous|It follows a lengthy consultation|Supporters "
                    "greeted it with relief][, and building contractors will be appointed next|; "
                    "design work is already under way|, with a planning application to follow|; "
                    "the timetable will be published soon|, and pupils could arrive within a few "
                    "years|; a name and uniform are yet to be chosen|, and a headteacher will be "
                    "recruited|; the site will be cleared first][, officials said|, a spokesperson "
                    "confirmed|, according to council papers|, the report says|, it was "
                    "announced|, the cabinet heard|, education chiefs added|, a briefing noted][, "
                    "and parents were said to be delighted by the news|, with campaigners already "
                    "planning a celebration|, though a few residents remain concerned about "
                    "traffic|, and the response online was overwhelmingly positive|, as head "
                    "teachers nearby welcomed the extra capacity|, while opposition members called "
                    "for tight cost control|, and local businesses hope to win building "
                    "contracts|, so attention now turns to design and staffing]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "The [project|scheme|building] on {site} will cost {amount}, [funded "
                    "through a combination of government grant and developer contributions|paid "
                    "for by a mix of national funding and money from housebuilders|met largely "
                    "from a central government programme], [officials said|the council "
                    "said|according to a report to councillors]."
                ),
                (
                    "[Of the {amount} budget|From the {amount} total|Of the overall cost of "
                    "{amount}], {contribution} [will come from developers building new homes "
                    "nearby|is being paid by housebuilders in the area|comes from planning "
                    "agreements], with the rest [covered|met] by [central government|national] "
                    "funding."
                ),
            ],
            "paraphrase": [
                (
                    "[Housebuilders active locally|Developers putting up homes nearby|Firms "
                    "building estates in the district|Construction companies working in the "
                    "district|Builders behind the new housing|Property developers in the "
                    "town|Companies erecting homes locally|Estate builders in the neighbourhood] "
                    "[are chipping in|will contribute|are handing over|are putting up|will "
                    "provide|have agreed to pay|will stump up|are supplying] {contribution}[ under "
                    "planning deals| as part of their obligations| through legal agreements| as a "
                    "condition of consent| because of planning rules| towards classrooms| for "
                    "education| via section 106 deals][, and national grants cover|; state money "
                    "pays for|, while Whitehall funds|; government cash meets|, with ministers "
                    "funding|; the Department for Education covers|, and a national programme "
                    "meets|; public grants take care of] [the remainder of the {amount} bill|what "
                    "is left of the {amount} cost|the balance of a {amount} budget|everything else "
                    "in a {amount} scheme|the other part of the {amount} price|the outstanding "
                    "share of {amount}|the bulk of {amount} needed|the gap in a {amount} "
                    "project][, council officers confirmed|, according to the funding plan|, a "
                    "cabinet report says|, officials explained|, the finance director said|, "
                    "budget papers show|, councillors were told|, documents reveal][. The local "
                    "share is relatively small|; critics say developers should pay more|. The "
                    "split is typical nationally|; the arrangement was agreed last year|. Some "
                    "worry about cost overruns|; contingency funds are included|. Inflation could "
                    "push the total up|; the council will not borrow for it]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“[Every child in {place} deserves a good local school place|Children in "
                    "{place} should be able to learn close to home|No family in {place} should "
                    "be short of a school place], and [this investment means|with this "
                    "decision] families will no longer [face long journeys|travel to "
                    "neighbouring towns|spend hours on buses] [every morning|each day|before "
                    "lessons start],” said {person}, {official}."
                ),
                (
                    "“We have [listened to|heard from|met with] parents who were "
                    "[worried|anxious|angry] [about rising class sizes|about children being "
                    "sent miles away|that there would be no room for their children], and this "
                    "new school [gives us room to grow|keeps pace with demand|secures enough "
                    "places],” {person}, {official}, said."
                ),
            ],
            "paraphrase": [
                (
                    "[Arguing that local youngsters are entitled to a decent education|Insisting "
                    "youngsters deserve good teaching nearby|Saying children ought to study in "
                    "their own community|Stressing that young people ought to learn near where "
                    "they live|Claiming that pupils should not have to travel far for "
                    "lessons|Making the case for neighbourhood schooling|Pointing out that "
                    "education should be on the doorstep|Declaring that families want quality "
                    "teaching nearby][, {person}, {official}, said|, {official}, {person}, "
                    "argued|, {person}, who is {official}, added|, {official}, {person}, "
                    "stressed|, {person}, {official}, explained|, {official}, {person}, insisted|, "
                    "{person}, {official}, told councillors|, {official}, {person}, suggested] "
                    "that [the expansion|the new building|the extra capacity|this development|the "
                    "project|the additional places|the scheme|the investment] [would spare "
                    "households|should save families|would relieve parents of|could end|ought to "
                    "cut out|would put a stop to|should free many homes from|would bring relief "
                    "from] [lengthy school runs that eat into the day|exhausting daily trips out "
                    "of town|hours spent ferrying children around|costly journeys across the "
                    "county|long waits at windswept bus stops|early starts and late returns "
                    "home|tiring commutes for very young pupils|the daily scramble to distant "
                    "schools][ in the years ahead| from its opening| almost immediately| for "
                    "thousands of pupils| across the area| before long| for good| every term][. "
                    "Parents at the meeting applauded|; several families have waited years|. "
                    "Campaigners welcomed the commitment|; opposition councillors were "
                    "supportive|. Questions about traffic remain|; details will follow|. The vote "
                    "was broadly welcomed|; a few raised concerns about cost][. Families will be "
                    "kept informed at every stage|; a newsletter for parents is promised|. Drop-in "
                    "sessions will be held before building starts|; questions can be submitted "
                    "online|. Updates will appear on the council website|; local schools will be "
                    "consulted on admissions|. A parents’ forum is being set up|; feedback will "
                    "shape the final design]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "[Demand for places|The need for places|Pressure on school places] in "
                    "{place} has [risen sharply|grown quickly|climbed steadily] [in recent "
                    "years|over the past five years|since the last census], [driven by|fuelled "
                    "by|largely because of] {growth}."
                ),
                (
                    "[Council forecasts|Projections|Official estimates] show [a shortfall|a "
                    "shortage] of [about|around|at least] {shortfall} places by the end of the "
                    "decade, [largely because of|mainly due to] {growth}."
                ),
            ],
            "paraphrase": [
                (
                    "[Behind the plan, officials say, lies|The driving force, according to the "
                    "council, is|What prompted the scheme in the first place is|The reason for "
                    "building at all is|Underpinning the whole decision is|At the root of it all, "
                    "planners explain, is|Explaining the urgent need is|The main spur for the "
                    "project is] {growth}[, which officials fear will leave|; planners worry this "
                    "could leave|, and forecasters warn it may leave|, something that could soon "
                    "leave|; on current trends that would leave|, a trend expected to leave|; "
                    "council modelling suggests it will leave|, and without action that would "
                    "leave] {shortfall} [children without a seat in class|youngsters with nowhere "
                    "to study|pupils lacking a classroom|boys and girls without a school to "
                    "attend|local children unplaced|young learners squeezed out|school-age "
                    "children stranded|pupils with no desk nearby] [within a few years|before "
                    "long|in the near future|before the decade is out|in the coming years|sooner "
                    "rather than later|within five years|over the next few intakes][, forcing long "
                    "journeys to schools in other towns|, which would mean badly overcrowded "
                    "classrooms|, leading to bulging class lists and stretched teachers|, "
                    "resulting in brothers and sisters split across schools|, risking breaches of "
                    "the council’s legal duties|, prompting emergency measures such as portable "
                    "classrooms|, triggering a costly rise in transport bills|, bringing real "
                    "hardship for working parents][. The forecasts are updated every year using "
                    "fresh information|; birth rates and housing plans both feed into the model|. "
                    "Officials say the numbers are robust and cautious|; some councillors question "
                    "the figures publicly|. Neighbouring schools are already full to capacity|; "
                    "temporary classrooms have been used for years|. The pressure is greatest in "
                    "the early years|; secondary demand follows a few years later][, and the trend "
                    "shows no sign of easing|, according to the latest projections|, as a cabinet "
                    "report makes clear|, which is why speed matters|, so the new building is "
                    "urgent|, a point made repeatedly by campaigners|, and other schools cannot "
                    "absorb it|, officials say]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "The [building|school|campus] will include {feature}, and its facilities "
                    "[will be open to the wider community|can be hired by local clubs|will be "
                    "shared with the public] [in the evenings and at weekends|outside school "
                    "hours|during the holidays]."
                ),
                (
                    "[Designs|Drawings|Architects’ plans] show a [two-storey|three-storey] "
                    "building with {feature}, [built to strict energy standards with solar "
                    "panels on the roof|heated by air-source heat pumps|designed to be net zero "
                    "in operation]."
                ),
            ],
            "paraphrase": [
                (
                    "[In terms of facilities,|As for the building itself,|Design-wise,|Inside and "
                    "out,|On the facilities front,|Physically,|When finished,|According to the "
                    "drawings,] [among the facilities planned is|highlights of the design take "
                    "in|the plans feature|one notable element is|pupils will benefit from|a key "
                    "part of the scheme is|the layout makes room for|architects have found space "
                    "for] {feature}[, and residents will be able to|; neighbours will also get the "
                    "chance to|, while the community will be allowed to|; sports clubs and "
                    "societies can|, and local groups will be invited to|; members of the public "
                    "may|, and night-school students may|; families nearby could] [book rooms "
                    "after hours|use the spaces in the evening|hire the halls at weekends|borrow "
                    "facilities out of term|make use of the site when lessons end|rent rooms after "
                    "the bell|meet there on weekday nights|take over the hall on Saturdays][, "
                    "while green technology is part of the design|; environmentally friendly "
                    "systems are built in|, and low-carbon engineering runs throughout|; "
                    "sustainable features are included|, with eco-friendly heating forming part of "
                    "the plan|; energy-saving measures are a priority|, and renewable power is "
                    "central|; climate-conscious design features heavily][, officials said|, the "
                    "architects explained|, according to the planning statement|, designers say|, "
                    "council papers show|, the trust confirmed|, the brochure states|, it was "
                    "explained][. Running costs should be low|; the building aims to cut "
                    "emissions|. Playing fields will be retained|; trees will be planted around "
                    "the site|. Cycle storage is generous|; the hall seats several hundred|. "
                    "Accessibility has been prioritised|; outdoor classrooms are planned]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "{school} will be [run|operated] by the {trust}, which [already runs "
                    "several schools in the area|oversees a number of schools in the "
                    "county|took over two local academies last year], [after a competition run "
                    "by the council|following a selection process|having beaten other bidders]."
                ),
                (
                    "The {trust} [was chosen to run the new school|has been selected to operate "
                    "{school}|won the right to run {school}], [beating two other bidders|ahead "
                    "of three rival sponsors|after a competitive process], and will [appoint a "
                    "headteacher|recruit staff] [by the spring|before the end of the "
                    "year|within {duration}]."
                ),
            ],
            "paraphrase": [
                (
                    "[Day-to-day management|Responsibility for running it|Control of the fledgling "
                    "school|Its governance|Oversight of teaching and staff|The job of running "
                    "things|Running the school|Management of the site] [will fall to|has been "
                    "handed to|goes to|will rest with|is entrusted to|now belongs to|will pass "
                    "to|lies with] the {trust}[, an academy chain with other schools nearby|, a "
                    "group that already manages schools locally|, which has several academies in "
                    "the district|, an organisation with a local track record|, a multi-school "
                    "group active locally|, already responsible for nearby schools|, which "
                    "operates academies close by|, a chain with a presence across the region][, "
                    "after coming out on top|, having triumphed|, after prevailing|, having won "
                    "through|, after emerging as the winner|, having seen off rivals|, after "
                    "topping the contest|, having beaten the competition] [in a contest earlier "
                    "this year|last term|in a tender overseen by officials|after interviews and "
                    "presentations|following a detailed assessment|in the spring|against stiff "
                    "opposition|on the strength of its results][. A headteacher will be appointed "
                    "soon|; recruitment of staff follows next|. Its other schools are rated well|; "
                    "parents have mixed views of academies|. The council retains a role in "
                    "admissions|; governors will include local people|. The chain promises close "
                    "community ties|; its chief executive visited the site][, officials said|, "
                    "according to the council|, it was confirmed|, the announcement noted|, a "
                    "statement said|, papers show|, councillors heard|, the trust added]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“We want {school} to be [at the heart of {place}|a real community school "
                    "for {place}|somewhere families in {place} are proud of], where [every "
                    "child is known and challenged|each pupil is stretched and cared for|no "
                    "child is overlooked] [and achieves more than they thought possible|and can "
                    "reach their potential|and can flourish],” said {head}, [who will become "
                    "its first headteacher|its newly appointed head|who has been named as the "
                    "founding head]."
                ),
                (
                    "“[Opening a brand-new school|Leading a school from day one|Starting a "
                    "school from scratch] is [a once-in-a-career opportunity|a huge "
                    "privilege|the chance of a lifetime], and I cannot wait to [welcome the "
                    "first pupils through the doors|meet the children and their families|get "
                    "started in {opening}],” said {head}, the [headteacher-designate|incoming "
                    "headteacher|founding head] of {school}."
                ),
            ],
            "paraphrase": [
                (
                    "[Setting out a vision,|Describing hopes for the future,|In a first "
                    "interview,|Outlining priorities,|Sharing early plans,|Talking to parents,|At "
                    "a welcome event,|Looking ahead to opening day,] [{head}, appointed to lead "
                    "{school} from its opening,|{head}, set to run {school} when it opens,|the "
                    "person chosen to lead {school}, {head},|{head}, hired to set up {school},|the "
                    "leader-in-waiting at {school}, {head},|{head}, recruited to take charge of "
                    "{school},|{school}’s future leader, {head},|{head}, named to guide {school} "
                    "through its first years,] [spoke of wanting|said the aim was for|described a "
                    "goal of helping|talked of enabling|expressed a desire for|wants|would like|is "
                    "keen for] [every youngster|all pupils|each boy and girl|every learner|the "
                    "children who enrol|students of all abilities|every young person|everyone who "
                    "joins] [to feel recognised|to be noticed and valued|to feel they belong|to be "
                    "seen as individuals|to feel known by staff|to be properly looked after|to "
                    "feel at home|to be treated as unique] [and encouraged to exceed "
                    "expectations|and pushed to go further than expected|and inspired to aim "
                    "high|and helped to surprise themselves|and challenged to do better than they "
                    "imagined|and supported to beat their targets|and urged to stretch "
                    "themselves|and spurred on to great things][, adding that kindness and rigour "
                    "would go together|; the new head said high standards would be "
                    "non-negotiable|, and stressed that families would be partners|, while "
                    "promising an open door for parents|; in the words of the head, ambition "
                    "starts on day one|, before insisting that behaviour would be excellent|, and "
                    "predicted a strong start|; the message was that nobody would slip through the "
                    "net][. Recruitment of teachers begins shortly|; the uniform has already been "
                    "chosen|. Visits to feeder schools are planned|; an open evening is "
                    "scheduled|. Parents can register interest online|; a website has been "
                    "launched|. The first intake will be small|; clubs will start from the "
                    "outset]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "“[At the moment my eldest spends|Right now my youngest spends|My son "
                    "currently spends] [nearly an hour on a bus each way|most of the morning "
                    "travelling|two hours a day on the road], so [having a good school within "
                    "walking distance would change everything|a decent school on our doorstep "
                    "would transform our lives|a local school would make a huge difference],” "
                    "said {parent}, [a parent from {place}|a mother of two in {place}|who lives "
                    "in {place}]."
                ),
                (
                    "“Parents [have been campaigning for this for years|have fought for this "
                    "since the estate was built|never gave up], and [it is a relief|we are "
                    "relieved|it is wonderful] that our children will [finally have a school of "
                    "their own|be able to walk to lessons|grow up with classmates from their "
                    "own streets],” said {parent}, [who has two children in {place}|a mother of "
                    "three from {place}|whose children attend a school outside {place}]."
                ),
            ],
            "paraphrase": [
                (
                    "[Among local families,|For one family,|Meanwhile,|Closer to home,|Reacting to "
                    "the news,|In a typical case,|Speaking to this paper,|Among those "
                    "celebrating,] [{parent}, whose family is based in {place},|{parent}, bringing "
                    "up a family in {place},|the {place} parent {parent}|{parent}, a resident of "
                    "{place} with school-age children,|one {place} mother or father, "
                    "{parent},|{parent}, with youngsters at home in {place},|a parent living "
                    "locally in {place}, {parent},|{parent}, part of a young family in {place},] "
                    "[welcomed having a classroom close by|was delighted at the prospect of "
                    "lessons nearby|praised the idea of a school within reach|hailed the chance to "
                    "study locally|was thrilled by the thought of short trips to school|celebrated "
                    "the promise of a nearby school|said a local option would be "
                    "transformative|greeted the plan with relief][, describing lengthy bus "
                    "journeys|, recalling gruelling trips by coach|, complaining about long rides "
                    "every morning|, talking about endless commuting|, pointing to hours lost "
                    "travelling|, explaining the strain of long drives|, referring to dawn "
                    "departures|, lamenting the time spent in transit] [that currently eat into "
                    "the day|which swallow family time|that leave children exhausted|which cut "
                    "into homework time|that make for very early starts|which cost a fortune in "
                    "fares|that wear everyone out|which disrupt the whole household][. Friendships "
                    "would be easier too|; after-school clubs would finally be possible|. Younger "
                    "siblings could follow|; neighbours feel the same|. Mornings would be calmer|; "
                    "the savings would be welcome|. The children are excited|; other parents have "
                    "said similar][, the parent added|, they said|, it was suggested|, by all "
                    "accounts|, according to the family|, they told us|, in their view|, so they "
                    "hope]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "[Some|Several|A number of] neighbours have raised concerns about [extra "
                    "traffic at drop-off and pick-up times|congestion during the school "
                    "run|parking on nearby streets], [and a travel plan encouraging walking and "
                    "cycling has been promised|so the trust will draw up a plan to cut car "
                    "journeys|prompting a pledge to add crossings and cycle lanes near {site}]."
                ),
                (
                    "[Objectors say|Critics of the scheme argue|Opponents claim] {site} is "
                    "unsuitable because of [narrow roads|limited parking|a dangerous junction], "
                    "but planners [concluded the traffic impact would be acceptable|decided the "
                    "effect on roads would be manageable|were satisfied by a transport "
                    "assessment]."
                ),
            ],
            "paraphrase": [
                (
                    "[Not everyone is happy:|The plans have critics, and|Some locals are "
                    "unconvinced;|Support is not universal, as|There is local opposition:|A few "
                    "residents object, because|Not all neighbours approve;|Some voices are "
                    "dissenting, since] [people living nearby|householders on surrounding "
                    "streets|neighbours close to the site|residents in adjoining roads|families "
                    "next door|people on the estate|those whose homes overlook it|homeowners in "
                    "the area] [fear gridlock|predict jams|worry about queues of cars|dread "
                    "tailbacks|expect chaos on the roads|foresee blocked driveways|anticipate "
                    "clogged streets|are anxious about jams] [when parents arrive by car|at the "
                    "start and end of lessons|twice a day in term time|as families drop children "
                    "off|when the bell rings|around the busiest hours of the day|during morning "
                    "arrivals|whenever pupils are collected][, and a commitment to promote "
                    "alternatives has followed|; in response, officials have pledged to encourage "
                    "other options|, and the trust has promised to push greener choices|; planners "
                    "want incentives for alternatives|, so a scheme promoting other modes is "
                    "planned|; the council will champion alternatives|, leading to a promise of "
                    "measures to cut driving|; organisers aim to discourage driving] [such as "
                    "travelling on foot or by bike|like strolling or pedalling to "
                    "lessons|including scooters and buses|from bike racks to safer crossings|such "
                    "as school buses and footpaths|including a park-and-stride scheme|like shared "
                    "lifts and cycle training|such as staggered start times][. Not all objectors "
                    "are satisfied|; monitoring will follow opening|. Parking restrictions may be "
                    "introduced|; a lollipop crossing is planned|. Some remain sceptical|; the "
                    "measures will be reviewed after a year|. Residents will be consulted again|; "
                    "police support the proposals]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "The school is [due to|expected to] open in {opening}, [initially taking a "
                    "single year group|starting with its youngest pupils|with one year group at "
                    "first] [and growing year by year until it is full|before expanding "
                    "gradually|and filling up over several years]."
                ),
                (
                    "[If building stays on schedule|Provided construction runs to plan|All "
                    "being well], the first intake will arrive in {opening}, with [temporary "
                    "classrooms available|a temporary site ready|places at nearby schools held "
                    "back] [should there be delays|as a fallback|just in case]."
                ),
            ],
            "paraphrase": [
                (
                    "[If all goes smoothly,|On the current timetable,|According to the trust,|As "
                    "things stand,|Barring setbacks,|Under the "
                    "proposals,|Officially,|Provisionally,] [youngsters should start attending|the "
                    "first children are expected|lessons are due to begin|pupils should walk "
                    "through the gates|teaching is scheduled to start|classes are planned to get "
                    "going|admissions should begin|the first students should turn up] [in "
                    "{opening}|from {opening}|by {opening}|at the start of {opening}|around "
                    "{opening}|for {opening}|with effect from {opening}|once {opening} comes][, "
                    "according to the latest timetable|, if builders keep to schedule|, officials "
                    "expect|, the trust predicts|, council papers suggest|, subject to final "
                    "checks|, assuming the handover goes well|, on the present programme][, "
                    "beginning with a single cohort|, admitting just one age group initially|, "
                    "with only the youngest initially|, opening to one class of children to "
                    "start|, kicking off with one intake|, taking a lone cohort in year one|, "
                    "launching with a single set of pupils|, with a modest first class][, with "
                    "more added annually|; further cohorts follow every September|, and it will "
                    "expand one step at a time|; extra groups join every September|, growing by "
                    "one cohort each autumn|; numbers will build over time|, adding new classes "
                    "every autumn|; successive intakes will fill it] [until every seat is "
                    "taken|until capacity is reached|until the building is full|until all "
                    "classrooms are used|until numbers peak|until full size is reached|until no "
                    "spaces remain|until design capacity is met][, though numbers may vary|, "
                    "depending on applications|, as demand dictates|, in line with forecasts|, "
                    "across a number of intakes|, cohort by cohort|, at a steady pace|, subject to "
                    "funding][. Contingency plans exist if building overruns|; temporary "
                    "arrangements have been prepared|. Officials say the timetable is realistic "
                    "but tight|; any delay would be communicated to families early|. Parents will "
                    "be told in good time about places|; admissions open well in advance of the "
                    "first term|. The trust says it is confident of hitting the date|; a backup "
                    "site has been identified nearby]."
                ),
            ],
            "quote": False,
        },
    ],
    "background": [
        (
            "[By law,|Legally,|Under education legislation,|As a statutory matter,|In "
            "England,|Formally,|According to the rules,|Under national law,] [councils|local "
            "authorities|education authorities|county and unitary councils|town halls|local "
            "councils|councils everywhere|each local authority] [have a legal duty to make "
            "sure|are obliged to ensure|must guarantee|are responsible for ensuring|carry a "
            "statutory duty to ensure|are required to see to it|must make certain|bear "
            "responsibility for checking] [there are enough school places|sufficient classroom "
            "places exist|every pupil can find a school|enough seats are available in schools|the "
            "supply of places meets demand|children have somewhere to learn|capacity keeps up with "
            "need|no child goes without a place] [for every child in their area|for local "
            "youngsters|across their patch|within their boundaries|for all resident children|for "
            "families they serve|in every district they cover|for the whole population][, but|; "
            "yet|, although|; however,|, even though|; oddly,|, while|; in practice,] [most new "
            "schools are now academies or free schools|new schools now usually open as "
            "academies|fresh schools are mostly run by trusts|councils rarely run new schools "
            "themselves|academy trusts operate most new openings|new provision is largely outside "
            "council control|the schools themselves are often run by others|sponsors, not "
            "councils, typically run them][, a split critics call confusing|, under rules set "
            "nationally|, since reforms a decade ago|, which complicates planning|, by government "
            "design|, to the frustration of some councils|, as policy requires|, leaving councils "
            "with duties but less control]."
        ),
        (
            "[Developers|Housebuilders|Building firms|Companies constructing homes|Estate "
            "developers|Large housebuilders|Builders of new estates|Property companies] [are often "
            "required|are frequently obliged|commonly have|are usually expected|are regularly "
            "asked|must typically agree|tend to be compelled|generally need] [to contribute "
            "towards education|to pay something towards schools|to fund additional classrooms|to "
            "help meet the cost of school places|to put money into local schools|to chip in for "
            "teaching space|to support school provision|to help pay for extra capacity] [when they "
            "build large estates|whenever big developments go ahead|if their schemes add many "
            "homes|as part of major projects|when hundreds of homes are planned|for sizeable "
            "housing schemes|in return for building lots of homes|on substantial new estates][, "
            "through agreements|, via legal deals|, using contracts|, by means of obligations|, "
            "under formal undertakings|, through binding commitments|, in legal settlements|, "
            "through negotiated terms] [attached to planning permission|tied to their "
            "consent|linked to approval|that accompany permission|bound up with the planning "
            "decision|made when consent is granted|written into approvals|signed before building "
            "starts][. The sums vary widely|; negotiations can be lengthy|. Councils sometimes "
            "struggle to collect|; viability arguments can cut payments|. Some money arrives years "
            "later|; timing is often a problem|. Critics want firmer rules|; developers say costs "
            "are high][, planning experts say|, as local councils often complain|, under national "
            "policy|, in the usual way|, as this case shows|, whatever the size of the estate|, "
            "though amounts vary|, in most of England]."
        ),
        (
            "[Falling birth rates|Declining numbers of births|Fewer babies being born|Drops in "
            "births nationally|Lower fertility rates|Shrinking birth rates|Smaller maternity "
            "caseloads|Fewer new arrivals] [mean some areas now have|have left parts of the "
            "country with|leave certain districts holding|are creating in some places|have "
            "produced in many areas|result in some councils having|have given some towns|now leave "
            "pockets with] [surplus primary places|empty seats in infant classrooms|spare capacity "
            "in primaries|more places than pupils|half-empty reception classes|under-filled "
            "primary schools|falling rolls|unused classrooms][ even as| while at the same time| "
            "although| just as| whereas| despite the fact that| yet| at a time when] [fast-growing "
            "towns like {place}|rapidly expanding places such as {place}|booming communities like "
            "{place}|growing towns including {place}|places with new estates such as {place}|areas "
            "of heavy building like {place}|towns on the up such as {place}|expanding settlements "
            "like {place}] [struggle to keep up|cannot build fast enough|run short of places|see "
            "demand outstrip supply|face crowded classrooms|scramble for capacity|fall behind "
            "demand|are bursting at the seams][. Planning therefore varies enormously|; national "
            "averages hide big differences|. Some schools face closure|; others need urgent "
            "expansion|. Forecasting has become harder|; councils must judge carefully|. The "
            "picture changes quickly|; migration adds uncertainty]."
        ),
        (
            "[Academy trusts|Multi-academy trusts|The groups that run academies|Academy "
            "chains|Trusts overseeing academies|Organisations running academies|School "
            "trusts|Academy sponsors] [are funded directly by central government|get their money "
            "straight from Whitehall|receive funding from the state, bypassing councils|are paid "
            "by ministers directly|draw their budgets from national government|are financed by the "
            "education department|take funds directly from the government|are bankrolled by the "
            "centre][ under funding agreements| through contracts with ministers| without passing "
            "through council budgets| on a per-pupil basis| with extra grants for disadvantage| "
            "according to a national formula| in monthly instalments| as independent charities] "
            "[and answer for|and are accountable for|and must account for|and take responsibility "
            "for|and carry the can for|and are judged on|and are held to account for|and must "
            "stand behind] [the performance of every school|results in each of their "
            "schools|standards across all their schools|how each school performs|the progress of "
            "every academy|outcomes in every school|the record of each school|standards in the "
            "classroom] [in their group|they run|under their umbrella|within the chain|in their "
            "family|on their books|in their network|they control][, and can be stripped of schools "
            "that fail|, facing re-brokering if standards fall|, with chief executives accountable "
            "to ministers|, and must publish audited accounts|, with trustees legally "
            "responsible|, while councils watch from the sidelines|, and regional officials can "
            "intervene|, with performance tables published annually][, with inspectors reporting "
            "on each school|, under close national scrutiny|, reporting to a regional director|, "
            "overseen by civil servants|, monitored by the schools inspectorate|, subject to "
            "intervention if results slip|, governed by boards of trustees|, publishing annual "
            "accounts][. Critics say this weakens local oversight|; supporters say it frees "
            "schools to innovate|. Some trusts are very large|; others run only a handful of "
            "schools|. Pay and conditions can differ|; transfers between trusts happen|. "
            "Governance varies widely|; standards are mixed]."
        ),
        (
            "[School transport costs|Spending on home-to-school travel|Bills for taking pupils to "
            "school|The cost of school buses and taxis|Transport budgets for pupils|Outlays on "
            "getting children to school|Money spent on pupil transport|Travel costs for "
            "schoolchildren] [have risen sharply for councils|have climbed steeply in town "
            "halls|have soared for local authorities|have ballooned for councils|have grown fast "
            "for councils|have jumped for many authorities|have escalated across councils|have "
            "become a big burden for councils][, particularly|, especially|, above all|, notably|, "
            "most of all|, chiefly|, mainly|, in particular] [for pupils who must travel long "
            "distances|where children face long trips|for youngsters living far from school|when "
            "pupils are sent miles away|for rural children|for those without a nearby place|where "
            "the nearest suitable school is distant|for children with long journeys] [to a "
            "suitable place|to reach an appropriate school|to get to lessons|to a school that can "
            "take them|to their allocated school|for their education|to a school with room|to "
            "class][, along with those with special needs|, and specialist transport is "
            "costliest|, with taxi contracts expensive|, as fuel and driver wages rise|, while "
            "budgets shrink|, amid a shortage of drivers|, alongside other rising costs|, "
            "according to council finance reports][. Some councils have cut discretionary routes|; "
            "parents often pay for older children|. The bill runs into millions|; it competes with "
            "other services|. Legal duties limit savings|; demand keeps growing|. Local schools "
            "reduce the cost|; new places can help]."
        ),
        (
            "{council} [draws up a forecast|produces projections|prepares an estimate|calculates "
            "expected numbers|models future demand|publishes predictions|compiles a "
            "forecast|issues an outlook] [of pupil numbers|of how many children will need "
            "places|for school rolls|of future enrolments|for classroom demand|of likely "
            "admissions|of the school-age population|for pupil places] [each year|annually|every "
            "twelve months|once a year|on a yearly cycle|in an annual exercise|every autumn|year "
            "by year][, using|, drawing on|, based on|, informed by|, combining|, relying on|, "
            "built from|, using data such as] [birth data|figures on births|health service birth "
            "records|numbers of babies born|registrations of births|GP registrations of young "
            "children|maternity statistics|the count of under-fives] [and expected "
            "housebuilding|along with planned new homes|plus housing forecasts|together with "
            "building plans|and the pipeline of new homes|alongside approved developments|and "
            "housing trajectories|and likely construction] [in {place}|around {place}|across "
            "{place}|for {place}|covering {place}|throughout {place}|within {place}|in and near "
            "{place}][. The figures are checked against past accuracy|; margins of error are "
            "included|. Results are shared with schools|; headteachers scrutinise them|. Sudden "
            "changes can upset forecasts|; migration is hard to predict|. Officers revise them "
            "regularly|; the method follows national guidance]."
        ),
        (
            "{head} [has spent most of a long career|has devoted the bulk of a career|has spent "
            "much of their working life|has passed many years|has worked for decades|has built a "
            "career|has spent the majority of their career|has clocked up many years] [in the "
            "classroom|teaching children|at the chalkface|in front of pupils|in schools|as a "
            "teacher|leading lessons|in education][, including several years|, among them a "
            "spell|, with a stint|, taking in years|, incorporating time|, including a period|, "
            "with several years|, counting a stretch] [as a deputy head|as second in command at a "
            "school|in a senior leadership role|as an assistant head|running a department|as "
            "deputy headteacher|in charge of teaching standards|in senior management] [in another "
            "part of the county|elsewhere in the region|at a school further afield|in a "
            "neighbouring authority|at a city school|in a nearby town|at a large comprehensive "
            "elsewhere|in a different district][, where results improved|, earning good reviews|, "
            "with a strong inspection report|, building a reputation for pastoral care|, known for "
            "raising standards|, praised by parents|, credited with turning things round|, admired "
            "by colleagues][. Colleagues describe a calm and organised leader|; former pupils "
            "speak warmly|. The appointment was made after interviews|; governors were unanimous|. "
            "The role begins before opening|; planning is under way|. Experience of new schools "
            "helped|; references were excellent]."
        ),
        (
            "{person} [has previously warned|has cautioned before now|has raised the alarm|has "
            "told colleagues|has pointed out|has flagged up|has argued in meetings|has made clear] "
            "[that the authority faces|that the council is facing|that the county is looking "
            "at|that the town hall confronts|that officials are staring at|that the budget must "
            "absorb|that the council must meet|that taxpayers face] [a growing bill|a rising "
            "cost|an expanding expense|a bigger invoice every year|mounting charges|escalating "
            "spending|a ballooning outlay|an increasing burden] [for sending children|for "
            "transporting pupils|for placing youngsters|for moving children|for taxis and buses "
            "taking pupils|for paying to send pupils|for ferrying children|for shipping pupils] "
            "[to schools outside {place}|to classrooms beyond {place}|to schools far from "
            "{place}|away from {place} for lessons|out of {place} every day|to other towns from "
            "{place}|to classrooms elsewhere, away from {place}|beyond the boundaries of "
            "{place}][, calling it unsustainable|, describing it as a drain|, urging action|, as "
            "demand rises|, which squeezes other services|, unless new places are built|, with no "
            "end in sight|, a concern others share][. The new school should ease that|; officers "
            "agree|. Figures back the claim|; the opposition concurs|. It has been a recurring "
            "theme|; reports to cabinet confirm it|. Savings could be significant|; timing "
            "matters]."
        ),
        (
            "The {trust} [has taken on more schools|has expanded its portfolio|has grown its "
            "family of academies|has absorbed extra schools|has added academies|has welcomed new "
            "schools|has enlarged its network|has brought more schools into the fold] [in the last "
            "ten years|over the past decade|since it was founded|in recent years|across the last "
            "decade|during the past ten years|over a number of years|in quick succession][ through "
            "mergers and takeovers| often at the request of officials| as struggling schools "
            "sought a sponsor| with a strategy of steady growth| including several converter "
            "academies| while building a central team| mostly in market towns| amid some "
            "controversy][ and now educates| and today teaches| and currently serves| and now "
            "looks after| and presently educates| and these days teaches| and now caters for| and "
            "at present serves] [children across several towns|pupils in a string of "
            "towns|youngsters in several communities|students across the region|many thousands of "
            "local pupils|children from many districts|learners in a number of towns|young people "
            "countywide][, with a central team|, from a head office|, through shared services|, "
            "with trust-wide policies|, under a single board|, with common training|, using shared "
            "staff|, with pooled budgets][ handling finance and recruitment| that sets standards| "
            "supporting headteachers| overseeing improvement| running back-office work| "
            "coordinating training| monitoring results| managing estates][. Results across its "
            "schools are mixed|; several are rated good|. Its growth has been rapid|; critics "
            "question the pace|. Parents generally report satisfaction|; staff turnover is a "
            "concern|. It promises local autonomy|; its leaders speak of partnership][. Its chief "
            "executive sits on regional panels|; it runs a teacher training programme|. Its "
            "central charges have been questioned|; it says pooling saves money|. Parents can "
            "raise concerns with trustees|; local governing bodies remain|. Its growth has been "
            "watched by officials|; further expansion is planned]."
        ),
    ],
    "commentary": [
        (
            "[Let us say it plainly:|Amid so much gloomy news,|In an age of cuts,|Whatever the "
            "quibbles,|Before the arguments start,|For once,|It is worth pausing to note "
            "that|Credit where it is due:] [a new school|fresh classrooms for local children|a "
            "brand-new place of learning|the arrival of a school|building somewhere for children "
            "to learn|an investment in education|opening a school|a school built from scratch] [is "
            "one of the most hopeful things|ranks among the most optimistic projects|counts as "
            "about the most positive investment|stands out as a genuinely uplifting step|is "
            "perhaps the best vote of confidence|remains the most encouraging kind of "
            "development|beats almost anything else|is as hopeful as it gets] [a town can "
            "build|any community could wish for|local government can deliver|that councils ever "
            "manage|a growing place can make|money can buy locally|a district can commit to|in "
            "civic life][, and {place} should celebrate it|; {place} has every reason to cheer|, "
            "so {place} deserves its moment of pride|; residents of {place} may rightly rejoice|, "
            "and the whole of {place} should mark the day|; {place} is entitled to feel pleased|, "
            "which is why {place} should be delighted|; for {place}, this is a day to savour][. "
            "The hard work starts now|; the details matter next|. Getting it right is the "
            "challenge|; expectations will be high|. It must deliver on its promise|; everyone "
            "will be watching|. Staffing will decide success|; ambition must match the building][, "
            "and the council knows it|, as campaigners will insist|, for pupils above all|, from "
            "the first day|, whatever the budget|, and quickly|, in every classroom|, right from "
            "the start]."
        ),
        (
            "[Let us be honest:|Frankly,|It must be said that|In fairness to them,|Above "
            "all,|Quite clearly,|No one can deny that|Put bluntly,] [parents|families|mothers and "
            "fathers|local families|households with children|those with young children|parents on "
            "the estates|families in the area] [have waited too long for this|have been kept "
            "waiting far too long|deserved this years ago|have been patient beyond reason|should "
            "not have had to wait so long|have been left in limbo|have had a long and anxious "
            "wait|have endured years of delay][, and the council|, so the authority|; the town "
            "hall|, and officials|, so councillors|; the local authority|, and those in charge|; "
            "cabinet members] [should be honest about|must come clean about|ought to admit|need to "
            "be frank about|should acknowledge|must own up to|should explain|ought to spell out] "
            "[how close the shortfall came|how near the area came|just how close things came|how "
            "narrowly the town escaped being pushed|the extent to which the system came close|how "
            "close local schools came|how dangerously close it came|whether the authority nearly "
            "slid] [to becoming a crisis|to full-blown emergency|to breaking point|to leaving "
            "children unplaced|to a real crisis for families|to serious harm|to disaster|to a "
            "legal failure][. Lessons must be learned|; the planning failed|. Forecasts were "
            "ignored for too long|; warnings went unheeded|. Accountability matters|; residents "
            "deserve an explanation|. Transparency would build trust|; honesty costs nothing]."
        ),
        (
            "[Planning for school places|Providing classrooms|Preparing for more pupils|Sorting "
            "out school capacity|Thinking about schools|Planning new classrooms|Organising places "
            "for children|Arranging school capacity] [ought to begin|should start|must get under "
            "way|needs to happen|should be settled|ought to be decided|must be agreed|has to "
            "begin] [when the houses are approved|the moment estates get permission|as soon as "
            "housing is signed off|when planners give consent for homes|when new estates are at "
            "the planning stage|the day building is agreed|when developments are first approved|as "
            "housing schemes win approval][, not|; never|, rather than|; certainly not|, instead "
            "of|, as opposed to|; under no circumstances|, unlike now,] [years after the families "
            "have moved in|long after residents arrive|once classrooms are already full|after the "
            "children have arrived|when the estate is finished|years down the line|after the "
            "damage is done|when it is already too late][. Too often|; repeatedly|. Frequently|; "
            "time and again|. Regularly|; in case after case|. Historically|; all over England] "
            "[the order is reversed|infrastructure lags behind|schools come last|councils play "
            "catch-up|families pay the price|children end up travelling|the sequence goes "
            "wrong|promises arrive late][, and it must change|, which is indefensible|, to the "
            "benefit of nobody|, with predictable results|, as this case shows|, at great cost|, "
            "and it keeps happening|, sadly]."
        ),
        (
            "[Traffic worries|Concerns about congestion|Fears over cars|Parking anxieties|Worries "
            "about the school run|Complaints about traffic|Local fears about jams|Objections over "
            "traffic] [are real|are genuine|deserve to be taken seriously|are "
            "understandable|should not be dismissed|have some basis|are legitimate|are fair "
            "enough][, but|; yet|, though|; however,|, although|; still,|, and yet|; even so,] "
            "[they are not a good enough reason|they cannot justify|they do not warrant|they are "
            "no excuse|they fall far short of a case|they do not outweigh the need|they should not "
            "be used|they hardly amount to grounds] [to deny children a local education|for "
            "refusing pupils a school nearby|for sending youngsters miles away|to keep a school "
            "out of the area|for blocking nearby classrooms|for keeping places out of reach|to "
            "stop a school being built|to turn down local schooling][. Sensible travel plans|; "
            "better crossings|. Staggered start times|; school streets|. Safe cycle routes|; good "
            "bus links|. Walking buses|; parking enforcement] [can ease the problem|will help a "
            "great deal|should deal with much of it|can solve most of it|go a long way|can limit "
            "the impact|can manage the risk|will soften the blow][, as schools elsewhere show|, "
            "given the will|, if properly funded|, with community support|, in most cases|, over "
            "time|, if enforced|, sensibly]."
        ),
        (
            "[Understandably,|Inevitably,|Quite properly,|Not unreasonably,|Predictably,|As ever "
            "with academies,|Rightly,|Some will say that] [handing the school to an academy "
            "chain|giving control to a multi-academy trust|the choice of an outside "
            "sponsor|placing the school with a trust based elsewhere|awarding it to a large "
            "schools group|letting a chain operate the building|outsourcing its management to a "
            "trust|the decision to involve an academy operator] [raises fair questions|prompts "
            "legitimate questions|invites reasonable doubts|poses proper questions|throws up valid "
            "concerns|raises serious issues|sparks sensible questions|provokes fair challenges] "
            "[about local accountability|about who answers to parents|over democratic "
            "oversight|about local control|about accountability to the town|about who is really in "
            "charge|about transparency and control|over who residents can hold responsible][ that "
            "deserve proper answers| needing a clear response| worth addressing early| which the "
            "council must tackle| requiring honest replies| that ought to be settled now| which "
            "cannot simply be ignored| demanding transparency][. Parents should know|; residents "
            "need to understand|. The community deserves to know|; families must be told|. Voters "
            "should learn|; councillors need to know|. Taxpayers deserve to hear|; governors "
            "should explain] [who decides admissions|how complaints are handled|who sets the "
            "budget|what happens if standards slip|how the town will have a say|who can change the "
            "rules|where power really lies|who will listen to them][, clearly and early|, before "
            "it opens|, in plain language|, without jargon|, publicly|, in writing|, right now|, "
            "at the outset]."
        ),
        (
            "[In the end,|Ultimately,|When all is said and done,|Beyond the ribbon cutting,|Once "
            "the builders leave,|Long term,|Above everything else,|Whatever the building looks "
            "like,] [the real test|the true measure of success|what matters most|the key "
            "question|the crucial issue|the deciding factor|the biggest challenge|the acid test] "
            "[will be whether the shiny new premises|is whether the school|lies in whether this "
            "fine new building|comes down to whether the new campus|rests on whether the completed "
            "site|depends on whether its leaders|hinges on whether the trust|turns on whether its "
            "governors] [can attract|manages to recruit|is able to draw in|can hire|can lure|can "
            "win over|can bring in|can find] [and keep|and hold on to|and retain|and then "
            "nurture|while retaining|and stop losing|and develop|and sustain] [good "
            "teachers|talented staff|skilled teachers|strong classroom staff|committed "
            "teachers|experienced staff|high-quality teachers|dedicated teachers][ in a tight "
            "labour market| amid a national shortage| when recruitment is hard| as vacancies "
            "multiply| with pay lagging| against fierce competition| in a difficult climate| given "
            "shortages in key subjects][. Buildings do not teach children|; staff make the "
            "difference|. Without teachers, walls are empty|; people matter more than bricks|. "
            "Good staff are the whole point|; the rest follows from them|. Housing costs may deter "
            "applicants|; incentives may be needed]."
        ),
        (
            "[Too many children in rural areas|Countless pupils in the countryside|Many youngsters "
            "in villages|Large numbers of rural children|Plenty of pupils in remote areas|Village "
            "children in great numbers|Far too many country pupils|A great many children out of "
            "town] [lose hours each week|spend much of every week|waste many hours weekly|give up "
            "a day a week|sacrifice whole evenings|forfeit precious time|lose whole afternoons "
            "weekly|squander long stretches] [to bus journeys|on coaches|travelling to school|in "
            "the back of cars|on long school runs|on the road|on buses and trains|commuting to "
            "lessons][, and that time|; those hours|, and such time|; every minute of it|, and the "
            "wasted time|; the journey|, and those long hours|; this time] [is lost to learning "
            "and play|could be spent learning|might be used for homework|would be better spent "
            "playing|is stolen from childhood|comes out of family life|is taken from sleep and "
            "study|is gone for good][. Local schools give it back|; a nearby school helps|. "
            "Proximity matters|; distance has a cost|. Shorter journeys change lives|; every mile "
            "counts|. Time is precious|; childhood is short][, as families here know|, obviously|, "
            "for every child|, especially for the youngest|, in our view|, above all|, truly|, in "
            "every sense]."
        ),
    ],
}

HOUSING_DECISION: Topic = {
    "name": "housing_decision",
    "slots": {
        "developer": [
            "Harrowfield Homes",
            "Castlebrook Developments",
            "Linden & Marsh Estates",
            "Greystone Living",
            "Meadowgate Homes",
            "Stonecroft Residential",
            "Brambleton Homes",
        ],
        "homes": ["450", "1,200", "280", "2,500", "650", "180", "900"],
        "site": [
            "farmland off Longacre Road",
            "greenfield land at Haddon Fields",
            "fields between the bypass and Cold Ashby Lane",
            "meadows at Honeypot Farm",
            "farmland north of the ring road",
            "grazing land at Pennycress Farm",
            "open countryside off Mill Hill",
        ],
        "affordable": ["20%", "25%", "30%", "35%", "40%", "15%"],
        "infrastructure": [
            "a new primary school and a GP surgery",
            "a community centre and play areas",
            "a link road and new bus services",
            "a local shop and sports pitches",
            "a health centre and allotments",
            "a new roundabout and cycle paths",
        ],
        "objection": [
            "the loss of green space",
            "pressure on already overstretched GP surgeries",
            "increased traffic on rural lanes",
            "flood risk on the site",
            "harm to the setting of a conservation area",
            "the impact on wildlife habitats",
        ],
        "group": [
            "Green Gap Action Group",
            "Village Voice Residents’ Association",
            "Protect Our Fields campaign",
            "Vale Heritage Society",
            "Countryside Before Concrete group",
            "Northside Residents’ Forum",
        ],
        "objector": [
            "Gillian Marchbanks",
            "Peter Haverstock",
            "Yvonne Tillotson",
            "Graham Eckersley",
            "Deirdre Moss",
            "Hugh Penhaligon",
            "Anita Brough",
            "Clive Westaway",
        ],
        "dev_official": [
            "managing director",
            "planning director",
            "land director",
            "regional chairman",
            "chief executive",
            "development director",
        ],
        "vote": [
            "seven votes to four",
            "six votes to five",
            "nine votes to two",
            "eight votes to three",
            "five votes to four",
            "seven votes to five",
        ],
        "council": [
            "Tarnside Borough Council",
            "Marchbury District Council",
            "Sandleigh Borough Council",
            "Harlowmere District Council",
            "Glenford City Council",
            "Westmoor Vale District Council",
        ],
        "start": [
            "next spring",
            "early next year",
            "within 12 months",
            "later this year",
            "in the summer",
            "in the autumn",
        ],
        "build_years": [
            "ten years",
            "seven years",
            "15 years",
            "five years",
            "12 years",
            "eight years",
        ],
        "critic": [
            "Rebecca Lowther",
            "Osman Ali",
            "Brenda Kitching",
            "Nathan Sellick",
            "Francesca Dyer",
            "Ian Brocklehurst",
            "Kamala Iyer",
            "Walter Pym",
        ],
    },
    "headlines": [
        (
            "{homes} homes [approved|given go-ahead|backed by councillors] [on {site}|near "
            "{place}|in {place}] despite {number} objections"
        ),
        "Councillors back {developer} plan for {homes} homes in {place}",
        "Campaigners consider legal challenge after {place} housing vote",
        (
            "[Green light|Go-ahead|Approval|Consent|Thumbs-up|Planning "
            "nod|Council backing|Final approval] [for estate|for new "
            "houses|for housing scheme|for hundreds of homes|for "
            "development|for building plan|for new neighbourhood|for homes "
            "plan] [on edge of {place}|outside {place}|near {place}|on fields "
            "by {place}|on {place} outskirts|beside {place}|at {place} "
            "fringe|close to {place}] "
            "[angers|infuriates|dismays|enrages|upsets|riles|outrages|frustrates] "
            "[opponents|objectors|villagers|campaigners|neighbours|residents|protesters|critics][ "
            "in village| across parish| in community| among locals| in the "
            "area| nearby| at meeting| in packed hall][ as fight goes on| amid "
            "legal threat| after stormy debate| as vote splits council| over "
            "traffic fears| despite protests| with appeal mooted| as battle "
            "lines harden]"
        ),
    ],
    "standfirsts": [
        (
            "{council} approved the [scheme|application|plans by {developer}] by {vote}, with "
            "{affordable} of the properties [to be affordable|set aside for local buyers and "
            "renters|offered below market prices]."
        ),
        "Opponents raised concerns about {objection}, but planning officers recommended approval.",
        "{developer} will contribute {amount} towards local services as part of the deal.",
        (
            "[A packed committee room|A crowded council chamber|A full public "
            "gallery|An overflowing meeting hall|A standing-room-only "
            "session|A tense planning meeting|A lively hearing at the town "
            "hall|A hot and crowded committee session] [heard arguments for "
            "and against|listened to both sides of the debate over|was treated "
            "to fierce exchanges about|heard impassioned speeches on|witnessed "
            "heated debate over|heard supporters and objectors clash over|sat "
            "through hours of argument about|weighed competing views on] [a "
            "development|a housing scheme|a large new estate|hundreds of "
            "homes|a contentious plan|the proposed neighbourhood|a building "
            "project|the controversial application] [that will reshape the "
            "village edge|set to alter the outskirts forever|set to change the "
            "look of the settlement|which will redraw the village "
            "boundary|that will alter the approach to the village|due to "
            "swallow open fields nearby|set to extend the built-up area|which "
            "will change the village for good][, before councillors cast their "
            "votes|, ahead of a close vote|, as emotions ran high|, with many "
            "turned away at the door|, while protesters waited outside|, in a "
            "meeting lasting hours|, under the glare of cameras|, before a "
            "narrow decision][. Opponents left disappointed|; supporters said "
            "homes were needed|. Tempers frayed at times|; police were on "
            "standby|. Jeers followed the result|; a few cheered the result|. "
            "Campaigners promised further resistance|; the developer welcomed "
            "the vote]."
        ),
    ],
    "facts": [
        {
            "original": [
                (
                    "[Plans|Proposals|An application] for {homes} homes on {site} [have been "
                    "approved|were approved on {weekday}|won approval] by {council} [despite|in "
                    "spite of] {number} objections [from residents|from local people|lodged by "
                    "the public]."
                ),
                (
                    "Councillors [voted|decided] by {vote} on {weekday} to [grant planning "
                    "permission for|approve plans by|give the go-ahead to] {developer} to build "
                    "{homes} homes on {site} on the [edge|outskirts] of {place}."
                ),
                (
                    "{developer} [has won|was granted] permission to build {homes} homes on "
                    "{site}, [after|when] {council}’s planning committee [backed the scheme on "
                    "{weekday}|approved the plans at a packed meeting|voted it through by "
                    "{vote}]."
                ),
            ],
            "paraphrase": [
                (
                    "[The go-ahead has been given|Consent has now been granted|Planners have said "
                    "yes|A green light has been issued|Approval has come through|Councillors have "
                    "signed off the scheme|The development has been cleared|Permission was granted "
                    "this week] [for {developer} to put up {homes} houses on {site}|allowing "
                    "{site} to receive {homes} new houses from {developer}|so that {developer} can "
                    "erect {homes} dwellings across {site}|letting {site} be covered with {homes} "
                    "properties by {developer}|with {homes} dwellings planned for {site} and "
                    "{developer} as builder|meaning {developer} may now construct {homes} "
                    "dwellings on {site}|so {site} will gain {homes} new houses built by "
                    "{developer}|enabling {developer} to raise {homes} houses over {site}][, even "
                    "though {number} people wrote in opposing it|, notwithstanding {number} "
                    "letters of protest|, although {number} residents formally objected|, in the "
                    "face of {number} written complaints|, once {number} people had lodged "
                    "complaints|, overriding {number} submissions against it|, disregarding "
                    "{number} hostile responses|, though {number} locals put their names to "
                    "objections]. [The decision|The outcome|The vote|The ruling|The approval|This "
                    "result|The verdict|What the panel decided] [angered campaigners|dismayed many "
                    "neighbours|delighted the builder|split opinion in the village|drew gasps from "
                    "the public gallery|came after a long debate|was greeted with boos|surprised "
                    "few observers][, and a legal challenge is being considered|; opponents say "
                    "the fight goes on|, while supporters point to the need for homes|; work could "
                    "start within months|, though conditions were attached|; the developer "
                    "promised to listen|, and the mood outside was bitter|; councillors defended "
                    "their choice][, reports suggest|, it emerged|, according to those present|, "
                    "sources say|, witnesses said|, by all accounts|, it was reported|, observers "
                    "noted]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "[Under the plans|According to the plans|Under the approved scheme], "
                    "{affordable} of the homes will be [classed as affordable|offered at "
                    "affordable rents or prices|sold or let below market rates], and "
                    "{developer} will [fund|pay for|deliver] {infrastructure}."
                ),
                (
                    "The [scheme|development|estate] [includes|will include] {infrastructure}, "
                    "with {affordable} of the [properties|houses] [set aside as affordable "
                    "housing|reserved for first-time buyers and renters|earmarked for social "
                    "rent and shared ownership]."
                ),
            ],
            "paraphrase": [
                (
                    "[Around {affordable} of what gets built|Roughly {affordable} of the new "
                    "dwellings|Some {affordable} of the finished houses|About {affordable} of the "
                    "total|In the region of {affordable} of everything constructed|Close to "
                    "{affordable} of the neighbourhood|Approximately {affordable} of the units|A "
                    "share of {affordable} of the plots] [must go for below open-market "
                    "levels|must be offered on cheap rent or sale|will be priced for modest "
                    "incomes|must be discounted for local people|will be earmarked for cheaper "
                    "rent or sale|will go at reduced cost|must be within reach of ordinary "
                    "earners|will be set aside at lower prices][, with priority for people with a "
                    "local connection| under a formula agreed with the council| through a housing "
                    "association partner| in line with local planning policy| spread across every "
                    "phase of the estate| in a mix of rented and part-owned homes| as the legal "
                    "agreement sets out| with nominations made by the council][, and the builder "
                    "will also provide|; in addition, the developer must supply|, while the firm "
                    "is committed to delivering|; the company will also put in|, plus the builder "
                    "has promised|; alongside that, the developer will build|, and the scheme "
                    "comes with|; there will also be] {infrastructure} [as part of the deal|under "
                    "the agreement|as a condition|in return for consent|before the last homes are "
                    "sold|in the early phases|at its own expense|within the first few years][ "
                    "before the final phase is occupied| on land set aside within the site| to a "
                    "standard agreed with officials| with money held in escrow| under strict "
                    "trigger points| subject to independent checks| at a location near the main "
                    "entrance| once a set number of homes is sold][, officials confirmed|, the "
                    "committee heard|, the decision notice says|, papers show|, the planning "
                    "report says|, councillors were told|, it was agreed|, conditions state][. "
                    "Critics doubt the cheaper homes will materialise|; housing charities want a "
                    "higher share|. Some say the discount is not enough|; local buyers will get "
                    "priority|. The proportion meets council policy|; campaigners wanted more|. "
                    "Viability tests could cut the figure|; the numbers will be monitored]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“This is a [dark day|sad day|shameful day] for {place}: [once these fields "
                    "are gone they are gone forever|we will never get this countryside back|a "
                    "green landscape is being concreted over], and [nobody has explained where "
                    "the extra cars will go|no one has told us where the traffic will go|the "
                    "roads are already full],” said {objector}, of the {group}."
                ),
                (
                    "“We are not against [new homes|housing|development], but [this is the "
                    "wrong site|these fields are the wrong place|{site} is simply unsuitable]: "
                    "[the roads, schools and surgeries|local services|our village lanes] "
                    "[cannot cope|cannot take any more|will not absorb {homes} more "
                    "households],” {objector}, of the {group}, said."
                ),
            ],
            "paraphrase": [
                (
                    "[Speaking after the vote,|In a bitter response,|Outside the meeting,|Visibly "
                    "upset,|In a statement,|Later that evening,|Addressing supporters,|Shortly "
                    "after the decision,] [{objector}, who speaks for the {group},|{objector}, a "
                    "campaigner with the {group},|the {group} chair, {objector},|{objector}, a "
                    "leading figure in the {group},|speaking for fellow {group} members, "
                    "{objector}|{objector}, on behalf of the {group},|{objector}, whose {group} "
                    "led the opposition,|{objector}, who helps run the {group},] [mourned the "
                    "disappearance of open countryside|lamented the loss of fields and "
                    "hedgerows|grieved for the meadows that will vanish|regretted the end of a "
                    "much-loved landscape|spoke sadly of farmland lost for good|decried the "
                    "destruction of green space|bemoaned the bulldozing of open land|described "
                    "losing cherished countryside] [and doubted that|while questioning whether|and "
                    "expressed scepticism that|and voiced doubt that|while wondering whether|and "
                    "cast doubt on whether|and questioned if|while disputing that] [the area could "
                    "handle|local services would cope with|the village could absorb|surgeries and "
                    "schools could manage|the lanes could carry|the community could "
                    "accommodate|existing facilities would stretch to|the neighbourhood could "
                    "support] [so many extra residents|hundreds more people|such a jump in "
                    "population|an influx on this scale|the new arrivals|that many newcomers|the "
                    "added households|a population boom][. Supporters in the gallery applauded|; "
                    "campaigners vowed to continue|. A protest is planned|; the group will "
                    "consider its options|. Many left the meeting in tears|; petitions will "
                    "continue|. Members will meet this week|; lawyers have been contacted][, the "
                    "group said|, members confirmed|, according to organisers|, it was announced|, "
                    "supporters added|, a statement said|, the chair confirmed|, volunteers said]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "“{place} [needs more homes that local families can afford|is crying out "
                    "for affordable homes|has a serious shortage of housing], and this "
                    "[scheme|development] will deliver them alongside [real investment in the "
                    "community|a new school and surgery|genuine benefits for existing "
                    "residents],” said {person}, {dev_official} of {developer}."
                ),
                (
                    "“We have [listened carefully to the concerns raised|worked hard to respond "
                    "to residents|changed the plans significantly], and the [final|revised] "
                    "scheme [includes more green space and better road links|is a much better "
                    "development as a result|protects the most sensitive parts of the site],” "
                    "{person}, {dev_official} of {developer}, said."
                ),
            ],
            "paraphrase": [
                (
                    "[Speaking for|On behalf of|Representing|In a statement from|For|Defending the "
                    "plans for|Responding for|Answering critics for] {developer}, {person} "
                    "[said|argued|insisted|maintained|stressed|claimed|told the "
                    "committee|suggested] that [the project|the estate|the development|the new "
                    "neighbourhood|the scheme|these homes|the proposal|the plan] [answered a "
                    "pressing need|met an urgent demand|filled a serious gap|addressed an acute "
                    "lack|responded to real demand|tackled a chronic shortfall|catered for clear "
                    "demand|plugged a gap] [for housing in {place}|for homes across {place}|for "
                    "places to live in {place}|in the {place} housing market|among households in "
                    "{place}|across the {place} property market|for dwellings around {place}|for "
                    "starter homes in {place}] [that ordinary earners could buy|within reach of "
                    "average wages|that young families could afford|priced for local incomes|that "
                    "key workers could manage|at prices people can pay|that first-time buyers can "
                    "reach|for people on normal salaries][, and would bring wider benefits|, while "
                    "delivering broader gains|, adding that the town would gain in other ways|, "
                    "and promised benefits beyond housing|, with knock-on gains for local shops|, "
                    "and said the wider area would benefit|, plus extra spending in local "
                    "businesses|, alongside jobs during construction][. The firm pledged to work "
                    "with neighbours|; construction jobs will go to local people|. A liaison group "
                    "will be set up|; the company apologised for any upset|. Landscaping will "
                    "soften the impact|; it hopes to win residents over|. Progress will be shared "
                    "online|; the builder has a good track record]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "[Objectors|Opponents|Residents] [raised concerns about {objection} and the "
                    "sheer size of the estate|said {objection} had been badly "
                    "underestimated|warned that {objection} would blight the area for decades], "
                    "while [the parish council|a neighbouring parish council|the local civic "
                    "society] [also opposed the plans|had also objected to the "
                    "application|spoke against the scheme] at the committee meeting."
                ),
                (
                    "[More than|Over] {number} [letters|comments|representations] were "
                    "submitted opposing the application during a [six-week|lengthy] "
                    "consultation, [with many citing {objection}|most of them focused on "
                    "{objection}|raising {objection} among other issues]."
                ),
            ],
            "paraphrase": [
                (
                    "[In the consultation,|According to the planning file,|Among hundreds of "
                    "submissions,|At the hearing,|On paper,|From the letters received,|In written "
                    "objections,|Across the responses,] [top of the list of worries|the biggest "
                    "fear|chief among the complaints|the concern mentioned most|foremost among the "
                    "grievances|what bothered objectors most|the issue raised most often|the "
                    "dominant theme of the objections] [put forward was|voiced by residents was|in "
                    "the letters was|at the hearing was|during consultation was|among neighbours "
                    "was|in submissions was|from villagers was] {objection}[, and elected village "
                    "representatives|; local elected members|, while village councillors|; the "
                    "community’s own councillors|, and representatives of the village|; "
                    "parish-level politicians|, and village leaders|; elected figures in the "
                    "village] [lodged their own complaint too|also registered opposition|added "
                    "their voices to the protest|formally objected as well|put in a complaint of "
                    "their own|joined the opposition|made their own objection|sided with the "
                    "objectors][, though councillors were unpersuaded|; however, the committee "
                    "disagreed|, but the majority was unmoved|; even so, approval followed|, yet "
                    "the plans went through|; nonetheless the vote went the other way|, although "
                    "officers advised otherwise|; still, the scheme was backed][. The scale of the "
                    "scheme also drew criticism|; some questioned its design|. Drainage was "
                    "another worry|; wildlife groups raised issues|. Loss of views featured too|; "
                    "noise during building was mentioned|. Some supported the homes|; younger "
                    "residents were more positive]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "[Planning officers at {council}|Council planners in {place}|Officers] had "
                    "recommended approval of the {homes}-home scheme, [noting that the council "
                    "cannot show a five-year supply of housing land|pointing out that the "
                    "district is short of housing land|because the council is behind on its "
                    "housing targets], [and warning of a costly appeal if it refused|so a "
                    "refusal would probably be overturned|which leaves it vulnerable at "
                    "appeal]."
                ),
                (
                    "The [council|authority] is [under pressure to meet government housing "
                    "targets|behind on national housebuilding targets|struggling to hit its "
                    "housing numbers], and officers [warned|advised] that [refusing the scheme "
                    "could lead to a costly appeal|a refusal would probably be lost at "
                    "appeal|rejecting it risked an expensive defeat]."
                ),
            ],
            "paraphrase": [
                (
                    "[Behind the recommendation lay|Driving the advice was|Underlying the support "
                    "from officers was|What shaped the advice was|At the heart of the "
                    "recommendation was|Informing the view of officers was|The background to the "
                    "advice was|Explaining the stance was] [national targets|quotas set in "
                    "Whitehall|government building goals|central demands for new homes|numbers "
                    "imposed from London|ministerial expectations|national requirements|the "
                    "figures ministers demand][: without enough land|; lacking sufficient plots|, "
                    "since without enough sites|: short of suitable ground|; without an adequate "
                    "pipeline of sites|, because with too few plots|: with insufficient land|; "
                    "given a shortage of sites] [earmarked for building|allocated for homes|set "
                    "out for development|identified for new housing|zoned for construction|lined "
                    "up for estates|ready for builders|designated for homes][, officials feared|, "
                    "planners worried|, staff warned|, the council was told|, officers believed|, "
                    "advisers cautioned|, it was feared|, the report suggested] [any refusal would "
                    "be reversed|a rejection would be thrown out|turning it down would be "
                    "undone|saying no would be overruled|a rebuff would be struck down|blocking it "
                    "would be set aside|rejection would be overridden|a no vote would be quashed] "
                    "[by an inspector|on review|by a government inspector|in a later hearing|once "
                    "challenged|by national officials|on challenge|by the planning inspectorate][, "
                    "at taxpayers’ expense|, with legal bills for the council|, costing the public "
                    "dearly|, leaving a big bill|, with costs awarded against it|, draining "
                    "council funds|, and the council would pay|, at considerable cost]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "[Work is expected to start|Building could begin|Contractors are due on "
                    "site] {start} and the homes will be built [in phases|in stages|gradually] "
                    "over {build_years}, [with the first residents moving in within two "
                    "years|with the first phase of 100 homes finished first|starting nearest "
                    "the main road]."
                ),
                (
                    "{developer} [said|says] [construction should get under way|building will "
                    "start|work on site will begin] {start}, with the [estate|development] "
                    "[completed over {build_years}|finished in phases over {build_years}|taking "
                    "{build_years} to build out]."
                ),
            ],
            "paraphrase": [
                (
                    "[If all goes smoothly,|Assuming the paperwork is finished,|Once legal "
                    "agreements are signed,|Barring a legal challenge,|On the builder’s "
                    "timetable,|If sales are strong,|Provided conditions are met,|All things "
                    "considered,] [diggers could arrive|heavy plant may appear|ground could be "
                    "broken|the first foundations may be laid|earthmoving might get going|site "
                    "clearance could commence|contractors may mobilise|work on roads and drains "
                    "could get going] {start}[; the estate will take shape|, after which the "
                    "development will grow|, and the neighbourhood will emerge|; houses will then "
                    "appear|, with the homes going up|; the scheme will then unfold|, and "
                    "construction will proceed|; building will then continue] [bit by bit|one "
                    "section at a time|piece by piece|street by street|block by block|step by "
                    "step|in a series of tranches|cluster by cluster] [across a span of "
                    "{build_years}|over roughly {build_years}|during a period of "
                    "{build_years}|throughout {build_years}|in the course of "
                    "{build_years}|stretching across {build_years}|for around {build_years}|within "
                    "about {build_years}][, the developer says|, according to the builder|, the "
                    "timetable shows|, documents suggest|, the company expects|, on current "
                    "plans|, officials were told|, subject to demand][. Early occupants could "
                    "arrive inside two years|; show homes will open early|. Roads and drainage "
                    "come first|; landscaping follows each phase|. Sales will pace the building|; "
                    "the schedule depends on the market|. Infrastructure must be delivered in "
                    "step|; conditions govern the sequence][, councillors heard|, under the "
                    "conditions|, officers explained|, as is typical|, the plans show|, it is "
                    "understood|, according to officials|, reports say]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“[Residents feel their views have been ignored|People here feel they have "
                    "been brushed aside|Local voices have been drowned out] by a system that is "
                    "[rigged|stacked|tilted] in favour of developers, and [I share their "
                    "anger|I understand why they are furious|that cannot be right],” said "
                    "{critic}, {role}."
                ),
                (
                    "“Once again [national targets|Whitehall targets|government targets] have "
                    "[trumped local democracy|overruled the wishes of this community|counted "
                    "for more than local opinion], and the people who will [live with the "
                    "consequences|have to put up with the traffic|lose their countryside] [had "
                    "no real say|were never properly heard],” {critic}, {role}, said."
                ),
            ],
            "paraphrase": [
                (
                    "[Condemning the outcome|In a scathing reaction|Reacting angrily|Taking the "
                    "side of objectors|Speaking after the vote|In a sharply worded "
                    "statement|Criticising the committee|Hitting out at the system][, {critic}, "
                    "{role}, argued|, {role}, {critic}, claimed|, {critic}, who is {role}, said|, "
                    "{role}, {critic}, insisted|, {critic}, {role}, contended|, {role}, {critic}, "
                    "told reporters|, {critic}, {role}, suggested|, {role}, {critic}, complained] "
                    "that [the process favoured builders over communities|the planning regime "
                    "leans towards housebuilders|the system serves developers before "
                    "neighbourhoods|decisions tilt towards those who build|the rules reward "
                    "builders rather than residents|the odds are weighted towards construction "
                    "firms|the machinery of planning favours big business|housebuilders hold all "
                    "the cards] [and sympathised with|while expressing sympathy for|and voiced "
                    "support for|while standing alongside|and offered solidarity to|while "
                    "backing|and stood with|while siding with] [angry residents|furious "
                    "neighbours|disappointed villagers|frustrated locals|upset "
                    "homeowners|campaigners|people in the village|dismayed objectors] [who felt "
                    "unheard throughout the process|who believe they were ignored from the "
                    "outset|whose views counted for little in the end|who sensed the decision was "
                    "made elsewhere|left feeling powerless and betrayed|who think nobody at the "
                    "council listened|whose objections made no difference at all|who felt "
                    "sidelined by officials and developers][. Reform of the system is needed, the "
                    "politician said|; changes to national rules were urged|. A motion will be "
                    "tabled at full council|; the issue will be raised with ministers|. Residents "
                    "were urged to keep campaigning|; an inquiry into planning was demanded|. A "
                    "pledge was made to fight on|; a letter to the minister has been sent]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "[As part of the deal|Under a legal agreement|In return for permission], "
                    "{developer} will [pay|contribute|hand over] {amount} [towards local "
                    "schools, healthcare and road improvements|to fund infrastructure, "
                    "including roads and schools|for community facilities and highway works], "
                    "[councillors were told|the committee heard|according to the planning "
                    "report]."
                ),
                (
                    "The approval is [conditional on a section 106 agreement under "
                    "which|subject to a legal deal in which|tied to an agreement whereby] "
                    "{developer} [hands over|will provide|must pay] {amount} for [community "
                    "facilities and highway works|local services and road improvements|schools, "
                    "surgeries and public transport]."
                ),
            ],
            "paraphrase": [
                (
                    "[Public services in {place}|Facilities around {place}|Local amenities in "
                    "{place}|Infrastructure across {place}|Community provision in "
                    "{place}|Neighbourhood resources across {place}|The wider {place} "
                    "area|Schools, clinics and roads in {place}] [should benefit from|will gain "
                    "from|stand to receive|are set to get|will be boosted by|ought to see|will "
                    "share|can expect] {amount} [the builder has committed|promised by the "
                    "developer|pledged by the firm|that the company will provide|secured from the "
                    "housebuilder|the developer must supply|from the builder’s purse|offered by "
                    "the company][, covering things like|, to be spent on|, earmarked for|, "
                    "funding|, going towards|, paying for items such as|, with money for|, "
                    "including cash for] [classrooms|extra school places|school expansion|more "
                    "desks in local schools|primary places|teaching space|nursery and school "
                    "places|a bigger primary][, GP practices|, doctors’ surgeries|, health "
                    "clinics|, surgery capacity|, medical rooms|, primary care|, a health centre|, "
                    "practice nurses] [and better junctions|and safer crossings|and bus "
                    "services|and road upgrades|and wider pavements|and traffic lights|and cycle "
                    "paths|and junction changes][, members learned|, the meeting was informed|, "
                    "papers show|, the report says|, officials explained|, the legal agreement "
                    "states|, it was confirmed|, documents reveal]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "The {group}, a volunteer organisation, [said it is considering|is now "
                    "weighing up|has vowed to pursue] a [legal challenge|judicial review] and "
                    "has [launched a crowdfunding appeal to cover legal costs|started raising "
                    "money from supporters|set up an online fund to pay for lawyers]."
                ),
                (
                    "[Campaigners|Opponents|Neighbours] [have vowed to fight on|say they will "
                    "keep fighting|insist the battle is not over], with the {group} [seeking "
                    "legal advice on a challenge in the High Court|considering an appeal to "
                    "ministers|asking lawyers to examine the decision]."
                ),
            ],
            "paraphrase": [
                (
                    "[Meanwhile,|However,|For now,|Nonetheless,|Even so,|Despite the vote,|Looking "
                    "ahead,|In the meantime,] [the fight may not be over:|opponents are not "
                    "finished yet:|this may not be the end of it:|the dispute could drag "
                    "on:|resistance is continuing:|campaigners have not given up:|a further round "
                    "may follow:|the story may have another chapter:] the {group} [is mulling a "
                    "court case|is exploring a courtroom battle|is looking at legal action|is "
                    "contemplating litigation|is eyeing a courtroom fight|is examining whether to "
                    "sue|is investigating a legal route|is thinking about going to court] [while "
                    "raising money online|and is now fundraising on the internet|and is collecting "
                    "donations on the web|with an online appeal for cash already live|via a web "
                    "page for pledges|and is asking supporters for donations online|through a "
                    "digital collection|and is gathering funds through the internet] [to fund "
                    "one|to cover its bills|to meet lawyers’ fees|to bankroll the case|to finance "
                    "any action|so it can afford advice|to hire a legal team|for the costs "
                    "involved][. Several thousand pounds have already been pledged by supporters|; "
                    "the fundraising target is ambitious for a village group|. Donations have been "
                    "flowing in from across the county|; a specialist barrister has been "
                    "approached for advice|. Formal legal advice is expected within a fortnight|; "
                    "deadlines for any challenge are extremely tight|. Supporters are being urged "
                    "to give whatever they can|; success in the courts is far from certain][, "
                    "organisers say|, according to the group|, a spokesperson said|, members "
                    "confirmed|, it was revealed|, the website shows|, volunteers report|, it is "
                    "understood]."
                ),
            ],
            "quote": False,
        },
    ],
    "background": [
        (
            "[Under national rules,|By law,|According to planning policy,|Under government "
            "guidance,|In the planning system,|As things stand,|In England,|Under current policy,] "
            "[councils|authorities that handle planning|district councils|planning "
            "authorities|councils everywhere|each local authority|borough councils|town halls] "
            "[must maintain|are required to keep|have to demonstrate|need to show|are expected to "
            "hold|must identify|are duty-bound to secure|should have ready] [a supply of "
            "deliverable housing land|a healthy tally of plots for homes|a pipeline of building "
            "plots|sufficient land for new houses|a bank of developable sites|a stock of land for "
            "housing|years of land set aside for homes|a reserve of sites fit for building][, and "
            "if they fall short|; where they come up short|, and whenever the supply slips|; if "
            "the numbers are not there|, and should they miss the mark|; where a shortfall opens|, "
            "and when sites run low|; if supply dips below target][, national policy tilts "
            "decisions|, the balance shifts|, the presumption swings|, government rules push "
            "outcomes|, the scales tip|, decisions lean heavily|, the rules are weighted|, policy "
            "weighs the argument] [towards approving new homes|in favour of development|towards "
            "saying yes|towards permission|towards builders|towards granting consent|in the "
            "direction of approval|towards new estates][. Critics say this undermines local "
            "plans|; supporters say it keeps homes coming|. It is a frequent source of "
            "controversy|; councils often complain about it|. Appeals often turn on this test|; "
            "inspectors apply it strictly|. Ministers have adjusted the rules before|; reform is "
            "periodically promised]."
        ),
        (
            "[Section 106 deals|So-called section 106 agreements|Planning obligations|The legal "
            "deals known as section 106s|Developer agreements under planning law|Section 106 "
            "contracts|Planning gain agreements|Binding section 106 undertakings] [are legal "
            "agreements|are contracts|are formal undertakings|are binding commitments|are legally "
            "enforceable deals|are written pledges|are documents signed by developers|are "
            "obligations set down in law] [that require builders|which oblige developers|that "
            "commit housebuilders|which compel construction firms|that bind the developer|which "
            "make builders|that tie the company|which force firms] [to help pay for|to fund part "
            "of|to contribute towards|to cover part of the cost of|to put money into|to finance|to "
            "bankroll a share of|to underwrite] [local infrastructure|transport, classrooms and "
            "clinics|community facilities|public services nearby|extra local "
            "services|neighbourhood amenities|the extra demand on services|improvements around the "
            "site] [in exchange for consent|as the price of permission|in return for approval|when "
            "permission is granted|as a condition of building|in exchange for a green light|as one "
            "element of the bargain|before work begins][. Sums are negotiated case by case|; "
            "viability arguments can reduce them|. Councils must spend the money properly|; some "
            "funds go unspent for years|. Critics say they are too easily diluted|; developers say "
            "they are already heavy|. Monitoring is patchy|; reforms have been proposed]."
        ),
        (
            "[Strictly speaking,|In official jargon,|Under planning rules,|For policy "
            "purposes,|Confusingly for many,|In the language of planners,|As the government "
            "defines it,|Technically,] [affordable housing|the term affordable housing|official "
            "affordability|housing classed as affordable|the so-called affordable tier|affordable "
            "housing in planning terms|the affordable category|the affordable label] [usually "
            "means|normally covers|typically refers to|generally includes|in practice means|tends "
            "to cover|mostly means|can mean] [homes for social rent|council-style rented "
            "homes|properties let at low rents|homes rented through housing "
            "associations|subsidised rented homes|low-rent tenancies|socially rented "
            "dwellings|homes let below market rents][, shared ownership|, part-buy part-rent "
            "schemes|, shared-equity homes|, staircasing schemes|, part-owned homes|, "
            "joint-ownership deals|, co-ownership with a landlord|, buy-a-share homes] [or "
            "discounted sale|or homes sold below value|or reduced-price purchases|or cut-price "
            "homes for sale|or first homes at a discount|or below-market sales|or discounted "
            "purchase|or sale at a reduction][, although the definition|, though the label|, but "
            "the term|, yet the category|, although the official meaning|, though the concept|, "
            "but the classification|, yet the wording] [is widely criticised as too generous|is "
            "often attacked as misleading|draws criticism for being loose|is seen by many as too "
            "broad|is disputed by campaigners|is blamed for confusion|is criticised as "
            "unrealistic|is challenged by charities][, since prices can still be out of reach|, as "
            "many such homes remain unaffordable locally|, given that discounts are tied to market "
            "prices|, because local wages lag so far behind|, with critics citing high rents|, "
            "especially in expensive areas|, when incomes are stagnant|, for people on average "
            "pay]."
        ),
        (
            "[Brownfield land|Previously developed land|Old industrial sites|Former factory "
            "plots|Land already built on|Redundant urban sites|Disused commercial land|Reclaimed "
            "brownfield sites] [is generally preferred|is usually favoured|tends to be "
            "prioritised|is normally the first choice|is officially encouraged|is the preferred "
            "option|gets priority|is favoured by policy] [for development|for new housing|for "
            "building homes|for construction|for new estates|by planners|over green fields|in "
            "planning policy][, but many areas|; yet plenty of districts|, though numerous "
            "councils|; however, lots of places|, but a good number of towns|; still, many rural "
            "authorities|, although many counties|; even so, many districts] [do not have enough "
            "of it|lack sufficient supply|cannot find enough|have too little|run short of it|have "
            "only small amounts|struggle to identify enough|simply have not got enough] [to meet "
            "their needs|for their targets|to satisfy demand|to hit their numbers|for the homes "
            "required|to cover demand|to house their populations|for planned growth][. Cleaning it "
            "up can be costly|; viability is often a problem|. Greenfield sites are cheaper to "
            "build on|; developers prefer open land|. Town-centre sites are often small|; "
            "contamination adds cost|. Grants can help|; regeneration takes time]."
        ),
        (
            "[Planning committees|Council planning panels|Committees that decide "
            "applications|Planning boards|Development control committees|The councillors who rule "
            "on plans|Decision-making panels|Committees of elected members] [are made up of "
            "elected councillors|consist of elected representatives|are staffed by local "
            "politicians|comprise councillors chosen by voters|include members elected by "
            "residents|are drawn from elected councillors|are composed of elected members|are run "
            "by councillors][, who can overturn| who are free to reject| with the power to "
            "overrule| who may set aside| entitled to go against| able to reverse| who are allowed "
            "to ignore| who sometimes defy] [the recommendations of their professional "
            "officers|the advice of council planners|what officers recommend|the views of trained "
            "staff|the professional advice they receive|the conclusions of planning "
            "officers|officer reports|their officials’ advice][, though|; however,|, but|; yet|, "
            "although|; still,|, even so|; that said,] [doing so risks a costly appeal|they must "
            "give sound planning reasons|defeats at appeal can be expensive|they need solid "
            "grounds|the decision can be challenged|inspectors may disagree|reasons must be "
            "lawful|training is required][. Debates are held in public|; members of the public may "
            "speak|. Votes are recorded|; minutes are published|. Some decisions are delegated to "
            "officers|; only contentious cases go to committee|. Lobbying of members is "
            "restricted|; declarations of interest are required]."
        ),
        (
            "[House prices in {place}|Property values around {place}|The cost of buying in "
            "{place}|Home prices across {place}|What houses sell for in {place}|Prices on the "
            "{place} market|Values of homes in {place}|The price of a home in {place}] [have risen "
            "much faster than local wages|have far outstripped pay|have run well ahead of "
            "earnings|have climbed far quicker than salaries|have left incomes trailing|have "
            "soared compared with pay|have outpaced local earnings|have grown faster than wages][, "
            "pushing many young people|, forcing plenty of young adults|, driving numerous "
            "first-time buyers|, pricing many younger residents|, nudging young families|, "
            "squeezing out many young adults|, sending lots of young locals|, shifting many in "
            "their twenties] [out of the area where they grew up|away from their home town|out of "
            "the community that raised them|from the villages of their childhood|to cheaper towns "
            "elsewhere|out of the district altogether|away from family and friends|far from where "
            "they were brought up][. Renting is expensive too|; waiting lists for social homes are "
            "long|. Many still live with parents|; some commute long distances|. Employers report "
            "recruitment problems|; local services suffer|. The gap keeps widening|; deposits are "
            "a huge hurdle][, according to local figures|, surveys suggest|, estate agents say|, "
            "official data show|, charities report|, the council acknowledges|, research "
            "indicates|, campaigners argue]."
        ),
        (
            "[Founded as a family business,|Now a sizeable regional firm,|With deep local "
            "roots,|As one of the busier builders locally,|Despite its modest origins,|Under its "
            "current owners,|Well known to planners,|A familiar name on hoardings,] {developer} "
            "[has built several estates|has completed a number of developments|has delivered many "
            "housing schemes|has put up estates|has constructed numerous neighbourhoods|has a "
            "string of completed schemes|has been behind several developments|has finished many "
            "projects] [across the region|in neighbouring counties|around the area|in towns "
            "nearby|throughout the county|in surrounding districts|in this part of England|over "
            "recent years][ and promotes itself as a builder of family homes| and calls its houses "
            "ideal for families| with a brand built around family living| and advertises mainly to "
            "young families| and pitches its homes at parents| and targets households with "
            "children| and boasts of homes designed for family life| and sells largely to "
            "families][, with a reputation for quality finishes|, known for delivering on time|, "
            "drawing mixed customer reviews|, praised for its landscaping|, noted for "
            "energy-efficient homes|, claiming strong community engagement|, marketed on value|, "
            "winning awards for design][. Some previous schemes drew complaints|; several schemes "
            "won praise|. It says it listens to residents|; critics question its promises|. It has "
            "grown quickly|; its accounts show healthy profits|. It sponsors local sports clubs|; "
            "its head office is in the region][. It employs hundreds of people regionally|. Its "
            "chairman is a local figure|. It has faced planning appeals before|. Its website "
            "highlights village schemes|. It often works with housing associations|. It sponsors "
            "school sports days|. It recently opened a new office|. It has ambitions to grow "
            "further]."
        ),
        (
            "{objector} [moved to {place}|chose {place} as home|settled in {place}|arrived in "
            "{place}|made a home in {place}|relocated to {place}|put down roots in {place}|took up "
            "residence in {place}] [more than 20 years ago|over two decades ago|a little over "
            "twenty years back|more than two decades since|around a quarter of a century ago|at "
            "the turn of the millennium|some twenty-odd years ago|a generation ago][ and has been "
            "active| and has taken part| and has volunteered| and has played a full role| and has "
            "thrown themselves| and has become a fixture| and has featured prominently| and has "
            "stayed busy] [in village life|in the community|in local affairs|in parish "
            "matters|into local groups|at neighbourhood events|in civic life|with local "
            "campaigns][ ever since| from the start| throughout| since arriving| ever after| for "
            "years| since moving| without a break][, from the fete committee to the footpaths "
            "group|, helping organise village events|, volunteering at the church and school|, "
            "sitting on several local committees|, running a walking group|, supporting the "
            "village hall|, editing the parish newsletter|, raising money for local causes][. "
            "Neighbours describe a tireless organiser|; few know the village better|. Friends say "
            "the countryside matters deeply|; the campaign has taken much time|. The role has been "
            "unpaid throughout|; others have joined the cause|. The fight has been personal|; it "
            "has won broad support]."
        ),
        (
            "[For the record, and in the interests of transparency,|It should be noted, for "
            "completeness, that|Interestingly, and perhaps tellingly,|As it happens, and as some "
            "pointed out,|For the sake of full transparency,|Notably, given the heated debate,|By "
            "coincidence, and to some surprise,|In a twist that raised eyebrows,] {critic} [sits "
            "on the panel that rules on planning at|helps decide building applications for|is one "
            "of the councillors judging developments at|holds a seat among the planning "
            "decision-makers of|serves as a planning member at|has a vote on planning matters "
            "at|scrutinises housing schemes for|is part of the development committee at] "
            "{council}[ but played no part in the vote| yet did not vote on this scheme| though "
            "took no part in deciding it| but sat out the decision| yet stayed out of the vote| "
            "but abstained from any role| though had no say on this one| but was excluded from the "
            "vote][ on this occasion| this time round| when it mattered| at the crucial meeting| "
            "on the night| for this application| in the end| when the moment came][, having "
            "declared an interest|, because of an earlier public statement|, owing to a conflict "
            "of interest|, after stepping aside voluntarily|, on legal advice|, having spoken "
            "publicly against it|, due to rules on predetermination|, as a precaution][. Others "
            "made the decision without them|; the rest of the panel voted|. The rules on bias are "
            "strict|; members must keep an open mind|. The absence was noted in the minutes|; it "
            "caused some comment|. Campaigners were disappointed|; the chair explained the "
            "position][, the council confirmed|, according to the minutes|, officers explained|, "
            "it was stated|, records show|, the meeting heard|, the chair said|, it was noted][. "
            "Observers said it made no difference to the outcome|. Supporters of the scheme "
            "welcomed the caution|. Objectors felt they had lost a voice|. The vote would likely "
            "have gone the same way|. Some questioned the timing of the declaration|. It is not "
            "the first time this has happened|. Legal advice had been sought well in advance|. "
            "Officers insisted the process was sound]."
        ),
    ],
    "commentary": [
        (
            "[Nobody disputes|Few would deny|Everyone accepts|No one seriously argues against the "
            "idea|It is common ground|Hardly anyone doubts|Nobody sensible questions|It is beyond "
            "dispute] [that the country needs more homes|that Britain must build more houses|that "
            "more housing is urgently required|that the nation is short of homes|that young people "
            "need places to live|that supply has lagged for decades|that the housing shortage is "
            "real|that we must build far more][, but|; yet|, though|; however,|, but surely|; "
            "still,|, and yet|; even so,] [building them on open fields|putting estates on green "
            "fields|covering countryside with houses|dropping hundreds of homes onto "
            "farmland|concreting over meadows|planting estates on greenfield land|sprawling into "
            "the countryside|building on open land] [with no new infrastructure|without extra "
            "schools or surgeries|with nothing added for services|without roads or doctors to "
            "match|with no investment in facilities|while services stay the same|without the "
            "schools and clinics needed|with no plan for infrastructure][ and crowded lanes| while "
            "surgeries are full| as classrooms overflow| when buses are already scarce| where "
            "drains are overloaded| while roads stay the same| as waiting lists grow| when nothing "
            "else changes] [is a recipe for resentment|breeds anger|guarantees opposition|stores "
            "up bitterness|fuels hostility|invites a backlash|creates lasting grievance|turns "
            "neighbours against newcomers][. Infrastructure must come first|; services should "
            "arrive with the homes|. Planning must be joined up|; ministers should fund the "
            "basics|. Communities accept growth when it is done well|; consent depends on "
            "fairness|. Building better beats building fast|; trust is easily lost][, as many "
            "villages can testify|, and politicians should know it|, whatever the targets say|, "
            "sooner or later|, everywhere it happens|, as this case shows|, time and again|, "
            "without fail]."
        ),
        (
            "[Objectors|Opponents of estates|Residents who object|People who complain about "
            "housing|Campaigners against new homes|Those who oppose developments|Villagers who "
            "protest|Objecting neighbours] [are too easily dismissed|are far too quickly written "
            "off|are routinely caricatured|are often unfairly labelled|get brushed aside too "
            "readily|are lazily dismissed|are unfairly mocked|are casually branded] [as nimbys|as "
            "selfish|as anti-progress|as pulling up the ladder|as reactionaries|as obstructive|as "
            "simply against change|as privileged moaners][ when many of them| although plenty of "
            "them| even though most of them| whereas many| when a good number| though in fact "
            "many| when in truth many| when a majority] [are simply asking|only want to "
            "know|merely wonder|just ask|are reasonably asking|are entitled to ask|have a fair "
            "question about|are quite rightly asking] [where the doctors and school places will "
            "come from|who will provide the extra GPs and classrooms|how surgeries and schools "
            "will cope|where the new residents will see a doctor|what happens to school "
            "admissions|who pays for the extra services|where the infrastructure is|how the roads "
            "will cope][. Those questions deserve answers|; dismissing them helps nobody|. "
            "Listening would build trust|; respect costs nothing|. Good planning answers them|; "
            "ministers should take note|. They are not unreasonable|; they are often right]."
        ),
        (
            "[Local democracy|Democratic planning|Local decision-making|Community "
            "control|Accountable local government|Council democracy|Elected planning|The local "
            "say] [means little|counts for nothing|is hollow|becomes a charade|is undermined|is "
            "reduced to theatre|loses its point|is a sham][ if councillors feel| when councillors "
            "believe| if members think| when elected members feel| where councillors sense| if "
            "representatives believe| when members are convinced| if councillors are told] [they "
            "must approve schemes they dislike|that they have to back plans they oppose|they must "
            "wave through estates they reject|they cannot refuse what they would rather block|they "
            "must say yes against their judgement|they are obliged to pass unwanted schemes|that "
            "refusal is not an option|they should vote for plans they hate] [for fear of losing an "
            "appeal|because an inspector would overrule them|to avoid costly defeats|under threat "
            "of legal costs|because national rules leave no choice|lest the council pay heavy "
            "costs|to dodge a bruising appeal|because Whitehall will override them][. Voters "
            "notice|; people lose faith|. Turnout suffers|; cynicism grows|. Trust drains away|; "
            "the system loses legitimacy|. Resentment builds|; participation falls][, and that "
            "matters|, understandably|, predictably|, with good reason|, sadly|, inevitably|, as "
            "it should|, over time]."
        ),
        (
            "[Young families in {place}|Younger residents of {place}|First-time buyers in "
            "{place}|Couples starting out in {place}|People in their twenties in {place}|The next "
            "generation in {place}|Renters in {place}|Recent school leavers in {place}] [who "
            "cannot afford a first home|priced out of buying|unable to get on the ladder|who "
            "cannot raise a deposit|stuck renting|who cannot buy locally|shut out of home "
            "ownership|who have no hope of buying][ have as much right to be heard| deserve an "
            "audience just as much| should count as much| matter just as much| have as strong a "
            "claim to be heard| are owed as fair a hearing| deserve as much weight| should get as "
            "much attention] [as the people who already own one|as existing homeowners|as those "
            "already on the ladder|as settled owners|as people with paid-off houses|as established "
            "residents|as those who bought long ago|as homeowners who object][. Their voices are "
            "rarely heard at meetings|; they seldom turn up to object|. They are busy working|; "
            "they lack time to campaign|. Councillors should seek them out|; planning should "
            "reflect their needs|. They will shape the future|; ignoring them is short-sighted][, "
            "in our view|, frankly|, surely|, plainly|, in fairness|, quite simply|, after all|, "
            "obviously]."
        ),
        (
            "[Developers chasing big profits|Housebuilders of every size|Building firms large and "
            "small|The big national builders|Property developers everywhere|Construction companies "
            "on these sites|Estate builders across the region|Homebuilders working locally] "
            "[should be held to|must be kept to|ought to honour|must deliver on|should be forced "
            "to keep|need to stick to|must be bound by|should be made to meet] [their promises on "
            "affordable housing|pledges about cheaper homes|commitments on low-cost housing|what "
            "they promise on affordability|their affordable housing targets|undertakings on social "
            "housing|the cheaper homes they offer|their promises to local buyers][ in full and on "
            "time| to the letter| without wriggling| in every phase| regardless of market "
            "conditions| from the first spade onwards| with penalties for failure| under "
            "independent monitoring][, which have a habit of shrinking|, which tend to shrink|, "
            "which often dwindle|, which frequently evaporate|, which too often disappear|, which "
            "can quietly vanish|, which are regularly cut|, which typically erode] [once building "
            "starts|after permission is granted|when viability is reassessed|as the estate goes "
            "up|once the cameras leave|after the first phase|when costs rise|later on][ and the "
            "spotlight moves on| while nobody is looking| as profits are protected| and fresh "
            "viability studies appear| once the council looks away| as lawyers get involved| and "
            "excuses multiply| when budgets are squeezed][. Councils must enforce agreements|; "
            "loopholes should be closed|. Viability reviews need scrutiny|; transparency would "
            "help|. Penalties should be real|; monitoring must improve|. Promises cost nothing|; "
            "delivery is what counts][, and soon|, without exception|, rigorously|, in public|, "
            "every time|, firmly|, consistently|, at last]."
        ),
        (
            "[Frankly,|In truth,|Let us admit it:|Quite "
            "plainly,|Strikingly,|Tellingly,|Remarkably,|Curiously,] [the planning system|our "
            "planning regime|the way we plan|the current planning regime|the English planning "
            "process|the system for approving homes|planning as it works today|the rules on "
            "development] [pleases nobody|satisfies no one|frustrates everyone|leaves all sides "
            "unhappy|manages to annoy everybody|has no friends|disappoints builders and residents "
            "alike|wins praise from nobody][ on either side of the argument| in any of the camps "
            "involved| among builders or neighbours| from town halls to boardrooms| among "
            "councillors and developers| in villages or in cities| among the people it is meant to "
            "serve| in any corner of the debate][, which may be|; that may be|, and that is "
            "perhaps|; this might be|, which is arguably|; it could be|, which is probably|; this "
            "is surely] [the best evidence|the clearest sign|the strongest proof|the surest "
            "indication|the plainest evidence|a telling sign|the most convincing proof|the best "
            "indication] [that it needs a fundamental rethink|that root and branch reform is "
            "due|that it must be redesigned|that tinkering will not do|that a fresh start is "
            "required|that it is broken|that it needs rebuilding|that radical change is needed][. "
            "Builders say it is slow|; residents say it ignores them|. Councils say it ties their "
            "hands|; ministers keep changing it|. Everyone has a complaint|; nobody defends it|. "
            "Reform keeps being promised|; little ever changes][, sadly|, predictably|, year after "
            "year|, it seems|, in practice|, still|, again|, regrettably]."
        ),
        (
            "[Frankly,|Ultimately,|Put simply,|Let us be clear:|Above all,|From "
            "experience,|Realistically,|Quite simply,] [a promised surgery or school|a pledged "
            "clinic or classroom|promised infrastructure|a clinic that exists only on paper|an "
            "undelivered school or GP practice|facilities that exist only in plans|a school or "
            "surgery in a glossy brochure|pledged community facilities] [is worth nothing until it "
            "opens|means nothing until the doors open|counts for little until it is built|is just "
            "words until it arrives|has no value until it is running|matters only once it is "
            "open|is an empty promise until delivered|does nothing for anyone until it opens][, "
            "and councils|; so local authorities|, and planners|; councils therefore|, so "
            "councillors|; planning committees|, and town halls|; local councils] [should insist "
            "they come first|must demand they arrive early|ought to require them before the "
            "homes|should make builders deliver them first|must put them at the front of the "
            "queue|should tie occupation to their opening|ought to insist on early delivery|must "
            "make them a precondition][ before a single family moves in| ahead of any occupation| "
            "as a legal condition| in the planning permission itself| rather than as an "
            "afterthought| with firm deadlines| backed by financial penalties| from day one][. "
            "Otherwise residents suffer for years|; too often they never appear|. Families move in "
            "to nothing|; services are overwhelmed|. The order matters|; trust depends on it|. "
            "Conditions can require this|; enforcement is the problem][, as experience shows|, in "
            "most cases|, across the country|, time after time|, without exception|, frankly|, "
            "surely|, clearly]."
        ),
    ],
}

DEFENCE_BASE: Topic = {
    "name": "defence_base",
    "slots": {
        "base": [
            "Fenwick Barracks",
            "Colderhay Air Station",
            "Kestrel Point Naval Station",
            "Hawksmoor Barracks",
            "Marlden Airfield",
            "Caddow Garrison",
            "Greywater Naval Base",
        ],
        "unit": [
            "the 2nd Battalion of the Border Rifles",
            "a squadron of maritime patrol aircraft",
            "the 14th Signal Regiment",
            "a new drone warfare unit",
            "the Northern Logistics Brigade",
            "an air defence battery",
        ],
        "personnel": ["1,400", "650", "2,100", "900", "3,000", "480"],
        "contractor": [
            "Albion Defence Systems",
            "Tervane Aerospace",
            "Northmarch Engineering",
            "Halberd Dynamics",
            "Castellan Industries",
            "Kelsey Systems",
            "Greyfell Technologies",
        ],
        "equipment": [
            "long-range air defence missiles",
            "armoured reconnaissance vehicles",
            "sonar systems for new frigates",
            "surveillance drones",
            "upgraded fighter radar",
            "artillery ammunition",
            "secure battlefield radios",
        ],
        "percent": ["2.5%", "3%", "2.3%", "2.7%", "3.5%", "2.4%"],
        "target_year": [
            "2030",
            "2029",
            "2032",
            "the end of the decade",
            "2035",
            "the end of the next parliament",
        ],
        "official": [
            "the defence secretary",
            "the armed forces minister",
            "the minister for defence procurement",
            "the station commander",
            "the minister for the armed forces estate",
            "the base commander",
        ],
        "ally": [
            "Baltic allies",
            "Nordic partners",
            "allies on Nato’s eastern flank",
            "European partners",
            "Nato’s northern members",
            "allies in the Black Sea region",
        ],
        "exercise": [
            "Exercise Iron Heron",
            "Exercise Northern Lantern",
            "Exercise Steel Kestrel",
            "Exercise Grey Tide",
            "Exercise Silent Moor",
            "Exercise Amber Shield",
        ],
        "jobs": ["400", "250", "1,100", "650", "180", "700"],
        "housing_amount": ["£95m", "£40m", "£62m", "£27m", "£150m", "£33m"],
        "veteran": [
            "Kevin Aldred",
            "Bill Harrower",
            "Tanya Redfern",
            "Mohammed Rafiq",
            "Joe Cartwright",
            "Lindsey Brabin",
            "Stewart McGann",
            "Donna Pilling",
        ],
        "service": ["22 years", "12 years", "nine years", "15 years", "two decades", "six years"],
        "critic": [
            "Rosemary Kettle",
            "Ifeanyi Obi",
            "Malcolm Threlfall",
            "Sophie Greenhalgh",
            "Gurpreet Dhillon",
            "Henry Ashcombe",
            "Elaine Partridge",
            "Conor Whelan",
        ],
    },
    "headlines": [
        (
            "{amount} [expansion|upgrade|investment] for {base} [as Nato spending rises|near "
            "{place}|as {unit} moves in]"
        ),
        "{base} to become home to {unit}",
        "Hundreds of jobs for {place} in {amount} defence investment",
        (
            "[Town|Community|Garrison town|Market town|Neighbouring town|Local "
            "community|Host town|Nearby town] [near army site|beside military "
            "base|next to barracks|by the camp|outside the base|close to "
            "garrison|alongside air station|by defence site] [welcomes "
            "troops|greets new arrivals|backs expansion|hails "
            "investment|embraces soldiers|cheers upgrade|welcomes "
            "forces|applauds decision] [but asks for help|yet seeks "
            "support|while pleading for aid|but wants backing|yet demands "
            "assistance|but calls for cash|while seeking funds|but presses for "
            "aid] [with housing and roads|on homes and traffic|for roads and "
            "schools|with infrastructure|for housing and services|on roads and "
            "surgeries|with homes and transport|for local services][ as "
            "numbers swell| amid growth fears| after announcement| as plans "
            "firm up| before arrivals| in open letter| at public meeting| as "
            "work nears]"
        ),
    ],
    "standfirsts": [
        (
            "The investment at {base} will bring {personnel} service personnel to [the "
            "area|{place}|the garrison] as the government lifts defence spending towards "
            "{percent} [of GDP|of national income] [by {target_year}|under pressure from Nato "
            "allies]."
        ),
        "{contractor} has won a contract worth {amount} to supply {equipment}.",
        (
            "Local leaders in {place} welcome the jobs but want guarantees on noise, traffic "
            "and housing."
        ),
        (
            "[Ministers say|The government insists|Defence chiefs "
            "argue|Officials claim|Whitehall says|The minister "
            "maintains|Government sources say|Supporters in government argue] "
            "[the upgrade shows beyond doubt|the investment proves once "
            "again|the project clearly demonstrates|the spending sends a "
            "signal that|this expansion confirms to partners|the decision "
            "firmly underlines|the scheme makes abundantly clear|the move "
            "illustrates to the world] [Britain is serious about the "
            "alliance|the UK means business on collective defence|the country "
            "is committed to its partners|London will pull its weight among "
            "allies|Britain stands firmly with its treaty partners|the nation "
            "is investing in shared security|Britain takes alliance duties to "
            "heart|the UK intends to honour its promises][, while critics "
            "ask|; sceptics, however, wonder|, but opponents want to know|; "
            "yet critics wonder aloud|, though doubters ask|; meanwhile "
            "opponents demand to know|, but some question|; others simply ask] "
            "[when the money will arrive|whether the cash is real|how soon "
            "funds will flow|if the sums will ever appear|when spending will "
            "actually start|whether promises will be kept|how much will really "
            "be spent|if the budget will survive][ and who will pay| and what "
            "will be cut| and how it is funded| and where it comes from| and "
            "at what cost| and for how long| and on what terms| and who "
            "benefits][. The debate is likely to continue|; answers are "
            "expected in the budget|. Local leaders want clarity|; the "
            "Treasury has not commented|. Allies are watching closely|; the "
            "opposition is pressing|. Details remain scarce|; a statement to "
            "parliament is due]."
        ),
    ],
    "facts": [
        {
            "original": [
                (
                    "An investment of {amount} [to expand|to modernise|to upgrade] {base} near "
                    "{place} [was announced on {weekday}|has been confirmed], and the site will "
                    "become home to {unit} [as part of a wider Nato commitment|under plans to "
                    "strengthen Nato’s northern flank|as Britain steps up its contribution to "
                    "Nato]."
                ),
                (
                    "{base} near {place} is to [receive|get] {amount} of investment and "
                    "[host|become home to] {unit}, [the defence secretary announced on "
                    "{weekday}|defence chiefs confirmed on {weekday}], in a move [linked "
                    "to|designed to help meet] Nato commitments."
                ),
                (
                    "[A major expansion|An overhaul|A large-scale upgrade] of {base} "
                    "[worth|costing] {amount} [was confirmed on {weekday}|has been approved], "
                    "[bringing {unit} and about {personnel} personnel to the {place} area|with "
                    "{unit} and {personnel} personnel due to move in]."
                ),
            ],
            "paraphrase": [
                (
                    "[Some {personnel} troops|Around {personnel} service members|Roughly "
                    "{personnel} military staff|A contingent of {personnel} soldiers and support "
                    "staff|As many as {personnel} uniformed personnel|A force of {personnel} "
                    "people|Approximately {personnel} members of the armed forces|Upwards of "
                    "{personnel} servicemen and women][ drawn from across the services| from "
                    "several different units| with their support teams| including engineers and "
                    "medics| on long-term postings| in phases over several years| with more to "
                    "follow| in a staged move][, together with {unit}, will be stationed at "
                    "{base}| are heading for {base} alongside {unit}| and {unit} are to be based "
                    "at {base}| will move into {base} along with {unit}|, plus {unit}, will be "
                    "posted to {base}| are destined for {base}, as is {unit}| will relocate to "
                    "{base} with {unit}|, in addition to {unit}, will make {base} their home][, "
                    "close to {place}|, a short drive from {place}|, on the outskirts of {place}|, "
                    "just outside {place}|, a few miles from {place}|, within reach of {place}|, "
                    "not far from {place}|, neighbouring {place}][ in one of the largest "
                    "investments of its kind| within a broader programme| following a plan drawn "
                    "up last year| in a package agreed by the cabinet| through a dedicated capital "
                    "budget| in a decision hailed by local leaders| a step welcomed by allies| "
                    "after a lengthy review][, after the government set aside|, once ministers "
                    "approved|, following a pledge of|, thanks to a commitment of|, because "
                    "Whitehall has allocated|, with the state providing|, after London earmarked|, "
                    "backed by a government grant of] {amount} [for upgrading the site|for "
                    "modernising the garrison|for a major refit of the base|for new facilities "
                    "there|for rebuilding much of the camp|for expanding its capacity|for "
                    "overhauling the station|for transforming the installation][ in support of the "
                    "alliance| honouring its alliance obligations| to bolster collective defence| "
                    "in line with promises to allies| to meet commitments to partners| as a "
                    "contribution to joint security| to reassure allied governments| in the name "
                    "of allied solidarity][. Local leaders welcomed the news|. Businesses expect a "
                    "boost|. Some residents worry about noise|. The first arrivals are expected "
                    "soon|. Housing for families is being planned|. Roads near the camp will be "
                    "improved|. Schools are preparing for new pupils|. The council is drawing up "
                    "plans]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "The [announcement|investment|decision] [comes as the government "
                    "pledges|follows a promise by ministers|is part of a commitment] to raise "
                    "defence spending to {percent} of GDP by {target_year}, [in line with "
                    "demands from Nato allies|amid pressure from Nato partners|as Nato members "
                    "face calls to spend more]."
                ),
                (
                    "[Ministers have|The government has] [committed|pledged] to lift defence "
                    "spending to {percent} of national income by {target_year}, [amid growing "
                    "pressure within Nato|after repeated calls from Nato leaders|as the "
                    "alliance urges members to do more], [and this project is part of that "
                    "drive|with bases like {base} among the first to benefit]."
                ),
            ],
            "paraphrase": [
                (
                    "[Britain has promised its allies|The UK has assured partner nations|Ministers "
                    "have told allied capitals|Ministers in government have given their word to "
                    "allies|London has made a pledge to its partners|The country has vowed to "
                    "allies|Downing Street has promised partners|Whitehall has reassured its "
                    "friends abroad] that [military budgets|spending on the armed forces|the "
                    "defence budget|outlays on the military|money for the forces|annual defence "
                    "spending|the sums spent on defence|investment in the military] [will "
                    "reach|will hit|will climb to|should rise to|will grow to|ought to reach|will "
                    "be lifted to|will increase to] {percent} [of economic output|of the "
                    "economy|of annual output|of the wealth of the country|of total output|of the "
                    "total wealth generated|of gross domestic product|of overall prosperity] [by "
                    "{target_year}|before {target_year} is out|no later than {target_year}|within "
                    "the timeframe ending {target_year}|by the close of {target_year}|in time for "
                    "{target_year}|on a path to {target_year}|in the run-up to {target_year}][, "
                    "and the work at {base}|; the programme at {base}|, while the upgrade of "
                    "{base}|; spending at {base}|, and the investment in {base}|; construction at "
                    "{base}|, and the overhaul of {base}|; money going into {base}] [feeds into "
                    "that effort|contributes to that goal|counts towards the target|is a component "
                    "of meeting it|helps deliver the pledge|forms one element of it|supports that "
                    "commitment|is a step on the way][, officials say|, according to ministers|, "
                    "defence sources explain|, the department says|, government figures suggest|, "
                    "analysts note|, as briefings make clear|, it is understood][. Critics "
                    "question whether the money will materialise|; the Treasury has yet to confirm "
                    "funding|. Allies have welcomed the pledge|; opposition parties broadly "
                    "agree|. Other projects will follow|; the timetable is demanding|. Some "
                    "economists doubt it is affordable|; the target has cross-party support]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“In [an increasingly dangerous world|a more uncertain world|these unstable "
                    "times], [we must stand shoulder to shoulder|Britain has to stand side by "
                    "side|we are determined to stand together] with our Nato allies, and {base} "
                    "will be [central to that effort|vital to that effort|at the heart of it],” "
                    "said {person}, {official}."
                ),
                (
                    "“This investment sends a [clear|powerful|strong] message [to our "
                    "adversaries|to anyone who threatens us|around the world] [that Britain "
                    "takes its Nato obligations seriously|that this country honours its Nato "
                    "commitments|that we will not shirk our duty to Nato], and it brings "
                    "[hundreds of well-paid jobs to {place}|real opportunities to "
                    "{place}|lasting benefits for {place}],” {person}, {official}, said."
                ),
            ],
            "paraphrase": [
                (
                    "[Framing the spending as a signal of resolve|Presenting the money as a "
                    "warning to hostile states|Describing the investment as proof of "
                    "determination|Casting the upgrade as a deterrent|Portraying the decision as a "
                    "show of strength|Calling the funding a statement of intent|Depicting the "
                    "project as a rebuff to aggressors|Characterising the plan as evidence of "
                    "resolve][, {person}, {official}, said|, {official}, {person}, argued|, "
                    "{person}, who is {official}, insisted|, {official}, {person}, told "
                    "reporters|, {person}, {official}, stressed|, {official}, {person}, claimed|, "
                    "{person}, {official}, explained|, {official}, {person}, added] that [it also "
                    "showed|it demonstrated|the move confirmed|the decision underlined|it "
                    "proved|it made plain|it reaffirmed|it highlighted] [commitment to the "
                    "alliance|loyalty to allies|that Britain keeps its word to partners|a firm "
                    "bond with allied nations|solidarity with treaty partners|dedication to "
                    "collective security|support for allied defence|reliability as a partner][, "
                    "adding that the town would gain employment|; the minister added that local "
                    "jobs would follow|, and said the area would see new work|, while noting that "
                    "employment would rise locally|; in addition, jobs would come to the "
                    "district|, going on to say that residents would find work there|, and "
                    "promised openings for local people|; crucially, the community would gain "
                    "jobs][, according to a transcript of the remarks|, in comments reported by "
                    "several outlets|, speaking during a visit to the region|, in a speech to an "
                    "invited audience|, at a briefing attended by local leaders|, as photographers "
                    "gathered at the gates|, in what aides called a major address|, before a tour "
                    "of the facilities][. Local leaders will be briefed next week|; details of "
                    "contracts will follow|. A visit to the base is planned|; questions from MPs "
                    "are expected|. Opposition parties welcomed the jobs|; some questioned the "
                    "timing|. Allies were informed in advance|; the announcement was carefully "
                    "choreographed]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "{contractor} [has been awarded|has won] a {amount} contract to "
                    "[supply|deliver|manufacture] {equipment}, with [much of the work taking "
                    "place at its plant in {place}|final assembly carried out in "
                    "{place}|production centred on its {place} site], [subject to export "
                    "licence approval for overseas sales|ministers said|securing skilled jobs]."
                ),
                (
                    "[A contract|An order] worth {amount} for {equipment} [has gone to|has been "
                    "placed with] {contractor}, [securing hundreds of jobs at its {place} "
                    "site|safeguarding {jobs} jobs at its factory in {place}|protecting "
                    "employment at its {place} works]."
                ),
            ],
            "paraphrase": [
                (
                    "[Under the deal,|As part of the order,|In a major boost,|According to the "
                    "ministry,|Under the agreement,|In the new arrangement,|As a result of the "
                    "decision,|Following the announcement,] [{contractor} will make "
                    "{equipment}|{equipment} will be built by {contractor}|{contractor} is to "
                    "produce {equipment}|{equipment} are to come from {contractor}|engineers at "
                    "{contractor} will construct {equipment}|{contractor} has been chosen to build "
                    "{equipment}|production of {equipment} goes to {contractor}|assembly of "
                    "{equipment} falls to {contractor}][, a contract valued at {amount},|, in a "
                    "deal priced at {amount},|, with {amount} attached,|, under an agreement "
                    "pricing the work at {amount},|, for a fee of {amount},|, at a cost of "
                    "{amount} to taxpayers,|, backed by {amount} of public money,|, in an order "
                    "totalling {amount},] [keeping its workforce in {place} busy|securing work for "
                    "staff in {place}|giving its {place} employees a long pipeline|filling order "
                    "books on its {place} factory floor|guaranteeing shifts for people in "
                    "{place}|sustaining employment around {place}|bringing steady work to "
                    "{place}|locking in jobs across {place}][ well into the next decade| for the "
                    "foreseeable future| for several years| until the end of the decade| over the "
                    "coming years| for a long stretch| into the 2030s| through several production "
                    "runs][. Apprenticeships will be expanded|; suppliers nearby will benefit "
                    "too|. Unions welcomed the news|; shifts may be added|. Export orders could "
                    "follow|; the first deliveries are due soon|. Testing will take place "
                    "locally|; the contract includes maintenance][, the company said|, managers "
                    "confirmed|, according to the firm|, officials added|, the ministry said|, a "
                    "spokesperson noted|, it was announced|, staff were told][. The order follows "
                    "a lengthy competition between several suppliers|; rival bidders from overseas "
                    "were beaten in the final round|. Ministers say it also supports the wider "
                    "defence supply chain|; smaller subcontractors across the region will share "
                    "the work|. Trade unions called it a vote of confidence in the local "
                    "workforce|; the firm described it as the largest order in its history|. Some "
                    "critics questioned the cost and the timetable|; the ministry insists the deal "
                    "offers good value]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "[The expansion is expected to create|Officials say the upgrade will "
                    "support|The project should bring] [around|about|up to] {jobs} civilian "
                    "jobs [in construction and support services|during building work and "
                    "afterwards|on and around the base], [and local firms are being urged to "
                    "bid for contracts|with a fair for suppliers planned at {venue}|and {place} "
                    "businesses will get first refusal on some work]."
                ),
                (
                    "[Local leaders|Business groups|Economic development officers] believe the "
                    "[arrival|influx] of {personnel} service personnel and their families will "
                    "[boost shops, schools and housing demand in {place}|bring new life to "
                    "{place}|be worth millions to the local economy], [alongside {jobs} "
                    "civilian posts|on top of {jobs} civilian jobs|as well as creating {jobs} "
                    "civilian roles]."
                ),
            ],
            "paraphrase": [
                (
                    "[Economically the town stands to gain:|The economy locally should benefit, "
                    "since|Financially the area is set to win;|There is an economic upside for the "
                    "town:|Local businesses expect a windfall, as|The finances of the town could "
                    "get a lift;|Commercially the news is good:|The district should see an "
                    "economic boost, because] {jobs} [non-military roles are forecast|jobs outside "
                    "uniform are expected|posts for local people are predicted|positions not "
                    "requiring a uniform are planned|jobs in support services are "
                    "anticipated|roles for local workers are projected|openings for residents are "
                    "foreseen|support jobs are envisaged][, and spending by|; meanwhile the wages "
                    "of|, while money spent by|; at the same time, purchases by|, plus the custom "
                    "of|; what is more, spending from|, and household budgets of|; equally, the "
                    "incomes of] {personnel} [troops and relatives|soldiers and their "
                    "households|military staff and dependants|uniformed staff and loved "
                    "ones|recruits and partners|staff together with their children|forces "
                    "households|serving staff and their kin] [should lift trade on the high "
                    "street|ought to boost local shops|could revive town-centre businesses|should "
                    "help pubs and cafes|will support local traders|might fill restaurants|should "
                    "bring custom to shops|could lift footfall in town][, according to economic "
                    "forecasts|, council officers predict|, the chamber of commerce says|, "
                    "analysts believe|, local leaders expect|, research commissioned by the "
                    "council suggests|, business groups estimate|, officials say][. Housing demand "
                    "will also rise|; schools will need extra places|. Rents could climb|; "
                    "surgeries may need more capacity|. Supply firms are already asking about "
                    "contracts|; hotels expect more bookings|. Some fear prices will rise|; "
                    "infrastructure must keep pace]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "A further {housing_amount} will [pay for|go towards] [new and refurbished "
                    "housing for service families|modernised accommodation for troops and their "
                    "families|replacing substandard quarters], [after years of complaints about "
                    "damp and mould|following long-running criticism of living conditions|in "
                    "response to a damning report on conditions]."
                ),
                (
                    "[Service families|Military families|Personnel and their families] posted "
                    "to {place} will [benefit from|see] {housing_amount} [spent on upgrading "
                    "homes near {base}|invested in quarters on and around the base|of "
                    "improvements to their accommodation], [after complaints about damp|after "
                    "years of complaints about mould|following criticism of poor repairs]."
                ),
            ],
            "paraphrase": [
                (
                    "[Living conditions are a sore point:|On housing,|Closer to home,|For those "
                    "living on the base,|Domestically,|As for accommodation,|Away from the runways "
                    "and ranges,|Perhaps most welcome of all,] [damp, mouldy quarters have long "
                    "been a grievance|soggy walls and black mould have angered residents for "
                    "years|poor living conditions have been a running sore|leaking, mould-ridden "
                    "homes have caused anger for years|substandard housing has long frustrated "
                    "those who live in it|cold, damp rooms have been a constant complaint|decaying "
                    "accommodation has been a source of bitterness|crumbling homes have long upset "
                    "occupants][; {housing_amount} is set aside|, so {housing_amount} has been "
                    "earmarked|: {housing_amount} is now allocated|, and {housing_amount} will be "
                    "devoted|; a sum of {housing_amount} is reserved|, prompting a budget of "
                    "{housing_amount}|: some {housing_amount} has been found|, so ministers have "
                    "found {housing_amount}] [to fix and rebuild|to repair and replace|to "
                    "refurbish wholesale|to renovate or knock down|to overhaul completely|to patch "
                    "up or replace|to bring up to standard|to mend or demolish] [the places where "
                    "those posted there live|homes occupied by personnel stationed "
                    "there|accommodation for people serving there|the houses of those assigned to "
                    "the base|dwellings for soldiers based locally|the homes of staff on "
                    "posting|homes for garrison staff|quarters for people sent there] [with their "
                    "relatives|alongside partners and children|with spouses and children|together "
                    "with their households|with loved ones|and their dependants|with their "
                    "kin|with partners and youngsters][, the ministry says|, officials confirmed|, "
                    "according to the plans|, defence chiefs said|, it was announced|, the "
                    "department added|, papers show|, ministers stated][. Residents say they will "
                    "believe it when they see it|; repairs have been promised before|. Contractors "
                    "will be appointed this year|; some homes will be demolished|. A new repairs "
                    "service is planned|; complaints will be tracked|. Occupants welcomed the "
                    "money cautiously|; campaigners want faster action]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“I welcome the jobs, but [residents|people in {place}|my constituents] "
                    "need [assurances|guarantees|answers] about [noise and low-flying "
                    "aircraft|heavy lorries on village roads|pressure on schools and surgeries] "
                    "before this [goes ahead|expands any further],” said {critic}, {role}."
                ),
                (
                    "“Nobody disputes the need for strong defences, but [this "
                    "government|ministers|the defence ministry] [keeps announcing|has a habit "
                    "of announcing] [money that never quite materialises|headline figures that "
                    "take years to arrive|sums that shrink once the cameras leave],” {critic}, "
                    "{role}, said."
                ),
            ],
            "paraphrase": [
                (
                    "[While pleased about employment|Though glad of the extra work|Despite "
                    "welcoming the new jobs|Happy about the economic boost|Although supportive of "
                    "the investment|Welcoming the jobs in principle|While backing the employment "
                    "gains|Pleased as they were about work][, {critic}, {role}, sought|, {role}, "
                    "{critic}, asked ministers for|, {critic}, who is {role}, demanded|, {role}, "
                    "{critic}, wanted|, {critic}, {role}, called for|, {role}, {critic}, insisted "
                    "on|, {critic}, {role}, requested|, {role}, {critic}, urged] [reassurance "
                    "over|guarantees regarding|clarity on|firm answers on|commitments on|promises "
                    "regarding|details about|action on] [disturbance from aircraft|noise from "
                    "flights overhead|the roar of jets|night flying|helicopter noise|military "
                    "aviation noise|aircraft movements|flights at unsocial hours][, extra "
                    "traffic|, more lorries on narrow lanes|, congestion on rural roads|, convoys "
                    "through villages|, extra vehicles on the bypass|, construction traffic|, "
                    "busier country lanes|, road safety] [and the strain on local services|and "
                    "pressure on GPs and classrooms|and demand for doctors and school places|and "
                    "stretched public services|and the burden on the health centre|and overcrowded "
                    "surgeries|and services already at capacity|and the load on local amenities][. "
                    "Constituents have raised these worries repeatedly|; a public meeting has been "
                    "requested|. Letters have been sent to ministers|; answers are expected soon|. "
                    "The concerns are shared by parish councils|; a survey of residents is "
                    "planned|. Officials promised to engage|; a community liaison group was "
                    "suggested][, the politician said|, it was added|, according to a statement|, "
                    "supporters noted|, the office confirmed|, campaigners said|, it was "
                    "reported|, residents were told]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "[Troops|Personnel] from {base} are due to [take part in|join] {exercise} "
                    "alongside {ally} [later this year|next spring|within months], [rehearsing "
                    "how quickly Nato can reinforce its borders|testing rapid deployment across "
                    "the alliance|in one of Nato’s largest drills]."
                ),
                (
                    "[Under the plans|Once based there|In future], {unit} will regularly deploy "
                    "from {base} to [train with|exercise alongside] {ally}, [starting with "
                    "{exercise}|beginning with {exercise} in the spring|including {exercise}], "
                    "[a major Nato drill|one of the alliance’s biggest exercises]."
                ),
            ],
            "paraphrase": [
                (
                    "[In the years ahead,|Operationally,|On the training side,|Looking further "
                    "ahead,|Beyond the building work,|For the troops themselves,|As far as "
                    "training goes,|In practice,] [joint drills with {ally}|manoeuvres together "
                    "with {ally}|combined training with {ally}|war games shared with "
                    "{ally}|regular practice with {ally}|field training involving "
                    "{ally}|collaborative exercises with {ally}|exercises run jointly with {ally}] "
                    "[feature heavily in the plans|are central to the programme|form a big part of "
                    "the schedule|are a core element|loom large in the calendar|are a "
                    "priority|dominate the timetable|are built into the plans][, kicking off with "
                    "{exercise}|, the first being {exercise}|, opening with {exercise}|, led off "
                    "by {exercise}|, with {exercise} first on the list|, launching with "
                    "{exercise}|, and {exercise} comes first|, headed by {exercise}][, as the "
                    "alliance practises|, while allied commanders rehearse|, so that partners can "
                    "practise|, as member states drill|, with planners keen on practising|, as "
                    "allied armies test|, letting allies rehearse|, as the treaty partners work "
                    "on] [moving soldiers quickly|shifting forces at speed|getting troops forward "
                    "fast|swift reinforcement|rushing units forward|deploying people rapidly|fast "
                    "movement of brigades|speedy troop transfers] [to threatened frontiers|towards "
                    "exposed borders|to vulnerable regions|to the eastern edge of Europe|where "
                    "danger is greatest|to areas under pressure|to the outer limits of alliance "
                    "territory|to frontline states][. Troops will spend weeks abroad each year|; "
                    "local households will adjust to deployments|. Equipment will be shipped "
                    "regularly|; the base will host visiting forces too|. Allied officers will "
                    "visit|; joint planning cells will be set up|. Training areas will be "
                    "expanded|; logistics will be tested]."
                ),
            ],
            "quote": False,
        },
        {
            "original": [
                (
                    "“[The base has been part of {place} for generations|This town and the base "
                    "grew up together|Everyone here has a link to the base], and [seeing it "
                    "grow rather than shrink|knowing it has a future] [gives everyone a real "
                    "lift|means a great deal to veterans like me|is the best news in years],” "
                    "said {veteran}, who served for {service}."
                ),
                (
                    "“[When I joined up|For as long as I can remember|Throughout my career], "
                    "there was talk [every few years of closing the base|of the site being sold "
                    "off|of cuts that would shut this place], so [this news feels like a new "
                    "lease of life|today feels like a turning point|the announcement is a huge "
                    "relief],” said {veteran}, [who served for {service}|a former soldier with "
                    "{service} of service|who left the army after {service}]."
                ),
            ],
            "paraphrase": [
                (
                    "[Among veterans,|In the town,|For former service personnel,|Reacting "
                    "locally,|In the pub near the gates,|At the veterans’ club,|Among older "
                    "residents,|On the high street,] [{veteran}, who spent {service} in "
                    "uniform,|{veteran}, with {service} in the forces behind them,|an ex-soldier, "
                    "{veteran}, whose career lasted {service},|{veteran}, a veteran of {service} "
                    "in the army,|after {service} in the services, {veteran}|{veteran}, whose "
                    "military career ran to {service},|a one-time member of the forces, {veteran}, "
                    "who gave {service} to the army,|{veteran}, {service} a soldier,] [called the "
                    "decision a morale boost|described the news as a tonic|said the announcement "
                    "lifted spirits|hailed the move as uplifting|welcomed it as a shot in the "
                    "arm|called it heartening|said it had cheered people up|described a surge in "
                    "morale][ at long last| without doubt| in every sense| this week| immediately| "
                    "for everyone| quite simply| genuinely] [for a community long nervous about "
                    "losing its garrison|for a town that feared the camp would close|for residents "
                    "who dreaded a closure|for people worried the soldiers would leave|for a place "
                    "anxious about its military future|for neighbours who feared the worst|for "
                    "households tied to the camp|for locals who had braced for cuts][. Many "
                    "ex-soldiers settled nearby|; the link between town and camp runs deep|. "
                    "Remembrance parades draw big crowds|; shops rely on service custom|. Cadet "
                    "units thrive locally|; several generations have served|. Old comrades meet "
                    "weekly|; the regimental museum is popular][, the veteran added|, it was "
                    "said|, friends agreed|, others nodded|, fellow veterans said|, the club "
                    "chairman added|, neighbours noted|, locals say]."
                ),
            ],
            "quote": True,
        },
        {
            "original": [
                (
                    "[Construction|Building work|Work on site] is due to [start|begin] within "
                    "{duration}, with {unit} [expected to arrive|due to be fully based there] "
                    "by {target_year}, [subject to planning approval|pending an environmental "
                    "assessment|once consultations are complete]."
                ),
                (
                    "[The defence ministry said|According to officials,|Military planners "
                    "expect that] the first personnel [will arrive|should move in|are to be "
                    "posted there] within {duration}, although the [full programme|complete "
                    "upgrade|whole scheme] [will not be finished|is not expected to finish] "
                    "until {target_year}."
                ),
            ],
            "paraphrase": [
                (
                    "[On the timetable,|As for timing,|Looking at the schedule,|In terms of "
                    "dates,|According to planners,|If things go well,|On current "
                    "plans,|Officially,] [diggers should appear in|ground could be broken "
                    "in|contractors may arrive in|site work might begin in|earthmovers are "
                    "expected in|the first cranes could rise in|preparatory works may start "
                    "in|groundwork could get going in] {duration}[; the whole project runs on to|, "
                    "while the programme stretches to|; the works will continue into|, with the "
                    "last phase due in|; completion is pencilled in for|, and the scheme runs "
                    "through to|; the final handover is expected in|, with everything wrapped up "
                    "in] {target_year}[, provided environmental checks|, as long as wildlife "
                    "surveys|, assuming ecological studies|, if environmental reviews|, on "
                    "condition that nature assessments|, so long as habitat studies|, if green "
                    "checks|, presuming environmental reports] [and planning consent|and "
                    "permission from planners|and the planning process|and local approvals|and "
                    "council consent|and the necessary permits|and formal permissions|and planning "
                    "sign-off] [go smoothly|are completed without hitches|raise no problems|pass "
                    "without delay|come through in time|proceed as expected|produce no "
                    "surprises|are granted promptly][. Troops will arrive in stages|; temporary "
                    "buildings will be used initially|. Some units will come sooner|; the "
                    "timetable is ambitious|. Roadworks will be coordinated|; residents will be "
                    "kept informed|. Costs will be monitored closely|; delays are always "
                    "possible]."
                ),
            ],
            "quote": False,
        },
    ],
    "background": [
        (
            "[More than a decade ago, at a summit in Wales,|Years back, with tensions rising in "
            "the east,|Back in the 2010s, after a sharp shock to European security,|At a gathering "
            "of leaders long ago,|Some time back, under pressure from Washington,|In an earlier "
            "era of tension,|A good while ago, in a formal communique,|Over ten years ago, amid "
            "mounting alarm,] [the members of the alliance|allied governments across Europe and "
            "North America|member states large and small|the partner countries|leaders of the Nato "
            "nations|the thirty-odd member nations|presidents and prime ministers of allied "
            "states|the allied capitals] [agreed to spend|pledged to devote|signed up to "
            "spending|committed to putting|promised to allocate|undertook to spend|vowed to "
            "invest|set themselves the goal of spending] [at least 2% of their national income|a "
            "minimum of two per cent of output|no less than 2% of GDP|two per cent or more of "
            "GDP|at least a fiftieth of national output|2% of their economies as a floor|a minimum "
            "share of 2% of GDP|a floor set at two per cent] [on defence|on their militaries|on "
            "their services|on military capability|on security and defence|on soldiers, ships and "
            "planes|on soldiers and equipment|on guarding the country][, a target many allies "
            "missed for years|, though plenty fell short for years|, yet many missed it "
            "repeatedly|, a goal widely ignored for a long time|, but numerous states lagged "
            "behind|, though compliance was patchy for years|, a benchmark many failed to hit|, "
            "yet for years most fell short][. Pressure to meet it has grown sharply since|; "
            "several laggards have now caught up|. Higher targets are now openly discussed|; some "
            "capitals want three per cent or more|. Britain has usually met the figure|; others "
            "still lag well behind|. The number is symbolic as much as practical|; critics call it "
            "a crude yardstick][, analysts say|, according to alliance figures|, officials "
            "acknowledge|, as recent summits showed|, diplomats point out|, the data suggest|, "
            "commentators note|, it is widely accepted]."
        ),
        (
            "[In essence,|At heart,|Fundamentally,|From its founding,|By design,|Historically,|On "
            "paper and in practice,|Put simply,] [the alliance|Nato|the treaty organisation|the "
            "Western bloc|the North Atlantic partnership|the pact|this military partnership|the "
            "coalition of democracies] [is built on|rests on|is founded on|depends on|is anchored "
            "in|centres on|revolves around|is grounded in] [the principle of collective defence|a "
            "promise of mutual protection|the idea of common defence|a pledge of solidarity among "
            "members|a commitment to defend one another|the notion of shared security|a guarantee "
            "of mutual aid|a doctrine of collective security][, under which an attack on one "
            "member|, meaning that aggression against any ally|, by which an assault on a single "
            "state|, so that a strike against one country|, whereby hostile action against a "
            "member|, on the basis that an armed attack on any signatory|, according to which "
            "violence against one ally|, with the rule that an invasion of one member] [is treated "
            "as an attack on all|counts as aggression against every member|obliges the others to "
            "respond|triggers a response from all|is viewed as hostility towards every "
            "member|commits the rest to its defence|draws in the whole alliance|binds all members "
            "to act][, as its founding treaty makes clear|, a commitment repeated at every "
            "summit|, a point leaders stress constantly|, which adversaries are meant to "
            "understand|, at least in principle|, in the famous fifth article|, according to its "
            "charter|, a promise that shapes planning][. The clause has been invoked only once|; "
            "it underpins deterrence|. Its credibility depends on readiness|; exercises test it|. "
            "Members interpret it differently|; politics shapes responses|. It dates from 1949|; "
            "membership has grown since]."
        ),
        (
            "[Defence budgets|Military spending plans|The money set aside for defence|Budgets for "
            "the armed forces|Defence allocations|Spending on the military|The defence "
            "purse|Military budgets] [cover everything from|pay for items ranging from|stretch "
            "from|fund things as varied as|span|include everything from|take in|run from] "
            "[salaries and pensions|wages and retirement costs|pay and pension liabilities|staff "
            "costs and pensions|soldiers’ pay and veterans’ pensions|payroll and pension "
            "commitments|personnel costs|pay packets and pension pots] [to ships, aircraft|to "
            "warships and jets|to vessels and planes|to frigates and fighter aircraft|to "
            "submarines and helicopters|to tanks and armoured cars|to minesweepers and cargo "
            "jets|to aircraft carriers and drones] [and the upkeep of bases|plus the maintenance "
            "of sites|and the running of barracks|and looking after installations|and repairs to "
            "military estates|and base maintenance|as well as estate upkeep|and the costs of "
            "camps] [across the country|nationwide|around Britain|up and down the land|in every "
            "region|throughout the UK|at home and overseas|in many counties][. Equipment costs "
            "tend to rise fast|; pensions are a growing share|. Estates are often neglected "
            "first|; big projects often overrun|. Choices between them are hard|; priorities shift "
            "with threats|. Inflation erodes spending power|; currency swings affect imports]."
        ),
        (
            "[Service family accommodation|Housing for military families|Homes provided for forces "
            "families|Quarters for service personnel|Military family housing|Accommodation for "
            "those in the forces|The homes rented to service families|Defence housing] [has been "
            "criticised by watchdogs|has drawn fire from inspectors|has been condemned in official "
            "reports|has attracted strong criticism from auditors|has been slated by parliamentary "
            "committees|has faced damning reviews|has been censured by regulators|has come under "
            "fire from watchdogs][, with reports of|, amid accounts of|, following complaints of|, "
            "after findings of|, citing|, pointing to|, with evidence of|, highlighting] [broken "
            "boilers|heating failures|boilers that do not work|no hot water for days|cold "
            "radiators|faulty heating systems|unreliable boilers|long waits for heating repairs][, "
            "leaking roofs|, water coming through ceilings|, damp walls|, mould in bedrooms|, "
            "rotten windows|, leaks and mould|, condensation and damp|, crumbling plaster] [and "
            "slow repairs|and sluggish maintenance|and long waits for fixes|and unanswered repair "
            "requests|and poor contractor performance|and delayed work orders|and missed "
            "appointments|and ineffective repairs][. Families have staged protests|; complaints "
            "have run into thousands|. New contracts promised improvements|; satisfaction remains "
            "low|. Ministers have apologised before|; campaigners want ring-fenced funds|. Some "
            "homes are decades old|; a rebuilding programme is under way]."
        ),
        (
            "{base} [has been a fixture|has shaped the landscape|has stood|has operated|has been a "
            "feature of local life|has been present|has been based|has dominated the skyline] "
            "[close to {place}|beside {place}|on the edge of {place}|outside {place}|within easy "
            "reach of {place}|just beyond {place}|next to {place}|within sight of {place}] [for "
            "decades|down the generations|since the Second World War|for most of a century|since "
            "the 1950s|across several generations|beyond living memory|for longer than anyone "
            "alive recalls][, and many former personnel|; plenty of ex-service people|, and "
            "numerous veterans|; lots of old soldiers|, and former soldiers in large numbers|; "
            "many who once served there|, and retired service members|; ex-forces families in "
            "their hundreds] [have settled locally|have made their homes in the area|have stayed "
            "on nearby|have put down roots locally|have remained locally|have chosen to live "
            "locally|have retired nearby|have bought houses nearby] [after leaving the forces|once "
            "their service ended|on leaving the military|after demob|when their careers "
            "finished|after retiring from service|following discharge|at the end of their "
            "service][. Their influence is visible in local clubs|; the relationship is close|. "
            "Cadet groups are popular|; pubs have regimental links|. Remembrance events draw big "
            "crowds|; many shops cater for them|. Some work for contractors on site|; others "
            "volunteer locally][, and the bond shows in everyday life|, as any local shopkeeper "
            "will confirm|, which shapes the character of the town|, and their children often join "
            "up too|, so the base feels part of the family|, giving the area a distinct identity|, "
            "and many stay involved with the regiment|, with reunions held every year]."
        ),
        (
            "[Large military sites|Big defence installations|Major bases|Sizeable garrisons|Large "
            "army and air stations|Substantial military establishments|Major defence sites|Big "
            "camps and barracks] [are often among the biggest employers|frequently rank as leading "
            "employers|tend to be major sources of jobs|are commonly among the largest "
            "employers|often provide a large share of jobs|frequently dominate employment|are "
            "usually significant employers|are often key employers] [in rural areas|in the "
            "countryside|in remote districts|in small market towns|away from the cities|in thinly "
            "populated places|in rural counties|outside the big conurbations][, supporting|, "
            "sustaining|, keeping busy|, propping up|, providing work for|, underpinning|, "
            "generating work for|, feeding] [contractors|builders and engineers|outsourcing "
            "firms|local tradespeople|security companies|construction firms|specialist "
            "suppliers|civilian contractors][, caterers|, canteen operators|, food suppliers|, "
            "catering firms|, cleaners|, laundries|, cooks and kitchen staff|, hospitality firms] "
            "[and maintenance firms|and repair companies|and facilities managers|and grounds "
            "staff|and plumbers and electricians|and estate contractors|and cleaning companies|and "
            "transport operators][. Closures can devastate such places|; expansions bring welcome "
            "money|. Spending ripples into local shops|; housing markets feel the effect|. Some "
            "jobs go to outsiders|; training schemes help locals|. Councils value the "
            "relationship|; tensions can arise over land]."
        ),
        (
            "[Over the years,|Time and again,|Since the 1990s,|In several rounds of cuts,|Under "
            "governments of both colours,|Across recent decades,|More than once,|Repeatedly,] "
            "[plans to reorganise the armed forces|restructuring of the military|successive "
            "defence reviews|efforts to reshape the services|reorganisations of the army|attempts "
            "to streamline the military|shake-ups of the armed services|defence rationalisation "
            "plans] [have seen several bases closed or merged|have led to sites being shut or "
            "combined|have resulted in camps closing|have meant barracks merging or closing|have "
            "brought closures and mergers|have shrunk the number of bases|have closed a number of "
            "stations|have consolidated many sites][ in towns across Britain| from Scotland to "
            "Cornwall| in rural areas especially| in garrison towns| far from the capital| in "
            "several regions| across the country| in places like this][, leaving some "
            "communities|, making some towns|, causing certain places to feel|, so that some "
            "districts are|, prompting some communities to grow|, leaving various towns|, making "
            "several communities|, rendering some places] [anxious about their future|worried "
            "about what comes next|fearful for their prospects|uneasy about the years "
            "ahead|nervous about further cuts|concerned for their economies|jittery about "
            "closures|unsure of their future][. Expansion elsewhere has offered some comfort|; not "
            "every closure went ahead|. Some sites have been sold for housing|; some former sites "
            "lie empty|. Local campaigns have saved a few|; decisions can be reversed|. "
            "Uncertainty can last years|; rumours spread quickly][, as local MPs often point out|, "
            "to the frustration of councils|, with lasting effects|, even now|, according to "
            "residents|, as this town knows|, in many cases|, sadly]."
        ),
        (
            "[A significant local employer,|Well established in the defence sector,|Founded "
            "decades ago,|A familiar name in engineering,|Now part of a larger group,|Long "
            "associated with the military,|With roots in the region,|Among the bigger suppliers,] "
            "{contractor} [employs engineers at several sites|has engineering teams in a number of "
            "locations|runs several engineering facilities|has skilled staff at a range of "
            "plants|operates multiple sites staffed by engineers|keeps engineering workforces at "
            "different sites|has a network of technical sites|maintains several engineering "
            "centres][ around the country| in the north and midlands| across Britain| in several "
            "regions| at home and abroad| in industrial towns| near major ports| in this part of "
            "England][ and has supplied| and has provided equipment to| and has worked for| and "
            "has been a supplier to| and has delivered kit to| and has served| and has built "
            "equipment for| and has long equipped] [the armed forces|the military|the army, navy "
            "and air force|defence customers|the services|British forces|the defence "
            "ministry|soldiers, sailors and aircrew] [for many years|over several decades|for a "
            "long time|since the 1980s|through several generations of kit|across many "
            "contracts|for decades|over a long period][, winning a reputation for reliability|, "
            "earning repeat orders|, securing export deals|, picking up long-term support "
            "contracts|, collecting a strong order book|, building praise from the ministry|, "
            "gaining contracts in several countries|, establishing a name for engineering "
            "quality][. It also sells to civilian customers|; exports make up a good share of "
            "revenue|. It recruits apprentices every year|; its shares are listed|. Unions "
            "represent much of the workforce|; it has faced criticism over delays|. Its chief "
            "executive is vocal on industrial policy|; it invests in research]."
        ),
        (
            "[For some time,|Over several years,|In repeated interventions,|Persistently,|On many "
            "occasions,|Since first elected,|In letters and speeches,|Well before this "
            "announcement,] {critic} [has pressed ministers|has pushed the government|has lobbied "
            "defence ministers|has challenged ministers|has raised questions in parliament|has "
            "written to the defence secretary|has urged the ministry|has campaigned with "
            "officials] [over the condition of military homes|about the state of service "
            "housing|regarding damp and decay in quarters|on repairs to forces accommodation|about "
            "homes for those serving|over substandard quarters|regarding poor accommodation for "
            "personnel|on the standard of military housing] [in and around {place}|across "
            "{place}|near {place}|around {place}|in the {place} area|throughout {place}|on the "
            "edge of {place}|close to {place}][, citing|, pointing to|, referring to|, "
            "highlighting|, drawing on|, quoting|, using|, mentioning] [complaints from households "
            "on the base|photographs of black mould in bedrooms|long repair backlogs|letters from "
            "worried constituents|official surveys of living conditions|cases of damp and broken "
            "heating|long waits for basic fixes|critical inspection reports][. Some improvements "
            "followed|; progress has been slow|. Ministers promised action|; occupants say little "
            "changed|. The issue was raised in parliament|; officials visited the site|. "
            "Campaigners back the demands|; further questions are planned][, according to "
            "records|, local media reported|, papers show|, by all accounts|, supporters say|, the "
            "ministry conceded|, sources suggest|, correspondence shows][. The latest plans will "
            "be watched closely|. Housing is expected to be a key test|. Families hope this time "
            "will be different|. Scepticism remains strong locally|. Officials say lessons have "
            "been learned|. A progress report has been demanded|. Others on the council echo the "
            "concern|. Contractors face tougher targets]."
        ),
    ],
    "commentary": [
        (
            "[Spending more on defence|Raising the military budget|Pouring money into the "
            "forces|Increasing defence outlays|Boosting outlays on the services|Committing more to "
            "defence|Lifting defence budgets|Expanding the military purse] [is a choice with "
            "consequences|has a price elsewhere|involves trade-offs|is not cost-free|means "
            "sacrifices somewhere|carries opportunity costs|must be paid for|comes at the expense "
            "of other things][, and ministers|; so the government|, and politicians|; ministers "
            "therefore|, and those in charge|; the Treasury|, so Whitehall|; cabinet members] "
            "[should be honest about|ought to say plainly|must be frank about|need to "
            "explain|should admit|must spell out|ought to come clean about|should tell voters] "
            "[what will be cut|which services will shrink|where savings will fall|what must give "
            "way|which budgets will suffer|what is being sacrificed|who will lose out|what goes "
            "instead] [to pay for it|to fund it|to find the money|to balance the books|as a "
            "result|in return|to make room|to cover the cost][. Voters can handle the truth|; "
            "evasion breeds cynicism|. Honesty is the best policy|; hiding it will not work|. The "
            "public deserves clarity|; trade-offs are unavoidable|. Pretending otherwise insults "
            "us|; candour builds trust]."
        ),
        (
            "[Nato|The alliance|Collective defence|The Western bloc|Any military partnership|The "
            "treaty|Nato as a whole|The pact] [is only as strong as|depends entirely on|can be no "
            "stronger than|relies wholly on|stands or falls on|is measured by|draws its strength "
            "from|lives or dies by] [the willingness of its members|how ready members are|the "
            "commitment of each government|whether members are prepared|the resolve of member "
            "states|the readiness of its governments|the determination of each country|how much "
            "its governments care] [to pay their share|to contribute fairly|to fund their forces "
            "properly|to put money in|to carry their weight|to spend what they promised|to share "
            "the burden|to meet their obligations][, and Britain|; Britain|, so Britain|; the UK|, "
            "and our country|; this country|, and our government|; London] [cannot lecture "
            "others|has no standing to scold others|should not preach to allies|is in no position "
            "to criticise|cannot point fingers|must not moralise|has no business lecturing|cannot "
            "demand more of others] [while falling short|if it misses the mark itself|when it lags "
            "behind|while its own spending slips|unless it pays up|if its own record is poor|while "
            "underspending|when it fails the test][. Credibility begins at home|; example "
            "matters|. Deeds count more than words|; allies notice|. Leadership means paying up|; "
            "promises must be kept|. Hypocrisy weakens us all|; consistency matters]."
        ),
        (
            "[For {place},|In {place},|As far as {place} is concerned,|For the people of "
            "{place},|Down the road in {place},|For a town like {place},|From the point of view of "
            "{place},|To residents of {place},] [a bigger base|an expanded garrison|a larger "
            "military presence|more troops nearby|the upgrade|a growing camp|the expansion|a "
            "busier base] [means jobs and investment|brings work and money|offers employment and "
            "spending|delivers jobs and cash|promises wages and contracts|provides work and "
            "trade|creates jobs and opportunities|pumps cash into shops][ for years to come| in "
            "the short term| almost immediately| for local firms| in the town centre| for young "
            "people| across the district| in real terms][, but it also means|; yet there will also "
            "be|, though it brings with it|; however, residents can also expect|, but equally the "
            "price includes|; equally, the downside is|, and yet the flip side is|; still, it will "
            "also bring] [noise, congestion|more noise and lorries|jets overhead and busy "
            "roads|disruption and congestion|aircraft noise and convoys|night flights and "
            "traffic|construction noise and crowded lanes|helicopters and heavy vehicles] [and "
            "strain on housing|and higher rents|and competition for homes|and more demand on "
            "housing|and strain on the property market|and a squeeze on homes|and rising house "
            "prices|and housing shortages][. Planning must keep up|; both sides of the ledger "
            "matter|. Support is needed|; ministers should help|. Balance is the key|; the costs "
            "must be shared|. Communities need a voice|; honesty helps]."
        ),
        (
            "[Let us be frank:|Experience teaches that|In Westminster,|As any auditor knows,|Time "
            "and again,|Sadly,|It is a truism that|Cynics will note that] [headline figures|big "
            "numbers|eye-catching totals|grand announcements|large sums|impressive figures|bold "
            "headline totals|round-number pledges] [about military budgets|on defence spending|for "
            "the military|about the forces|for the armed services|for military projects|regarding "
            "defence|about new kit] [are easy to announce and notoriously hard to track|are free "
            "to proclaim but very difficult to follow|are simple to unveil yet hard to trace|are "
            "effortless to trumpet and nearly impossible to audit|are tempting to broadcast but "
            "tough to verify|are quickly announced yet almost impossible to follow|are easy to "
            "dress up and slippery to pin down|are cheap to unveil but hard to monitor] [once the "
            "press releases fade|after the cameras leave|when the headlines move on|once attention "
            "wanders|after the launch|when interest fades|once the spotlight shifts|after the "
            "fanfare][, which suits politicians|, conveniently for ministers|, leaving voters none "
            "the wiser|, and nobody is held to account|, so promises quietly shrink|, as past "
            "pledges show|, and the detail vanishes|, by which point few are watching][. "
            "Parliament should follow the money|; audits should be published|. Voters deserve "
            "regular updates|; transparency is overdue|. Journalists must keep asking|; "
            "accountability matters|. Promises need milestones|; scrutiny is essential]."
        ),
        (
            "[The people who serve|Those who serve|Service personnel|Men and women in uniform|Our "
            "armed forces|Soldiers and their loved ones|Those who wear the uniform|People in the "
            "forces] [deserve homes without mould|should have decent housing|are owed dry, warm "
            "homes|need proper accommodation|merit homes that are fit for habitation|should not "
            "live with damp|deserve safe, clean quarters|are entitled to decent homes][ before "
            "they deserve| long before they need| ahead of| rather than| before| in preference to| "
            "sooner than| more than they need] [another ribbon-cutting ceremony|more photo "
            "opportunities|further announcements|another ministerial visit|more glossy "
            "launches|yet another press event|another round of speeches|more fine words][. Fix the "
            "houses first|; repairs should come first|. Practical help matters more|; priorities "
            "are clear|. Actions speak louder|; delivery is what counts|. They have waited long "
            "enough|; patience has run out][, and quickly|, without excuses|, this year|, "
            "properly|, in full|, now|, for good|, at last]."
        ),
        (
            "[In the end,|Ultimately,|Let us be clear:|Strategically speaking,|Above all,|When it "
            "comes down to it,|Fundamentally,|Make no mistake:] [deterrence works only "
            "if|deterrence depends on whether|deterrence is credible only when|deterrence succeeds "
            "only where|deterrence carries weight solely if|deterrence can work only if|deterrence "
            "holds only when|deterrence is real only if] [potential adversaries|hostile "
            "states|would-be aggressors|rival powers|our enemies|those who wish us harm|possible "
            "attackers|unfriendly governments][ watching from afar| studying our budgets| in "
            "Moscow and elsewhere| with their own spies| who read the small print| weighing our "
            "resolve| planning their next move| testing our defences] [believe the money is "
            "real|accept that the funding exists|are convinced the cash will materialise|judge the "
            "budgets to be genuine|conclude that spending will happen|are persuaded the pledges "
            "are funded|think the sums will really be spent|recognise the investment is serious][ "
            "and that the equipment will actually arrive| and that kit will turn up on time| and "
            "that weapons will be delivered| and the hardware will reach the front line| and new "
            "systems will be ready when needed| and the planes and ships will exist in practice| "
            "and that the missiles will work when called upon| and the vehicles will show up][. "
            "Announcing is easy|; procurement is the hard part|. Ministers should remember that|; "
            "the record is patchy|. Recent programmes ran late|; some were cancelled|. Delivery "
            "builds credibility|; delays erode it][. Announcements alone deter nobody|; delivery "
            "is what matters|. Delays undermine credibility|; adversaries watch closely|. Empty "
            "promises invite risk|; bluffing is dangerous|. Procurement must improve|; reliability "
            "is everything][, and everyone knows it|, as history shows|, in the long run|, "
            "whatever the rhetoric|, plain and simple|, and no speech can change that|, as "
            "strategists agree|, ultimately]."
        ),
        (
            "[Above all,|In fairness,|Quite simply,|As a matter of "
            "principle,|Equally,|Crucially,|Looking ahead,|Just as importantly,] [communities that "
            "host military sites|towns with bases on their doorstep|places that live alongside "
            "garrisons|neighbourhoods next to barracks|villages beside air stations|host "
            "communities|towns that play host to the services|localities with camps nearby] "
            "[should have|deserve|ought to get|must be given|are entitled to|need|should be "
            "offered|merit] [a proper say|a real voice|genuine influence|meaningful consultation|a "
            "seat at the table|formal input|a clear role|an honest hearing] [in how those sites "
            "grow|over expansion plans|on future development|in decisions about growth|over how "
            "the bases change|on plans for expansion|when bases expand|in shaping the changes][, "
            "and ministers should listen|, whatever Whitehall thinks|, as a matter of course|, "
            "from the start|, not after the fact|, every time|, openly|, genuinely][. They live "
            "with the consequences|; they bear the disruption|. Partnership works better|; "
            "consultation should be routine|. Good neighbours talk|; respect runs both ways|. "
            "Decisions made far away rankle|; local knowledge helps]."
        ),
    ],
}

TOPICS: list[Topic] = [
    BRIDGE_CLOSURE,
    HOSPITAL_FUNDING,
    FACTORY_CLOSURE,
    FLOOD_DEFENCES,
    RAIL_STRIKE,
    NEW_SCHOOL,
    HOUSING_DECISION,
    DEFENCE_BASE,
]

LOCAL_PARAGRAPHS: list[str] = [
    (
        "Readers in {place} have been in touch with {outlet} to share their own experiences of "
        "the issue."
    ),
    (
        "The news is likely to be felt [keenly|particularly] in {place}, where many residents "
        "have followed the issue closely for years."
    ),
    (
        "Councillors representing {place} are expected to raise the matter at their next full "
        "meeting, {outlet} understands."
    ),
    (
        "Traders on the high street in {place} told {outlet} they were [watching developments "
        "closely|waiting anxiously for more details]."
    ),
    "People in {place} can share their views by writing to {outlet} or commenting on our website.",
    "It is not the first time {place} has found itself at the centre of a story like this one.",
    (
        "A spokesperson for the residents’ group in {place} said it would be seeking an urgent "
        "meeting with officials."
    ),
    (
        "We have asked for a breakdown of how the decision will affect households in {place} "
        "and {outlet} will report the answer when it arrives."
    ),
    (
        "Community leaders in {place} are expected to discuss the announcement at a meeting "
        "later this month."
    ),
    (
        "Older residents of {place} told {outlet} they remembered similar promises [that came "
        "to little|that were never kept]."
    ),
    (
        "Our reporter spent [the afternoon|a morning] in {place} talking to people about what "
        "the decision means for them."
    ),
    (
        "Anyone in {place} affected by the issues raised in this story can contact the newsdesk "
        "at {outlet} in confidence."
    ),
    (
        "Parish councillors covering {place} have asked to be kept informed, according to "
        "minutes seen by {outlet}."
    ),
]

LIFT_INTROS: list[str] = [
    (
        "Councillors in {place} spent much of this week’s meeting discussing plans to resurface "
        "the market square."
    ),
    (
        "A proposal to extend opening hours at the {place} recycling site was deferred until "
        "the new year."
    ),
    (
        "Members also approved a small grant for volunteers who look after the flower beds "
        "around {place}."
    ),
    (
        "The meeting heard that complaints about overflowing litter bins in {place} had risen "
        "over the summer."
    ),
    "A petition calling for a zebra crossing on the main street in {place} was formally received.",
    (
        "Officers reported that the refurbishment of public toilets in {place} park was running "
        "slightly behind schedule."
    ),
    (
        "There was a lengthy debate about parking charges in {place}, with several traders "
        "arguing that they deter shoppers."
    ),
    (
        "The mayor of {place} thanked the volunteers who organised this year’s summer fair, "
        "which raised money for local charities."
    ),
    (
        "Councillors agreed to write to the bus company about cuts to the evening service "
        "between {place} and nearby villages."
    ),
    (
        "A report on allotment waiting lists in {place} showed that some residents had been "
        "waiting for more than four years."
    ),
    (
        "Plans for a new skate park on the recreation ground in {place} drew a mixed response "
        "from members of the public."
    ),
]

FOOTERS: list[list[str]] = [
    ["Sign up to our free newsletter and get the best of {outlet} in your inbox every morning."],
    [
        "We use cookies to improve your experience of {outlet}.",
        "By continuing to browse, you agree to our use of cookies.",
    ],
    [
        "Independent local journalism costs money to produce.",
        "If you value {outlet}, please consider making a contribution today.",
    ],
    ["© {outlet}. All rights reserved."],
    ["Follow {outlet} on social media for breaking news and live updates from across the region."],
    ["You may also like: more stories from {outlet} about the issues that matter where you live."],
    ["Got a story? Contact the newsdesk at {outlet} by email or phone, in confidence."],
    [
        "Manage your consent preferences at any time from the privacy settings page on {outlet}.",
        "Some features may not work if you reject non-essential cookies.",
    ],
    [
        (
            "Support {outlet}: for the price of a coffee each month you can help keep local "
            "reporting alive."
        ),
    ],
    [
        (
            "This article is the property of {outlet} and may not be republished without "
            "written permission."
        ),
    ],
    ["Get the free app from {outlet} for alerts on the stories that matter most to you."],
    [
        "Comments on this story have been closed.",
        "Please read our community guidelines before joining the conversation on {outlet}.",
    ],
    ["Recommended for you: the most-read stories on {outlet} this week."],
    [
        (
            "Complaints about this article can be made through the editorial complaints "
            "procedure published by {outlet}."
        ),
    ],
    [
        "Thank you for reading {outlet}.",
        "Register for a free account to unlock more articles each month.",
    ],
]

# The footers of outlets with two articles in a corpus, too few to learn a footer from: a
# subscription plea, one part of each list by the outlet's number (the lists' lengths share no
# factor, so two outlets share no two parts in a row and no run of a dozen words).
PLEA_PARTS: tuple[tuple[str, ...], ...] = (
    (
        "Enjoyed this story?",
        "Like what you read?",
        "Found this useful?",
        "Want more local news?",
        "Before you go:",
        "One more thing.",
        "Stay informed.",
    ),
    (
        "Subscribe to {outlet} from £1 a week",
        "Subscribe to {outlet} for £4.99 a month",
        "Subscribe to {outlet} for just £2 a week",
        "Subscribe to {outlet} with a free first month",
        "Subscribe to {outlet} for 99p for three months",
        "Subscribe to {outlet} from £39 a year",
        "Subscribe to {outlet} at half price for a year",
        "Subscribe to {outlet} for less than the price of a coffee",
    ),
    (
        "for unlimited access to local news.",
        "and never miss an update from your area.",
        "and get every story the moment it is published.",
        "for our morning newsletter and the full archive.",
        "and read without adverts on any device.",
        "and support reporting in your community.",
        "for breaking news alerts and weekly puzzles.",
        "and join thousands of readers across the county.",
        "for in-depth coverage of the issues that matter.",
    ),
    (
        "Cancel anytime.",
        "Cancel anytime, no questions asked.",
        "Cancel anytime online.",
        "Cancel anytime from your account page.",
        "Cancel anytime in two clicks.",
    ),
)

STATEMENT_FOOTERS: list[list[str]] = [
    [
        "ENDS",
        (
            "Notes to editors: spokespeople from {org} are available for interview on request; "
            "please contact the press office to arrange."
        ),
    ],
    [
        "Media enquiries: please contact the communications team at {org} during office hours.",
        "Out-of-hours calls are handled by the duty press officer.",
    ],
    [
        "For further information, journalists should contact the press office at {org}.",
        "Photographs accompanying this release may be used free of charge.",
    ],
    [
        (
            "Notes to editors: {org} is an independent organisation that works with partners "
            "across the region."
        ),
        "Its annual report is published each summer.",
    ],
    [
        "Issued by the press office of {org}.",
        "Please do not reply to this automated address; use the media enquiries line instead.",
    ],
    [
        "About {org}: we employ local people and reinvest in the communities we serve.",
        "A full list of board members is published on our website.",
    ],
]


# --- self-check -----------------------------------------------------------------------------

_SLOT_RE = re.compile(r"\{(\w+)\}")
_GROUP_RE = re.compile(r"\[([^\[\]]*)\]")
_WORD_RE = re.compile(r"[a-z0-9£]+(?:[’'.,-][a-z0-9]+)*")
_STOPWORDS = frozenset(
    "a an the of to in on at by for and or but is was were are be been has have had it its "
    "that this which with from as will would said says say".split()
)
_UK_WORDS = (
    "organisation",
    "defence",
    "programme",
    "centre",
    "labour",
    "neighbours",
    "favour",
    "modernise",
    "licence",
)
_US_WORDS = ("organization", "defense", "program", "center", "labor", "neighbor", "favor")


def _structure_problems(text: str) -> list[str]:
    """Unbalanced or nested ``[..]``, stray ``|``, empty alternatives or malformed braces."""
    problems = []
    depth = 0
    for char in text:
        if char == "[":
            if depth:
                problems.append("nested [")
            depth += 1
        elif char == "]":
            if not depth:
                problems.append("unmatched ]")
            depth = max(0, depth - 1)
        elif char == "|" and not depth:
            problems.append("| outside brackets")
    if depth:
        problems.append("unclosed [")
    for group in _GROUP_RE.findall(text):
        options = group.split("|")
        if len(options) < 2 or any(not o.strip() for o in options):
            problems.append(f"bad alternatives [{group}]")
    if "{" in _SLOT_RE.sub("", text) or "}" in _SLOT_RE.sub("", text):
        problems.append("stray brace")
    return problems


def _render(template: str, values: dict[str, str], rng: random.Random) -> str:
    chosen = _GROUP_RE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    return _SLOT_RE.sub(lambda m: values[m.group(1)], chosen)


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


def _shingles(text: str, size: int) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _skeleton(template: str, rng: random.Random) -> str:
    """One rendering with every slot replaced by a neutral placeholder word."""
    placeholders: collections.defaultdict[str, str] = collections.defaultdict(lambda: "x")
    return _render(template, placeholders, rng)


def _values(pool: dict[str, list[str]], rng: random.Random) -> dict[str, str]:
    return {name: rng.choice(choices) for name, choices in pool.items()}


def _two_stories(
    pool: dict[str, list[str]], rng: random.Random
) -> tuple[dict[str, str], dict[str, str]]:
    """Slot values for two different stories: every slot gets a different value in each."""
    one, two = {}, {}
    for name, choices in pool.items():
        one[name], two[name] = rng.sample(choices, 2)
    return one, two


def _telling(shingles: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Shingles with at least one word that is neither a stopword nor a slot placeholder."""
    return {s for s in shingles if set(s) - _STOPWORDS - {"x"}}


def _grammar_problems(text: str) -> list[str]:
    problems = []
    if re.search(r"\ba (?!one|once|uni|euro|use|us\b)[aeiou]", text, re.IGNORECASE):
        problems.append("a/an")
    if re.search(r"\ban [bcdfgjklmnpqrstvwxyz]", text, re.IGNORECASE):
        problems.append("an/a")
    if re.search(r"\ba £(8|11|18)", text):
        problems.append("a £8")
    if re.search(r"\s[,;:.]|[,;:](?=[^\s\d”’])|\s{2}", text):
        problems.append("spacing around punctuation")
    if re.search(r"\b(\w+) \1\b", text, re.IGNORECASE):
        problems.append("doubled word")
    if re.search(r"\bthe the\b|\bthe (The|A|An)\b", text):
        problems.append("double article")
    for sentence in re.split(r"(?<=[.!?])\s+|(?<=[.!?]”)\s+", text):
        first = sentence.lstrip("“‘ ")[:1]
        if first and not (first.isupper() or first.isdigit() or first == "£"):
            problems.append(f"lowercase start: {sentence[:40]!r}")
    return problems


# Templates whose renderings must not resemble each other: what paraphrase articles, same-topic
# explainers and commentaries print. Each is built almost entirely of choice points, so two
# renderings (of one story or of two) share little wording.
_VARIED_GROUPS = (6, 9)
_VARIED_OPTIONS = (5, 8)
_VARIED_FIXED = 3  # most fixed words (a slot counts as one) before, between or after groups
_PAIRS = 40
_LIMIT = 70  # the detector's fuzz.ratio threshold on normalised text
_PARAPHRASE_LIMIT = 60


def _varied(topic: Topic) -> list[tuple[str, str]]:
    """(label, template) for every template that must vary between renderings."""
    found = [(f"paraphrase f{n}", t) for n, f in enumerate(topic["facts"]) for t in f["paraphrase"]]
    found += [(f"background {n}", t) for n, t in enumerate(topic["background"])]
    found += [(f"commentary {n}", t) for n, t in enumerate(topic["commentary"])]
    found += [("headline -1", topic["headlines"][-1]), ("standfirst -1", topic["standfirsts"][-1])]
    return found


def _shape_problems(text: str) -> list[str]:
    """Too few or too many choice points, too few alternatives, long fixed runs, near-twins."""
    problems = []
    groups = _GROUP_RE.findall(text)
    least, most = _VARIED_GROUPS
    if not least <= len(groups) <= most:
        problems.append(f"{len(groups)} choice points")
    for group in groups:
        options = group.split("|")
        if not _VARIED_OPTIONS[0] <= len(options) <= _VARIED_OPTIONS[1]:
            problems.append(f"{len(options)} alternatives in [{group[:40]}]")
        sets = [set(_words(_SLOT_RE.sub(r" slot\1 ", o))) for o in options]
        for i, one in enumerate(sets):
            for two in sets[i + 1 :]:
                if len(one & two) > len(one | two) / 2:
                    problems.append(f"near-twin alternatives in [{group[:40]}]")
    for fixed in _GROUP_RE.split(text)[::2]:
        size = len(_words(_SLOT_RE.sub(" slot ", fixed)))
        if size > _VARIED_FIXED:
            problems.append(f"{size} fixed words in {fixed.strip()[:40]!r}")
    return list(dict.fromkeys(problems))


def _similarity_problems(topic: Topic, seed: int) -> list[str]:
    """Renderings of one varied template that the detector would match: per template, 40 pairs
    of two stories (97% must score below the limit) and 40 pairs of one story with independent
    choices (90%); each paraphrase against its fact's original phrasings, one story (99%).
    Every template draws from its own seeded generator, so editing one leaves the others' samples
    unchanged."""
    from rapidfuzz import fuzz

    from provenance.text.normalise import normalise

    pool = {**COMMON_SLOTS, **topic["slots"]}
    problems = []

    def score(one: str, two: str) -> float:
        return float(fuzz.ratio(normalise(one), normalise(two)))

    def share_below(pairs: list[tuple[str, str]], limit: float) -> float:
        return sum(score(one, two) < limit for one, two in pairs) / len(pairs)

    for label, text in _varied(topic):
        where = f"{topic['name']} {label}"
        rng = random.Random(f"{seed}:{text}")
        for problem in _shape_problems(text):
            problems.append(f"{where}: {problem}: {text[:50]!r}")
        stories = [(_values(pool, rng), _values(pool, rng)) for _ in range(_PAIRS)]
        apart = [(_render(text, one, rng), _render(text, two, rng)) for one, two in stories]
        alike = [(_render(text, one, rng), _render(text, one, rng)) for one, _ in stories]
        for name, pairs, needed in (("two stories", apart, 0.97), ("one story", alike, 0.90)):
            share = share_below(pairs, _LIMIT)
            if share < needed:
                problems.append(f"{where}: {name} below {_LIMIT} in {share:.0%}: {text[:50]!r}")
    for number, fact in enumerate(topic["facts"]):
        for text in fact["paraphrase"]:
            for other in fact["original"]:
                rng = random.Random(f"{seed}:{text}:{other}")
                values = [_values(pool, rng) for _ in range(_PAIRS)]
                pairs = [(_render(text, v, rng), _render(other, v, rng)) for v in values]
                share = share_below(pairs, _PARAPHRASE_LIMIT)
                if share < 0.99:
                    problems.append(
                        f"{topic['name']} paraphrase f{number}: below {_PARAPHRASE_LIMIT} against"
                        f" {other[:30]!r} in {share:.0%}"
                    )
    return problems


def self_check(samples: int = 60, seed: int = 20250101) -> list[str]:
    """Every problem found in the templates above; an empty list means all is well.

    Each template's renderings come from a generator seeded by the template itself, so editing
    one template never changes the samples another template is checked with."""
    errors: list[str] = []

    def seeded(*parts: str) -> random.Random:
        return random.Random(":".join([str(seed), *parts]))

    plenty = samples * 10  # averages over the fixed original phrasings: several sit near a bound

    common = COMMON_SLOTS

    def need(condition: bool, message: str) -> None:
        if not condition:
            errors.append(message)

    minimum = {"place": 30, "person": 40, "role": 10, "duration": 6, "amount": 15}
    minimum |= {"number": 15, "org": 20}
    for name, least in minimum.items():
        need(len(common.get(name, [])) >= least, f"COMMON_SLOTS[{name!r}] needs {least}+")
    need(common.get("weekday") == list(calendar.day_name), "weekday must be Monday..Sunday")
    for value in common.get("amount", []):
        need(re.fullmatch(r"£\d+(\.\d+)?m", value) is not None, f"amount {value!r}")
        need(not re.match(r"£(8|11|18)", value), f"amount {value!r} needs ‘an’")
    for value in common.get("number", []):
        need(re.fullmatch(r"\d{1,3}(,\d{3})*", value) is not None, f"number {value!r}")

    def check_values(where: str, slots: dict[str, list[str]]) -> None:
        for name, values in slots.items():
            need(len(values) >= 6, f"{where} slot {name!r} has {len(values)} values")
            need(len(set(values)) == len(values), f"{where} slot {name!r} repeats a value")
            for value in values:
                need(not set(value) & set("{}[]|"), f"{where} slot {name!r}: {value!r}")

    check_values("COMMON_SLOTS", common)

    def check_template(where: str, text: str, allowed: set[str]) -> None:
        for problem in _structure_problems(text):
            errors.append(f"{where}: {problem}: {text[:60]!r}")
        for slot in set(_SLOT_RE.findall(text)) - allowed:
            errors.append(f"{where}: unknown slot {{{slot}}}")

    names = [t["name"] for t in TOPICS]
    need(len(TOPICS) >= 8 and len(set(names)) == len(names), "8+ topics with distinct names")
    for topic in TOPICS:
        where = topic["name"]
        slots = topic["slots"]
        check_values(where, slots)
        need(not set(slots) & set(common), f"{where}: slot names shadow COMMON_SLOTS")
        allowed = set(slots) | set(common)
        pool = {**common, **slots}
        need(len(topic["headlines"]) >= 3, f"{where}: 3+ headlines")
        need(len(topic["standfirsts"]) >= 3, f"{where}: 3+ standfirsts")
        need(9 <= len(topic["facts"]) <= 11, f"{where}: 9-11 facts")
        need(len(topic["background"]) >= 6, f"{where}: 6+ background sentences")
        need(len(topic["commentary"]) >= 6, f"{where}: 6+ commentary sentences")
        templates = [*topic["headlines"], *topic["standfirsts"], *topic["background"]]
        templates += topic["commentary"]
        for number, fact in enumerate(topic["facts"]):
            label = f"{where} fact {number}"
            need(2 <= len(fact["original"]) <= 3, f"{label}: 2-3 original phrasings")
            need(1 <= len(fact["paraphrase"]) <= 2, f"{label}: 1-2 paraphrases")
            templates += fact["original"] + fact["paraphrase"]
            for text in fact["original"]:
                points = len(_GROUP_RE.findall(text))
                need(2 <= points <= 4, f"{label}: {points} choice points in {text[:50]!r}")
                marks = text.count("“") + text.count("”")
                need(marks == (2 if fact["quote"] else 0), f"{label}: quote marks {text[:50]!r}")
            for text in fact["paraphrase"]:
                need("“" not in text and "”" not in text, f"{label}: quote in paraphrase")
        for text in topic["commentary"]:
            need(not set(text) & set("“”\"‘’'"), f"{where}: quote mark in commentary")
        for text in templates:
            check_template(where, text, allowed)
        if any(e.startswith(where) for e in errors):
            continue
        # Renderings: grammar, lengths, quote lengths, variety between stories, paraphrase
        # distance, and no shared phrasing between background and facts.
        for text in templates:
            rng = seeded("grammar", text)
            for _ in range(samples // 3):
                rendered = _render(text, _values(pool, rng), rng)
                for problem in _grammar_problems(rendered):
                    errors.append(f"{where}: {problem} in {rendered!r}")
        fact_shingles: set[tuple[str, ...]] = set()
        for number, fact in enumerate(topic["facts"]):
            label = f"{where} fact {number}"
            for text in fact["original"]:
                rng = seeded("original", text)
                lengths = [
                    len(_words(_render(text, _values(pool, rng), rng))) for _ in range(plenty)
                ]
                mean = sum(lengths) / len(lengths)
                need(18 <= mean <= 35, f"{label}: {mean:.0f} words in {text[:50]!r}")
                if fact["quote"]:
                    inside = [
                        len(_words(m))
                        for _ in range(samples)
                        for m in re.findall(r"“([^”]+)”", _render(text, _values(pool, rng), rng))
                    ]
                    least, most = min(inside), max(inside)
                    need(least >= 15 and most <= 30, f"{label}: quote of {least}-{most} words")
                changed = []
                for _ in range(plenty):
                    first, second = _two_stories(pool, rng)
                    one = collections.Counter(_words(_render(text, first, rng)))
                    two = collections.Counter(_words(_render(text, second, rng)))
                    same = sum((one & two).values())
                    changed.append(1 - same / max(sum(one.values()), sum(two.values())))
                variety = sum(changed) / len(changed)
                need(variety >= 0.4, f"{label}: only {variety:.0%} differs in {text[:50]!r}")
                for _ in range(samples):
                    fact_shingles |= _shingles(_skeleton(text, rng), 4)
            for text in fact["paraphrase"]:
                rng = seeded("paraphrase", text)
                for _ in range(samples // 3):
                    fact_shingles |= _shingles(_skeleton(text, rng), 4)
                mine = {w for w in _words(_SLOT_RE.sub(" ", text)) if w not in _STOPWORDS}
                for other in fact["original"]:
                    theirs = set(_words(_SLOT_RE.sub(" ", other.replace("|", " "))))
                    shared = len(mine & theirs) / max(1, len(mine))
                    need(shared < 1 / 3, f"{label}: paraphrase shares {shared:.0%} of words")
                    rng = seeded("near", text, other)
                    for _ in range(samples // 3):
                        near = _shingles(_skeleton(text, rng), 3) & _shingles(
                            _skeleton(other, rng), 3
                        )
                        near = _telling(near)
                        need(not near, f"{label}: paraphrase shares {sorted(near)[:2]}")
        # Same-topic explainers (background), opinion pieces (commentary) and the headline and
        # standfirst of paraphrases ([-1]) must not borrow phrasing from what originals print.
        for text in [*topic["headlines"][:1], *topic["standfirsts"][:1]]:
            rng = seeded("lead", text)
            for _ in range(samples // 3):
                fact_shingles |= _shingles(_skeleton(text, rng), 4)
        negatives = [*topic["background"], *topic["commentary"]]
        negatives += [topic["headlines"][-1], topic["standfirsts"][-1]]
        for text in negatives:
            rng = seeded("negative", text)
            for _ in range(samples // 3):
                near = _telling(_shingles(_skeleton(text, rng), 4) & fact_shingles)
                need(not near, f"{where}: {text[:30]!r} shares {sorted(near)[:2]} with facts")
        errors.extend(_similarity_problems(topic, seed))

    local_slots = set(common) | {"outlet"}
    need(len(LOCAL_PARAGRAPHS) >= 10, "10+ LOCAL_PARAGRAPHS")
    for text in LOCAL_PARAGRAPHS:
        check_template("LOCAL_PARAGRAPHS", text, local_slots)
        need("{place}" in text, f"LOCAL_PARAGRAPHS without {{place}}: {text[:50]!r}")
    need(len(LIFT_INTROS) >= 8, "8+ LIFT_INTROS")
    for text in LIFT_INTROS:
        check_template("LIFT_INTROS", text, {"place"})
    need(len(FOOTERS) >= 12, "12+ FOOTERS")
    need(len({tuple(f) for f in FOOTERS}) == len(FOOTERS), "FOOTERS repeat")
    for lines in FOOTERS:
        need(1 <= len(lines) <= 2, f"FOOTERS variant of {len(lines)} lines")
        need(any("{outlet}" in line for line in lines), f"FOOTERS without {{outlet}}: {lines}")
        for line in lines:
            check_template("FOOTERS", line, {"outlet"})
            need("[" not in line, "FOOTERS are not rendered: no [alternatives]")
    sizes = [len(part) for part in PLEA_PARTS]
    need(
        all(math.gcd(m, n) == 1 for i, m in enumerate(sizes) for n in sizes[i + 1 :]),
        f"PLEA_PARTS lengths must share no factor: {sizes}",
    )
    need(all("{outlet}" in line for line in PLEA_PARTS[1]), "PLEA_PARTS[1] names {outlet}")
    need(all("Cancel anytime" in line for line in PLEA_PARTS[-1]), "PLEA_PARTS: Cancel anytime")
    for part in PLEA_PARTS:
        for line in part:
            check_template("PLEA_PARTS", line, {"outlet"})
            need("[" not in line, "PLEA_PARTS are not rendered: no [alternatives]")
    need(len(STATEMENT_FOOTERS) >= 4, "4+ STATEMENT_FOOTERS")
    for lines in STATEMENT_FOOTERS:
        need(any("{org}" in line for line in lines), f"STATEMENT_FOOTERS without {{org}}: {lines}")
        for line in lines:
            check_template("STATEMENT_FOOTERS", line, {"org"})
            need("[" not in line, "STATEMENT_FOOTERS are not rendered: no [alternatives]")

    everything = json.dumps([TOPICS, COMMON_SLOTS, LOCAL_PARAGRAPHS, FOOTERS], ensure_ascii=False)
    facts_text = json.dumps([f["original"] for t in TOPICS for f in t["facts"]], ensure_ascii=False)
    for word in _UK_WORDS:
        need(re.search(rf"\b{word}\b", facts_text) is not None, f"no {word!r} in original facts")
    for word in _US_WORDS:
        need(re.search(rf"\b{word}\b", everything) is None, f"US spelling {word!r}")
    nato = [t for t in TOPICS if "Nato" in json.dumps(t["facts"], ensure_ascii=False)]
    need(any(json.dumps(t, ensure_ascii=False).count("Nato") >= 5 for t in nato), "Nato topic")
    return list(dict.fromkeys(errors))


def _summary() -> str:
    lines = [
        f"{'topic':<22} {'slots':>5} {'head':>4} {'stand':>5} {'facts':>5} {'quotes':>6}"
        f" {'orig':>4} {'para':>4} {'back':>4} {'comm':>4}"
    ]
    for t in TOPICS:
        facts = t["facts"]
        lines.append(
            f"{t['name']:<22} {len(t['slots']):>5} {len(t['headlines']):>4}"
            f" {len(t['standfirsts']):>5} {len(facts):>5} {sum(f['quote'] for f in facts):>6}"
            f" {sum(len(f['original']) for f in facts):>4}"
            f" {sum(len(f['paraphrase']) for f in facts):>4} {len(t['background']):>4}"
            f" {len(t['commentary']):>4}"
        )
    sizes = ", ".join(f"{k}={len(v)}" for k, v in COMMON_SLOTS.items())
    lines.append(f"COMMON_SLOTS: {sizes}")
    lines.append(
        f"LOCAL_PARAGRAPHS={len(LOCAL_PARAGRAPHS)} LIFT_INTROS={len(LIFT_INTROS)}"
        f" FOOTERS={len(FOOTERS)} STATEMENT_FOOTERS={len(STATEMENT_FOOTERS)}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    problems = self_check()
    print(_summary())
    for problem in problems:
        print("PROBLEM:", problem)
    print(f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)
