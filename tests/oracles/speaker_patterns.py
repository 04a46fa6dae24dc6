"""The speaker pass's regexes as they were written before they were made faster, written plainly:
the fast ones must find the same."""

from __future__ import annotations

import re

# speakers._TITLED opening with "\b": one to three capitalised title words before a name
TITLED = re.compile(
    r"\b(?P<title>(?:[A-Z][a-z]+\.?\s+){1,3})(?P<name>[A-Z][\w’'‘\-]+(?:\s+[A-Z][\w’'‘\-]+){1,2})"
)
# speakers._INITIAL looked for at its space: an initial inside a name (Harry M. Reid)
INITIAL = re.compile(r" [A-Z]\. [A-Z][a-z]")
