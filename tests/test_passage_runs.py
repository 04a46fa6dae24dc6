"""The compiled kernels (``passages_numba``) and the NumPy paths give the same answers:
``TokenStream.ngrams`` the same n-grams, ``passages.shared_runs`` exactly the maximal runs of
``NGRAM`` or more words two documents print alike (an oracle that compares words directly),
``passages.ngram_candidates`` exactly the pairs of sentence groups sharing an n-gram."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.matching import passages as ps
from provenance.matching import passages_numba as kernels
from provenance.model import Sentence
from tests.oracles import passages as plain

VOCABULARY = ("the", "minister", "said", "talks", "would", "go", "on")  # few words: many repeats
# a text the documents copy pieces of, so that runs are common
SOURCE = [VOCABULARY[(k * k + 3 * k) % len(VOCABULARY)] for k in range(30)]

copied = st.tuples(st.integers(0, 25), st.integers(1, 12)).map(lambda p: SOURCE[p[0] : p[0] + p[1]])
written = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=12)
documents = st.lists(
    st.lists(st.one_of(copied, copied, written), min_size=1, max_size=5),
    min_size=2,
    max_size=5,
)


def stream_of(docs: list[list[list[str]]], masked: list[bool]) -> ps.TokenStream:
    sentences = [
        Sentence(d, k, k, 0, 1, tuple(words))
        for d, doc in enumerate(docs)
        for k, words in enumerate(doc)
    ]
    flags = [masked[i % len(masked)] for i in range(len(sentences))] if masked else None
    return ps.TokenStream.of(sentences, len(docs), flags)


def as_set(runs: ps.Runs) -> set[tuple[int, int, int, int]]:
    return set(
        zip(
            runs.a_start.tolist(),
            runs.a_end.tolist(),
            runs.b_start.tolist(),
            runs.b_end.tolist(),
            strict=True,
        )
    )


def oracle(stream: ps.TokenStream) -> set[tuple[int, int, int, int]]:
    """Maximal runs of NGRAM or more words alike at two places of different documents, no
    word masked, each document's words kept apart, pair by pair of positions."""
    n = ps.NGRAM
    words = stream.hashes.tolist()
    doc = stream.doc_of(np.arange(len(words), dtype=np.int64)).tolist()
    masked = stream.masked.tolist()

    def alike(a: int, b: int) -> bool:  # the n-grams at a and b, whole and the same
        if b + n > len(words):
            return False
        for k in range(n):
            if masked[a + k] or masked[b + k] or doc[a + k] != doc[a] or doc[b + k] != doc[b]:
                return False
        return bool(words[a : a + n] == words[b : b + n])

    found = set()
    for a in range(len(words)):
        for b in range(a + 1, len(words)):
            if doc[a] == doc[b] or not alike(a, b) or (a > 0 and alike(a - 1, b - 1)):
                continue
            end = a + 1
            while alike(end, b + end - a):
                end += 1
            found.add((a, end - 1 + n, b, b + end - 1 + n - a))
    return found


@settings(max_examples=150, deadline=None)
@given(documents, st.lists(st.booleans(), max_size=3), st.lists(st.booleans(), max_size=3))
def test_both_paths_find_the_maximal_shared_runs(
    docs: list[list[list[str]]], masked: list[bool], learned: list[bool]
) -> None:
    """Some sentences masked from the start, more (learned boilerplate) only after the shared
    n-grams were found, as the pipeline masks them."""
    first = stream_of(docs, masked)
    shared = ps.SharedNgrams.of(first)
    later = stream_of(docs, learned).masked | first.masked
    stream = first.masking(later[first.sentence_starts[:-1]].tolist())
    compiled = ps.shared_runs(stream, shared, compiled=True)
    numpy = ps.shared_runs(stream, shared, compiled=False)
    assert as_set(compiled) == as_set(numpy) == oracle(stream)
    assert not compiled.sentence.any()


def test_a_run_printed_three_times_is_found_between_each_pair() -> None:
    line = ["the", "minister", "said", "talks", "would", "go", "on"]
    stream = stream_of([[line], [["so"], line], [line, ["on"]]], [])
    found = as_set(ps.shared_runs(stream, ps.SharedNgrams.of(stream), compiled=True))
    assert found == {(0, 7, 8, 15), (0, 7, 15, 22), (8, 15, 15, 22)}


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(st.lists(st.sampled_from(VOCABULARY), max_size=9), max_size=4), max_size=5),
    st.lists(st.booleans(), max_size=4),
)
def test_both_paths_find_the_same_ngrams(docs: list[list[list[str]]], masked: list[bool]) -> None:
    """Empty documents and sentences, masked sentences, n-grams across sentence breaks but
    never across documents."""
    stream = stream_of(docs, masked)
    compiled = stream.ngrams(compiled=True)
    numpy = stream.ngrams(compiled=False)
    assert compiled[0].tolist() == numpy[0].tolist()
    assert compiled[1].tolist() == numpy[1].tolist()
    words = stream.hashes.tolist()
    doc = stream.doc_of(np.arange(len(words), dtype=np.int64)).tolist()
    expected = [
        i
        for i in range(len(words) - ps.NGRAM + 1)
        if len(set(doc[i : i + ps.NGRAM])) == 1 and not stream.masked[i : i + ps.NGRAM].any()
    ]
    assert compiled[0].tolist() == expected


@settings(max_examples=150, deadline=None)
@given(documents, st.lists(st.booleans(), max_size=3), st.data())
def test_both_paths_find_the_pairs_of_groups_sharing_an_ngram(
    docs: list[list[list[str]]], masked: list[bool], data: st.DataObject
) -> None:
    """Sentences in groups (some in none: too short to match), groups owned by documents or
    by more than one; an n-gram counts in the sentence it starts in."""
    stream = stream_of(docs, masked)
    sentences = len(stream.sentence_starts) - 1
    groups = np.asarray(data.draw(st.lists(st.integers(-1, 3), min_size=sentences,
                                           max_size=sentences)), np.int64)  # fmt: skip
    owners = np.asarray(data.draw(st.lists(st.integers(0, 2), min_size=4, max_size=4)), np.int64)
    shared = ps.SharedNgrams.of(stream)
    compiled = ps.ngram_candidates(shared, stream, groups, owners, compiled=True)
    numpy = ps.ngram_candidates(shared, stream, groups, owners, compiled=False)
    in_group = groups[stream.token_sentences[shared.starts]].tolist()
    expected = sorted(
        {
            (min(a, b), max(a, b))
            for x, (hx, a) in enumerate(zip(shared.hashes.tolist(), in_group, strict=True))
            for hy, b in zip(shared.hashes.tolist()[x + 1 :], in_group[x + 1 :], strict=True)
            if hx == hy and a >= 0 and b >= 0 and a != b and owners[a] != owners[b]
        }
    )
    assert [tuple(p) for p in compiled.tolist()] == expected
    assert [tuple(p) for p in numpy.tolist()] == expected


@settings(max_examples=150, deadline=None)
@given(documents, st.lists(st.booleans(), max_size=3), st.booleans())
def test_both_paths_find_the_same_shared_ngrams(
    docs: list[list[list[str]]], masked: list[bool], told: bool
) -> None:
    """Counted here, or told which n-grams the whole corpus prints too often (here: those this
    part prints three times or more)."""
    stream = stream_of(docs, masked)
    common = None
    if told:
        _, hashes = stream.ngrams(compiled=False)
        values, counts = np.unique(hashes, return_counts=True)
        common = values[counts >= 3]
    compiled = ps.SharedNgrams.of(stream, common, compiled=True)
    numpy = ps.SharedNgrams.of(stream, common, compiled=False)
    assert compiled.hashes.tolist() == numpy.hashes.tolist()
    assert compiled.starts.tolist() == numpy.starts.tolist()
    assert compiled.common.tolist() == numpy.common.tolist()
    assert compiled.hashes.dtype == numpy.hashes.dtype
    assert compiled.starts.dtype == numpy.starts.dtype


def test_an_ngram_printed_too_often_is_shared_by_none() -> None:
    line = ["the", "minister", "said", "talks", "would"]
    stream = stream_of([[line]] * (ps.MAX_NGRAM_COUNT + 1) + [[line[::-1]], [line[::-1]]], [])
    for compiled in (True, False):
        shared = ps.SharedNgrams.of(stream, compiled=compiled)
        assert len(shared.common) == 1
        assert len(shared.hashes) == 2  # the reversed line's, printed twice


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(["“Yes,", "it", "is.”", "(so)", "U.S.", "—", "don’t", "42%"]),
            min_size=1,
            max_size=8,
        ),
        min_size=1,
        max_size=5,
    ),
    st.integers(1, 3),
)
def test_word_edges_are_the_words_spans(lines: list[list[str]], kept: int) -> None:
    """Every word's start and end, the first and last found without tokenising, the others
    from a sentence tokenised once (and forgotten past ``KEPT_SENTENCES``)."""
    from provenance.text.normalise import word_spans, words

    text = "  ".join(" ".join(line) for line in lines) + " "
    sentences: list[Sentence] = []
    at = 0
    for line in lines:
        start = text.index(line[0], at)
        end = start + len(" ".join(line))
        at = end
        if words(text, start, end):
            sentences.append(Sentence(0, len(sentences), 0, start, end, words(text, start, end)))
    edges = ps.WordEdges(sentences, [text])
    edges.KEPT_SENTENCES = kept
    for _ in range(2):  # asked again: the same answers
        for k, sentence in enumerate(sentences):
            spans = word_spans(text, sentence.start, sentence.end)
            assert len(spans) == len(sentence.tokens)
            assert [edges.start(k, w) for w in range(len(spans))] == [s for s, _ in spans]
            assert [edges.end(k, w) for w in range(len(spans))] == [e for _, e in spans]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.integers(1, 9), min_size=1, max_size=12), st.data())
def test_spans_holding_a_whole_long_sentence(lengths: list[int], data: st.DataObject) -> None:
    starts = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
    total = int(starts[-1])
    spans = data.draw(
        st.lists(st.tuples(st.integers(0, total - 1), st.integers(1, total)), min_size=1)
    )
    begins = np.asarray([min(a, b - 1) for a, b in spans], np.int64)
    ends = np.asarray([b for _, b in spans], np.int64)

    def holds(begin: int, end: int) -> bool:  # the oracle: every sentence tried
        return any(
            begin <= starts[j] and starts[j + 1] <= end and lengths[j] >= ps.NGRAM
            for j in range(len(lengths))
        )

    found = plain._hold_sentences(starts, begins, ends).tolist()
    assert found == [holds(int(b), int(e)) for b, e in zip(begins, ends, strict=True)]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 4), max_size=8), st.data())
def test_the_per_word_maps_follow_their_sentences_and_documents(
    lengths: list[int], data: st.DataObject
) -> None:
    """``word_groups`` and ``_cells`` against NumPy's repeat, empty sentences and documents
    among them."""
    starts = np.concatenate(([0], np.cumsum(lengths, dtype=np.int64))).astype(np.int64)
    words = int(starts[-1])
    groups = np.asarray(data.draw(st.lists(st.integers(-1, 5), min_size=len(lengths),
                                           max_size=len(lengths))), np.int64)  # fmt: skip
    found = np.full(words, 99, np.int32)
    kernels.word_groups(starts, groups, found)
    assert found.tolist() == np.repeat(groups, lengths).tolist()
    masked = np.asarray(data.draw(st.lists(st.booleans(), min_size=words, max_size=words)), bool)
    cells = np.full(words, 99, np.int32)
    kernels._cells(starts, masked, cells)  # the sentences as documents
    docs = np.repeat(np.arange(len(lengths)), lengths)
    assert cells.tolist() == np.where(masked, -1, docs).tolist()


@pytest.mark.parametrize("room_per", [1, 4, 1 << 40])
@settings(max_examples=60, deadline=None)
@given(documents, st.data())
def test_pairs_are_the_same_whatever_room_is_given_first(
    room_per: int, docs: list[list[list[str]]], data: st.DataObject
) -> None:
    """``written_pairs`` with room for all the pairs at once (one pass), for some, or for none
    (counted, then written): the runs and the n-gram candidates the NumPy paths find."""
    stream = stream_of(docs, [])
    sentences = len(stream.sentence_starts) - 1
    groups = np.asarray(data.draw(st.lists(st.integers(-1, 3), min_size=sentences,
                                           max_size=sentences)), np.int64)  # fmt: skip
    owners = np.asarray([0, 1, 0, 2], np.int64)
    shared = ps.SharedNgrams.of(stream)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kernels, "ROOM_PER", room_per)
        runs = ps.shared_runs(stream, shared, compiled=True)
        pairs = ps.ngram_candidates(shared, stream, groups, owners, compiled=True)
    assert as_set(runs) == as_set(ps.shared_runs(stream, shared, compiled=False))
    numpy = ps.ngram_candidates(shared, stream, groups, owners, compiled=False)
    assert pairs.tolist() == numpy.tolist()


MARKS = ("", "", "", '"', "“", "”", ".", ",", "(", ")", "'", "_", "-", "…", "é")
decorated = st.tuples(st.sampled_from(MARKS), st.sampled_from(VOCABULARY), st.sampled_from(MARKS))
lines = st.tuples(st.sampled_from(("", " ", '" ')), st.lists(decorated, min_size=1, max_size=6))


Lines = list[tuple[str, list[tuple[str, str, str]]]]


def _written(docs: list[Lines]) -> tuple[list[str], list[Sentence]]:
    """Documents of ``lines`` (a head, then words with marks against them) as texts, and a
    sentence per line that holds words."""
    from provenance.text.normalise import words

    texts: list[str] = []
    sentences: list[Sentence] = []
    for d, doc in enumerate(docs):
        text = ""
        for head, line in doc:
            start = len(text)
            text += head + " ".join(a + w + b for a, w, b in line)
            if words(text, start, len(text)):
                sentences.append(
                    Sentence(d, len(sentences), 0, start, len(text), words(text, start, len(text)))
                )
            text += "  "
        texts.append(text)
    return texts, sentences


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(lines, min_size=1, max_size=5), min_size=1, max_size=3), st.data())
def test_side_spans_are_each_spans_first_and_last_words(
    docs: list[Lines], data: st.DataObject
) -> None:
    """The characters of stream spans, from the start of their first word to the end of their
    last, with the punctuation attached or not: the same as found a span at a time from each
    sentence's words, whether few spans are asked (one by one) or many (each distinct edge
    once) or one (``side_span``), sentences starting or ending with a mark or with white
    space."""
    texts, sentences = _written(docs)
    stream = ps.TokenStream.of(sentences, len(docs))
    bounds = stream.doc_starts.tolist()
    held = [d for d in range(len(docs)) if bounds[d + 1] > bounds[d]]
    if not held:
        return
    spans = []
    for _ in range(data.draw(st.integers(1, 3 * ps._FEW))):
        d = data.draw(st.sampled_from(held))
        a = data.draw(st.integers(bounds[d], bounds[d + 1] - 1))
        spans.append((a, data.draw(st.integers(a + 1, bounds[d + 1]))))
    starts = np.asarray([a for a, _ in spans], np.int64)
    ends = np.asarray([b for _, b in spans], np.int64)
    for attached in (True, False):
        expected = plain.side_spans(stream, sentences, texts, starts, ends, attached)
        assert side_spans(stream, sentences, texts, starts, ends, attached) == expected
        one = [
            side_spans(stream, sentences, texts, starts[k : k + 1], ends[k : k + 1], attached)[0]
            for k in range(len(spans))
        ]
        assert one == expected
        edges = ps.WordEdges(sentences, texts)
        assert [ps.side_span(stream, edges, a, b, attached) for a, b in spans] == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(lines, min_size=1, max_size=5), min_size=1, max_size=3), st.data())
def test_aligned_words_found_with_the_edges_are_their_spans(
    docs: list[Lines], data: st.DataObject
) -> None:
    """The spans of words aligned in part of their sentence, found as the edges of their first
    and last words in the passages' one pass (``spans_and_ranges``), are those found sentence
    by sentence (the oracle's ``aligned_spans``): punctuation attached, at a sentence's first
    or last word or inside it, in order of first mention, the wholly aligned ones told
    without tokenising."""
    from provenance.clustering import clusters as cs
    from tests.oracles import clusters as oracle

    texts, sentences = _written(docs)
    if not sentences:
        return
    ranges = []
    for _ in range(data.draw(st.integers(1, 3 * ps._FEW))):
        sid = data.draw(st.integers(0, len(sentences) - 1))
        first = data.draw(st.integers(0, len(sentences[sid].tokens) - 1))
        ranges.append((sid, first, data.draw(st.integers(first + 1, len(sentences[sid].tokens)))))
    table = np.asarray(ranges, np.int64)

    def aligned() -> cs.AlignedWords:
        found = cs.AlignedWords.of(np.empty((0, 6), np.int64), len(sentences))
        found.add(table[:, 0], table[:, 1], table[:, 2])
        return found

    expected = oracle.aligned_spans(aligned(), sentences, texts)
    found = cs.aligned_ranges(aligned())
    partly = cs.partly_aligned(found, sentences)
    none = np.empty(0, np.int64)
    sides, partial = ps.spans_and_ranges(
        ps.TokenStream.of(sentences, len(docs)),
        ps.WordEdges(sentences, texts),
        none,
        none,
        found[0][partly],
        found[1][partly],
        found[2][partly],
    )
    assert sides == []
    spans = cs.spans_of(found, sentences, texts, partial)
    assert spans == expected and list(spans) == list(expected)


def test_side_spans_tokenise_a_sentence_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Edges asked of one sentence at both ends of spans, and by both sides of pairs, are
    found in one pass in order of sentence: each sentence is tokenised once, even where only
    one sentence's words are kept at a time (the pass once went over the starts, then the
    ends: a corpus whose reuse touched more sentences than are kept tokenised them twice)."""
    text, sentences = _eleven_word_sentences("", "")
    stream = ps.TokenStream.of(sentences, 1)
    firsts = stream.sentence_starts[:-1]
    # spans from word 1 to word 8 of each sentence, then from word 2 of each to word 7 of the
    # next, over and over: a sentence's second and third words start them, others end them
    starts = np.concatenate([np.tile(firsts + 1, ps._FEW), np.tile(firsts[:-1] + 2, ps._FEW)])
    ends = np.concatenate([np.tile(firsts + 9, ps._FEW), np.tile(firsts[1:] + 8, ps._FEW)])
    expected = plain.side_spans(stream, sentences, [text], starts, ends)
    tokenised = _tokenising_counted(monkeypatch)
    assert side_spans(stream, sentences, [text], starts, ends) == expected
    assert sorted(tokenised) == [s.start for s in sentences]


def side_spans(
    stream: ps.TokenStream,
    sentences: list[Sentence],
    texts: list[str],
    starts: npt.NDArray[np.int64],
    ends: npt.NDArray[np.int64],
    attached: bool = True,
) -> list[tuple[int, int, int]]:
    """The passages' sides of the stream spans ``[starts, ends)`` alone, as the run asks
    them (``spans_and_ranges``, no partly aligned words)."""
    none = np.empty(0, np.int64)
    edges = ps.WordEdges(sentences, texts)
    return ps.spans_and_ranges(stream, edges, starts, ends, none, none, none, attached)[0]


def _eleven_word_sentences(opening: str, closing: str) -> tuple[str, list[Sentence]]:
    """Four sentences of eleven words in one text, each between ``opening`` and ``closing``
    (quote marks, say)."""
    from provenance.text.normalise import words

    text, sentences = "", []
    for k in range(4):
        start = len(text)
        text += f"{opening}Sentence {k} holds eleven words, from its opening to its end.{closing} "
        found = words(text, start, len(text) - 1)
        sentences.append(Sentence(0, k, 0, start, len(text) - 1, found))
    return text, sentences


def _tokenising_counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The passages module's tokeniser made to note where each sentence it tokenises starts
    (in the list returned), with one sentence's words kept at a time."""
    from provenance.text.normalise import word_spans as real

    tokenised: list[int] = []

    def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        tokenised.append(start)
        return real(text, start, end)

    monkeypatch.setattr(ps, "word_spans", word_spans)
    monkeypatch.setattr(ps.WordEdges, "KEPT_SENTENCES", 1)
    return tokenised


def test_sides_and_partial_ranges_tokenise_a_sentence_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The passages' sides and the words a match aligns in part of a sentence are asked of
    the same sentences in one pass (``spans_and_ranges``): each sentence is tokenised once
    for both, even where only one sentence's words are kept at a time (the aligned words
    were once found by tokenising their sentences again after the sides)."""
    from tests.oracles.clusters import char_span

    text, sentences = _eleven_word_sentences("“", "”")
    stream = ps.TokenStream.of(sentences, 1)
    firsts = stream.sentence_starts[:-1]
    starts, ends = np.tile(firsts + 1, ps._FEW), np.tile(firsts + 9, ps._FEW)
    # words 0 to 3 and 5 to the last of every sentence, each asked several times
    sentence = np.tile(np.arange(4, dtype=np.int64), 2 * ps._FEW)
    first = np.tile(np.repeat(np.array([0, 5], np.int64), 4), ps._FEW)
    stop = np.tile(np.repeat(np.array([3, 11], np.int64), 4), ps._FEW)
    expected_sides = plain.side_spans(stream, sentences, [text], starts, ends)
    expected_ranges = [
        char_span(sentences[s], f, e, text)
        for s, f, e in zip(sentence.tolist(), first.tolist(), stop.tolist(), strict=True)
    ]
    assert expected_ranges[0] == (0, text.index(" holds", 0) + len(" holds"))  # “ taken in
    assert text[expected_ranges[4][1] - 2 : expected_ranges[4][1]] == ".”"
    tokenised = _tokenising_counted(monkeypatch)
    sides, ranges = ps.spans_and_ranges(
        stream, ps.WordEdges(sentences, [text]), starts, ends, sentence, first, stop
    )
    assert sides == expected_sides and ranges == expected_ranges
    assert sorted(tokenised) == [s.start for s in sentences]


# documents alike in length and in their first, middle and last words, some of them the same
ALIKE: tuple[list[list[str]], ...] = (
    [["the", "minister", "said", "talks", "go"]],
    [["the", "talks", "said", "minister", "go"]],
    [["the", "minister"], ["said", "talks", "go"]],
    [["the", "minister", "said", "talks", "would"]],
    [["on"]],
    [],
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(ALIKE), min_size=1, max_size=8), st.lists(st.booleans(), max_size=4)
)
def test_identical_documents_are_found_as_by_all_their_words(
    docs: list[list[list[str]]], masked: list[bool]
) -> None:
    """A run from each document to the first with the same words, masked alike, over each
    stretch between masked words: the same runs as keying every document by all its words
    and its mask, whatever documents look alike."""
    stream = stream_of(docs, masked)
    found = ps.identical_runs(stream)
    expected = plain.identical_runs(stream)
    assert [c.tolist() for c in found] == [c.tolist() for c in expected]
