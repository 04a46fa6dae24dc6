"""provenance: find the passages and quotes news articles share, and where they came from.

    import provenance
    result = provenance.trace("fixtures/news")
    print(result.summary())
    result.write_reports("report")

The names in ``__all__`` are the public API; they are imported on first use, so that
``import provenance`` (and the command line's start) stays fast.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from provenance import native

# first: the modules compiled at install time load compiled only while they match their source
native.use_current()

try:
    __version__ = version("news-provenance")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

if TYPE_CHECKING:
    from provenance.api import (
        HtmlReport,
        Indexed,
        Trace,
        add_to_index,
        build_index,
        check,
        evaluate,
        find_quote,
        html_report,
        open_index,
        trace,
    )
    from provenance.checking.quote_lookup import QuoteLookup, Sighting
    from provenance.checking.screen import CheckResult, FailOn, Passage, Policy, Verdict
    from provenance.errors import ConfigError, InputError, ProvenanceError
    from provenance.model import (
        Cluster,
        ClusterKind,
        DirectionBasis,
        Document,
        DocumentVerdict,
        EarliestBasis,
        Occurrence,
        QuoteRow,
        QuoteVariant,
        Skipped,
    )
    from provenance.settings import Settings
    from provenance.text.speakers import Aliases

# public name -> the module that defines it
_HOMES = {
    "trace": "provenance.api",
    "check": "provenance.api",
    "find_quote": "provenance.api",
    "open_index": "provenance.api",
    "Trace": "provenance.api",
    "build_index": "provenance.api",
    "add_to_index": "provenance.api",
    "Indexed": "provenance.api",
    "html_report": "provenance.api",
    "HtmlReport": "provenance.api",
    "evaluate": "provenance.api",
    "Settings": "provenance.settings",
    "Document": "provenance.model",
    "Cluster": "provenance.model",
    "Occurrence": "provenance.model",
    "QuoteRow": "provenance.model",
    "Skipped": "provenance.model",
    "ClusterKind": "provenance.model",
    "DirectionBasis": "provenance.model",
    "DocumentVerdict": "provenance.model",
    "EarliestBasis": "provenance.model",
    "QuoteVariant": "provenance.model",
    "Aliases": "provenance.text.speakers",
    "CheckResult": "provenance.checking.screen",
    "FailOn": "provenance.checking.screen",
    "Passage": "provenance.checking.screen",
    "Policy": "provenance.checking.screen",
    "Verdict": "provenance.checking.screen",
    "QuoteLookup": "provenance.checking.quote_lookup",
    "Sighting": "provenance.checking.quote_lookup",
    "ProvenanceError": "provenance.errors",
    "InputError": "provenance.errors",
    "ConfigError": "provenance.errors",
}

__all__ = [
    "Aliases",
    "CheckResult",
    "Cluster",
    "ClusterKind",
    "ConfigError",
    "DirectionBasis",
    "Document",
    "DocumentVerdict",
    "EarliestBasis",
    "FailOn",
    "HtmlReport",
    "Indexed",
    "InputError",
    "Occurrence",
    "Passage",
    "Policy",
    "ProvenanceError",
    "QuoteLookup",
    "QuoteRow",
    "QuoteVariant",
    "Settings",
    "Sighting",
    "Skipped",
    "Trace",
    "Verdict",
    "__version__",
    "add_to_index",
    "build_index",
    "check",
    "evaluate",
    "find_quote",
    "html_report",
    "open_index",
    "trace",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'provenance' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
