"""The compiled chaining kernel (numba) behind ``passages.passages``: ``passages.chain_runs``,
the plain Python function, compiled as it is (one rule either way). In Python it reads each
of millions of runs as numbers and kept a list per open chain (on the stress corpus at 260,000
sentences, 2.1 million runs: most of the passages stage's time); compiled, it reads the arrays
in place.

Imported only when numba is installed and there are enough runs to repay compiling; numba's
on-disk cache applies (it keys on ``chain_runs``'s own source file).
"""

from __future__ import annotations

import numba

from provenance.matching.passages import chain_runs as _plain

chain_runs = numba.njit(cache=True, nogil=True)(_plain)
