"""The compiled kernels (numba) behind the quote fragment search (``fragments``).

``count_pairs``: the join of sentences' shingles with the fragments' postings, counted in place.
NumPy writes a key for every (sentence, fragment) posting hit and sorts them all to count them:
on a corpus where quotes are re-quoted everywhere that is hundreds of millions of keys (194.7
million on the million-sentence stress corpus) to keep a few million pairs. Here each
sentence's hits are counted in an array as long as the fragments, only the fragments it
reached are read back and reset, and nothing the size of all hits is ever held.

``bag_overlap``: how many words two word lists have in common, as multisets (sorted hashes
merged): no ordered alignment can keep more, so a fragment whose words are not in a sentence
that often cannot be contained in it, and is never aligned word by word in Python.

Imported only when numba is installed and there is enough to repay compiling; module-level
functions so that numba's on-disk cache applies. Without them the join is NumPy's (the same
pairs: a test holds them to it) and every candidate is aligned (the same hits: a test too).
"""

# mypy: disable-error-code="no-untyped-def,misc"

from __future__ import annotations

import numba
import numpy as np


@numba.njit(cache=True, nogil=True)
def count_pairs(owner, left, lengths, p_owner, needed, counts, touched, out_s, out_f):
    """Pairs (sentence, fragment) whose sentence holds at least ``needed[fragment]`` of the
    fragment's shingles, sentence by sentence in order, fragments in order within each.
    Per row (a distinct shingle of a sentence, rows ordered by ``owner``, the sentence):
    its postings are ``p_owner[left:left + lengths]``, the fragments holding it. ``counts``
    (zeros) and ``touched``: scratch as long as the fragments, left as found. Written to
    ``out_s`` and ``out_f`` when they are given room; the count either way."""
    count = 0
    room = len(out_s)
    n = len(owner)
    i = 0
    while i < n:
        sentence = owner[i]
        reached = 0
        j = i
        while j < n and owner[j] == sentence:
            for k in range(left[j], left[j] + lengths[j]):
                fragment = p_owner[k]
                if counts[fragment] == 0:
                    touched[reached] = fragment
                    reached += 1
                counts[fragment] += 1
            j += 1
        for fragment in np.sort(touched[:reached]):
            if counts[fragment] >= needed[fragment]:
                if count < room:
                    out_s[count] = sentence
                    out_f[count] = fragment
                count += 1
            counts[fragment] = 0
        i = j
    return count


@numba.njit(cache=True, nogil=True)
def sort_segments(values, offsets):
    """Each segment ``values[offsets[k]:offsets[k + 1]]`` sorted in place."""
    for k in range(len(offsets) - 1):
        values[offsets[k] : offsets[k + 1]] = np.sort(values[offsets[k] : offsets[k + 1]])


@numba.njit(cache=True, nogil=True)
def bag_overlap(a_rows, b_rows, a_values, a_offsets, b_values, b_offsets, out):
    """Per pair k, the values row ``a_rows[k]`` of the first lists and row ``b_rows[k]`` of the
    second have in common, counted with their multiplicity (each row's values sorted, as
    ``sort_segments`` leaves them)."""
    for k in range(len(a_rows)):
        i, i_end = a_offsets[a_rows[k]], a_offsets[a_rows[k] + 1]
        j, j_end = b_offsets[b_rows[k]], b_offsets[b_rows[k] + 1]
        common = 0
        while i < i_end and j < j_end:
            if a_values[i] < b_values[j]:
                i += 1
            elif b_values[j] < a_values[i]:
                j += 1
            else:
                common += 1
                i += 1
                j += 1
        out[k] = common
