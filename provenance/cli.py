"""The command line: parse, call one library function, render, map errors to exit codes.

Exit codes (as ruff): 0 it ran (whatever it found), 1 findings (``check``), 2 bad usage,
bad input or an internal error. Results go to stdout; warnings and progress go to stderr.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperOption

from provenance import __version__
from provenance.errors import ConfigError, InputError, ProvenanceError
from provenance.launch import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    interrupt,
    leave,
    termination_signals,
)

if TYPE_CHECKING:
    from provenance.inputs.dumps import Fields
    from provenance.settings import Settings
    from provenance.text.speakers import Aliases

DEFAULT_CONFIG = Path("provenance.toml")

# A placeholder for the value of each option, in place of the Python type Typer would show
# (``--index <str>``, ``--allow-outlet <list[str]>``): by option, else by the kind of value.
_PLACEHOLDERS = {
    "index": "INDEX",
    "allow_outlet": "OUTLET",
    "max_copied_share": "SHARE",
    "spark_master": "URL",
    "html": "FILE",
}
_FOLDERS = {"out", "root", "input_dir"}
_BY_TYPE = {"int": "N", "float": "NUMBER", "str": "TEXT"}


class _Command(TyperCommand):
    """A command whose help is written for people: each option's value is named by a
    placeholder (``--out DIR``, ``--seed N``) and arguments by their name alone, never by
    Python types."""

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)
        for param in params:
            if isinstance(param, TyperArgument):
                param.display_type_rich = _no_type  # type: ignore[method-assign]  # DIR says it
            elif isinstance(param, TyperOption) and not param.is_flag and param.metavar is None:
                param.metavar = _placeholder(param)
        return params


def _no_type(ctx: Any) -> None:
    del ctx


def _placeholder(option: Any) -> str | None:
    described = option.type_descriptor
    if described.is_choice:
        return None  # the choices are shown: <text|json>
    if option.name in _PLACEHOLDERS:
        return _PLACEHOLDERS[option.name]
    if option.name.endswith("_field"):
        return "FIELD"
    if described.is_path:
        return "DIR" if option.name in _FOLDERS else "FILE"
    annotation = described.annotation
    return _BY_TYPE.get(getattr(annotation, "__name__", ""), "VALUE")


app = typer.Typer(
    name="provenance",
    help="Find the passages and quotes news articles share, and trace each to its source.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"provenance {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Find the passages and quotes news articles share, and trace each to its source."""


class Format(StrEnum):
    text = "text"
    json = "json"


def _stderr(message: str) -> None:
    typer.echo(f"provenance: {message}", err=True)


@contextmanager
def _errors() -> Iterator[None]:
    """One-line messages and exit code 2 for every failure; no traceback unless asked. A
    SIGTERM or SIGHUP interrupts like Ctrl-C, so that temporary files are removed."""
    try:
        with _terminations_interrupt():
            yield
    except ProvenanceError as exc:
        _stderr(f"error: {exc}")
        raise typer.Exit(EXIT_ERROR) from None
    except KeyboardInterrupt:
        _stderr("error: interrupted")
        raise typer.Exit(EXIT_ERROR) from None
    except Exception as exc:
        if os.environ.get("PROVENANCE_DEBUG"):
            raise
        _stderr(f"internal error: {type(exc).__name__}: {exc} (set PROVENANCE_DEBUG=1 for details)")
        raise typer.Exit(EXIT_ERROR) from None


@contextmanager
def _terminations_interrupt() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers belong to the main thread
        return
    wanted = termination_signals()
    previous = {number: signal.getsignal(number) for number in wanted}
    for number in wanted:
        signal.signal(number, interrupt)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _show_progress() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        tasks: dict[str, Any] = {}

        def advance(stage: str, done: int, total: int) -> None:
            # a total of 0: not known (a streamed corpus), drawn as a pulsing bar
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total or None)
            bar.update(tasks[stage], completed=done, total=total or None)

        yield advance


QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No summary, no warnings.")]
IdFieldOption = Annotated[
    str | None, typer.Option(help="Record field with the id (default: id; else the record number).")
]
TextFieldOption = Annotated[
    str | None, typer.Option(help="Record field with the text (default: text).")
]
DateFieldOption = Annotated[
    str | None, typer.Option(help="Record field with the date (default: published, date).")
]
OutletFieldOption = Annotated[
    str | None, typer.Option(help="Record field with the outlet (default: outlet, source, site).")
]
UrlFieldOption = Annotated[
    str | None, typer.Option(help="Record field with the URL (default: url).")
]
TitleFieldOption = Annotated[
    str | None, typer.Option(help="Record field with the title (default: title).")
]
StrictOption = Annotated[
    bool, typer.Option("--strict", help="Exit 2 if any file or record has to be skipped.")
]
FollowSymlinksOption = Annotated[
    bool | None,
    typer.Option(
        "--follow-symlinks",
        help="Read symbolic links out of the folder and into linked folders (default: skip).",
    ),
]


def _fields(
    id_field: str | None,
    text_field: str | None,
    date_field: str | None,
    outlet_field: str | None,
    url_field: str | None,
    title_field: str | None,
) -> Any:
    from provenance.inputs.dumps import Fields

    return Fields.overriding(
        id=id_field,
        text=text_field,
        published=date_field,
        outlet=outlet_field,
        url=url_field,
        title=title_field,
    )


class EngineChoice(StrEnum):
    local = "local"
    spark = "spark"


@contextmanager
def _engine(choice: EngineChoice, master: str | None) -> Iterator[Any]:
    """None for this machine; a Spark engine on ``master``, stopped when the run ends."""
    if choice is EngineChoice.local:
        if master is not None:
            raise ConfigError("--spark-master needs --engine spark")
        yield None
        return
    from provenance.pipeline.spark import DEFAULT_MASTER, SparkEngine, spark_session

    session = spark_session(master or DEFAULT_MASTER)
    try:
        yield SparkEngine(session)
    finally:
        session.stop()


@app.command(cls=_Command)
def trace(
    directory: Annotated[
        str,
        typer.Argument(
            metavar="DIR",
            help="Folder of articles, searched recursively: .txt, .md, .html, .htm, .jsonl, "
            ".jsonl.gz, .csv, .parquet, .warc, .warc.gz (with --engine spark, also any "
            "Hadoop-compatible URI Spark can read); or one such file (not with --low-memory "
            "or --engine spark).",
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Report folder (created if missing).")
    ] = Path("provenance-report"),
    config: Annotated[
        Path | None,
        typer.Option(help="Settings file; default ./provenance.toml when it exists."),
    ] = None,
    output_format: Annotated[
        Format, typer.Option("--format", help="Summary on stdout: text or json.")
    ] = Format.text,
    shingle_size: Annotated[int | None, typer.Option(help="Words per shingle.")] = None,
    num_perm: Annotated[int | None, typer.Option(help="MinHash permutations.")] = None,
    seed: Annotated[int | None, typer.Option(help="MinHash seed.")] = None,
    lsh_threshold: Annotated[
        float | None, typer.Option(help="Estimated Jaccard similarity LSH aims at (0-1).")
    ] = None,
    min_tokens: Annotated[
        int | None, typer.Option(help="Words a sentence needs to be matched.")
    ] = None,
    verify_threshold: Annotated[
        float | None, typer.Option(help="rapidfuzz ratio a pair needs to be kept (0-100).")
    ] = None,
    verify_containment: Annotated[
        float | None,
        typer.Option(help="Or: share of the shorter sentence's words the longer holds (0-1)."),
    ] = None,
    containment_margin: Annotated[
        float | None,
        typer.Option(help="How much more of B must lie in A than of A in B (undated, 0-1)."),
    ] = None,
    syndication_threshold: Annotated[
        float | None, typer.Option(help="Copied share that makes a copy syndicated (0-1).")
    ] = None,
    min_quote_tokens: Annotated[
        int | None, typer.Option(help="Words a quote needs to be traced inside other sentences.")
    ] = None,
    quote_containment: Annotated[
        float | None,
        typer.Option(help="Share of a quote's words a sentence must hold to contain it (0-1)."),
    ] = None,
    aliases: Annotated[
        Path | None,
        typer.Option(help="TOML file of speaker aliases, added to the built-in ones."),
    ] = None,
    suppress_boilerplate: Annotated[
        bool | None,
        typer.Option(
            "--suppress-boilerplate/--no-suppress-boilerplate",
            help="Leave footers, notices and pleas out of reuse (default on).",
        ),
    ] = None,
    boilerplate_outlet_docs: Annotated[
        int | None, typer.Option(help="Documents of one outlet that make a footer.")
    ] = None,
    boilerplate_corpus_share: Annotated[
        float | None, typer.Option(help="Share of all documents that makes text boilerplate.")
    ] = None,
    keep_boilerplate: Annotated[
        bool | None,
        typer.Option(
            "--keep-boilerplate", help="Report shared boilerplate as clusters of its own kind."
        ),
    ] = None,
    quiet: QuietOption = False,
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Also write a self-contained HTML report to this file."),
    ] = None,
    engine: Annotated[
        EngineChoice,
        typer.Option(help="Where the work runs: this machine, or Apache Spark."),
    ] = EngineChoice.local,
    spark_master: Annotated[
        str | None,
        typer.Option(help="The Spark master URL, for --engine spark (default local[*])."),
    ] = None,
    save_text: Annotated[
        bool,
        typer.Option(
            "--save-text",
            help="Write the text of HTML pages, records and WARC responses under OUT/texts/.",
        ),
    ] = False,
    xlsx: Annotated[
        bool,
        typer.Option(
            "--xlsx",
            help="Also write OUT/reports.xlsx, a sheet per report, every cell text (to open in "
            "a spreadsheet: never a formula).",
        ),
    ] = False,
    id_field: IdFieldOption = None,
    text_field: TextFieldOption = None,
    date_field: DateFieldOption = None,
    outlet_field: OutletFieldOption = None,
    url_field: UrlFieldOption = None,
    title_field: TitleFieldOption = None,
    strict: StrictOption = False,
    follow_symlinks: FollowSymlinksOption = None,
    low_memory: Annotated[
        bool,
        typer.Option(
            "--low-memory",
            help="Keep only sketches and one batch of articles in memory (for dumps larger than "
            "memory): the same reports, more slowly, with the articles copied under OUT while "
            "it runs. Not with --html or --engine spark.",
        ),
    ] = False,
) -> None:
    """Find shared passages and quotes, trace them to their earliest source, write CSV reports."""
    from provenance import api
    from provenance.settings import load_settings
    from provenance.text.speakers import Aliases

    with _errors():
        # the page may go in the report folder, which the run creates
        folder = html.resolve().parent if html is not None else None
        if folder is not None and not folder.is_dir() and folder != out.resolve():
            raise InputError(f"{html}: folder {folder} does not exist")
        if "://" not in directory and out.resolve() == Path(directory).resolve():
            raise InputError(
                f"{out}: the report folder is the input folder; give another with --out "
                "(a folder inside it is fine)"
            )
        if config is None and DEFAULT_CONFIG.is_file():
            config = DEFAULT_CONFIG
        settings = load_settings(
            config,
            {
                "shingle_size": shingle_size,
                "num_perm": num_perm,
                "seed": seed,
                "lsh_threshold": lsh_threshold,
                "min_tokens": min_tokens,
                "verify_threshold": verify_threshold,
                "verify_containment": verify_containment,
                "containment_margin": containment_margin,
                "syndication_threshold": syndication_threshold,
                "min_quote_tokens": min_quote_tokens,
                "quote_containment": quote_containment,
                "suppress_boilerplate": suppress_boilerplate,
                "boilerplate_outlet_docs": boilerplate_outlet_docs,
                "boilerplate_corpus_share": boilerplate_corpus_share,
                "keep_boilerplate": keep_boilerplate,
                "follow_symlinks": follow_symlinks,
            },
        )
        speaker_aliases = Aliases.load(aliases)
        record_fields = _fields(
            id_field, text_field, date_field, outlet_field, url_field, title_field
        )
        if engine is EngineChoice.spark and "://" not in directory and not low_memory:
            if Path(directory).is_file():
                raise InputError(f"{directory}: --engine spark reads a folder; put the file in one")
            _trace_on_spark(
                Path(directory),
                settings,
                out,
                speaker_aliases,
                record_fields,
                strict=strict,
                extras=(save_text, xlsx),
                where=(spark_master, html),
                shown=(quiet, output_format),
            )
            return
        if low_memory:
            _trace_low_memory(
                directory,
                settings,
                out,
                speaker_aliases,
                record_fields,
                strict=strict,
                save_text=save_text,
                xlsx=xlsx,
                chosen=(engine, html),
                shown=(quiet, output_format),
            )
            return
        with (
            _progress_bar(_show_progress() and not quiet) as progress,
            _engine(engine, spark_master) as chosen,
        ):
            traced = api.trace(
                directory if "://" in directory else Path(directory),
                settings,
                exclude=out,
                aliases=speaker_aliases,
                progress=progress,
                fields=record_fields,
                strict=strict,
                engine=chosen,
            )
        if not quiet:
            _warn(traced.result.root, traced.result.notices, traced.skipped)
        traced.write_reports(out, save_text=save_text, xlsx=xlsx)
        if html is not None:
            traced.write_html(html)
        if not quiet:
            _echo_summary(traced.summary_json(), output_format, html)


def _echo_summary(summary: dict[str, Any], output_format: Format, html: Path | None) -> None:
    """A trace's summary (``summary_json``'s) on stdout: JSON for scripts, else text; ``html``:
    where the HTML report was written, if it was."""
    from provenance.reports.summary import text_of_summary, with_html

    summary = with_html(summary, html)
    if output_format is Format.json:
        typer.echo(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        typer.echo(text_of_summary(summary))


def _trace_low_memory(
    directory: str,
    settings: Settings,
    out: Path,
    aliases: Aliases,
    fields: Fields | None,
    *,
    strict: bool,
    save_text: bool,
    xlsx: bool,
    chosen: tuple[EngineChoice, Path | None],
    shown: tuple[bool, Format],
) -> None:
    """``trace --low-memory``: the same run, a batch of parts at a time."""
    from provenance.reports.low_memory import trace_low_memory

    engine, html = chosen
    quiet, output_format = shown
    if engine is not EngineChoice.local:
        raise InputError("--low-memory runs on this machine: not with --engine spark")
    if html is not None:
        raise InputError("--html puts every article in one page: not with --low-memory")
    if "://" in directory:
        raise InputError(f"{directory}: a URI is read with --engine spark, not --low-memory")
    if Path(directory).is_file():
        raise InputError(f"{directory}: --low-memory reads a folder; put the file in one")
    with _progress_bar(_show_progress() and not quiet) as progress:
        done = trace_low_memory(
            Path(directory),
            settings,
            out,
            aliases=aliases,
            progress=progress,
            fields=fields,
            strict=strict,
            save_text=save_text,
            xlsx=xlsx,
            # warned of as soon as reading ends, before a later failure could lose them
            on_read=None if quiet else lambda read: _warn(read.root, read.notices, read.skipped),
        )
    if not quiet:
        _echo_summary(done.summary, output_format, html)


def _trace_on_spark(
    directory: Path,
    settings: Settings,
    out: Path,
    aliases: Aliases,
    fields: Fields | None,
    *,
    strict: bool,
    extras: tuple[bool, bool],
    where: tuple[str | None, Path | None],
    shown: tuple[bool, Format],
) -> None:
    """``trace --engine spark`` of a folder: distributed, the reports written by the
    executors; ``extras``: whether to save the texts and the workbook; the HTML page, if asked
    for, from the written reports."""
    from provenance import api
    from provenance.pipeline.spark import DEFAULT_MASTER, spark_session
    from provenance.pipeline.spark_cluster import trace_on_spark

    master, html = where
    quiet, output_format = shown
    with _progress_bar(_show_progress() and not quiet) as progress:
        session = spark_session(master or DEFAULT_MASTER)
        try:
            done = trace_on_spark(
                directory,
                settings,
                out,
                session,
                aliases=aliases,
                fields=fields,
                strict=strict,
                save_text=extras[0],
                xlsx=extras[1],
                progress=progress,
                on_read=None if quiet else _warn,
            )
        finally:
            session.stop()
    if html is not None:
        written = api.html_report(out, html, input_dir=directory)
        for warning in [] if quiet else written.warnings:
            _stderr(f"warning: {warning}")
    if not quiet:
        _echo_summary(done.summary, output_format, html)


@app.command("eval", cls=_Command)
def evaluate(
    corpus: Annotated[Path, typer.Argument(metavar="DIR", help="The folder that was traced.")],
    report_dir: Annotated[
        Path, typer.Argument(metavar="REPORT_DIR", help="The reports `trace` wrote.")
    ],
    truth: Annotated[Path, typer.Argument(metavar="TRUTH", help="A provenance-truth/1 JSON file.")],
    output_format: Annotated[
        Format, typer.Option("--format", help="Figures as text or json.")
    ] = Format.text,
) -> None:
    """Score a trace's reports against known answers: documents, passages, earliest source."""
    from provenance import api
    from provenance.reports.evaluate import render_text

    with _errors():
        result = api.evaluate(corpus, report_dir, truth)
        if output_format is Format.json:
            typer.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
        else:
            typer.echo(render_text(result))


index_app = typer.Typer(
    name="index",
    help="Build and grow a persistent index of articles for `check` and `quote`.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.add_typer(index_app, name="index")

IndexOption = Annotated[
    str,
    typer.Option("--index", help="The index: a SQLite file, or a redis://HOST:PORT/DB URL."),
]
ConfigOption = Annotated[
    Path | None, typer.Option(help="Settings file; default ./provenance.toml when it exists.")
]
ShingleOption = Annotated[int | None, typer.Option(help="Words per shingle.")]
PermOption = Annotated[int | None, typer.Option(help="MinHash permutations.")]
SeedOption = Annotated[int | None, typer.Option(help="MinHash seed.")]
ThresholdOption = Annotated[
    float | None, typer.Option(help="Estimated Jaccard similarity LSH aims at (0-1).")
]
MinTokensOption = Annotated[int | None, typer.Option(help="Words a sentence needs to be matched.")]
RootOption = Annotated[
    Path | None,
    typer.Option(help="Folder doc_ids are relative to (default: the index's root)."),
]
ManifestOption = Annotated[
    Path | None, typer.Option(help="manifest.csv with outlets and dates (default: the root's).")
]


def _sketch_settings(
    config: Path | None,
    shingle_size: int | None,
    num_perm: int | None,
    seed: int | None,
    lsh_threshold: float | None,
    min_tokens: int | None,
    index: str | None = None,
    **more: Any,
) -> Any:
    """The settings of the command line; ``index``: the existing index they are for (what it
    recorded of its sketches is used when they fit it)."""
    from provenance.index import recorded_sketching
    from provenance.settings import load_settings

    if config is None and DEFAULT_CONFIG.is_file():
        config = DEFAULT_CONFIG
    return load_settings(
        config,
        {
            "shingle_size": shingle_size,
            "num_perm": num_perm,
            "seed": seed,
            "lsh_threshold": lsh_threshold,
            "min_tokens": min_tokens,
            **more,
        },
        recorded_sketching(index) if index is not None else None,
    )


def _index_progress(enabled: bool, label: str) -> Any:
    """A progress callback (done, total) for index writes, drawn while the context is open."""

    @contextmanager
    def bar() -> Iterator[Callable[[int, int], None] | None]:
        with _progress_bar(enabled) as advance:
            if advance is None:
                yield None
            else:
                yield lambda done, total: advance(label, done, total)

    return bar()


def _added_line(added: Any, index: str) -> str:
    from provenance.index.redis_server import shown

    return (
        f"{shown(index)}: {len(added.added)} added, {len(added.replaced)} replaced, "
        f"{len(added.unchanged)} unchanged"
    )


@index_app.command("build", cls=_Command)
def index_build(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="Folder of articles.")],
    index: IndexOption,
    config: ConfigOption = None,
    shingle_size: ShingleOption = None,
    num_perm: PermOption = None,
    seed: SeedOption = None,
    lsh_threshold: ThresholdOption = None,
    min_tokens: MinTokensOption = None,
    output_format: Annotated[
        Format, typer.Option("--format", help="What was indexed: text or json.")
    ] = Format.text,
    id_field: IdFieldOption = None,
    text_field: TextFieldOption = None,
    date_field: DateFieldOption = None,
    outlet_field: OutletFieldOption = None,
    url_field: UrlFieldOption = None,
    title_field: TitleFieldOption = None,
    strict: StrictOption = False,
    follow_symlinks: FollowSymlinksOption = None,
    quiet: QuietOption = False,
) -> None:
    """Index every article under DIR (doc_ids relative to it), replacing INDEX (a file: at
    once, by a rename)."""
    from provenance import api

    with _errors():
        settings = _sketch_settings(
            config,
            shingle_size,
            num_perm,
            seed,
            lsh_threshold,
            min_tokens,
            follow_symlinks=follow_symlinks,
        )
        with _index_progress(_show_progress() and not quiet, "index") as progress:
            indexed = api.build_index(
                directory,
                index,
                settings,
                fields=_fields(
                    id_field, text_field, date_field, outlet_field, url_field, title_field
                ),
                strict=strict,
                on_read=None
                if quiet
                else lambda read: _warn(directory, read.notices, read.skipped),
                progress=progress,
            )
        if not quiet:
            _echo_added(indexed.added, index, output_format)


@index_app.command("add", cls=_Command)
def index_add(
    paths: Annotated[list[Path], typer.Argument(metavar="PATHS", help="Articles or folders.")],
    index: IndexOption,
    root: RootOption = None,
    manifest: ManifestOption = None,
    config: ConfigOption = None,
    shingle_size: ShingleOption = None,
    num_perm: PermOption = None,
    seed: SeedOption = None,
    lsh_threshold: ThresholdOption = None,
    min_tokens: MinTokensOption = None,
    output_format: Annotated[
        Format, typer.Option("--format", help="What was indexed: text or json.")
    ] = Format.text,
    id_field: IdFieldOption = None,
    text_field: TextFieldOption = None,
    date_field: DateFieldOption = None,
    outlet_field: OutletFieldOption = None,
    url_field: UrlFieldOption = None,
    title_field: TitleFieldOption = None,
    strict: StrictOption = False,
    follow_symlinks: FollowSymlinksOption = None,
    quiet: QuietOption = False,
) -> None:
    """Add articles to INDEX in one transaction: new ones added, changed ones replaced."""
    from provenance import api

    with _errors():
        settings = _sketch_settings(
            config,
            shingle_size,
            num_perm,
            seed,
            lsh_threshold,
            min_tokens,
            index=index,
            follow_symlinks=follow_symlinks,
        )
        with (
            closing(api.open_index(index, settings, write=True)) as opened,
            _index_progress(_show_progress() and not quiet, "index") as progress,
        ):
            indexed = api.add_to_index(
                paths,
                opened,
                root=root,
                manifest=manifest,
                fields=_fields(
                    id_field, text_field, date_field, outlet_field, url_field, title_field
                ),
                strict=strict,
                on_read=None if quiet else lambda read: _warn(Path(), read.notices, read.skipped),
                progress=progress,
            )
        if not quiet:
            _echo_added(indexed.added, index, output_format)


@index_app.command("info", cls=_Command)
def index_info(
    index: IndexOption,
    output_format: Annotated[Format, typer.Option("--format", help="text or json.")] = Format.text,
) -> None:
    """What INDEX holds and the settings it was built with."""
    import dataclasses

    from provenance import api

    with _errors(), closing(api.open_index(index)) as opened:
        info = dataclasses.asdict(opened.info())
        info["path"] = str(info["path"])
    if output_format is Format.json:
        typer.echo(json.dumps(info, indent=2, sort_keys=True))
        return
    settings = ", ".join(f"{k} {v}" for k, v in sorted(info["settings"].items()))
    typer.echo(
        f"{info['path']}: {info['documents']} documents, {info['sentences']} sentences"
        + (f", {info['bytes_on_disk']:,} bytes" if info["bytes_on_disk"] is not None else "")
        + "\n"
        f"root: {info['root']}\n"
        f"schema version {info['schema_version']}, written by provenance {info['written_by']}\n"
        f"fingerprint {info['fingerprint']}: {settings}"
    )


def _record(skipped: Any) -> str:
    return f" record {skipped.record}" if skipped.record is not None else ""


def _warn(base: Path | str, notices: Any, skipped: Any) -> None:
    from provenance.checking.formats import safe  # a name's newline or escape, escaped

    for notice in notices:
        _stderr(safe(f"warning: {_under(base, notice.path)}: {notice.message}"))
    for skip in skipped:
        _stderr(safe(f"warning: {_under(base, skip.path)}{_record(skip)}: skipped: {skip.reason}"))


def _under(base: Path | str, path: str) -> str:
    """``path`` under the folder or URI it was read from (``base``: that, or the one file
    traced, whose paths are its folder's)."""
    if isinstance(base, Path):
        return str((base.parent if base.is_file() else base) / path)
    return f"{base.rstrip('/')}/{path}"


def _shown(index: str) -> str:
    from provenance.index.redis_server import shown

    return shown(index)


def _echo_added(added: Any, index: str, output_format: Format) -> None:
    if output_format is Format.json:
        typer.echo(
            json.dumps(
                {
                    "index": _shown(index),
                    "added": list(added.added),
                    "replaced": list(added.replaced),
                    "unchanged": list(added.unchanged),
                },
                indent=2,
            )
        )
        return
    for doc_id in added.replaced:
        _stderr(f"replaced {doc_id}: its text or metadata changed")
    typer.echo(_added_line(added, index))


class FailOnChoice(StrEnum):
    syndicated = "syndicated"
    reuse = "reuse"


class CheckFormatChoice(StrEnum):  # check_render.FORMATS (a test holds them equal)
    text = "text"
    json = "json"
    jsonl = "jsonl"
    github = "github"
    sarif = "sarif"
    junit = "junit"


@app.command(cls=_Command)
def check(
    paths: Annotated[list[Path], typer.Argument(metavar="PATHS", help="Articles or folders.")],
    index: IndexOption,
    max_copied_share: Annotated[
        float | None,
        typer.Option(help="Fail at this copied share from one source (default: syndication)."),
    ] = None,
    fail_on: Annotated[
        FailOnChoice,
        typer.Option(help="syndicated: a copied share over the limit; reuse: any reuse."),
    ] = FailOnChoice.syndicated,
    allow_outlet: Annotated[
        list[str] | None,
        typer.Option("--allow-outlet", help="Text also printed by this outlet is allowed."),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when articles fail.")
    ] = False,
    add: Annotated[bool, typer.Option("--add", help="Index the articles that pass.")] = False,
    output_format: Annotated[
        CheckFormatChoice, typer.Option("--format", help="How findings are written to stdout.")
    ] = CheckFormatChoice.text,
    root: RootOption = None,
    manifest: ManifestOption = None,
    config: ConfigOption = None,
    aliases: Annotated[
        Path | None, typer.Option(help="TOML file of speaker aliases, added to the built-in ones.")
    ] = None,
    shingle_size: ShingleOption = None,
    num_perm: PermOption = None,
    seed: SeedOption = None,
    lsh_threshold: ThresholdOption = None,
    min_tokens: MinTokensOption = None,
    id_field: IdFieldOption = None,
    text_field: TextFieldOption = None,
    date_field: DateFieldOption = None,
    outlet_field: OutletFieldOption = None,
    url_field: UrlFieldOption = None,
    title_field: TitleFieldOption = None,
    strict: StrictOption = False,
    follow_symlinks: FollowSymlinksOption = None,
    quiet: QuietOption = False,
) -> None:
    """Screen articles against INDEX and each other; exit 1 when one copies too much."""
    from provenance import api
    from provenance.checking.formats import render, summary
    from provenance.checking.screen import FailOn
    from provenance.text.speakers import Aliases

    with _errors():
        settings = _sketch_settings(
            config,
            shingle_size,
            num_perm,
            seed,
            lsh_threshold,
            min_tokens,
            index=index,
            follow_symlinks=follow_symlinks,
        )
        policy = _policy(
            max_copied_share, settings.syndication_threshold, FailOn(fail_on), allow_outlet
        )
        with closing(api.open_index(index, settings, write=add)) as opened:
            result = api.check(
                paths,
                index=opened,
                policy=policy,
                settings=settings,
                aliases=Aliases.load(aliases),
                root=root,
                manifest=manifest,
                add=add,
                fields=_fields(
                    id_field, text_field, date_field, outlet_field, url_field, title_field
                ),
                strict=strict,
            )
        if not quiet:
            _warn(Path(), result.notices, result.skipped)
        sys.stdout.write(render(result, output_format.value))
        if not quiet:
            _stderr(summary(result))
    for error in (result.refused, result.add_failed):  # the findings stand; nothing was indexed
        if error is not None:
            _stderr(f"error: {error}")
            raise typer.Exit(EXIT_ERROR)
    if result.failed and not exit_zero:
        raise typer.Exit(EXIT_FINDINGS)


def _policy(share: float | None, default: float, fail_on: Any, allowed: list[str] | None) -> Any:
    from provenance.checking.screen import Policy
    from provenance.errors import ConfigError

    try:
        return Policy(share if share is not None else default, fail_on, tuple(allowed or ()))
    except ValueError as exc:
        raise ConfigError(f"--max-copied-share: {exc}") from None


@app.command(cls=_Command)
def quote(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="The quote, or words of it.")],
    index: Annotated[
        str,
        typer.Option(
            "--index",
            help="The index: a SQLite file (quotes are looked up in its table of words, which "
            "a Redis index does not keep).",
        ),
    ],
    output_format: Annotated[Format, typer.Option("--format", help="text or json.")] = Format.text,
    aliases: Annotated[
        Path | None, typer.Option(help="TOML file of speaker aliases, added to the built-in ones.")
    ] = None,
) -> None:
    """Where a quote first appeared in INDEX: earliest source, speaker, every occurrence."""
    import dataclasses

    from provenance import api
    from provenance.text.speakers import Aliases

    with _errors(), closing(api.open_index(index)) as opened:
        found = api.find_quote(text, opened, Aliases.load(aliases))
    if output_format is Format.json:
        typer.echo(json.dumps(dataclasses.asdict(found), indent=2, ensure_ascii=False))
        return
    if found.earliest is None:
        typer.echo(f"not found in {_shown(index)}")
        return
    first = found.earliest
    typer.echo(
        f"earliest: {first.doc_id} ({first.outlet or 'unknown outlet'}, "
        f"{first.published or 'undated'})\nspeaker: {found.speaker or 'unknown'}"
    )
    for s in found.sightings:
        mark = "quoted" if s.quoted else "unquoted"
        who = f", credited to {s.speaker}" if s.speaker else ""
        typer.echo(f"  {s.doc_id} [{s.start}:{s.end}] {s.published or 'undated'} {mark}{who}")


@app.command(cls=_Command)
def report(
    report_dir: Annotated[
        Path, typer.Argument(metavar="REPORT_DIR", help="The reports `trace` wrote.")
    ],
    html: Annotated[Path, typer.Option("--html", help="The HTML file to write.")],
    input_dir: Annotated[
        Path | None,
        typer.Option(
            "--input",
            help="The traced folder (or file), for the documents' texts (default: run.json's).",
        ),
    ] = None,
    output_format: Annotated[Format, typer.Option("--format", help="text or json.")] = Format.text,
) -> None:
    """Write a self-contained HTML report from the reports in REPORT_DIR."""
    from provenance import api

    with _errors():
        written = api.html_report(report_dir, html, input_dir=input_dir)
    for warning in written.warnings:
        _stderr(f"warning: {warning}")
    if output_format is Format.json:
        differ = list(written.texts_differ)
        typer.echo(json.dumps({"html": str(html), "texts": written.texts, "texts_differ": differ}))
    else:
        typer.echo(f"wrote {html} ({written.texts} document texts)")


@app.command(cls=_Command)
def version(
    output_format: Annotated[Format, typer.Option("--format", help="text or json.")] = Format.text,
) -> None:
    """Print the version."""
    if output_format is Format.json:
        typer.echo(json.dumps({"version": __version__}))
    else:
        typer.echo(f"provenance {__version__}")


def main() -> None:
    """The ``provenance`` command. It leaves without releasing its memory object by object (as
    mypy does): after a large run that alone takes seconds, and the process ends anyway. Output
    that cannot be written ends it with exit 2: silently when the reader of stdout is gone (a
    closed pipe), else with one line on stderr."""
    from provenance.standard_streams import OutputFailed, guard_standard_streams

    guard_standard_streams()
    try:
        try:
            app()
            code = 0
        except SystemExit as exc:
            if not isinstance(exc.code, int | None):
                raise  # a message to print: the usual way out
            code = exc.code or 0
        sys.stdout.flush()
    except OutputFailed as failed:
        code = EXIT_ERROR
        if failed.stream == "stdout" and failed.errno != errno.EPIPE:
            with suppress(OutputFailed):
                _stderr(f"error: {failed}")
    with suppress(OutputFailed):
        sys.stderr.flush()
    leave(code)
