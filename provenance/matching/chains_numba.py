"""The compiled chaining kernels (numba) behind ``passages.passages``: ``passages.chain_runs``
and ``passages.anchor_runs``, the plain Python functions, compiled as they are (one rule
either way). In Python the chaining reads each of millions of runs as numbers and kept a list
per open chain (on the stress corpus at 260,000 sentences, 2.1 million runs: most of the
passages stage's time); compiled, it reads the arrays in place, as does the test of which runs
anchor.

Imported only when numba is installed and there are enough runs to repay compiling; numba's
on-disk cache applies (it keys on the plain functions' own source file).
"""

from __future__ import annotations

import numba

from provenance.matching.passages import anchor_runs as _plain_anchor_runs
from provenance.matching.passages import chain_runs as _plain

chain_runs = numba.njit(cache=True, nogil=True)(_plain)
anchor_runs = numba.njit(cache=True, nogil=True)(_plain_anchor_runs)
