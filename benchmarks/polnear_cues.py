"""Learn the verbs that attribute direct quotes, and which words are common words, from PolNeAR.

    python -m benchmarks.polnear_cues PATH/PolNeAR/data/train --out provenance/resources

Writes ``cue_verbs.toml``: for every annotated attribution whose Content holds a direct quote
(as ``provenance.reports.attribution`` finds them), the verbs of its Cue span are counted by
lemma, using the part-of-speech tags and lemmas CoreNLP gave (PolNeAR ships them in
``corenlp/``). A lemma cueing at least ``MIN_CUES`` quotes is kept, with every form the split
writes it in as a verb: finite forms (said, says, tweeted) and participles (saying, adding)
apart. Auxiliaries and verbs that only carry a cue (went on, is quoted) are left out.

Writes ``common_words.txt``: the words written at least ``MIN_COMMON`` times as something other
than a proper noun, and more often so than as one (whether, closing, many; not Trump, Smith):
a capitalised word opening a sentence is a name only if it is none of these, or the article
also writes it with a capital inside a sentence.

Only the train split: dev and test are held out by the project's reviewers.
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from provenance.reports import attribution

MIN_CUES = 2
MIN_COMMON = 3
# verbs that carry a cue without saying anything on their own
LEFT_OUT = frozenset(
    """be have do will would can could may might shall should must go get make take come
    begin start keep let include follow appear seem use find give look want need try put""".split()
)


def tokens(path: Path) -> list[tuple[int, int, str, str, str]]:
    """(start, end, word, lemma, part of speech) of every token CoreNLP wrote."""
    found = []
    for _, element in ET.iterparse(path):
        if element.tag == "token":
            found.append(
                (
                    int(element.findtext("CharacterOffsetBegin") or 0),
                    int(element.findtext("CharacterOffsetEnd") or 0),
                    element.findtext("word") or "",
                    (element.findtext("lemma") or "").lower(),
                    element.findtext("POS") or "",
                )
            )
            element.clear()
    return found


def learn(
    split: Path,
) -> tuple[Counter[str], dict[str, Counter[tuple[str, str]]], set[str]]:
    """Quotes cued per lemma, every verb form per lemma with its kind and count, and the
    common words."""
    texts, annotations, _ = attribution.read_corpus(split, coreference=False)
    cued: Counter[str] = Counter()
    forms: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    common: Counter[str] = Counter()
    proper: Counter[str] = Counter()
    for doc_id, attributions in sorted(annotations.items()):
        xml = split / "corenlp" / f"{doc_id}.txt.xml"
        if not xml.is_file() or not xml.stat().st_size:
            continue
        words = tokens(xml)
        for _, _, word, lemma, pos in words:
            if word.isalpha():
                (proper if pos.startswith("NNP") else common)[word.lower()] += 1
            if pos.startswith("VB") and word.isalpha():
                kind = "participle" if pos == "VBG" else "finite"
                forms[lemma][(word.lower(), kind)] += 1
        quotes = attribution.gold_quotes(texts[doc_id], attributions)
        for cue in attributions:
            if not any(
                attribution.overlap((q.start, q.end), span) for q in quotes for span in cue.content
            ):
                continue
            lemmas = {
                lemma
                for start, end, word, lemma, pos in words
                if pos.startswith("VB")
                and any(attribution.overlap((start, end), span) for span in cue.cue)
            }
            cued.update(lemmas - LEFT_OUT)
    return cued, forms, {w for w, n in common.items() if n >= MIN_COMMON and n > proper[w]}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split", type=Path, help="PolNeAR's train split folder")
    parser.add_argument("--out", type=Path, required=True, help="where the files are written")
    args = parser.parse_args(argv)
    cued, forms, common = learn(args.split)
    kept = sorted(lemma for lemma, count in cued.items() if count >= MIN_CUES)
    finite = sorted({w for lemma in kept for (w, kind) in forms[lemma] if kind == "finite"})
    participles = sorted(
        {w for lemma in kept for (w, kind) in forms[lemma] if kind == "participle"}
    )
    cues = (
        "# Verbs that cue direct quotes, learned from PolNeAR's train split by\n"
        "# `python -m benchmarks.polnear_cues` (lemmas cueing at least "
        f"{MIN_CUES} quotes: {len(kept)}; every form\n"
        "# the split writes them in as verbs). Regenerate rather than edit; speakers.py adds\n"
        "# its own hand-kept verbs.\n"
        f"lemmas = {_array(kept)}\n"
        f"finite = {_array(finite)}\n"
        f"participles = {_array(participles)}\n"
    )
    (args.out / "cue_verbs.toml").write_text(cues, encoding="utf-8")
    words = (
        "# Common words (written at least "
        f"{MIN_COMMON} times in PolNeAR's train split as other than a proper noun,\n"
        "# and more often so), one per line: by `python -m benchmarks.polnear_cues`.\n"
        + "".join(f"{w}\n" for w in sorted(common))
    )
    (args.out / "common_words.txt").write_text(words, encoding="utf-8")
    print(f"{len(kept)} cue lemmas, {len(common)} common words written to {args.out}")
    return 0


def _array(words: Sequence[str]) -> str:
    lines, line = [], ""
    for word in words:
        piece = f'"{word}", '
        if len(line) + len(piece) > 92:
            lines.append(line.rstrip())
            line = ""
        line += piece
    lines.append(line.rstrip().rstrip(","))
    return "[\n    " + "\n    ".join(lines) + "\n]"


if __name__ == "__main__":
    raise SystemExit(main())
