"""Speaker attribution: the patterns news writing uses, and the answers it must not give."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from provenance.errors import InputError
from provenance.model import Speaker
from provenance.text.quotes import quotes
from provenance.text.segment import paragraphs
from provenance.text.speakers import (
    _ITEM,
    _TITLED,
    Aliases,
    _has_initial,
    _items,
    _split,
    _where,
    compatible,
    conflicting,
    key_of,
    normalise_key,
    speakers,
    surnames,
)
from tests.conftest import SEEDS, require_seeds
from tests.oracles import speaker_patterns
from tests.oracles.items import items
from tests.oracles.surnames import surnames as oracle_surnames

ALIASES = Aliases.load()


def credited(text: str, aliases: Aliases = ALIASES) -> list[tuple[str, str, str] | None]:
    """(speaker, key, attributed_as) of each quote in ``text``."""
    spans = paragraphs(text)
    found = speakers(text, spans, quotes(text, spans), aliases)
    return [None if s is None else (s.name, s.key, s.attributed_as) for s in found]


def keys(text: str) -> list[str | None]:
    return [None if c is None else c[1] for c in credited(text)]


@pytest.mark.parametrize(
    ("text", "key", "written"),
    [
        ("Jane Morrow said: “We will act.”", "jane morrow", "Jane Morrow said"),
        ("“We will act,” Jane Morrow said.", "jane morrow", "Jane Morrow said"),
        ("“We will act”, said Jane Morrow.", "jane morrow", "said Jane Morrow"),
        ("Jane Morrow told the BBC: “We will act.”", "jane morrow", "Jane Morrow told"),
        ("Jane Morrow added: “We will act.”", "jane morrow", "Jane Morrow added"),
        (
            "The plan is “bold”, according to Jane Morrow.",
            "jane morrow",
            "according to Jane Morrow",
        ),
        ("In the words of Jane Morrow: “We will act.”", "jane morrow", "words of Jane Morrow"),
        ("As Jane Morrow put it: “We will act.”", "jane morrow", "As Jane Morrow put it"),
        (
            "Jane Morrow, who has led the council since 2019, said: “We will act.”",
            "jane morrow",
            "Jane Morrow, who has led the council since 2019, said",
        ),
        (
            "The council’s leader, Jane Morrow, has said the plan is “bold”.",
            "jane morrow",
            "Jane Morrow, has said",
        ),
        (
            "A Downing Street spokesperson said: “We will act.”",
            "downing street spokesperson",
            "A Downing Street spokesperson said",
        ),
        (
            "“We will act,” the Prime Minister’s official spokesman declared.",
            "downing street spokesperson",
            "the Prime Minister’s official spokesman declared",
        ),
        ("“We will act,” Number 10 said.", "downing street", "Number 10 said"),
        (
            "“We will act,” a No 10 spokeswoman said.",
            "downing street spokesperson",
            "a No 10 spokeswoman said",
        ),
        (
            "“We will act,” said a spokesperson for Northvale Leisure.",
            "northvale leisure spokesperson",
            "said a spokesperson for Northvale Leisure",
        ),
        (
            "Defence Secretary Pete Hegseth said: “No.”",
            "pete hegseth",
            "Defence Secretary Pete Hegseth said",
        ),
        ("Sir Keir Starmer said: “Yes.”", "keir starmer", "Sir Keir Starmer said"),
    ],
)
def test_attribution_patterns(text: str, key: str, written: str) -> None:
    [found] = credited(text)
    assert found is not None, text
    assert (found[1], found[2]) == (key, written)


def test_pronoun_resolves_to_the_last_named_speaker() -> None:
    text = (
        "A Downing Street spokesperson said the call had gone well.\n"
        "They added: “He was unequivocal.\n"
        "“Ukraine needed strong guarantees, he added.”\n"
        "“It was a good call,” she said."
    )
    assert keys(text) == ["downing street spokesperson", "downing street spokesperson"]
    assert credited(text)[0] == (
        "Downing Street spokesperson",
        "downing street spokesperson",
        "They added",
    )


def test_words_inside_quote_marks_are_never_an_attribution() -> None:
    assert keys("“The plan is dead, Jane Morrow said.”") == [None]
    # A paragraph continuing a quote keeps the quote's speaker, whatever it says inside.
    text = "Jane Morrow said: “We will act.\n“We will not wait, Tom Reid told us.”"
    assert keys(text) == ["jane morrow"]


def test_a_pronoun_with_no_recent_speaker_is_unknown() -> None:
    text = (
        "Jane Morrow said the plan was ready.\n"
        "The bridge opened in 1871.\n"
        "It was strengthened in 1994.\n"
        "“We will act,” he said."
    )
    assert keys(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theresa May disagreed with the plan.\n“He is wrong,” she said.", ["theresa may"]),
        ("Jane Morrow spoke first.\nTom Reid replied at length.\n“No,” he said.", ["tom reid"]),
        ("Jane Morrow spoke first.\nThe bridge opened in 1871.\n“No,” he said.", [None]),
        (
            "Jane Morrow said: “We will act.”\nTom Reid was unconvinced.\n“Never,” he said.",
            ["jane morrow", "tom reid"],
        ),
        (
            "Jane Morrow said: “We will act.”\nThe bridge opened in 1871.\n"
            "It was strengthened in 1994.\n“Soon,” she added.",
            ["jane morrow", None],
        ),
    ],
)
def test_pronouns_refer_back_through_paragraphs_without_quotes(
    text: str, expected: list[str | None]
) -> None:
    # Such paragraphs are read only when a pronoun asks about them: the same answers.
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plan is “bold”.",
        "Trump’s claims that they agreed to “work together, very closely” were denied.",
        "Officials confirmed it on Friday, and the promise of “help for all” rings hollow.",
        "We are told: “Help is on the way.”",
    ],
)
def test_unknown_rather_than_wrong(text: str) -> None:
    assert keys(text) == [None]


def test_quotes_listed_together_share_their_attribution() -> None:
    text = "It was an “important moment” and “a fresh start”, the statement added."
    assert credited(text)[0] is None  # "the statement" refers back, and nothing came before
    text = "Jane Morrow said it was an “important moment” and “a fresh start”."
    assert keys(text) == ["jane morrow", "jane morrow"]


def test_surnames_resolve_to_the_full_name_the_article_gives() -> None:
    text = "Donald Trump spoke on Friday.\n“No deal,” Trump said."
    assert keys(text) == ["donald trump"]
    # a headline in title case is not a name: "Starmer Defies Trump"
    assert surnames("Starmer Defies Trump\nDonald Trump spoke.", [(0, 20), (21, 40)]) == {
        "trump": "donald trump"
    }


def test_keys_and_compatibility() -> None:
    assert normalise_key("the Prime Minister’s official spokeswoman") == (
        "prime minister's official spokesperson"
    )
    assert key_of("Dr Leila Ismail") == "leila ismail"
    assert compatible("trump", "donald trump")
    assert compatible("volodymyr zelensky", "volodymyr zelenskyy")
    # a surname alone, spelt the other way (a new-user trial: "Mr Zelensky posted" against
    # Sky's "Mr Zelenskyy's", a conflict flagged on one statement)
    assert compatible("zelensky", "volodymyr zelenskyy")
    assert not compatible("smith", "volodymyr zelenskyy")
    assert compatible("downing street", "downing street spokesperson")
    assert compatible("president", "joe biden")
    assert not compatible("priya raman", "tom reid")
    assert not compatible("downing street spokesperson", "white house spokesperson")


def test_user_aliases_extend_the_built_in_ones(tmp_path: Path) -> None:
    extra = tmp_path / "aliases.toml"
    extra.write_text('[aliases]\n"northvale borough council" = ["the town hall"]\n', "utf-8")
    aliases = Aliases.load(extra)
    assert credited("“We will act,” the Town Hall said.", aliases)[0] == (
        "Town Hall",
        "northvale borough council",
        "the Town Hall said",
    )
    assert aliases.resolve("no 10") == "downing street"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[aliases\n", "not valid TOML"),
        ('names = ["x"]\n', "needs an [aliases] table"),
        ('[aliases]\n"x" = [""]\n', "an empty name in the aliases of 'x'"),
        ('[aliases]\n"x" = "y"\n', "must be a list of strings"),
    ],
)
def test_bad_alias_files_are_named(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError, match=re.escape(problem)) as caught:
        Aliases.load(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a post, Jane Morrow said “there was no reason” for the council “to be cutting "
            "services”.",
            ["jane morrow", "jane morrow"],
        ),
        ("Jane Morrow warned:\n“The plan is dead.”", ["jane morrow"]),
        ("“We were good,” manager Sandra Bell said. “We were not lucky.”", ["sandra bell"] * 2),
        ("Smith said the plan, which Jones said was “reckless”, would go ahead.", ["jones"]),
        (
            "Labour said it was “fair”, the Conservatives said it was “a tax raid”.",
            ["labour", "conservatives"],
        ),
        ("“Not true,” said Mr. Biden.", ["biden"]),
        ("“No,” said U.S. Secretary of State Antony Blinken.", ["antony blinken"]),
        ("Mary Jones, chief executive of Acme, said: “We have a plan.”", ["mary jones"]),
        ("Tom Smith, a Democrat, said the bill was “a betrayal”.", ["tom smith"]),
        ("A friend of the prime minister said he was “livid”.", [None]),
        ("“We will win,” said Smith's widow.", ["smith's widow"]),  # a description: not Smith
        ("Writing in the Telegraph, Boris Johnson said the plan was “mad”.", ["boris johnson"]),
        ("On Tuesday Biden said it was “over”.", ["biden"]),
        ("“Yes,” the Bank of England said.", ["bank of england"]),
        # a name and where the person is from or works for: the person, as other outlets name
        # them (PolNeAR's train split: "Sen. Marco Rubio of Florida", "Meenakshi Ganguly of
        # Human Rights Watch"; the affiliation once took the name's place)
        ("“No,” said Sen. Marco Rubio of Florida.", ["marco rubio"]),
        ("“It is chilling,” said Meenakshi Ganguly of Human Rights Watch.", ["meenakshi ganguly"]),
        ("“We are proud,” said Bishop Michael Curry of the Episcopal Church.", ["michael curry"]),
        ("Jane Doe of the University of Iowa said: “It will fail.”", ["jane doe"]),
        ("“We won't,” said Rep. Marcy Kaptur of Ohio's 9th District.", ["marcy kaptur"]),
        ("Rep. Marcy Kaptur of Ohio's 9th District said: “We won't.”", ["marcy kaptur"]),
        # a title that is also a surname, ending a name, is the surname (PolNeAR: "said
        # Representative Peter T. King of New York" was "New York")
        ("“No,” said Rep. Peter King of New York.", ["peter king"]),
        ("“No,” said Rep. Steve King.", ["steve king"]),
        ("“No,” said the House Speaker.", ["house speaker"]),
        # after "the", a title is a title (the one the article titles so, as before)
        (
            "U.S. District Judge Amy Berman Jackson heard the case.\n\n“It is clear,” said "
            "the District Judge.",
            ["berman jackson"],
        ),
        ("“Yes,” said Rep. Earl Blumenauer of Oregon.", ["earl blumenauer"]),
        ("“Yes,” said Jane Morrow of Riverside Council.", ["jane morrow"]),
        ("“Yes,” said the Episcopal Diocese of Virginia.", ["episcopal diocese of virginia"]),
        ("“No,” said House Speaker Paul Ryan.", ["paul ryan"]),
        # an organisation's name holding "of" is the organisation
        ("“Yes,” said the American Federation of Teachers.", ["american federation of teachers"]),
        ("“Yes,” said the Federal Reserve Bank of New York.", ["federal reserve bank of new york"]),
        ("“Yes,” the London School of Economics said.", ["london school of economics"]),
        # a quotation standing alone goes on with the one named last (PolNeAR's train split:
        # such quotes are that person's)
        (
            "Jones said: “It will work.” Smith was unimpressed. “It is nonsense.”",
            ["jones", "smith"],
        ),
        (
            "Boris Johnson said he would go. Theresa May disagreed. “He is wrong,” she said.",
            ["theresa may"],
        ),
        # a name in apposition to a description of someone is the sentence's subject, whom a
        # pronoun then refers to (PolNeAR: "One local woman, Karen Robison, pulled Rep. King
        # aside" was passed over for the man named before her)
        (
            "At the barn, Cruz drew a small crowd. One local woman, Karen Robison, pulled Rep. "
            "King aside.\n\n“I’m so glad you don’t forget Osceola.”",
            ["karen robison"],
        ),
        (
            "At the barn, Cruz drew a small crowd. His top strategist, Jeff Roe, pulled King "
            "aside.\n\n“We are glad you came,” he said.",
            ["jeff roe"],
        ),
        # whom a speaker tells gives the speaker no gender: "she told him" left Maria Lopez a
        # "he", and the next "she" went to Tom Green (PolNeAR: Karen Robison, Dottie Deans)
        (
            "Tom Green met Maria Lopez on Monday. Maria Lopez runs the harbour trust.\n\n"
            "“We need the bridge,” she told him. “It will be built,” she said.",
            ["maria lopez", "maria lopez"],
        ),
        (
            "Tom Green met Maria Lopez on Monday. Maria Lopez runs the harbour trust.\n\n"
            "“We need the bridge,” she told his aides. “It will be built,” she said.",
            ["maria lopez", "maria lopez"],
        ),
        # a capitalised word joined to a lower-case one is an adjective, not a new subject:
        # the quotation standing alone goes on with the one named last (PolNeAR's train split)
        (
            "“We sat quietly,” Khizr Khan said. At dinners, the American-born children of "
            "Muslim immigrants would come up to him.\n\n“They would come to me.”",
            ["khizr khan", "khizr khan"],
        ),
        (
            "Jane Morrow spoke on Monday. At dinners, the Aspen-born owners of the shops came "
            "up to her.\n\n“We will fight the plan.”",
            ["jane morrow"],
        ),
        (
            "Jane Morrow insisted it remained “steadfast”, despite Trump’s claims that they would "
            "“work together”.",
            ["jane morrow", None],
        ),
        ("Now the council tells us: “Safety comes first.”", ["council"]),
        ("Rishi Sunak and Keir Starmer said it was “a fair deal”.", [None]),
        # real text (seed 003): a pronoun and a name are two speakers, not the name alone
        (
            "Angela Rayner insisted Britain’s backing remained firm, despite Trump’s claims that "
            "he and Putin had agreed to “work together, very closely” on ending the conflict.",
            [None],
        ),
        ("Senator Jane Smith and her aides said “we will not back down on this at all”.", [None]),
        # real text (PolNeAR train): the one from a place, not the place
        (
            "The senator from Vermont said the financial system was “corrupt and rigged”, "
            "noting that banks had grown bigger since the crash.",
            ["senator"],
        ),
        ("Tom Smith from the council said “the bridge will reopen next week”.", ["tom smith"]),
        # real text (PolNeAR train): a headline's "X’s Claim That …" is a claim, not a person
        # "she" could be
        (
            "Hillary Clinton’s Claim That Donald Trump Is In ISIS Videos Isn’t True.\n\n"
            "“He is becoming the best recruiter they have,” she said.",
            [None],
        ),
        ("A statement from the council said “the bridge will reopen next week”.", ["council"]),
        ("Profits rose and Jane Morrow said it was “a good year”.", ["jane morrow"]),
    ],
)
def test_more_attribution_patterns(text: str, expected: list[str | None]) -> None:
    assert keys(text) == expected


def test_alias_chains_are_followed_and_clashes_refused(tmp_path: Path) -> None:
    chain = tmp_path / "chain.toml"
    chain.write_text('[aliases]\n"council" = ["priya raman"]\n"priya raman" = ["tom reid"]\n')
    assert Aliases.load(chain).resolve("tom reid") == "council"
    clash = tmp_path / "clash.toml"
    clash.write_text('[aliases]\n"x y" = ["tom reid"]\n"c d" = ["Tom Reid"]\n')
    with pytest.raises(InputError, match="'Tom Reid' is an alias of both 'x y' and 'c d'"):
        Aliases.load(clash)
    extra = tmp_path / "extra.toml"
    extra.write_text('[aliases]\n"a b" = ["c"]\n[other]\nx = 1\n')
    with pytest.raises(InputError, match="and nothing else"):
        Aliases.load(extra)


def test_the_statement_refers_to_the_one_its_sentence_opens_with() -> None:
    text = (
        "Emergency crews worked through the night to shore up the river defences.\n"
        "Mayor Priya Raman promised that “every household will receive help before the "
        "weekend”, according to the statement.\n"
    )
    assert keys(text) == ["priya raman"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote's own "?" or "!" does not end the sentence its attribution closes
        ("“Who knows?” Trump told Britain’s ITV in an interview aired on Monday.", ["trump"]),
        ("“Now taste it!” Rubio tweeted.", ["rubio"]),
        # a place closing a fronted phrase is no subject; a participle after a comma takes the
        # sentence's subject, not an "appositive" clause before it
        (
            "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, "
            "calling him “a total stiff.”\n\nHe says, “Here’s a guy you wouldn’t hire.”",
            ["trump", "trump"],
        ),
        (  # ... and an age before the name after the place
            "At a campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson railed "
            "against immigrants. “They should speak English in public,” she said.",
            ["brenda johnson"],
        ),
        (  # a capitalised fronted word is no town
            "Instead, Matthews, a host on MSNBC, argued that the plan was “a fantasy that "
            "nobody can pay for”.",
            ["matthews"],
        ),
        (  # a participle after a "who" clause is that clause's speaker's
            "The senator was rallying for an academic named Eric Kingson, who is running for "
            "Congress and who worked the crowd, praising “Bernie's genuineness and "
            "indisputable integrity”.",
            ["eric kingson"],
        ),
        # descriptions with a hyphenated head
        (
            "The Democratic front-runner said: “I think you’ll hear that.”",
            ["democratic front-runner"],
        ),
        # whom a speaker tells is no speaker
        (
            "Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon "
            "and I have been friends for a long time.”",
            ["trump"],
        ),
        # a verb's form with a capital is a name: The Huffington Post, the United States
        (
            "“We want reform,” Clinton campaign Chairman John Podesta told The Huffington Post.",
            ["john podesta"],
        ),
        (
            "Sanders released a statement, insisting that the United States “must stop "
            "treating Puerto Rico like a colony.”",
            ["sanders"],
        ),
        # descriptions, after the quote or after said
        ("“Nobody cares when you spend your own money,” the RNC member said.", ["rnc member"]),
        ("“Donald is an amazing leader,” said the 46-year-old.", ["46-year-old"]),
        # an aside in brackets, a title of US politics, a fronted phrase
        (
            "In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the "
            "news, saying: “The killer should be in prison.”",
            ["hakeem jeffries"],
        ),
        ("Instead, the statement talked about giving voters “the right to decide”.", [None]),
        # an adverb before the verb; a verb coordinated with the subject's first
        ("Trump has repeatedly said the system is “rigged against us all”.", ["trump"]),
        (
            "Carson took the stage in Baltimore and called the political system “rotten to the "
            "core.”",
            ["carson"],
        ),
        # learned cue verbs (PolNeAR's annotated cues)
        ("Warren blasted the banks, calling the deal “a giveaway to Wall Street”.", ["warren"]),
        # reported speech at one remove is the reporter's account
        (
            "A Number 10 spokesperson said that during the call, Sir Keir had reiterated the "
            "UK’s “ironclad support for Ukraine”.",
            ["downing street spokesperson"],
        ),
        # the verb first; a long appositive; a possessive description after the verb
        (
            "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”",
            ["dorothy poynter"],
        ),
        (
            "Because of the schedule, explained Rosenberg, “there is a scenario where it is hard.”",
            ["rosenberg"],
        ),
        ("“We have a path,” added his campaign manager Jeff Weaver.", ["jeff weaver"]),
        (
            "Rich Heffley, a top Tallahassee operative who played a major role in John McCain’s "
            "big Florida win in 2008 and now runs the early vote, said the absentee program is a "
            "“critical part of our strategy.”",
            ["rich heffley"],
        ),
        # a title with "of" or "to" before the name; the name is the person
        (
            "“We do not agree with that at all,” Director of National Intelligence Dan Coats said.",
            ["dan coats"],
        ),
        (
            "“We do not agree with that at all,” U.S. Ambassador to Russia Jon Huntsman said.",
            ["jon huntsman"],
        ),
        # "the president" is the one the article titles President (and no one else)
        (
            "President Donald Trump arrived late. “We do not agree with that,” the president said.",
            ["donald trump"],
        ),
        (
            "President Obama met Sen. Bernie Sanders. “We do not agree,” the senator said.",
            ["bernie sanders"],
        ),
        # the speaker after the verb, further on; "an official" is a head, not a modifier
        ("“This will be a real challenge” for Clinton, said Kunin.", ["kunin"]),
        (
            'In a statement, a State Department official said, "We will not speak to that.”',
            ["state department official"],
        ),
        # a name and a colon: transcripts, round-ups; a common word is no label
        (
            "Clinton: “Our goal is to defeat ISIS.” Bush: “The mission is to destroy ISIS.”",
            ["clinton", "bush"],
        ),
        (
            "Polls overhyped - Pew Research: “The samples include more engaged people.”",
            ["pew research"],
        ),
        ("Update: “The council will meet again on Monday night.”", [None]),
        # "one", "another" open a description too; a quote's own full stop before "X said."
        (
            "“I did not care whether they backed Cruz,” said one district GOP leader.",
            ["one district gop leader"],
        ),
        ("“Russia, if you’re listening, find the emails.” Trump said.", ["trump"]),
        # a description before a kept verb; "went on to say": the subject's
        (
            "Another person tweeted: “Still from the clip, the town hall was a troll.”",
            ["another person"],
        ),
        ("Bryne went on to say, “From the bottom of my soul, I know this.”", ["bryne"]),
        # a dateline is no one: the subject comes after its dash
        ("HELSINKI — Trump met Putin, saying that “the meeting went very well”.", ["trump"]),
        (
            "WASHINGTON (UPI) — In response, a new group rallied, saying: “We are ready.”",
            ["new group"],
        ),
        # a capitalised common word opening a sentence is no one's name
        (
            "Tom Reid spoke first. Closing the office would be a mistake. “We need it,” he said.",
            ["tom reid"],
        ),
        # nor is an adverb or auxiliary opening one (Sometimes, Even, Did), though a headline
        # writes it with a capital inside
        (
            "Why Voters Sometimes Stay Home\n\nTom Reid spoke first.\n\n"
            "Sometimes hecklers shouted back. “Let us talk,” he said.",
            ["tom reid"],
        ),
        # "One" before a noun only counts it: no one's name
        (
            "A Day When One Vote Counted\n\nJane Morrow spoke first.\n\n"
            "One attendee cheered loudly. “We love it,” she said.",
            ["jane morrow"],
        ),
        # another/one + capitalised words: a description, not a name
        ("“Polls mislead,” another Ohio Democrat added.", ["another ohio democrat"]),
        # a report goes on past ", but" when the quote opens the clause
        (
            "Jane Morrow said she had offers for the car, but “none were serious.”",
            ["jane morrow"],
        ),
        # a subject described first: a confident Reid
        (
            "In an interview in May, a confident Tom Reid bragged about it.\n"
            "“This is not a hard race,” he said.",
            ["tom reid"],
        ),
        # a coordinated verb after ", but" has the sentence's subject, not the clause's
        (
            "Jane Morrow did not name the firm, but told the council it was run by those "
            "“who put profit first.”",
            ["jane morrow"],
        ),
        # "according to" a description, not only a name
        (
            "The plan was “a disaster,” according to a statement from the council.",
            ["statement from the council"],
        ),
        # speech verbs beyond said: fumed, boomed, retorted
        ("“They were never serious,” Tom Reid fumed.", ["tom reid"]),
        # an aside in brackets leaves a comma between name and verb
        (
            "After the count, Gov. Jane Morrow (D-Ohio), said, “We will win in May.”",
            ["jane morrow"],
        ),
        # a role ending a sentence is no title before a name: the quote after goes on
        ("“We won,” said Tom Reid, a professor. “It will help.”", ["tom reid", "tom reid"]),
        # a party and state in initials end the sentence before a quote
        ("“I see it,” said Sen. Tom Reid, R-S.C. “I get that.”", ["tom reid", "tom reid"]),
        # a role "to" or "of" someone is a description, not that someone
        (
            "“We need a plan,” said a longtime adviser to Tom Reid, who declined to be named.",
            ["longtime adviser to tom reid"],
        ),
        ("“It is over,” the Secretary of State said.", ["secretary of state"]),
        # "One" opening a subject counts the noun after it: the description, not "One"
        (
            "One message, apparently referring to the vote, said: “We will not stop.”",
            ["one message"],
        ),
        # a preposition opening the sentence is no name (Like Jane Morrow, …)
        (
            "Like Jane Morrow, Tom Reid rejected the plan, arguing that there is “no need for "
            "a new road.”",
            ["tom reid"],
        ),
        # a town and its state's abbreviation close a fronted phrase
        (
            "At a conference in Aspen, Colo., Jane Morrow, the candidate, closed by quoting a "
            "poet: “Every obstacle yields to stern resolve.”",
            ["jane morrow"],
        ),
        # a fronted past participle: the subject after it is the one "he" refers to
        (
            "Introduced at the lectern by Tom Reid, Sam Brown launched into a lament.\n\n"
            "“We will build a wall along the border!” he said to an enormous cheer.",
            ["sam brown"],
        ),
        # said, a description in lower case, then the name closing the clause
        (
            "“It is a hot item,” said conservative activist Tom Reid, who backs no one. "
            "“It really is.”",
            ["tom reid", "tom reid"],
        ),
        ("“It was fine,” said longtime GOP strategist Tom Reid.", ["tom reid"]),
        ("“It was fine,” said last week Tom Reid would go.", [None]),
        # a fronted participle whose comma is inside a quote: not "Holding"
        (
            "Tom Reid spoke first.\n\nHolding signs calling Reid “a loser and a cheat,” the "
            "protesters chanted “Bad for Ohio, bad for you.”",
            ["protesters", "protesters"],
        ),
        # a quotation broken by its attribution goes on after it: "“…,” said X, …, “…”"
        (
            "“These rules are clear,” said Tom Reid, speaking of the council, “and they leave "
            "little room.”",
            ["tom reid", "tom reid"],
        ),
        # the writer's words running on after the quote do not end whose it is
        (
            "“We will not cut the budget,” Jane Morrow told reporters. “What we will do is keep "
            "the library open” and other services too.",
            ["jane morrow", "jane morrow"],
        ),
        # any verb in the past closing an attribution after a quote, or opening one before a
        # colon or a reported clause: verbs of speech are an open class
        ("“The vote is rigged,” Tom Reid retaliated.", ["tom reid"]),
        ("“Where is the money?” Tom Reid pressed on Monday.", ["tom reid"]),
        ("“It will pass,” an angry Jane Morrow retaliated.", ["jane morrow"]),
        ("“Gun owners should stay home,” opined the Harbour Chronicle.", ["harbour chronicle"]),
        ("Tom Reid resisted: “Mayors do not have that power.”", ["tom reid"]),
        ("Tom Reid worried that the fund was “a hammock for the idle.”", ["tom reid"]),
        # but not a description with a verb of its own after a dash
        (
            "Jane Morrow said the year “is going to be about schools” — an issue Tom Reid has "
            "struggled with.",
            ["jane morrow"],
        ),
        # a quote in a sentence's predicate with no attribution: the subject's words
        (
            "Tom Reid mocked Jane Morrow for “having a tough night” after the count.",
            ["tom reid"],
        ),
        ("Harbour Voice targets a “corrupt system that keeps the port closed.”", ["harbour voice"]),
        # but not the subject of a passive, nor a headline in capitals
        ("Tom Reid was asked by host Jane Morrow, “Where is the money now?”", [None]),
        ("HOW THE PORT WAS LOST “The harbour has been closed for a decade.”", [None]),
        # an initial inside a name neither ends the sentence nor cuts the name
        (
            "“The firm avoids tax,” Senate leader Harry M. Reid said in a statement.",
            ["harry m reid"],
        ),
        (
            "“I think the winds are changing,” J. Gerald Hebert, director of the Legal Center, "
            "said in an interview.",
            ["j gerald hebert"],
        ),
        (
            "“Israel was sold out,” Tom Reid said, referring to Secretary of State John F. Kerry, "
            "the chief negotiator. “You cannot let Iran have it.”",
            ["tom reid", "tom reid"],
        ),
        # "X said he has …": X is the one named, for a "he" after it
        (
            "Rep. Tom Reid, a delegate, said he has spoken with many fellow delegates.\n\n"
            "“The reality is that most of them back her,” he said.",
            ["tom reid"],
        ),
        # ... or the subject a description of someone, or of something that speaks for them
        (
            "The billionaire businessman began by talking about the crisis, saying that heroin "
            "is now “cheaper than getting candy.”",
            ["billionaire businessman"],
        ),
        ("The ad targets a “corrupt system that keeps the port closed.”", ["ad"]),
        ("The chants grew louder at the monument dedicated “to the struggle for rights.”", [None]),
        # but a "he" with no one to refer to is unknown, not the subject
        ("The program was a “good thing for all of us,” he remarked.", [None]),
        # said, a description, then a name and the place it is from; a role with "of"
        (
            "“I don't know where he stands,” said undecided voter Jane Morrow of Derry, N.H., "
            "before the event.",
            ["jane morrow"],
        ),
        ("“Thanks for coming,” said master of ceremonies Tom Reid, an engineer.", ["tom reid"]),
        # said and a description opening with someone's name in the possessive
        (
            "“We are treating it like a ground game,” said Reid’s deputy campaign manager, who "
            "ran the 2012 effort.",
            ["reid's deputy campaign manager"],
        ),
        # "as" and a description with a verb of speech
        ("As one employee told the Weekly, “She wants to put fear in us.”", ["one employee"]),
        # "he" in a sentence that named a speaker for a quote before it is that speaker
        (
            "“It is over,” the heckler yelled.\n\n“Thank you, son,” Tom Reid replied, before "
            "adding that he thinks “children should speak with respect.”",
            ["heckler", "tom reid", "tom reid"],
        ),
        # a described subject whose first word is also a verb's form; a possessive description
        # after the quote
        ("The email goes on to say: “We will not let this pass.”", ["email"]),
        (
            "“He was a great teacher to all of us,” his colleague wrote on Facebook.",
            ["his colleague"],
        ),
        # a participle after the speaker named for the quote before goes on with them
        (
            "“It’s not new in Ohio,” said Rep. Tom Reid (D-Ohio) at the time, adding that “we’ve "
            "been electing them for a long time.”",
            ["tom reid", "tom reid"],
        ),
        # the last of a list ends no clause: "A, B, and C to “…”"
        (
            "Tom Reid said he expects Ohio, Kent, and Leeds to “show their unity in our work.”",
            ["tom reid"],
        ),
        (  # but a number's comma is no list's
            "Jane Morrow opened a shop, affecting 12,000 people, and the promise of “a decent "
            "school” will be tested.",
            [None],
        ),
        # a report goes on past ", and" or ", but" into a clause with no subject by name
        (
            "Tom Reid said the server was open, and he had access to a server that “was like "
            "an open door on the internet.”",
            ["tom reid"],
        ),
        (
            "Tom Reid says voters want a leader, but instead the mayor is giving them “lectures "
            "and distractions.”",
            ["tom reid"],
        ),
        (  # but not into a clause with a new subject by name
            "Tom Reid said the plan was fair, but Jane Morrow thinks the deal is “a disaster "
            "for everyone.”",
            ["jane morrow"],
        ),
        # "According to X," opening a sentence gives X every clause after it
        (
            "According to Tom Reid, he was once part of the club, but is now “the worst thing "
            "that ever happened to it.”",
            ["tom reid"],
        ),
        # "Even" opens a fronted phrase too
        (
            "Even before Reid took the stage, his campaign sent out a text message to "
            "supporters saying: “With your help, we won.”",
            ["his campaign"],
        ),
        # the name whose possessive stands before a quote
        (
            "It is the pull of Tom Reid’s “if you like your plan, you can keep it” promise.",
            ["tom reid"],
        ),
        (
            "It is a reminder of Tom Reid’s “we will not raise taxes on families” remarks.",
            ["tom reid"],
        ),
        # real text (seed 002): the possessive owns what was quoted, not the words: no
        # remark or promise follows, so the sentence's subject said them
        (
            "The Prime Minister has positioned himself as a potential bridge between Washington "
            "and Kyiv, reiterating Britain’s “unwavering support for Ukraine” following heated "
            "exchanges at the White House.",
            ["prime minister"],
        ),
        # an appositive holding commas, or a relative clause with no comma closing it
        (
            "“The plans will help,” Jane Morrow, assistant secretary for population, refugees, "
            "and migration, said on the call.",
            ["jane morrow"],
        ),
        (
            "“Reid needs a strategy,” Jane Morrow, the polling guru who founded the site tweeted "
            "on Wednesday.",
            ["jane morrow"],
        ),
        # a participle with a subject of its own ranks with the finite verbs ("demands" is a
        # noun here: the seeds' 002 and a PolNeAR tweet, "with Donald Trump tweeting")
        (
            "Reid’s stance echoes key Russian demands, with Jane Morrow posting on social "
            "media: “The war can end at once.”",
            ["jane morrow"],
        ),
        (
            "Reid went on, with Jane Morrow adding that “we are ready”.",
            ["jane morrow"],
        ),
        # a subject a name owns, before or after the quote (PolNeAR: "Mrs. Clinton's campaign
        # said", "Lazar's public defense counsel asked"); a title before the owner is no part
        # of the key
        ("“We will win,” Tom Reid’s campaign said.", ["tom reid's campaign"]),
        ("“We will win,” Reid’s office said in a statement.", ["reid's office"]),
        # what holds a name's own words credits the name (as "A statement from Mr Reid" does)
        ("Tom Reid spoke. Mr Reid’s statement said: “We will win.”", ["tom reid"]),
        ("“We will win,” Tom Reid’s tweet said.", ["tom reid"]),
        (
            "Mrs. Morrow's public defense counsel asked for “mercy”.",
            ["morrow's public defense counsel"],
        ),
        # but a base form after a possessive is a noun, and a name inside a phrase owns nothing
        (
            "Reid’s press release linked to the report, which notes, “The plan failed.”",
            [None],
        ),
        # what holds someone's own words, on or from what they own, is theirs (the seeds' 001,
        # its possessive written with ‘); a report is no such thing, nor a clause inside another
        (
            "Tom Reid met her. A statement on Mr Reid‘s social media said: “We will win.”",
            ["tom reid"],
        ),
        ("A post from Tom Reid’s account said: “We will win.”", ["tom reid"]),
        ("The report on Tom Reid’s website said: “We will win.”", ["report"]),
        ("Tom Reid spoke. After Reid’s campaign said: “We will win.”", [None]),
        # capitalised common words before a noun in lower case modify it, naming no one: the
        # name after the noun is the subject, else the one named last goes on, described
        (
            "Conservative icon Jane Morrow, who retired on Monday, used her final column to "
            "thank her readers.\n\n“It has been an honour to write for you,” she wrote.",
            ["jane morrow"],
        ),
        (
            "Republican candidate Tom Reid caused a stir when a voter asked him about the "
            "plan.\n\n“That is a great idea,” he replied.",
            ["tom reid"],
        ),
        (
            "Jane Morrow says the council should act.\n\n“We are not winning,” Morrow said on "
            "Sunday.\n\nThe Democratic front-runner and former state treasurer said the city "
            "needed “a real plan”.\n\n“I think you will hear that from the mayor,” she said.",
            ["jane morrow", "democratic front-runner", "jane morrow"],
        ),
        # a town and its state, or a party and state, inside an appositive's commas are no
        # speaker (but a name after a town with no state is the one an appositive describes)
        (
            "Jane Morrow, during a town hall meeting in Columbus, Ohio, said she was “going to "
            "put a lot of miners out of work.”",
            ["jane morrow"],
        ),
        (
            "Sandy Morrow, who lost her daughter in the shooting in Aurora, Colorado, in July "
            "2012, said the senator had been rude.\n\n“He promised to meet us,” she said.",
            ["sandy morrow"],
        ),
        (
            "Committee Chairman Rep. Tom Reid, R-Utah, said the hearings would start soon. "
            "“There is no reason why they should not share it,” he said.",
            ["tom reid"],
        ),
        (
            "Speaking in Harlem, Jane Morrow, without naming him, also accused Reid of being “a "
            "latecomer to the issue”.",
            ["jane morrow"],
        ),
    ],
)
def test_attributions_as_real_news_writes_them(text: str, expected: list[str | None]) -> None:
    """Each a miss of the speaker rules on PolNeAR's train split (docs/accuracy.md)."""
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one named last is "he", not "she" when the article made him Mr
        ("Mrs Jane Morrow spoke first. Mr Tom Reid agreed. “No,” she said.", ["jane morrow"]),
        (
            "Jane Morrow said she would stay. Tom Reid said he agreed. “No,” she said.",
            ["jane morrow"],
        ),
        # nothing says who either is: the one named last
        ("Jane Morrow spoke first. Tom Reid agreed. “No,” she said.", ["tom reid"]),
        # the one named last is a man and no one else may be "she"
        ("Mr Tom Reid spoke. “No,” she said.", [None]),
        # "she" reaches further back to one the article made a woman (Mrs), not to anyone
        (
            "Mrs Jane Morrow opened the meeting.\nThe bridge opened in 1871.\n"
            "It was strengthened in 1994.\n“We will act,” she said.",
            ["jane morrow"],
        ),
        (
            "Jane Morrow opened the meeting.\nThe bridge opened in 1871.\n"
            "It was strengthened in 1994.\n“We will act,” she said.",
            [None],
        ),
        # "he" after a verb asking something of another is the one asked, not the one asking
        # (a seed article: Kemi Badenoch's letter was credited to the UK)
        (
            "It comes amid pressure from critics including Kemi Badenoch, who wrote to the "
            "Prime Minister demanding he set out a plan.\nIn a letter to him, she said: “I "
            "will always back you when you do the right thing.”",
            ["kemi badenoch"],
        ),
        # "he" after the only one named tells his gender; "she" then skips him
        (
            "Tom Reid spoke first. “We will act,” he said.\nThe bridge opened in 1871.\n"
            "It was strengthened in 1994.\n“Never,” she said.",
            ["tom reid", None],
        ),
    ],
)
def test_a_pronoun_skips_someone_the_article_gave_the_other_gender(
    text: str, expected: list[str | None]
) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("credited", "conflict"),
    [
        ([("Donald Trump", "donald trump"), ("Trump", "trump")], False),
        ([("Donald Trump", "donald trump"), ("Melania Trump", "melania trump")], True),
        ([("Jane Morrow", "jane morrow"), ("Tom Reid", "tom reid")], True),
        # a role or a description may be anyone named
        ([("Jane Morrow", "jane morrow"), ("council leader", "council leader")], False),
        ([("Jane Morrow", "jane morrow"), ("RNC member", "rnc member")], False),
        ([("Tom Reid", "tom reid"), ("46-year-old", "46-year-old")], False),
        ([("Bank of England", "bank of england"), ("Tom Reid", "tom reid")], True),
    ],
)
def test_a_conflict_is_two_names_that_cannot_be_one(
    credited: list[tuple[str, str]], conflict: bool
) -> None:
    assert conflicting([Speaker(name, key, "") for name, key in credited]) is conflict


_ITEM_TEXT = st.lists(
    st.sampled_from(
        [
            *"aAbBsStTmMrRdDjJxX .-,:;–—!?…()[]’'‘\n1_é",
            "Mr",
            "Dr",
            "St",
            "Sen",
            "Colo",
            "Pa",
            "Mass",
            "U.S.",
            "R-S.C.",
            "(D-N.Y.)",
            "[sic]",
        ]
    ),
    max_size=30,
).map("".join)


@given(_ITEM_TEXT)
def test_the_fast_item_pattern_finds_what_the_plain_one_finds(text: str) -> None:
    assert [(m.lastgroup, m.start(), m.end()) for m in _ITEM.finditer(text)] == items(text)


def test_the_fast_item_pattern_reads_the_seeds_as_the_plain_one() -> None:
    require_seeds()
    paths = sorted(SEEDS.glob("*.txt"))
    assert len(paths) == 5
    for path in paths:
        text = path.read_text()
        assert [(m.lastgroup, m.start(), m.end()) for m in _ITEM.finditer(text)] == items(text)


def test_a_verb_after_a_quote_ending_in_a_comma_names_no_speaker_of_the_next() -> None:
    """“…,” said X, “…” goes on; but in "“Harbour,” thanked X for “…”" X is thanked, and the
    words are the subject's."""
    text = (
        "Jane Morrow, star of the show “Harbour Lights,” thanked Tom Reid for “taking these "
        "steps to keep us safe.”"
    )
    assert keys(text)[1] == "jane morrow"


def test_the_fallbacks_credit_quotations_only() -> None:
    """A term or title (``quotations`` False) is credited only by an attribution naming its
    speaker, not by the fallbacks that look for one when none does: they would be dropped."""
    text = "Tom Reid mocked Jane Morrow for “having a tough night” after the count."
    spans = paragraphs(text)
    found = quotes(text, spans)
    assert speakers(text, spans, found, ALIASES, [False]) == [None]
    credited = speakers(text, spans, found, ALIASES, [True])
    assert [s.key if s else None for s in credited] == ["tom reid"]


def test_a_described_subject_is_named_as_any_description_is() -> None:
    """The subject a quote in the predicate falls back to is named as an attribution's
    description is, without its determiner (the seeds' 004: "The Prime Minister, along with
    other European allies, has backed Mr Zelensky as a “democratically elected leader”" read
    "The Prime Minister" where "the Prime Minister said" reads "Prime Minister")."""
    by_fallback = credited(
        "The Prime Minister, along with other allies, has backed Tom Reid as a “democratically "
        "elected leader”."
    )
    by_verb = credited("The Prime Minister said Tom Reid was a “democratically elected leader”.")
    assert by_fallback[0] is not None and by_verb[0] is not None
    assert by_fallback[0][:2] == by_verb[0][:2] == ("Prime Minister", "prime minister")
    assert by_fallback[0][2] == "The Prime Minister"  # as written


# paragraphs of names (some sharing a surname, or a first name after Sir) said in plain words,
# and headlines in title case, so that a name is given in a headline, before one, after one,
# twice, with and without its title
_NAME = st.sampled_from(
    ["Donald Trump", "Ivanka Trump", "Sir Keir Starmer", "Keir Starmer", "Keir Hardie", "Trump"]
)
_NAMES_TEXT = st.lists(
    st.one_of(
        st.lists(_NAME.map("{} said the plan was bold".format), min_size=1, max_size=3).map(
            ", and ".join
        ),
        st.tuples(_NAME, _NAME).map(" Defies ".join),
    ),
    max_size=8,
).map("\n\n".join)


@given(_NAMES_TEXT)
@example("Keir Starmer said it.\n\nSir Keir Starmer said it.")
def test_surnames_as_asking_every_paragraph_whether_it_is_a_headline(text: str) -> None:
    spans = paragraphs(text)
    assert surnames(text, spans) == oracle_surnames(text, spans)


# titles and names, and what may stand around them: word characters before a capital (no word
# boundary), full stops, spaces and line breaks, apostrophes and hyphens inside names
_TITLED_TEXT = st.lists(
    st.sampled_from(
        [
            *"AaBxZ .\n-’'_1é",
            "Sen.",
            "Mr",
            "President",
            "Majority",
            "Leader",
            "Donald",
            "Trump",
            "O’Neil",
        ]
    ),
    max_size=16,
).map("".join)


@given(_TITLED_TEXT)
@example("xSen. Donald Trump, Sen. Donald Trump")
def test_the_titled_pattern_finds_what_the_plain_one_finds(text: str) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], str, str]]:
        return [(m.span(), m["title"], m["name"]) for m in pattern.finditer(text)]

    assert found(_TITLED) == found(speaker_patterns.TITLED)


# paragraphs of words, full stops, titles, initials and quotes opening with a capital or not, so
# that sentences end after a full stop, a quote ending in one, or initials before a quote
_QUOTED_TEXT = st.lists(
    st.sampled_from(
        ["Jane Morrow said", "the plan", "Mr.", "R-S.C.", ".", ",", ":", "“We will act.”", "“bold”"]
    ),
    max_size=14,
).map(" ".join)


@given(_QUOTED_TEXT)
def test_sentences_know_where_their_quotes_are(text: str) -> None:
    spans = paragraphs(text)
    found = quotes(text, spans)
    regions = sorted((s, e, q) for q, quote in enumerate(found) for s, e in quote.parts)
    for start, end in spans:
        here = [r for r in regions if start <= r[0] < end]
        sentences, quoted = _split(_items(text, start, end, here))
        assert quoted == {
            n: at
            for n, sentence in enumerate(sentences)
            if (at := [k for k, item in enumerate(sentence) if item.kind == "quote"])
        }


@given(
    st.lists(st.sampled_from(["word", "end", "quote"]), max_size=20),
    st.sampled_from(["end", "quote"]),
)
def test_where_finds_every_index_of_a_kind(kinds: list[str], kind: str) -> None:
    assert _where(kinds, kind) == [k for k, found in enumerate(kinds) if found == kind]


@given(st.lists(st.sampled_from(["Harry M. Reid", "(D-N.Y.)", "“We will act.”", "U.S.", "it"])))
def test_an_item_is_the_text_it_spans(pieces: list[str]) -> None:
    """An item's end is worked out from its start and its text, which must be what it spans
    (words, initials joined to their full stop, quotes)."""
    text = " ".join(pieces)
    spans = paragraphs(text)
    found = quotes(text, spans)
    regions = sorted((s, e, q) for q, quote in enumerate(found) for s, e in quote.parts)
    for start, end in spans:
        here = [r for r in regions if start <= r[0] < end]
        for item in _items(text, start, end, here):
            assert text[item.start : item.end] == item.text


@given(st.lists(st.sampled_from([" ", "M", ".", "Re", "a", "\n"]), max_size=12).map("".join))
@example(" M. Re")
def test_initials_are_found_as_by_the_plain_pattern(text: str) -> None:
    """At their full stop, within any stretch, the space before them in it too."""
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            plain = speaker_patterns.INITIAL.search(text, start, end) is not None
            assert _has_initial(text, start, end) == plain
