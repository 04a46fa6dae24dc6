"""Size of the HTML report for a generated corpus, and how fast Chromium opens it.

    python -m benchmarks.html_benchmark --articles 1000 [--cache FOLDER]

Generates the trace benchmark's seeded corpus, traces it, writes the HTML report, then opens it
in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) and times: the
overview ready (from opening the file to the tables drawn), the whole file read (to the load
event: the page draws its overview before the browser has read it all), a keystroke in the
first table's filter (the key to the table redrawn and painted, the filter's wait included), a
scroll to the end of the first table (the scroll to the rows drawn and painted), a cluster page
and a document page (hash navigation to drawn). Median of repeats, each in a fresh page.
``--cache``: keep the traced reports and texts in FOLDER/<articles> and reuse them on the next
run (tracing 10,000 articles takes minutes; the HTML is written anew each time).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.trace_benchmark import generate
from provenance.pipeline.run import trace
from provenance.reports.html import write_html
from provenance.reports.schema import CLUSTERS, OCCURRENCES
from provenance.reports.tables import read_rows, write_reports
from provenance.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")  # Debian's package
# No background connections: this machine's network is closed, and Chromium would retry them.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def traced(articles: int, folder: Path) -> tuple[Path, dict[str, str]]:
    """The reports of the seeded corpus and its texts (by doc_id), traced into ``folder``
    unless a run before left them there."""
    out, texts_file = folder / "report", folder / "texts.json"
    if not texts_file.is_file():
        corpus = folder / "corpus"
        generate(corpus, articles, seed=1)
        result = trace(corpus, Settings())
        write_reports(result, out)
        texts = {d.doc_id: d.text for d in result.analysis.documents}
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    loaded: dict[str, str] = json.loads(texts_file.read_text(encoding="utf-8"))
    return out, loaded


def build(articles: int, folder: Path) -> tuple[Path, dict[str, Any]]:
    out, texts = traced(articles, folder)
    page = folder / "report.html"
    began = time.perf_counter()
    write_html(out, texts, page)
    seconds = time.perf_counter() - began
    clusters = read_rows(out / CLUSTERS.file)
    occurrences = Counter(row["cluster_id"] for row in read_rows(out / OCCURRENCES.file))
    biggest = max(clusters, key=lambda c: (occurrences[c["cluster_id"]], c["cluster_id"]))
    longest = max(texts, key=lambda doc_id: (len(texts[doc_id]), doc_id))
    return page, {
        "articles": len(texts),
        "clusters": len(clusters),
        "html_seconds": round(seconds, 2),
        "html_mb": round(page.stat().st_size / 1e6, 2),
        "cluster": biggest["cluster_id"],
        "cluster_occurrences": occurrences[biggest["cluster_id"]],
        "document": longest,
    }


# In the page: type a character into the first table's filter; resolves with the ms from the
# key to the table's rows changed and the frame after painted (or to 2 s without a change).
KEYSTROKE = """async (key) => {
  const input = document.querySelector("input.filter");
  if (!input) return null; // no table: nothing shared
  const rows = document.querySelector("tbody"); // the first table's, as the input is
  const began = performance.now();
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const changed = new Promise((done) => {
    const watch = new MutationObserver(() => { watch.disconnect(); done(); });
    watch.observe(rows, { childList: true, subtree: true });
    setTimeout(() => { watch.disconnect(); done(); }, 2000);
  });
  input.focus();
  input.value += key;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await changed;
  await painted();
  return performance.now() - began;
}"""

# In the page: scroll to the end of the first table (its own box where it has one, else the
# page); resolves with the ms to the rows changed and painted, or to three frames without.
SCROLL = """async () => {
  const rows = document.querySelector("tbody");
  if (!rows) return null;
  let box = rows.parentNode;
  while (box && box !== document.body && !(box.scrollHeight > box.clientHeight + 1
      && getComputedStyle(box).overflowY !== "visible")) box = box.parentNode;
  const target = box && box !== document.body ? box : document.scrollingElement;
  const began = performance.now();
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  let change = false;
  const watch = new MutationObserver(() => { change = true; });
  watch.observe(rows, { childList: true, subtree: true });
  target.scrollTop = target.scrollHeight;
  for (let k = 0; k < 3 && !change; k++) await frame();
  if (change) await frame();
  watch.disconnect();
  return performance.now() - began;
}"""


def browse(page_path: Path, figures: dict[str, Any], repeats: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    timings: dict[str, list[float]] = {
        "overview_ms": [],
        "loaded_ms": [],
        "keystroke_ms": [],
        "scroll_ms": [],
        "cluster_ms": [],
        "document_ms": [],
    }
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for _ in range(repeats):
            page = browser.new_page()
            began = time.perf_counter()
            page.goto(page_path.as_uri(), wait_until="commit")
            page.wait_for_selector("body[data-ready='1']")
            timings["overview_ms"].append((time.perf_counter() - began) * 1000)
            page.wait_for_load_state("load")
            timings["loaded_ms"].append((time.perf_counter() - began) * 1000)
            for key, script in (("scroll_ms", SCROLL), ("keystroke_ms", KEYSTROKE)):
                page.evaluate("window.scrollTo(0, 0)")
                took = page.evaluate(script, "e")
                if took is not None:  # a page without tables has neither
                    timings[key].append(took)
            for key, route in (
                ("cluster_ms", f"#/cluster/{figures['cluster']}"),
                ("document_ms", "#/doc/" + figures["document"].replace("/", "%2F")),
            ):
                page.evaluate("document.body.dataset.ready = ''")
                began = time.perf_counter()
                page.evaluate(f"location.hash = {json.dumps(route)}")
                page.wait_for_selector("body[data-ready='1']")
                timings[key].append((time.perf_counter() - began) * 1000)
            page.close()
        browser.close()
    return {key: round(statistics.median(values), 1) for key, values in timings.items() if values}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--cache", type=Path, help="keep the traced reports here and reuse them on the next run"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.cache / str(args.articles) if args.cache else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        page, figures = build(args.articles, folder)
        if CHROMIUM.exists():
            figures.update(browse(page, figures, args.repeats))
        else:
            print(f"{CHROMIUM} not found: browser timings skipped", file=sys.stderr)
    for key, value in figures.items():
        print(f"{key:<22}{value:>24}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
