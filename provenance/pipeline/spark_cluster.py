"""A trace that runs on a Spark cluster: documents, sentences, matches, parts and report rows stay
in DataFrames on the executors, and the driver holds none of them.

It is the low-memory trace (``pipeline.low_memory``, ``reports.low_memory``) with Spark doing
what the planner does in one process:

1. the files are read on the executors (``load.read_file``) into a DataFrame of documents
   (``document_json`` text), each then read for what the planner needs
   (``low_memory.PlanReader``): its matchable sentences, keyed by ``low_memory.sentence_key``,
   its quote paragraphs and its word n-grams (``low_memory.Ngrams``);
2. distinct sentences are sketched on the executors (the same kernel and ``bands.band_key``);
   candidates are a join on band keys, buckets over ``candidates.MAX_BUCKET`` left out and
   named, as ``band_candidates`` does, and a join on the word n-grams printed at most
   ``passages.MAX_NGRAM_COUNT`` times (``passages.common_ngrams`` counted on Spark), each in
   the matchable sentence it starts in, as ``passages.ngram_candidates`` does; candidate pairs
   are verified on the executors (``verify``);
3. the components of verified sentences are found on Spark (``_components``: label propagation
   by hooking and pointer jumping, each round saved to cut the lineage), and each component
   that could be boilerplate is put to ``boilerplate.could_be_learned`` and
   ``boilerplate_components`` on an executor;
4. documents are linked as the planner links them (a shared sentence, a verified pair, a quote
   paragraph and a sentence the fragment search would try: ``fragments.postings`` on the
   executors, the shingle join on Spark; a run of words that could anchor a passage, outside
   learned boilerplate and printed at most ``passages.MAX_NGRAM_COUNT`` times, and the same
   words throughout: ``Planner._ngram_links``), and the parts are the components of those
   links;
5. each part is analysed on an executor (``run.analyse`` with a ``Corpus``: the whole corpus's
   counts, oversized buckets, common quote shingles and common word n-grams, and the
   boilerplate sentences of the part's own documents), a few parts at a time, giving report
   rows (``reports.tables``'s frames, as CSV lines) and a ``summary_part``;
6. each report's rows are sorted by its key on Spark and written by the executors as ordered
   text files, which the driver streams into the report, after the header.

What reaches the driver: counts, the oversized band keys, the common quote shingles and the
common word n-grams (each bounded by its threshold, not by the corpus), the skips and notices,
one small record per batch of parts (counts, timings and a ``SummaryPart``), and the listing of
the input folder (one path per file, as any Spark file source lists on its driver).
Intermediate results are saved as Parquet in a work folder every executor can reach (inside the
report folder by default: the same machine, or a shared file system).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import polars as pl

from provenance.errors import InputError
from provenance.inputs.dumps import Fields, is_record_file
from provenance.inputs.load import (
    MANIFEST_NAME,
    LoadResult,
    discover,
    doc_id_for,
    file_item_from_json,
    file_item_json,
    listed_items,
    read_file,
    read_manifest,
    record_file_notice,
    refuse_skips,
    skip_summary,
)
from provenance.matching import candidates as candidates_stage
from provenance.matching import fragments as fragment_stage
from provenance.matching import passages as passage_stage
from provenance.matching.bands import band_keys
from provenance.matching.sketch import shingle_hashes, signatures_and_hashes
from provenance.matching.verify import verify
from provenance.model import Notice, Sentence, Skipped, document_from_json, document_json
from provenance.pipeline.engine import Workers
from provenance.pipeline.low_memory import (
    PART_DOCS,
    Corpus,
    Member,
    Outlet,
    PlanReader,
    sentence_key,
)
from provenance.pipeline.run import analyse
from provenance.reports import schema
from provenance.reports.low_memory import PartsReport
from provenance.reports.report_set import prepare_folder, staged, work_folder
from provenance.reports.summary import SummaryPart, merged_summary, summary_part
from provenance.reports.tables import (
    FRAMES,
    SET_NAMES,
    run_record,
    skipped_rows,
    write_each,
    write_record,
    write_texts,
)
from provenance.reports.workbook import WORKBOOK, write_workbook
from provenance.results import Analysis, TraceResult
from provenance.settings import Settings
from provenance.text.boilerplate import (
    CorpusCounts,
    End,
    Matcher,
    boilerplate_components,
    could_be_learned,
)
from provenance.text.speakers import Aliases

Progress = Callable[[str, int, int], None]
# the columns of a report row: which report, its sort key (up to two strings and an integer,
# then its place among its part's rows) and its CSV line
ROW_SCHEMA = "report string, k0 string, k1 string, k2 long, idx long, line string"
SUMMARY = "summary"  # a row holding a batch's summary part, counts, timings and peaks
# the reports made of the parts' rows, each sorted by its key (skipped.csv is the driver's)
SORTED = (schema.DOCUMENTS, schema.CLUSTERS, schema.OCCURRENCES, schema.QUOTES, schema.PAIRS)
# the kinds of rows the plan reads of a document (``_plan_rows``)
SENTENCE, QUOTED, NGRAMS = 0, 1, 2
_PLAN_COLUMNS = (
    ("kind", "tinyint"),
    ("doc_id", "string"),
    ("n", "int"),
    ("key", "binary"),
    ("flag", "boolean"),
    ("edge", "tinyint"),
    ("words", "array<string>"),
    ("hashes", "array<long>"),
    ("lo", "array<int>"),
    ("starts", "array<boolean>"),
    ("anchors", "array<long>"),
    ("anchor_lo", "array<int>"),
    ("anchor_hi", "array<int>"),
    ("anchor_flags", "array<tinyint>"),
    ("page", "binary"),
)
PLAN_SCHEMA = ", ".join(f"{name} {kind}" for name, kind in _PLAN_COLUMNS)


def trace_on_spark(
    root: Path,
    settings: Settings,
    out: Path,
    session: Any,
    *,
    aliases: Aliases | None = None,
    fields: Fields | None = None,
    strict: bool = False,
    save_text: bool = False,
    xlsx: bool = False,
    batch_docs: int = PART_DOCS,
    work: Path | None = None,
    progress: Progress | None = None,
    on_read: Callable[[Path, Sequence[Notice], Sequence[Skipped]], None] | None = None,
) -> PartsReport:
    """``trace`` and ``write_reports`` of the articles under ``root`` on the Spark ``session``:
    the same reports, byte for byte, with the driver's memory bounded whatever the corpus.
    ``out`` (and ``work``, a new folder for intermediate files, by default inside ``out``) must
    be reachable by every executor at the same path. ``batch_docs``: parts are analysed
    together until a batch has at least this many documents. ``on_read``: called with the
    skips and notices once the corpus is read. ``save_text``, ``xlsx``: also the texts and the
    workbook, as ``write_reports`` writes them."""
    if batch_docs < 1:
        raise ValueError("batch_docs must be at least 1")
    aliases = aliases or Aliases.load()
    report = progress or (lambda stage, done, total: None)
    created = not out.exists()
    prepare_folder(out)
    done = False
    held = None  # the lock of a work folder made here, which a later run's clean-up leaves
    try:
        if work is None:
            work, held = work_folder(out)
        folder = work.absolute()
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot make a work folder there ({exc.strerror})") from None
    try:
        # the report set, texts/ included, written into a staging folder swapped into place
        with staged(out, SET_NAMES) as stage:
            run = _Run(session, settings, folder, report)
            began = time.perf_counter()
            skipped, notices = run.load(root, out, fields)
            if strict:
                refuse_skips(LoadResult(skipped=skipped), root)
            if on_read is not None:
                on_read(root, notices, skipped)
            plan = run.plan()
            timings = {"plan": round(time.perf_counter() - began, 4)}
            job = _Job(
                root,
                settings,
                aliases,
                fields or Fields(),
                plan.corpus,
                batch_docs,
                save_text,
                stage.absolute(),  # as the executors reach it
            )
            written = run.reports(job, plan, (stage, out), skipped, notices, timings)
            if xlsx:  # from the reports written, on the driver
                write_workbook(stage, stage / WORKBOOK, out)
        done = True
        return written
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if held is not None:
            os.close(held)
        if created and not done:
            with suppress(OSError):
                out.rmdir()


@dataclass(frozen=True)
class _Plan:
    corpus: Corpus  # its boilerplate keys empty: each batch is given its own documents'
    parts: Any  # DataFrame: doc_id, part, doc (JSON), boiler (its boilerplate sentences' keys)
    n_parts: int
    largest_part: int
    documents: int


@dataclass
class _Run:
    session: Any
    settings: Settings
    work: Path
    progress: Progress

    documents: Any = field(default=None, init=False)  # doc_id, outlet, body (JSON)
    n_documents: int = field(default=0, init=False)
    _saved: int = field(default=0, init=False)

    def save(self, frame: Any, name: str) -> Any:
        """``frame`` written as Parquet in the work folder and read back: computed once, its
        lineage cut."""
        self._saved += 1
        path = str(self.work / f"{self._saved:03d}-{name}")
        frame.write.parquet(path)
        return self.session.read.parquet(path)

    def parallelism(self) -> int:
        return max(2, int(self.session.sparkContext.defaultParallelism) * 2)

    # 1. reading

    def load(
        self, root: Path, out: Path, fields: Fields | None
    ) -> tuple[list[Skipped], list[Notice]]:
        """The files under ``root`` read on the executors into ``self.documents``; what was
        skipped (sorted as loading sorts it) and the notices."""
        from pyspark.sql import functions as f

        if not root.exists():
            raise InputError(f"{root}: no such directory")
        if not root.is_dir():
            raise InputError(f"{root}: not a directory")
        manifest = read_manifest(root / MANIFEST_NAME)
        rules = self.settings.input_rules
        found, unreadable = discover(root, exclude=out, follow_symlinks=rules.follow_symlinks)
        skipped = list(unreadable)
        notices: list[Notice] = []
        seen: dict[str, str] = {}
        listing = self.work / "files.jsonl"  # the files to read, a line each: not held here
        with listing.open("w", encoding="utf-8") as lines:
            for k, item in listed_items(found, manifest, fields, skipped, rules):
                seen[doc_id_for(item.relative)] = item.relative
                record = is_record_file(item.relative)
                # loading reads pages first, then record files: notices come in that order
                order = int(record) * len(found) + k
                listed = file_item_json(item._replace(path=item.path.absolute()))
                lines.write(json.dumps([order, listed], ensure_ascii=False) + "\n")
                notice = record_file_notice(item.relative, manifest)
                if notice is not None:
                    notices.append(notice)
        unlisted = sorted(set(manifest) - set(seen))
        del found, seen
        read = self.save(
            self.session.read.text(str(listing))
            .repartition(self.parallelism())
            .mapInArrow(
                _read_files,
                "kind string, k long, seq long, doc_id string, outlet string, body string",
            ),
            "read",
        )
        for row in read.where("kind = 'skipped'").select("body").toLocalIterator():
            path, reason, number = json.loads(row["body"])
            skipped.append(Skipped(path, reason, number))
        skipped.sort(key=lambda s: (s.path, s.record or 0))
        read_notices = [
            Notice(*json.loads(row["body"]))
            for row in read.where("kind = 'notice'").orderBy("k", "seq").toLocalIterator()
        ]
        notices = read_notices + notices
        self.documents = read.where("kind = 'document'").select("doc_id", "outlet", "body")
        twice = self.documents.groupBy("doc_id").count().where("count > 1").limit(1).collect()
        if twice:
            doc_id = twice[0]["doc_id"]
            first, second = (
                json.loads(row["body"])["path"]
                for row in read.where(f.col("doc_id") == doc_id).orderBy("k").limit(2).collect()
            )
            raise InputError(
                f"{second}: doc_id {doc_id!r} is also the doc_id of an article in {first}; "
                "rename one of the files"
            )
        if unlisted:
            present = {
                row["doc_id"]
                for row in self.documents.join(
                    self.session.createDataFrame([(d,) for d in unlisted], "doc_id string"),
                    "doc_id",
                    "left_semi",
                )
                .select("doc_id")
                .collect()
            }
            notices.extend(
                Notice(MANIFEST_NAME, f"line {manifest[d].line}: no article file for {d!r}")
                for d in unlisted
                if d not in present
            )
        self.n_documents = int(self.documents.count())
        if not self.n_documents:
            raise InputError(
                f"{root}: no readable article found{skip_summary(LoadResult(skipped=skipped))}"
            )
        self.progress("read", self.n_documents, self.n_documents)
        return skipped, notices

    # 2.-4. the plan: what links documents, and what only the whole corpus decides

    def plan(self) -> _Plan:
        from pyspark.sql import functions as f

        settings = self.settings
        matcher = Matcher.build(settings.boilerplate_patterns)
        reader = PlanReader(
            settings.min_tokens,
            settings.min_quote_tokens,
            matcher if settings.suppress_boilerplate else None,
        )
        docs = self.documents
        read = self.save(
            docs.select("doc_id", "body")
            .repartition(self.parallelism())
            .mapInArrow(partial(_plan_rows, reader), PLAN_SCHEMA),
            "sentences",
        )
        occurrences = read.where(f"kind = {SENTENCE}").select("doc_id", "n", "key", "flag", "edge")
        quoted = read.where(f"kind = {QUOTED}").select("doc_id", "n", "words")
        ngrams = read.where(f"kind = {NGRAMS}").select(
            "doc_id",
            "key",
            "hashes",
            "lo",
            "starts",
            "anchors",
            "anchor_lo",
            "anchor_hi",
            "anchor_flags",
        )
        # per document its page (``boilerplate.page_keys``): an outlet's documents of one page
        # count once
        paged = docs.join(
            read.where(f"kind = {NGRAMS}").select("doc_id", "page"), "doc_id", "left"
        ).select("doc_id", "outlet", f.coalesce("page", _doc_page()).alias("page"))
        outlets = paged.groupBy("outlet").agg(f.countDistinct("page").alias("count")).collect()
        counts = CorpusCounts(
            int(paged.select("outlet", "page").distinct().count()),
            {row["outlet"]: int(row["count"]) for row in outlets if row["outlet"] is not None},
        )
        bands, rows = settings.bands_rows
        sentences = self.save(
            read.where(f"kind = {SENTENCE}")
            .groupBy("key")
            .agg(
                f.first("words").alias("words"),
                f.min("doc_id").alias("first_doc"),
                f.max("doc_id").alias("last_doc"),
            )
            .mapInArrow(
                partial(
                    _sketch_rows,
                    settings.shingle_size,
                    settings.num_perm,
                    settings.seed,
                    bands,
                    rows,
                ),
                "key binary, words array<string>, first_doc string, last_doc string, "
                "bands array<long>, hashes array<long>",
            ),
            "distinct",
        )
        distinct = int(sentences.count())
        self.progress("sketch", distinct, distinct)
        oversized, lsh_pairs = self._candidates(sentences)
        common_ngrams, joined = self._ngram_candidates(sentences, occurrences, ngrams)
        n_joined = int(joined.count())
        pairs = self.save(lsh_pairs.unionByName(joined).distinct(), "all-candidates")
        n_pairs = int(pairs.count())
        verified = self.save(
            pairs.join(sentences.select(f.col("key").alias("a"), f.col("words").alias("wa")), "a")
            .join(sentences.select(f.col("key").alias("b"), f.col("words").alias("wb")), "b")
            .mapInArrow(
                partial(_verified_pairs, settings.verify_threshold, settings.verify_containment),
                "a binary, b binary",
            ),
            "verified",
        )
        n_verified = int(verified.count())
        self.progress("verify", n_pairs, n_pairs)
        boiler, boiler_clusters, learned = self._boilerplate(
            sentences, verified, occurrences, paged, counts
        )
        common, fragment_links = self._fragment_links(sentences, quoted, boiler)
        firsts = sentences.select("key", "first_doc")
        kept = sentences.join(boiler, "key", "left_anti") if boiler is not None else sentences
        identity = (
            occurrences.join(kept.where("first_doc <> last_doc").select("key", "first_doc"), "key")
            .select(f.col("doc_id").alias("a"), f.col("first_doc").alias("b"))
            .where("a <> b")
        )
        matched = (
            verified.join(boiler, verified["a"] == boiler["key"], "left_anti")
            if (boiler is not None)
            else verified
        )
        pair_links = (
            matched.join(
                firsts.select(f.col("key").alias("a"), f.col("first_doc").alias("da")), "a"
            )
            .join(firsts.select(f.col("key").alias("b"), f.col("first_doc").alias("db")), "b")
            .select(f.col("da").alias("a"), f.col("db").alias("b"))
            .where("a <> b")
        )
        links = (
            identity.unionByName(pair_links)
            .unionByName(fragment_links)
            .unionByName(self._ngram_links(ngrams, occurrences, learned))
        )
        labels = _components(self, links, "parts")
        parts = self.save(
            docs.join(labels.withColumnRenamed("node", "doc_id"), "doc_id", "left").select(
                "doc_id", f.coalesce("label", "doc_id").alias("part"), "body"
            ),
            "parts",
        )
        sizes = (
            parts.groupBy("part")
            .count()
            .agg(f.count("*").alias("parts"), f.max("count").alias("largest"))
            .collect()[0]
        )
        if boiler is not None and not settings.keep_boilerplate:
            keys = (
                occurrences.join(boiler, "key")
                .groupBy("doc_id")
                .agg(f.collect_set("key").alias("boiler"))
            )
            parts = parts.join(keys, "doc_id", "left")
        else:
            parts = parts.withColumn("boiler", f.lit(None).cast("array<binary>"))
        totals = {
            "distinct_sentences": distinct,
            "candidate_pairs": n_pairs,
            "ngram_candidate_pairs": n_joined,
            "verified_pairs": n_verified,
            "rejected_pairs": n_pairs - n_verified,
            "lsh_buckets_oversized": len(oversized),
            "boilerplate_clusters": boiler_clusters,
        }
        corpus = Corpus(counts, oversized, common, frozenset(), totals, common_ngrams)
        return _Plan(corpus, parts, int(sizes["parts"]), int(sizes["largest"]), self.n_documents)

    def _candidates(self, sentences: Any) -> tuple[frozenset[int], Any]:
        """The band keys of the buckets too big to use, and the candidate pairs (a, b: the
        keys of two distinct sentences, a < b) of the others, whose owners differ (a sentence
        in one document is owned by it, one in several by nobody else: as ``band_candidates``
        pairs them)."""
        from pyspark.sql import functions as f

        largest = candidates_stage.MAX_BUCKET
        keyed = sentences.select("key", _owner(), f.explode("bands").alias("band"))
        sizes = self.save(keyed.groupBy("band").count().where("count > 1"), "buckets")
        oversized = frozenset(
            int(np.int64(row["band"]).view(np.uint64))
            for row in sizes.where(f"count > {largest}").select("band").collect()
        )
        usable = keyed.join(sizes.where(f"count <= {largest}").select("band"), "band")
        return oversized, self.save(_pairs_sharing(usable, "band"), "candidates")

    def _ngram_candidates(
        self, sentences: Any, occurrences: Any, ngrams: Any
    ) -> tuple[npt.NDArray[np.uint64], Any]:
        """The word n-grams too common to join sentences or seed passages (each printed more
        than ``passages.MAX_NGRAM_COUNT`` times, sorted: ``passages.common_ngrams``), and the
        candidate pairs (a, b: distinct sentences' keys, a < b, their owners differing) of
        the sentences sharing a rarer one, counted in the matchable sentence it starts in:
        as ``Planner._ngram_candidates`` finds them."""
        from pyspark.sql import functions as f

        largest = passage_stage.MAX_NGRAM_COUNT
        counted = ngrams.select(f.explode("hashes").alias("hash")).groupBy("hash").count()
        common = np.sort(
            np.asarray(
                [row["hash"] for row in counted.where(f"count > {largest}").collect()], np.int64
            ).view(np.uint64)
        )
        starts = ngrams.select("doc_id", "hashes", "lo", "starts").mapInArrow(
            partial(_ngram_starts, common), "doc_id string, n int, hash long"
        )
        keyed = (
            starts.join(occurrences.select("doc_id", "n", "key"), ["doc_id", "n"])
            .select("hash", "key")
            .distinct()
            .join(sentences.select("key", _owner()), "key")
        )
        return common, self.save(_pairs_sharing(keyed, "hash"), "ngram-candidates")

    def _ngram_links(self, ngrams: Any, occurrences: Any, learned: Any) -> Any:
        """Links (a, b) between the documents that share a run of words that could anchor a
        passage, or all their words, learned boilerplate left out, as
        ``Planner._ngram_links`` finds them: the runs reaching no ``learned`` sentence
        (``None``: none is) are counted, a run printed more often than an n-gram may be is left
        out, and each document of a run that anchors (long, or quoted in one of them) is
        linked to its first; each document is linked to the first with the same words."""
        from pyspark.sql import functions as f

        runs = ngrams.select("doc_id", "anchors", "anchor_lo", "anchor_hi", "anchor_flags")
        if learned is None:
            runs = runs.withColumn("learned", f.lit(None).cast("array<int>"))
        else:  # per document, the numbers of its learned boilerplate sentences
            numbers = (
                occurrences.join(learned, "key")
                .groupBy("doc_id")
                .agg(f.collect_list("n").alias("learned"))
            )
            runs = runs.join(numbers, "doc_id", "left")
        anchors = self.save(
            runs.mapInArrow(_anchor_rows, "doc_id string, hash long, flag tinyint"), "anchors"
        )
        anchoring = (
            anchors.groupBy("hash")
            .agg(
                f.count("*").alias("count"),
                f.max("flag").alias("flag"),
                f.min("doc_id").alias("first"),
            )
            .where(f"count <= {passage_stage.MAX_NGRAM_COUNT} AND flag > 0")
            .select("hash", "first")
        )
        run_links = anchors.join(anchoring, "hash").select(
            f.col("doc_id").alias("a"), f.col("first").alias("b")
        )
        keys = ngrams.where("key IS NOT NULL").select("doc_id", "key")
        firsts = keys.groupBy("key").agg(f.min("doc_id").alias("first"))
        same_words = keys.join(firsts, "key").select(
            f.col("doc_id").alias("a"), f.col("first").alias("b")
        )
        return run_links.unionByName(same_words).where("a <> b")

    def _boilerplate(
        self, sentences: Any, verified: Any, occurrences: Any, docs: Any, counts: CorpusCounts
    ) -> tuple[Any, int, Any]:
        """The keys of the distinct sentences the analysis will find boilerplate (None when
        boilerplate is not suppressed; none when it is kept as clusters), how many
        boilerplate components there are, and the keys of those it learns boilerplate even
        when kept as clusters (passages never cross them; None when boilerplate is not
        suppressed): as ``Planner._boilerplate`` finds them."""
        from pyspark.sql import functions as f

        settings = self.settings
        if not settings.suppress_boilerplate:
            return None, 0, None
        labels = _components(self, verified, "sentences")
        active = (
            sentences.select("key", (f.col("first_doc") != f.col("last_doc")).alias("spread"))
            .join(labels.withColumnRenamed("node", "key"), "key", "left")
            .where("spread OR label IS NOT NULL")
            .select("key", f.coalesce("label", "key").alias("comp"))
        )
        # per document: its matchable sentences outside pattern-marked paragraphs
        text = occurrences.where("NOT flag").groupBy("doc_id").agg(f.count("*").alias("text"))
        members = (
            occurrences.join(active, "key")
            .join(docs.select("doc_id", "outlet", "page"), "doc_id")
            .join(text, "doc_id", "left")
            .select(
                "comp",
                "doc_id",
                "outlet",
                "page",
                "flag",
                "edge",
                f.coalesce("text", f.lit(0)).alias("text"),
            )
        )
        found = self.save(
            members.repartition(self.parallelism(), "comp")
            .sortWithinPartitions("comp")
            .mapInArrow(
                partial(
                    _boilerplate_groups,
                    settings.boilerplate_outlet_docs,
                    settings.boilerplate_corpus_share,
                    counts,
                ),
                "comp binary",
            ),
            "boilerplate-components",
        )
        clusters = int(found.count())
        learned = self.save(active.join(found, "comp").select("key"), "boilerplate")
        if settings.keep_boilerplate:  # reported as clusters: their documents stay together
            return self.session.createDataFrame([], "key binary"), clusters, learned
        return learned, clusters, learned

    def _fragment_links(
        self, sentences: Any, quoted: Any, boiler: Any
    ) -> tuple[npt.NDArray[np.uint32], Any]:
        """The quote shingles too common to search by, and links from each quote paragraph's
        document to the first document of each sentence the fragment search would try it on
        (boilerplate sentences aside), as ``Planner._fragment_links`` finds them."""
        from pyspark.sql import functions as f

        size = max(1, self.settings.shingle_size)
        hashes = self.save(
            quoted.mapInArrow(partial(_fragment_hashes, size), "doc_id string, n int, hash long"),
            "quote-shingles",
        )
        common_rows = (
            hashes.groupBy("hash").count().where(f"count > {fragment_stage.MAX_POSTINGS}").collect()
        )
        common = np.sort(np.asarray([row["hash"] for row in common_rows], np.uint32))
        postings = quoted.mapInArrow(
            partial(_postings, size, common), "doc_id string, n int, hash long, needed long"
        )
        shingles = sentences.select("key", f.explode("hashes").alias("hash"))
        if boiler is not None:
            shingles = shingles.join(boiler, "key", "left_anti")
        tried = (
            shingles.join(postings, "hash")
            .groupBy("key", "doc_id", "n", "needed")
            .count()
            .where("count >= needed")
            .select("key", "doc_id")
        )
        links = (
            tried.join(sentences.select("key", "first_doc"), "key")
            .select(f.col("first_doc").alias("a"), f.col("doc_id").alias("b"))
            .where("a <> b")
        )
        return common, links

    # 5.-6. the parts analysed, and the reports

    def reports(
        self,
        job: _Job,
        plan: _Plan,
        folders: tuple[Path, Path],
        skipped: list[Skipped],
        notices: list[Notice],
        timings: dict[str, float],
    ) -> PartsReport:
        from pyspark.sql import functions as f

        began = time.perf_counter()
        partitions = max(self.parallelism(), math.ceil(plan.documents / job.batch_docs))
        rows = self.save(
            plan.parts.repartition(partitions, "part")
            .sortWithinPartitions("part", "doc_id")
            .select("part", "body", "boiler")
            .mapInArrow(partial(_analyse_parts, job), ROW_SCHEMA),
            "rows",
        )
        counts: dict[str, int] = {}
        peak: dict[str, int] = {}
        timings = dict(timings)
        batches = 0
        for row in rows.where(f.col("report") == SUMMARY).select("line").toLocalIterator():
            found = json.loads(row["line"])
            batches += 1
            for name, value in found["counts"].items():
                counts[name] = counts.get(name, 0) + value
            for name, seconds in found["timings"].items():
                timings[name] = round(timings.get(name, 0.0) + seconds, 4)
            for name, mib in found["peak_mib"].items():
                peak[name] = max(peak.get(name, 0), mib)
        self.progress("parts", batches, batches)
        counts.update(plan.corpus.totals)  # what parts cannot sum: the corpus's own
        counts["files_skipped"] = len(skipped)
        whole = TraceResult(
            root=job.root,
            settings=job.settings,
            analysis=Analysis((), (), (), (), (), counts=counts, timings=timings, peak_mib=peak),
            skipped=tuple(skipped),
            notices=tuple(notices),
            aliases=job.aliases,
            fields=job.fields,
            engine="spark",
        )
        record = run_record(whole)
        record["parts"] = {
            "parts": plan.n_parts,
            "largest_part_documents": plan.largest_part,
            "batches": batches,
        }
        texts = self.work / "csv"
        for report in SORTED:
            (
                rows.where(f.col("report") == report.file)
                .orderBy(*_sort_columns(report), "idx")
                .select("line")
                .write.text(str(texts / report.file))
            )

        def merged(report: schema.Report) -> Callable[[Path], None]:
            return lambda temp: _concatenate(texts / report.file, report, temp)

        stage, out = folders  # the staging folder of the report folder
        write_each(
            stage,
            {
                **{report.file: merged(report) for report in SORTED},
                "skipped.csv": lambda temp: skipped_rows(skipped).write_csv(temp),
                "run.json": lambda temp: write_record(record, time.perf_counter() - began, temp),
            },
            out,
        )
        summaries = (
            _summary_of(json.loads(row["line"])["summary"])
            for row in rows.where(f.col("report") == SUMMARY).select("line").toLocalIterator()
        )
        summary = merged_summary(
            summaries, len(skipped), out, plan.corpus.totals["boilerplate_clusters"]
        )
        return PartsReport(job.root, summary, record, tuple(skipped), tuple(notices))


def _sort_columns(report: schema.Report) -> list[str]:
    """The row columns a report's sort key is in: its strings in k0 and k1, its integer in
    k2."""
    found, strings = [], 0
    for key in report.key:
        if report.column(key).dtype.is_integer():
            found.append("k2")
        else:
            found.append(f"k{strings}")
            strings += 1
    return found


def _concatenate(folder: Path, report: schema.Report, target: Path) -> None:
    """A report: its header, then its sorted rows, file after file as Spark wrote them."""
    with target.open("wb") as handle:
        pl.DataFrame(schema=report.dtypes).write_csv(handle)
        for part in sorted(folder.glob("part-*")):
            with part.open("rb") as rows:
                shutil.copyfileobj(rows, handle)


def _components(run: _Run, edges: Any, name: str) -> Any:
    """(node, label) for every node of ``edges`` (columns a and b, an undirected graph):
    the smallest node of its component, as ``clusters.union_labels`` names them. Each round
    hooks every root linked to a smaller root under the smallest such one, flattens the hooks
    by pointer jumping, and contracts the links to the new roots; each round's results are
    saved, so the lineage stays one round long."""
    from pyspark.sql import functions as f

    links = run.save(
        edges.select(f.least("a", "b").alias("a"), f.greatest("a", "b").alias("b"))
        .where("a <> b")
        .distinct(),
        f"{name}-links",
    )
    roots = run.save(
        links.select(f.col("a").alias("node"))
        .union(links.select(f.col("b").alias("node")))
        .distinct()
        .select("node", f.col("node").alias("label")),
        f"{name}-labels",
    )
    while not links.isEmpty():
        hooks = run.save(
            links.groupBy(f.col("b").alias("node")).agg(f.min("a").alias("to")),
            f"{name}-hooks",
        )
        while True:
            ahead = hooks.alias("h").join(
                hooks.alias("g"), f.col("h.to") == f.col("g.node"), "left"
            )
            moved = run.save(
                ahead.select(
                    f.col("h.node").alias("node"),
                    f.coalesce(f.col("g.to"), f.col("h.to")).alias("to"),
                    f.col("g.to").isNotNull().alias("moved"),
                ),
                f"{name}-hooks",
            )
            hooks = moved.select("node", "to")
            if moved.where("moved").isEmpty():
                break
        roots = run.save(
            roots.join(hooks, roots["label"] == hooks["node"], "left").select(
                roots["node"], f.coalesce(hooks["to"], roots["label"]).alias("label")
            ),
            f"{name}-labels",
        )
        ends = hooks.select(f.col("node").alias("end"), f.col("to"))
        a_end = ends.select(f.col("end").alias("a"), f.col("to").alias("ta"))
        b_end = ends.select(f.col("end").alias("b"), f.col("to").alias("tb"))
        moved_links = (
            links.join(a_end, "a", "left")
            .join(b_end, "b", "left")
            .select(f.coalesce("ta", "a").alias("a"), f.coalesce("tb", "b").alias("b"))
        )
        links = run.save(
            moved_links.select(f.least("a", "b").alias("a"), f.greatest("a", "b").alias("b"))
            .where("a <> b")
            .distinct(),
            f"{name}-links",
        )
    return roots


# What the executors run: module-level functions, so Spark ships them by reference.


def _append(columns: dict[str, list[Any]], *values: Any) -> None:
    """One row added to ``columns``, a value per column in order."""
    for column, value in zip(columns.values(), values, strict=True):
        column.append(value)


def _read_files(batches: Iterable[Any]) -> Iterator[Any]:
    """Every file's articles (``document_json``), skips and notices."""
    import pyarrow as pa

    for batch in batches:
        rows: dict[str, list[Any]] = {
            "kind": [], "k": [], "seq": [], "doc_id": [], "outlet": [], "body": []
        }  # fmt: skip
        for line in batch.column("value").to_pylist():
            k, item = json.loads(line)
            documents, skipped, notices = read_file(file_item_from_json(item))
            for doc in documents:
                body = json.dumps(document_json(doc), ensure_ascii=False)
                _append(rows, "document", k, 0, doc.doc_id, doc.outlet, body)
            for seq, skip in enumerate(skipped):
                body = json.dumps([skip.path, skip.reason, skip.record])
                _append(rows, "skipped", k, seq, None, None, body)
            for seq, notice in enumerate(notices):
                _append(
                    rows, "notice", k, seq, None, None, json.dumps([notice.path, notice.message])
                )
        yield pa.RecordBatch.from_pydict(
            rows,
            schema=pa.schema(
                [
                    ("kind", pa.string()),
                    ("k", pa.int64()),
                    ("seq", pa.int64()),
                    ("doc_id", pa.string()),
                    ("outlet", pa.string()),
                    ("body", pa.string()),
                ]
            ),
        )


def _plan_rows(reader: PlanReader, batches: Iterable[Any]) -> Iterator[Any]:
    """Per document, what the planner reads (``PLAN_ROWS``): each matchable sentence (kind
    ``SENTENCE``: its key, its pattern flag, where it lies as a plea, its words), each quote
    paragraph long enough to trace (kind ``QUOTED``: its number, its words) and, in a row of
    kind ``NGRAMS``, its ``low_memory.Ngrams`` (``key``: the key of its words; the n-grams' and
    the anchor runs' hashes as Spark's long, the same 64 bits, their matchable sentences
    numbered in the document as its sentence rows are)."""
    import pyarrow as pa

    for batch in batches:
        rows: dict[str, list[Any]] = {name: [] for name, _ in _PLAN_COLUMNS}
        for doc_id, body in zip(
            batch.column("doc_id").to_pylist(), batch.column("body").to_pylist(), strict=True
        ):
            words, flags, ends, quoted, ngrams = reader((0, document_from_json(json.loads(body))))
            none = (None,) * 8
            for n, (tokens, flag, end) in enumerate(zip(words, flags, ends, strict=True)):
                key = sentence_key(tokens)
                _append(rows, SENTENCE, doc_id, n, key, flag, int(end), list(tokens), *none)
            for n, tokens in enumerate(quoted):
                _append(rows, QUOTED, doc_id, n, None, None, None, list(tokens), *none)
            _append(
                rows,
                NGRAMS,
                doc_id,
                None,
                ngrams.key,
                None,
                None,
                None,
                ngrams.hashes.view(np.int64),
                ngrams.lo.astype(np.int32),
                ngrams.starts_matchable.astype(np.bool_),
                ngrams.anchors.view(np.int64),
                ngrams.anchor_lo.astype(np.int32),
                ngrams.anchor_hi.astype(np.int32),
                ngrams.anchor_flags.astype(np.int8),
                ngrams.page,
            )
        yield pa.RecordBatch.from_pydict(
            rows, schema=pa.schema([(name, kind) for name, kind in _plan_types()])
        )


def _plan_types() -> list[tuple[str, Any]]:
    """``_PLAN_COLUMNS`` with their Arrow types."""
    import pyarrow as pa

    types = {
        "tinyint": pa.int8(),
        "int": pa.int32(),
        "long": pa.int64(),
        "string": pa.string(),
        "binary": pa.binary(),
        "boolean": pa.bool_(),
    }
    return [
        (name, pa.list_(types[kind[6:-1]]) if kind.startswith("array<") else types[kind])
        for name, kind in _PLAN_COLUMNS
    ]


def _doc_page() -> Any:
    """The page of a document without words: a page of its own, keyed by its doc_id (17
    bytes or more: never a 16-byte key of words)."""
    from pyspark.sql import functions as f

    return f.concat(f.lit(b"\x00doc:"), f.col("doc_id").cast("binary"))


def _owner() -> Any:
    """A sentence key's owner: its document when all its copies lie in one, else null (a
    sentence several documents print pairs with every other)."""
    from pyspark.sql import functions as f

    return f.when(f.col("first_doc") == f.col("last_doc"), f.col("first_doc")).alias("owner")


def _pairs_sharing(keyed: Any, column: str) -> Any:
    """Pairs (a, b) of distinct sentence keys, a < b, sharing a value of ``column`` (an LSH
    band, an n-gram hash) whose owners differ (``_owner``), each once."""
    from pyspark.sql import functions as f

    x, y = keyed.alias("x"), keyed.alias("y")
    return (
        x.join(
            y, (f.col(f"x.{column}") == f.col(f"y.{column}")) & (f.col("x.key") < f.col("y.key"))
        )
        .where(
            f.col("x.owner").isNull()
            | f.col("y.owner").isNull()
            | (f.col("x.owner") != f.col("y.owner"))
        )
        .select(f.col("x.key").alias("a"), f.col("y.key").alias("b"))
        .distinct()
    )


def _ngram_starts(common: npt.NDArray[np.uint64], batches: Iterable[Any]) -> Iterator[Any]:
    """Each document's n-grams not in ``common`` that start in a matchable sentence, with that
    sentence's number in the document."""
    import pyarrow as pa

    for batch in batches:
        doc_ids: list[Any] = []
        numbers: list[npt.NDArray[np.int32]] = [np.empty(0, np.int32)]
        found: list[npt.NDArray[np.int64]] = [np.empty(0, np.int64)]
        for doc_id, hashes, lo, starts in zip(
            batch.column("doc_id").to_pylist(),
            batch.column("hashes").to_numpy(zero_copy_only=False),
            batch.column("lo").to_numpy(zero_copy_only=False),
            batch.column("starts").to_numpy(zero_copy_only=False),
            strict=True,
        ):
            hashes = np.asarray(hashes, np.int64)
            kept = np.asarray(starts, np.bool_) & passage_stage.rare(hashes.view(np.uint64), common)
            doc_ids.extend([doc_id] * int(kept.sum()))
            numbers.append(np.asarray(lo, np.int32)[kept])
            found.append(hashes[kept])
        yield pa.RecordBatch.from_pydict(
            {"doc_id": doc_ids, "n": np.concatenate(numbers), "hash": np.concatenate(found)},
            schema=pa.schema([("doc_id", pa.string()), ("n", pa.int32()), ("hash", pa.int64())]),
        )


def _anchor_rows(batches: Iterable[Any]) -> Iterator[Any]:
    """Each document's runs of words that could anchor a passage (hash and flag), but those
    reaching one of its ``learned`` sentences."""
    import pyarrow as pa

    for batch in batches:
        doc_ids: list[Any] = []
        flags: list[npt.NDArray[np.int8]] = [np.empty(0, np.int8)]
        found: list[npt.NDArray[np.int64]] = [np.empty(0, np.int64)]
        columns = ("anchors", "anchor_lo", "anchor_hi", "anchor_flags", "learned")
        for doc_id, *values in zip(
            batch.column("doc_id").to_pylist(),
            *(batch.column(name).to_numpy(zero_copy_only=False) for name in columns),
            strict=True,
        ):
            hashes, lo, hi, marks, learned = (
                np.asarray([] if v is None else v, dtype)
                for v, dtype in zip(
                    values, (np.int64, np.int32, np.int32, np.int8, np.int64), strict=True
                )
            )
            kept = np.ones(len(hashes), np.bool_)
            if len(learned):
                mask = np.zeros(max(int(hi.max(initial=0)), int(learned.max())) + 1, np.int64)
                mask[learned] = 1
                before = np.concatenate(([0], np.cumsum(mask)))
                kept = before[hi] == before[lo]
            doc_ids.extend([doc_id] * int(kept.sum()))
            flags.append(marks[kept])
            found.append(hashes[kept])
        yield pa.RecordBatch.from_pydict(
            {"doc_id": doc_ids, "hash": np.concatenate(found), "flag": np.concatenate(flags)},
            schema=pa.schema([("doc_id", pa.string()), ("hash", pa.int64()), ("flag", pa.int8())]),
        )


def _sketch_rows(
    shingle_size: int, num_perm: int, seed: int, bands: int, rows: int, batches: Iterable[Any]
) -> Iterator[Any]:
    """Each distinct sentence's band keys (as Spark's long: the same 64 bits) and distinct
    shingle hashes, from the same kernel as everywhere."""
    import pyarrow as pa

    for batch in batches:
        words = [tuple(w) for w in batch.column("words").to_pylist()]
        if not words:
            continue
        signatures, (hashes, offsets) = signatures_and_hashes(words, shingle_size, num_perm, seed)
        keys = band_keys(signatures, bands, rows).view(np.int64)
        distinct = [
            np.unique(hashes[offsets[i] : offsets[i + 1]]).astype(np.int64).tolist()
            for i in range(len(words))
        ]
        yield pa.RecordBatch.from_pydict(
            {
                "key": batch.column("key"),
                "words": batch.column("words"),
                "first_doc": batch.column("first_doc"),
                "last_doc": batch.column("last_doc"),
                "bands": [row.tolist() for row in keys],
                "hashes": distinct,
            }
        )


def _verified_pairs(threshold: float, containment: float, batches: Iterable[Any]) -> Iterator[Any]:
    """The candidate pairs ``verify`` keeps."""
    import pyarrow as pa

    for batch in batches:
        a_words, b_words = batch.column("wa").to_pylist(), batch.column("wb").to_pylist()
        sentences = [
            Sentence(0, 0, 0, 0, 0, tuple(words))
            for pair in zip(a_words, b_words, strict=True)
            for words in pair
        ]
        kept, _ = verify(
            [(2 * i, 2 * i + 1) for i in range(len(a_words))], sentences, threshold, containment
        )
        chosen = [m.a // 2 for m in kept]
        yield pa.RecordBatch.from_pydict(
            {
                "a": batch.column("a").take(pa.array(chosen, pa.int64())),
                "b": batch.column("b").take(pa.array(chosen, pa.int64())),
            }
        )


def _groups(batches: Iterable[Any], key: str) -> Iterator[list[dict[str, Any]]]:
    """The rows of a partition sorted by ``key``, a run of equal keys at a time, whatever Arrow
    batches they came in."""
    run: list[dict[str, Any]] = []
    for batch in batches:
        for row in batch.to_pylist():
            if run and row[key] != run[0][key]:
                yield run
                run = []
            run.append(row)
    if run:
        yield run


def _boilerplate_groups(
    outlet_docs: int, share: float, counts: CorpusCounts, batches: Iterable[Any]
) -> Iterator[Any]:
    """The components (their label) that are boilerplate, each put to the rules alone: those
    that could be learned (``could_be_learned``) or hold a pattern-marked member, then
    ``boilerplate_components``."""
    import pyarrow as pa

    found: list[bytes] = []
    for group in _groups(batches, "comp"):
        flags = [bool(row["flag"]) for row in group]
        ends = [End(row["edge"]) for row in group]
        numbers: dict[str, int] = {}
        outlets: list[Outlet] = []
        text: list[int] = []
        pages: list[bytes] = []
        members = []
        for row in group:
            if row["doc_id"] not in numbers:
                numbers[row["doc_id"]] = len(outlets)
                outlets.append(Outlet(row["outlet"]))
                text.append(int(row["text"]))
                pages.append(row["page"])
            members.append(Member(numbers[row["doc_id"]]))
        could = could_be_learned(np.asarray([len(outlets)], np.int64), outlet_docs, share, counts)
        if not (could[0] or any(flags) or any(ends)):
            continue
        if boilerplate_components(
            [list(range(len(group)))],
            members,
            outlets,
            flags,
            outlet_docs,
            share,
            counts,
            ends,
            text,
            pages,
        ):
            found.append(group[0]["comp"])
    yield pa.RecordBatch.from_pydict({"comp": found}, schema=pa.schema([("comp", pa.binary())]))


def _fragment_hashes(size: int, batches: Iterable[Any]) -> Iterator[Any]:
    """Each quote paragraph's distinct shingle hashes."""
    import pyarrow as pa

    for batch in batches:
        words = [tuple(w) for w in batch.column("words").to_pylist()]
        hashes, offsets = shingle_hashes(words, size)
        doc_ids, numbers, found = [], [], []
        for i, (doc_id, n) in enumerate(
            zip(batch.column("doc_id").to_pylist(), batch.column("n").to_pylist(), strict=True)
        ):
            distinct = np.unique(hashes[offsets[i] : offsets[i + 1]]).astype(np.int64).tolist()
            doc_ids.extend([doc_id] * len(distinct))
            numbers.extend([n] * len(distinct))
            found.extend(distinct)
        yield pa.RecordBatch.from_pydict(
            {"doc_id": doc_ids, "n": numbers, "hash": found},
            schema=pa.schema([("doc_id", pa.string()), ("n", pa.int32()), ("hash", pa.int64())]),
        )


def _postings(size: int, common: Any, batches: Iterable[Any]) -> Iterator[Any]:
    """The quote paragraphs' postings (``fragments.postings``: their shingles but the common
    ones, and how many a sentence must hold to be tried)."""
    import pyarrow as pa

    for batch in batches:
        words = [tuple(w) for w in batch.column("words").to_pylist()]
        found = fragment_stage.postings(shingle_hashes(words, size), common)
        owners = found.owners
        yield pa.RecordBatch.from_pydict(
            {
                "doc_id": batch.column("doc_id").take(pa.array(owners, pa.int64())),
                "n": batch.column("n").take(pa.array(owners, pa.int64())),
                "hash": found.hashes.astype(np.int64),
                "needed": found.needed[owners],
            },
            schema=pa.schema(
                [
                    ("doc_id", pa.string()),
                    ("n", pa.int32()),
                    ("hash", pa.int64()),
                    ("needed", pa.int64()),
                ]
            ),
        )


class _InProcess(Workers):
    """No worker processes: an executor's Python worker is already one of many."""

    def map(
        self, function: Callable[[Any], Any], items: Sequence[Any], cost: float = 1.0
    ) -> Iterable[Any]:
        del cost
        return map(function, items)


@dataclass(frozen=True)
class _Job:
    """What analysing a batch of parts needs, shipped to the executors."""

    root: Path
    settings: Settings
    aliases: Aliases
    fields: Fields
    corpus: Corpus
    batch_docs: int
    save_text: bool
    out: Path

    def rows(self, bodies: list[str], boiler: set[bytes]) -> Any:
        """A batch of whole parts analysed: its report rows, and its summary row."""
        import pyarrow as pa

        corpus = Corpus(
            self.corpus.counts,
            self.corpus.oversized,
            self.corpus.common_shingles,
            frozenset(boiler),
            {},
            self.corpus.common_ngrams,
        )
        documents = [document_from_json(json.loads(body)) for body in bodies]
        analysis = analyse(
            documents, self.settings, aliases=self.aliases, workers=_InProcess(), corpus=corpus
        )
        result = TraceResult(
            root=self.root,
            settings=self.settings,
            analysis=analysis,
            skipped=(),
            notices=(),
            aliases=self.aliases,
            fields=self.fields,
        )
        if self.save_text:
            write_texts(result, self.out)
        columns: dict[str, list[Any]] = {
            "report": [], "k0": [], "k1": [], "k2": [], "idx": [], "line": []
        }  # fmt: skip
        for report in SORTED:
            frame = FRAMES[report](result)
            lines = _csv_lines(frame)
            slots = _sort_columns(report)
            values = {
                slot: frame[key].to_list() for slot, key in zip(slots, report.key, strict=True)
            }
            columns["report"].extend([report.file] * len(lines))
            for slot in ("k0", "k1", "k2"):
                columns[slot].extend(values.get(slot, [None] * len(lines)))
            columns["idx"].extend(range(len(lines)))
            columns["line"].extend(lines)
        summary = {
            "summary": _summary_json(summary_part(result)),
            "counts": analysis.counts,
            "timings": analysis.timings,
            "peak_mib": analysis.peak_mib,
        }
        for column, value in zip(
            columns, (SUMMARY, None, None, None, 0, json.dumps(summary)), strict=True
        ):
            columns[column].append(value)
        return pa.RecordBatch.from_pydict(
            columns,
            schema=pa.schema(
                [
                    ("report", pa.string()),
                    ("k0", pa.string()),
                    ("k1", pa.string()),
                    ("k2", pa.int64()),
                    ("idx", pa.int64()),
                    ("line", pa.string()),
                ]
            ),
        )


def _analyse_parts(job: _Job, batches: Iterable[Any]) -> Iterator[Any]:
    """The documents of a partition, sorted by part, analysed a batch of whole parts at a time
    (a batch closes at the first part that brings it to ``job.batch_docs`` documents)."""
    bodies: list[str] = []
    boiler: set[bytes] = set()
    for part in _groups(batches, "part"):
        for row in part:
            bodies.append(row["body"])
            boiler.update(row["boiler"] or ())
        if len(bodies) >= job.batch_docs:
            yield job.rows(bodies, boiler)
            bodies, boiler = [], set()
    if bodies:
        yield job.rows(bodies, boiler)


def _csv_lines(frame: pl.DataFrame) -> list[str]:
    """A frame's rows as polars writes them, without the header or their last newline (a
    quoted value may hold newlines: a row ends at a newline outside quotes)."""
    text = frame.write_csv(include_header=False)
    lines: list[str] = []
    pending: list[str] = []
    open_quotes = False
    for piece in text.split("\n")[:-1]:
        pending.append(piece)
        open_quotes ^= piece.count('"') % 2 == 1
        if not open_quotes:
            lines.append("\n".join(pending))
            pending = []
    return lines


def _summary_json(part: SummaryPart) -> dict[str, Any]:
    found = asdict(part)
    found["verdicts"] = dict(part.verdicts)
    return found


def _summary_of(found: dict[str, Any]) -> SummaryPart:
    return SummaryPart(
        documents=found["documents"],
        clusters=found["clusters"],
        quote_clusters=found["quote_clusters"],
        boilerplate_clusters=found["boilerplate_clusters"],
        boilerplate_chars=found["boilerplate_chars"],
        verdicts=Counter(found["verdicts"]),
        syndicated=[(tuple(key), row) for key, row in found["syndicated"]],
        most_reused=[(tuple(key), row) for key, row in found["most_reused"]],
        most_reused_quotes=[(tuple(key), row) for key, row in found["most_reused_quotes"]],
    )
