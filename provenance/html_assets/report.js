"use strict";
// The provenance report page. Every text comes from the JSON data and is set with
// textContent: articles are untrusted input and must never be parsed as HTML.
(function () {
  // The tables; each cluster's occurrences and each document's text are elements of their
  // own (#c<k>, #d<k> for the k-th row), after this script: the overview is drawn while the
  // browser still reads them, and each is parsed when its page is first opened.
  const data = JSON.parse(document.getElementById("data").textContent);
  const app = document.getElementById("app");
  const where = document.getElementById("where");
  const clusters = new Map(data.clusters.map((c, k) => [c.id, Object.assign(c, { key: "c" + k })]));
  const documents = new Map(data.documents.map((d, k) => [d.id, Object.assign(d, { key: "d" + k })]));
  const parsed = new Map();
  const loading = () => document.readyState === "loading";
  function details(key) {
    if (!parsed.has(key) && !loading()) {
      const node = document.getElementById(key);
      parsed.set(key, node ? JSON.parse(node.textContent) : null);
    }
    return parsed.get(key);
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value !== null && value !== undefined) node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  const svg = (tag, attrs) => {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    return node;
  };
  // as provenance.reports.summary.percent: 100% only for all of it, 0% only for none
  const percent = (share) => {
    if (share === null || share === undefined) return "";
    const shown = Math.round(share * 100);
    if (shown === 100 && share < 1) return Math.min(Math.floor(share * 1000) / 10, 99.9) + "%";
    if (shown === 0 && share > 0) return "<1%";
    return shown + "%";
  };
  const docLink = (id) => el("a", { href: "#/doc/" + encodeURIComponent(id) }, id);
  const clusterLink = (id, label) => el("a", { href: "#/cluster/" + encodeURIComponent(id) }, label);
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  // A date as people read it: "15 Feb 2025", with the time (UTC) when the source gave one.
  function readable(published) {
    if (!published) return null;
    const day = /^\d{4}-\d{2}-\d{2}$/.test(published);
    const t = new Date(day ? published + "T00:00:00Z" : published);
    if (isNaN(t)) return published;
    const date = `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
    const pad = (n) => String(n).padStart(2, "0");
    return day ? date : `${date}, ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} UTC`;
  }

  // Items appended to holder a page at a time: the next page when a mark after the last comes
  // within reach of view (root: the box that scrolls, or null for the window). Returns what
  // stops it, for a holder about to be emptied.
  const PAGE = 100;
  function paged(holder, items, make, mark, root) {
    let next = 0, last = null;
    const watch = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) more();
    }, { root, rootMargin: "400px" });
    function more() {
      if (last) { watch.unobserve(last); last.remove(); last = null; }
      const end = Math.min(items.length, next + PAGE);
      const page = document.createDocumentFragment();
      for (; next < end; next++) page.append(make(items[next]));
      holder.append(page);
      if (next < items.length) {
        last = mark(); // a new mark each page: an observer tells of a target entering view once
        holder.append(last);
        watch.observe(last);
      }
    }
    more();
    return () => watch.disconnect();
  }

  // A table whose columns sort on a click and whose rows a text box filters. Rows are drawn
  // a page at a time as its box scrolls; sorting and filtering go over every row, the filter
  // a moment after the last key (FILTER_WAIT ms) and over each row's cells lower-cased once.
  const FILTER_WAIT = 150;
  function table(columns, rows, placeholder, none) {
    if (!rows.length) return el("p", { class: "muted empty" }, none); // not a header over nothing
    const body = el("tbody");
    const filter = el("input", { class: "filter", type: "search", placeholder: placeholder });
    const counter = el("span", { class: "muted rows-shown" });
    const box = el("div", { class: rows.length > PAGE ? "scroll long" : "scroll" });
    const heads = columns.map((column, index) => {
      const th = el("th", { scope: "col" }, column.label);
      th.addEventListener("click", () => sortBy(index, th));
      return th;
    });
    let shown = rows.slice();
    let searched = null; // per row: its cells' values, lower-cased, made at the first filter
    let stop = () => {};
    const row = (item) => el("tr", {}, ...columns.map((c) => {
      const cell = el("td", c.numeric ? { class: "num" } : c.nowrap ? { class: "nowrap" } : {});
      const shownValue = c.render ? c.render(item) : c.value(item);
      cell.append(shownValue instanceof Node ? shownValue : document.createTextNode(shownValue ?? ""));
      return cell;
    }));
    const mark = () => el("tr", { class: "more" }, el("td", { colspan: columns.length, class: "muted" }, "More rows below…"));
    function draw() {
      const wanted = filter.value.trim().toLowerCase();
      if (wanted && !searched) {
        searched = new Map(rows.map((item) => [item,
          columns.map((c) => String(c.value(item) ?? "").toLowerCase()).join("\u0000")]));
      }
      const matching = wanted && !wanted.includes("\u0000") ? shown.filter((item) => searched.get(item).includes(wanted)) : shown;
      counter.textContent = wanted ? `${matching.length} of ${rows.length} rows` : rows.length > PAGE ? `${rows.length} rows` : "";
      stop();
      body.replaceChildren();
      box.scrollTop = 0;
      stop = paged(body, matching, row, mark, rows.length > PAGE ? box : null);
    }
    function sortBy(index, th) {
      const descending = th.getAttribute("aria-sort") === "ascending";
      heads.forEach((h) => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      const value = columns[index].value;
      const empty = (v) => v === null || v === undefined || v === "";
      shown.sort((a, b) => {
        const x = value(a), y = value(b);
        if (empty(x) || empty(y)) return empty(x) - empty(y); // empty cells last, either way
        const order = x === y ? 0 : x < y ? -1 : 1;
        return descending ? -order : order;
      });
      draw();
    }
    let waiting = null;
    filter.addEventListener("input", () => {
      clearTimeout(waiting);
      waiting = setTimeout(draw, FILTER_WAIT);
    });
    box.append(el("table", {}, el("thead", {}, el("tr", {}, ...heads)), body));
    draw();
    return el("div", {}, el("div", { class: "filter-line" }, filter, " ", counter), box);
  }

  function overview() {
    where.textContent = "";
    const quotes = data.clusters.filter((c) => c.kind === "quote");
    const syndicated = data.documents.filter((d) => d.verdict === "syndicated");
    const counts = [
      ["documents", data.documents.length], ["shared passages and quotes", data.clusters.length],
      ["quotes", quotes.length], ["syndicated documents", syndicated.length],
    ];
    const reused = data.clusters.slice().sort((a, b) => b.n_outlets - a.n_outlets || b.n_docs - a.n_docs || (a.id < b.id ? -1 : 1));
    app.replaceChildren(
      el("h1", {}, "Shared passages and quotes"),
      el("div", { class: "counts" }, ...counts.map(([label, n]) => el("div", { class: "count" }, el("b", {}, n), label))),
      el("h2", {}, "Most reused"),
      table([
        { label: "text", value: (c) => c.text, render: (c) => Object.assign(clusterLink(c.id, cut(c.text, 160)), { title: c.text }) },
        { label: "kind", value: (c) => c.kind },
        { label: "speaker", value: (c) => c.speaker },
        { label: "earliest outlet", value: (c) => c.earliest_outlet || "unknown" },
        { label: "earliest date", value: (c) => c.earliest_published, render: (c) => readable(c.earliest_published), nowrap: true },
        { label: "outlets", value: (c) => c.outlets, render: (c) => outletLabel(c), numeric: true },
        { label: "documents", value: (c) => c.n_docs, numeric: true },
      ], reused, "Filter passages, quotes, speakers, outlets…", "No passage or quote is shared by two documents."),
      el("h2", {}, "Syndicated documents"),
      table([
        { label: "document", value: (d) => d.id, render: (d) => docLink(d.id) },
        { label: "outlet", value: (d) => d.outlet },
        { label: "published", value: (d) => d.published, render: (d) => readable(d.published), nowrap: true },
        { label: "copied from", value: (d) => d.copied_from, render: (d) => (d.copied_from ? docLink(d.copied_from) : "") },
        { label: "copied share", value: (d) => d.copied_share, render: (d) => percent(d.copied_share), numeric: true },
      ], syndicated, "Filter documents, outlets…", "No document is a syndicated copy."),
      el("h2", {}, "Who copied from whom"),
      table([
        { label: "document", value: (p) => first(p), render: (p) => docLink(first(p)) },
        { label: "copied from, or shares with", value: (p) => second(p), render: (p) => docLink(second(p)) },
        { label: "direction", value: (p) => (p.source ? DIRECTION[p.basis] || p.basis : "neither is the other's source (both from elsewhere, or not to be ordered)") },
        { label: "share of the first", value: (p) => shareOf(p, first(p)), render: (p) => percent(shareOf(p, first(p))), numeric: true },
        { label: "share of the second", value: (p) => shareOf(p, second(p)), render: (p) => percent(shareOf(p, second(p))), numeric: true },
        { label: "passages", value: (p) => p.passages, numeric: true },
      ], (data.pairs || []).slice().sort((x, y) => (y.source ? 1 : 0) - (x.source ? 1 : 0) || shareOf(y, first(y)) - shareOf(x, first(x)) || (first(x) < first(y) ? -1 : 1)),
      "Filter documents…", "No two documents share a passage."),
      el("h2", {}, "All documents"),
      table([
        { label: "document", value: (d) => d.id, render: (d) => docLink(d.id) },
        { label: "outlet", value: (d) => d.outlet },
        { label: "published", value: (d) => d.published, render: (d) => readable(d.published), nowrap: true },
        { label: "verdict", value: (d) => d.verdict },
        { label: "shared with others", value: (d) => d.reused_share, render: (d) => percent(d.reused_share), numeric: true },
      ], data.documents, "Filter documents…", "No documents."),
    );
  }

  // Occurrences by date (x) and outlet (y); undated ones are listed apart.
  function timeline(occurrences) {
    const dated = occurrences.filter((o) => o.published);
    const undated = occurrences.filter((o) => !o.published);
    const box = el("div", { class: "timeline", id: "timeline" });
    if (dated.length) {
      const times = dated.map((o) => Date.parse(o.published));
      const lo = Math.min(...times), hi = Math.max(...times);
      const outlets = [...new Set(dated.map((o) => o.outlet || o.doc))];
      const width = 900, left = 180, right = 30, row = 28, top = 24;
      const height = top + row * outlets.length + 30;
      const x = (t) => (hi === lo ? left + (width - left - right) / 2 : left + ((t - lo) / (hi - lo)) * (width - left - right));
      const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
      const title = svg("title");
      title.textContent = "Occurrences by publication date and outlet";
      chart.append(title);
      const short = (name) => (name.length > 24 ? name.slice(0, 23) + "…" : name);
      outlets.forEach((name, i) => {
        const label = svg("text", { x: left - 8, y: top + i * row + 4, "text-anchor": "end", "font-size": 12 });
        label.textContent = short(name);
        const full = svg("title");
        full.textContent = name;
        label.append(full);
        chart.append(label, svg("line", { x1: left, x2: width - right, y1: top + i * row, y2: top + i * row, stroke: "#e3e6ec" }));
      });
      const seen = new Map(); // marks of one outlet on one day sit side by side, not on top
      dated.forEach((o) => {
        const spot = (o.outlet || o.doc) + "|" + o.published.slice(0, 10);
        const k = seen.get(spot) || 0;
        seen.set(spot, k + 1);
        const dot = svg("circle", {
          cx: x(Date.parse(o.published)) + k * 9, cy: top + outlets.indexOf(o.outlet || o.doc) * row, r: o.earliest ? 7 : 5,
          fill: o.earliest ? "#c0392b" : "#1f5fbf", class: "mark", "data-doc": o.doc,
        });
        const tip = svg("title");
        tip.textContent = `${o.doc} · ${readable(o.published)}${o.earliest ? " · earliest" : ""}`;
        dot.append(tip);
        chart.append(dot);
      });
      // ticks at the ends and between, labelled with the day, and with the time when the
      // marks lie within two days; a label equal to the one before is left out
      const withTime = hi - lo < 2 * 86400000 && dated.some((o) => o.published.length > 10);
      const steps = withTime ? 2 : 4; // labels with a time are longer: fewer of them
      const ticks = hi === lo ? [lo] : [...Array(steps + 1).keys()].map((k) => lo + ((hi - lo) * k) / steps);
      let previous = null;
      ticks.forEach((t, k) => {
        const iso = new Date(t).toISOString();
        const label = readable(withTime ? iso : iso.slice(0, 10));
        if (label === previous) return;
        previous = label;
        const anchor = ticks.length === 1 ? "middle" : k === 0 ? "start" : k === ticks.length - 1 ? "end" : "middle";
        const tick = svg("text", { x: x(t), y: height - 8, "text-anchor": anchor, "font-size": 12, fill: "#5b6475" });
        tick.textContent = label;
        chart.append(tick);
      });
      box.append(chart);
    }
    if (undated.length) {
      const byName = new Intl.Collator(undefined, { numeric: true });
      const places = new Map(); // a document that prints it in several places is listed once
      undated.forEach((o) => places.set(o.doc, (places.get(o.doc) || 0) + 1));
      const docs = [...places.keys()].sort((a, b) => byName.compare(a, b));
      box.append(el("div", { class: "undated" }, el("span", { class: "muted" }, "Undated: "),
        ...docs.flatMap((doc, i) => [i ? ", " : "", el("a", { class: "mark", "data-doc": doc, href: "#/doc/" + encodeURIComponent(doc) }, doc),
          places.get(doc) > 1 ? ` (${places.get(doc)} places)` : ""])));
    }
    return box;
  }

  // A diff's pieces: [op, text], or [op, i, j] for the earliest version's words i to j.
  function diffText(pieces, words) {
    const out = el("p", {});
    pieces.forEach(([op, ...at], i) => {
      const text = at.length === 2 ? words.slice(at[0], at[1]).join(" ") : at[0];
      if (i) out.append(" ");
      if (op === "…") out.append(el("span", { class: "muted", title: "words of the earliest version far from these left out" }, "…"));
      else out.append(op === "=" ? document.createTextNode(text) : el(op === "+" ? "ins" : "del", {}, text));
    });
    return out;
  }

  // A pair of documents sharing passages: the copy first when the direction is known (its
  // source second), else in doc_id order.
  const first = (p) => (p.source === p.a ? p.b : p.a); // the copy, when the direction is known
  const second = (p) => (p.source === p.a ? p.a : p.b);
  const shareOf = (p, doc) => (doc === p.a ? p.share_a : p.share_b);
  const DIRECTION = {
    date: "the source was published earlier",
    containment: "undated: the copy holds much more of the source than the source of it",
    same_date_containment: "same date: the copy holds much more of the source than the source of it",
    identical: "the same text, and the dates cannot order them: the first by doc_id is named",
  };
  const VERDICT = {
    syndicated: "a syndicated copy",
    partial: "part of it printed earlier elsewhere",
    original: "an original that others reprint",
    quotes: "it shares quotations only",
    unique: "nothing in it is shared",
  };
  const BASIS = {
    dated: "It is the only one printed first by date.",
    tie: "Several documents share the earliest date: the first by doc_id is shown, but any of them may be the source.",
    undated_possible: "An undated document could be earlier still.",
    undated: "No occurrence is dated: the first by doc_id is shown, not a known source.",
  };

  const cut = (text, n) => (text.length > n ? text.slice(0, n).replace(/\s+\S*$/, "") + "…" : text);
  // A cluster's outlets: those known, and its documents of unknown outlet (never counted as
  // outlets of their own).
  const outletLabel = ({ outlets: known, unknown_outlets: unknown }) => (!unknown ? String(known) : known ? `${known} + ${unknown} unknown` : "unknown");

  // What a cluster is, in its title: the words (cut at about 80 characters) and, for a quote,
  // whom it is credited to.
  function clusterTitle(cluster) {
    const words = cut(cluster.text, 80);
    if (cluster.kind === "quote") return (cluster.speaker ? `Quote by ${cluster.speaker}: ` : "Quote: ") + words;
    return "Passage: " + words;
  }

  // "3 documents of 2 outlets", the documents of unknown outlet said apart (never counted
  // as outlets of their own).
  function printedBy(cluster, occurrences) {
    const outletOf = new Map(occurrences.map((o) => [o.doc, o.outlet]));
    const known = new Set([...outletOf.values()].filter(Boolean));
    const unknown = [...outletOf.values()].filter((o) => !o).length;
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const parts = [plural(cluster.n_docs, "document")];
    if (known.size) parts.push(` of ${plural(known.size, "outlet")}`);
    if (unknown) parts.push(known.size ? `, ${unknown} of unknown outlet` : ` (outlet${unknown === 1 ? "" : "s"} unknown)`);
    return parts.join("");
  }

  const VARIANT = {
    exact: "exact: the same words",
    truncated: "truncated: words cut at an end or at an ellipsis",
    edited: "edited: words changed, added or dropped",
    fragment: "a fragment: under half of the earliest version's words",
  };

  // The speakers the documents credit the quote to, when they cannot be one person: who
  // credits whom.
  function conflict(occurrences) {
    const byWhom = new Map();
    occurrences.forEach((o) => o.speakers.forEach((name) => byWhom.set(name, [...(byWhom.get(name) || []), o.doc])));
    return el("div", { class: "conflict", id: "conflict" },
      el("b", {}, "Credited to different people: "),
      ...[...byWhom.entries()].flatMap(([name, docs], i) => [i ? "; " : "", `${name} by `,
        ...docs.flatMap((doc, k) => [k ? ", " : "", docLink(doc)])]));
  }

  function clusterPage(id) {
    const cluster = clusters.get(id);
    if (!cluster) return notFound("cluster", id);
    where.textContent = "› " + cluster.kind + " " + id;
    const { words, occurrences } = details(cluster.key) || { words: [], occurrences: [] };
    const first = occurrences.find((o) => o.earliest) || occurrences[0];
    const pair = (o) => el("div", { class: "pair", "data-doc": o.doc },
      el("div", {}, el("h3", {}, "Earliest: ", docLink(first.doc), " ", el("span", { class: "muted" }, [first.outlet, readable(first.published)].filter(Boolean).join(", "))), diffText(first.diff, words)),
      el("div", {}, el("h3", {}, docLink(o.doc), " ", el("span", { class: "muted" }, [o.outlet, readable(o.published), o.similarity === null ? null : "words " + o.similarity + "% alike (case and punctuation aside)"].filter(Boolean).join(", "))),
        o.variants.length || o.speakers.length ? el("p", { class: "variant" }, [
          o.variants.length ? o.variants.map((v) => VARIANT[v] || v).join("; ") : null,
          o.speakers.length ? "credited to " + o.speakers.join(" and ") : null,
        ].filter(Boolean).join(" · ")) : "",
        diffText(o.diff, words)),
    );
    const side = el("div", { id: "side-by-side" });
    app.replaceChildren(
      el("h1", {}, clusterTitle(cluster)),
      el("p", {}, el("span", { class: "tag" }, cluster.kind), " ", cluster.speaker ? "Speaker: " + cluster.speaker + ". " : "",
        `Printed by ${printedBy(cluster, occurrences)}; earliest: `, docLink(cluster.earliest),
        cluster.earliest_published ? ` (${readable(cluster.earliest_published)})` : " (undated)", ". ",
        el("span", { class: "muted", id: "basis" }, BASIS[cluster.earliest_basis] || "")),
      cluster.speaker_conflict ? conflict(occurrences) : "",
      el("h2", {}, "Timeline"), timeline(occurrences),
      el("h2", {}, "Side by side with the earliest version"),
      side,
    );
    // a cluster printed hundreds of times: its pairs drawn as the page scrolls to them
    stopPage = paged(side, occurrences.filter((o) => o !== first), pair, () => el("p", { class: "muted more" }, "More below…"), null);
  }

  function documentPage(id) {
    const doc = documents.get(id);
    if (!doc) return notFound("document", id);
    where.textContent = "› " + id;
    const text = el("div", { class: "doctext" });
    const pieces = doc.has_text ? details(doc.key) : null;
    for (const [piece, cluster] of pieces || []) {
      text.append(cluster ? el("a", { class: "passage", href: "#/cluster/" + encodeURIComponent(cluster), title: (clusters.get(cluster) || {}).kind || "" }, piece) : document.createTextNode(piece));
    }
    app.replaceChildren(
      el("h1", {}, doc.title || id),
      el("p", { class: "muted" }, [id, doc.outlet || "unknown outlet", readable(doc.published) || "undated"].join(" · ")),
      el("p", {}, `Verdict: ${doc.verdict} (${VERDICT[doc.verdict] || doc.verdict}); ${percent(doc.reused_share)} of its text is shared with other documents`,
        doc.copied_from ? el("span", {}, "; ", percent(doc.copied_share), " of it copied from ", docLink(doc.copied_from)) : ""),
      pieces ? text : el("p", { class: "muted" }, "Its text was not available when the report was made."),
    );
  }

  function notFound(kind, id) {
    app.replaceChildren(el("h1", {}, `No ${kind} ${id}`), el("p", {}, el("a", { href: "#/" }, "Back to the overview")));
  }

  let stopPage = () => {};
  let deferred = false;
  function route() {
    const [, page, id] = location.hash.split("/");
    if ((page === "cluster" || page === "doc") && loading()) {
      // its data is further on in the file: drawn once the browser has read it all
      if (!deferred) document.addEventListener("DOMContentLoaded", () => { deferred = false; route(); }, { once: true });
      deferred = true;
      app.replaceChildren(el("p", {}, "Loading…"));
      return;
    }
    stopPage();
    stopPage = () => {};
    const key = id === undefined ? undefined : decodeURIComponent(id);
    if (page === "cluster") clusterPage(key);
    else if (page === "doc") documentPage(key);
    else overview();
    window.scrollTo(0, 0);
    document.body.dataset.ready = "1";
  }
  window.addEventListener("hashchange", route);
  route();
})();
