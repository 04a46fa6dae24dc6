"""Surname → full name key as ``speakers.surnames`` finds it, written plainly: every paragraph
that names someone is asked whether it is a headline (``surnames`` asks only when a name would
add something, and keeps each run's name once worked out)."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.text.speakers import _CAPITALISED_RUN, _full_name, _title_case, normalise_key


def surnames(text: str, paragraphs: Sequence[tuple[int, int]]) -> dict[str, str]:
    full: dict[str, str] = {}
    clashing: set[str] = set()
    for start, end in paragraphs:
        headline: bool | None = None
        for run in _CAPITALISED_RUN.findall(text, start, end):
            name, first_name = _full_name(run.split())
            if len(name) < 2:
                continue
            if headline is None:
                headline = _title_case(text[start:end])
            if headline:
                break
            key = normalise_key(" ".join(name))
            short = [name[-1].lower()] + ([name[0].lower()] if first_name else [])
            for word in short:
                if full.setdefault(word, key) != key:
                    clashing.add(word)
    return {s: k for s, k in full.items() if s not in clashing}
