"""The compiled runs kernel (numba) behind ``passages.shared_runs``.

``shared_runs`` in NumPy makes every pair of places that print the same shared n-gram (tens of
millions on a million-sentence corpus), sorts them by diagonal and reads the runs back: most of
those pairs only continue a run. Here each pair is looked at once, in place, and only the pair
that starts a run (the n-gram before it is not shared by the same two places) is kept, with the
run followed forward word by word; nothing the size of all pairs is ever held. The two paths
give the same runs (a test holds them to it).

Imported only when numba is installed and the work is large enough to repay compiling
(``passages.shared_runs``); module-level functions so that numba's on-disk cache applies.
"""

# mypy: disable-error-code="no-untyped-def,misc"

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numba
import numpy as np
import numpy.typing as npt

NONE = -1  # no shared n-gram starts here (``runs``: per position, a number per n-gram)
ROOM_PER = 8  # places per pair ``written_pairs`` gives room for at first


@numba.njit(cache=True, nogil=True)
def _key_run_end(keys, value_bits, i):
    """Where the run of sorted ``keys`` sharing the hash of key ``i`` (the bits above
    ``value_bits``) ends."""
    h = keys[i] >> value_bits
    j = i + 1
    while j < len(keys) and keys[j] >> value_bits == h:
        j += 1
    return j


@numba.njit(cache=True, nogil=True)
def _run_end(hashes, i):
    """Where the run of equal ``hashes`` (sorted) holding position ``i`` ends."""
    j = i + 1
    while j < len(hashes) and hashes[j] == hashes[i]:
        j += 1
    return j


@numba.njit(cache=True, nogil=True)
def _heads(hashes, starts, whole, before, docs, a_out, b_out):
    """Pairs (a, b), a < b, of places in different documents (``docs``: per place) that start
    a run: they print the same shared n-gram (``hashes``, sorted, ``starts`` in order within
    each), no word of it masked at either (``whole``), and the places one word before them do
    not (``before``: per place, the number of the whole shared n-gram starting a word
    earlier, or NONE).
    Written to ``a_out`` and ``b_out`` when they are given room; the count either way."""
    count = 0
    room = len(a_out)
    m = len(hashes)
    i = 0
    while i < m:
        j = _run_end(hashes, i)
        for x in range(i, j):
            if not whole[x]:
                continue
            for y in range(x + 1, j):
                if docs[y] == docs[x] or not whole[y]:
                    continue
                if before[x] != NONE and before[y] == before[x]:
                    continue  # the run started a word earlier
                if count < room:
                    a_out[count] = starts[x]
                    b_out[count] = starts[y]
                count += 1
        i = j
    return count


@numba.njit(cache=True, nogil=True)
def _cells(doc_starts, masked, cells):
    """Per word, its document, or -1 when it is ``masked`` (written to ``cells`` in order)."""
    for d in range(len(doc_starts) - 1):
        for p in range(doc_starts[d], doc_starts[d + 1]):
            cells[p] = -1 if masked[p] else d


@numba.njit(cache=True, nogil=True)
def _mark(hashes, starts, cells, n, at, whole, docs):
    """Per place, its document (``docs``) and whether no word of its n-gram is masked
    (``whole``; ``cells``: per word, its document or -1 when masked: one read tells both),
    and for the whole ones ``at[start]``, the number of its n-gram (``hashes`` sorted: one
    number per hash, 4 bytes a word where the hash would take 8)."""
    number = -1
    for x in range(len(starts)):
        if x == 0 or hashes[x] != hashes[x - 1]:
            number += 1
        s = starts[x]
        docs[x] = cells[s]
        whole[x] = True
        for k in range(n):
            if cells[s + k] < 0:
                whole[x] = False
                break
        if whole[x]:
            at[s] = number


@numba.njit(cache=True, nogil=True)
def _before(starts, at, before):
    """Per place, ``at`` one word before it (NONE before the first word)."""
    for x in range(len(starts)):
        before[x] = at[starts[x] - 1] if starts[x] > 0 else NONE


@numba.njit(cache=True, nogil=True)
def _ends(a_start, b_start, at, n, a_end):
    """Where each run ends in ``a``: its head followed while both places go on printing the
    same shared n-gram, plus the n-gram's words."""
    for k in range(len(a_start)):
        a = a_start[k]
        b = b_start[k]
        step = 1
        while at[a + step] != NONE and at[a + step] == at[b + step]:
            step += 1
        a_end[k] = a + step - 1 + n


def runs(
    hashes: npt.NDArray[np.uint64],
    starts: npt.NDArray[np.int64],
    doc_starts: npt.NDArray[np.int64],
    masked: npt.NDArray[np.bool_],
    n: int,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The runs of shared words (``a_start, a_end, b_start``) of places sharing n-grams:
    ``hashes`` sorted with their ``starts`` in order within each; n-grams over a ``masked``
    word (per stream position) are left out."""
    size = len(masked)
    kind = np.int32 if len(hashes) < np.iinfo(np.int32).max else np.int64
    # per word its document or -1 when masked (4 bytes a word, for a moment): each place
    # reads its document and whether its n-gram is whole there at once, several times faster
    # than a search per place
    cells = np.empty(size, np.int32 if len(doc_starts) < np.iinfo(np.int32).max else np.int64)
    _cells(doc_starts, masked, cells)
    at = np.full(size + 1, NONE, kind)  # per position, the number of the n-gram there
    whole = np.empty(len(starts), np.bool_)
    docs = np.empty(len(starts), cells.dtype)
    _mark(hashes, starts, cells, n, at, whole, docs)
    del cells
    before = np.empty(len(starts), kind)
    _before(starts, at, before)
    a_start, b_start = written_pairs(_heads, (hashes, starts, whole, before, docs), len(starts))
    a_end = np.empty(len(a_start), np.int64)
    _ends(a_start, b_start, at, n, a_end)
    return a_start, a_end, b_start


def written_pairs(
    kernel: Callable[..., int], args: tuple[Any, ...], places: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The pairs a kernel writes to its last two arguments (``_heads``, ``group_pairs``: given
    room, they write as many as fit and count them all), over ``places`` places. Given room
    for one pair per ``ROOM_PER`` places at first, and again with room for all only when more
    were found: most corpora make far fewer pairs than places, and are gone through once
    instead of once to count and once to write."""
    room = places // ROOM_PER
    a, b = np.empty(room, np.int64), np.empty(room, np.int64)
    count = kernel(*args, a, b)
    if count > room:
        a, b = np.empty(count, np.int64), np.empty(count, np.int64)
        kernel(*args, a, b)
        return a, b
    return a[:count].copy(), b[:count].copy()  # not the room left over, held to the end


@numba.njit(cache=True, nogil=True)
def ngrams(hashes, masked, doc_starts, n, multiplier, mix, keep_bits, starts_out, hashes_out,
           value_bits, keys_out):  # fmt: skip
    """``TokenStream.ngrams`` in one pass: the start and hash of every n-gram inside one
    document with no masked word, written to the outputs (room for every position); how
    many. Given room in ``keys_out`` instead, each is written there as one key, its hash
    above ``value_bits`` bits of its start (``SharedNgrams.of`` sorts them as one)."""
    count = len(hashes) - n + 1
    found = 0
    d = 0  # the first document start after the n-gram's first word
    drop = np.uint64(64) - keep_bits
    s31 = np.uint64(31)
    s29 = np.uint64(29)
    as_keys = len(keys_out) > 0
    for i in range(count):
        while d < len(doc_starts) and doc_starts[d] <= i:
            d += 1
        if d < len(doc_starts) and doc_starts[d] < i + n:
            continue  # another document starts inside it
        whole = True
        for k in range(n):
            if masked[i + k]:
                whole = False
                break
        if not whole:
            continue
        value = hashes[i]
        for k in range(1, n):
            value = value * multiplier + hashes[i + k]
        value ^= value >> s31
        value *= mix
        value ^= value >> s29
        if as_keys:
            keys_out[found] = ((value >> drop) << value_bits) | np.uint64(i)
        else:
            starts_out[found] = i
            hashes_out[found] = value >> drop
        found += 1
    return found


@numba.njit(cache=True, nogil=True)
def common_hashes(keys, value_bits, most):
    """The hashes of sorted ``keys`` (hash above ``value_bits`` bits of a start) printed more
    than ``most`` times, in order."""
    found = []
    m = len(keys)
    i = 0
    while i < m:
        j = _key_run_end(keys, value_bits, i)
        if j - i > most:
            found.append(keys[i] >> value_bits)
        i = j
    out = np.empty(len(found), np.uint64)
    for k in range(len(found)):
        out[k] = found[k]
    return out


@numba.njit(cache=True, nogil=True)
def shared(keys, value_bits, common, hashes_out, starts_out):
    """Of sorted ``keys`` (hash above ``value_bits`` bits of a start), the hash and start of
    each whose hash is printed at least twice and is not in the sorted ``common``, in order,
    written to the outputs when they are given room; how many either way."""
    count = 0
    room = len(hashes_out)
    mask = (np.uint64(1) << value_bits) - np.uint64(1)
    m = len(keys)
    c = 0  # the first common hash not below the current one
    i = 0
    while i < m:
        h = keys[i] >> value_bits
        j = _key_run_end(keys, value_bits, i)
        while c < len(common) and common[c] < h:
            c += 1
        if j - i >= 2 and not (c < len(common) and common[c] == h):
            for x in range(i, j):
                if count < room:
                    hashes_out[count] = h
                    starts_out[count] = np.int64(keys[x] & mask)
                count += 1
        i = j
    return count


@numba.njit(cache=True, nogil=True)
def word_groups(sentence_starts, groups, out):
    """Per word (``out``), the group of its sentence (``groups``: per sentence, -1 for none;
    ``sentence_starts``: per sentence where it starts, then the end), written in order."""
    for i in range(len(sentence_starts) - 1):
        group = groups[i]
        for p in range(sentence_starts[i], sentence_starts[i + 1]):
            out[p] = group


@numba.njit(cache=True, nogil=True)
def group_pairs(hashes, groups, owners, a_out, b_out):
    """Pairs (a, b), a < b, of sentence groups (``groups``: per n-gram, -1 for none) holding
    one n-gram (``hashes``, sorted) whose ``owners`` differ, once per n-gram they share (so
    repeated across n-grams). Written to ``a_out`` and ``b_out`` when they are given room; the
    count either way."""
    count = 0
    room = len(a_out)
    m = len(hashes)
    i = 0
    while i < m:
        j = _run_end(hashes, i)
        for x in range(i, j):
            gx = groups[x]
            if gx < 0:
                continue
            for y in range(x + 1, j):
                gy = groups[y]
                if gy < 0 or gy == gx or owners[gx] == owners[gy]:
                    continue
                if count < room:
                    a_out[count] = min(gx, gy)
                    b_out[count] = max(gx, gy)
                count += 1
        i = j
    return count
