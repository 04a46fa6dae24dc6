"""Size of the HTML report for a generated corpus, and how fast Chromium opens it.

    python -m benchmarks.html_benchmark --articles 1000

Generates the trace benchmark's seeded corpus, traces it, writes the HTML report, then opens it
in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) and times: the
overview ready (page load to the tables drawn), a cluster page and a document page (hash
navigation to drawn). Median of repeats, each in a fresh page.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.trace_benchmark import generate
from provenance.pipeline.run import trace
from provenance.reports.html import write_html
from provenance.reports.tables import write_reports
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


def build(articles: int, folder: Path) -> tuple[Path, dict[str, Any]]:
    corpus, out, page = folder / "corpus", folder / "report", folder / "report.html"
    generate(corpus, articles, seed=1)
    result = trace(corpus, Settings())
    write_reports(result, out)
    began = time.perf_counter()
    write_html(out, {d.doc_id: d.text for d in result.analysis.documents}, page)
    biggest = max(result.analysis.clusters, key=lambda c: (len(c.occurrences), c.cluster_id))
    longest = max(result.analysis.documents, key=lambda d: (len(d.text), d.doc_id))
    return page, {
        "articles": len(result.analysis.documents),
        "clusters": len(result.analysis.clusters),
        "html_seconds": round(time.perf_counter() - began, 2),
        "html_mb": round(page.stat().st_size / 1e6, 2),
        "cluster": biggest.cluster_id,
        "cluster_occurrences": len(biggest.occurrences),
        "document": longest.doc_id,
    }


def browse(page_path: Path, figures: dict[str, Any], repeats: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    timings: dict[str, list[float]] = {"overview_ms": [], "cluster_ms": [], "document_ms": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for _ in range(repeats):
            page = browser.new_page()
            began = time.perf_counter()
            page.goto(page_path.as_uri())
            page.wait_for_selector("body[data-ready='1']")
            timings["overview_ms"].append((time.perf_counter() - began) * 1000)
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
    return {key: round(statistics.median(values), 1) for key, values in timings.items()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        page, figures = build(args.articles, Path(folder))
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
