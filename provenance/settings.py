"""Settings: one frozen record, validated on construction, with a stable fingerprint.

Settings come from defaults, then an optional ``provenance.toml``, then command-line flags (flags
win). The fingerprint covers every setting and the fixed algorithm choices (hash, MinHash scheme,
normalisation), so anything persisted with one fingerprint is never read with another.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from provenance.errors import ConfigError

# Bump when tokenisation or normalisation changes what a shingle is.
NORMALISATION_VERSION = 1
SHINGLE_HASH = "xxh32"
MINHASH_SCHEME = "affine32"


@dataclass(frozen=True)
class InputRules:
    """What the loader may read: its bounds on one article, and whether it follows symbolic
    links out of the input folder. Each is also a setting of the same name (``Settings``)."""

    max_article_bytes: int = 64 * 2**20  # a text or HTML file, a record, a WARC response
    max_front_matter_bytes: int = 64 * 2**10  # the YAML front matter of a .md file
    max_nesting_depth: int = 100  # lists and mappings in a JSON record or front matter
    max_compression_ratio: int = 400  # decompressed bytes to compressed ones
    follow_symlinks: bool = False

    def __post_init__(self) -> None:
        _check_int("max_article_bytes", self.max_article_bytes, 1024, 2**40)
        _check_int("max_front_matter_bytes", self.max_front_matter_bytes, 64, 2**24)
        _check_int("max_nesting_depth", self.max_nesting_depth, 1, 200)
        _check_int("max_compression_ratio", self.max_compression_ratio, 2, 100_000)
        _check_bool("follow_symlinks", self.follow_symlinks)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls))


_RULES: dict[str, Any] = {f.name: f.default for f in dataclasses.fields(InputRules)}


@dataclass(frozen=True)
class Sketching:
    """What datasketch made of an index's settings when it was built: the LSH bands and rows
    for its ``lsh_threshold`` and ``num_perm``, and the MinHash permutations for its
    ``num_perm`` and ``seed`` (``permutations``: None when an index older than this record
    does not hold them). Settings with those three values are read with these: the stored
    sketches were made with them, and opening an index then needs no datasketch (whose
    import, scipy's, was most of a small ``check``)."""

    lsh_threshold: float
    num_perm: int
    seed: int
    bands: int
    rows: int
    permutations: tuple[tuple[int, ...], tuple[int, ...]] | None = None

    def fits(self, settings: Settings) -> bool:
        """Whether it is what ``settings`` give (the three values it depends on)."""
        return (self.lsh_threshold, self.num_perm, self.seed) == (
            settings.lsh_threshold,
            settings.num_perm,
            settings.seed,
        )


@dataclass(frozen=True)
class Settings:
    """Every knob of a run. Defaults are measured on the fixtures (docs/guide.md, "Settings").
    ``sketching``: what an index recorded of the sketches it holds (``Sketching``), used when
    it fits these settings; not a setting (not a field, nor in the fingerprint)."""

    shingle_size: int = 3
    num_perm: int = 128
    seed: int = 1
    lsh_threshold: float = 0.4
    min_tokens: int = 5
    verify_threshold: float = 70.0
    verify_containment: float = 0.8
    syndication_threshold: float = 0.5
    containment_margin: float = 0.1
    min_quote_tokens: int = 6
    quote_containment: float = 0.85
    suppress_boilerplate: bool = True
    boilerplate_outlet_docs: int = 3
    boilerplate_corpus_share: float = 0.5
    boilerplate_patterns: tuple[str, ...] = ()  # added to the built-in patterns
    keep_boilerplate: bool = False
    max_article_bytes: int = _RULES["max_article_bytes"]
    max_front_matter_bytes: int = _RULES["max_front_matter_bytes"]
    max_nesting_depth: int = _RULES["max_nesting_depth"]
    max_compression_ratio: int = _RULES["max_compression_ratio"]
    follow_symlinks: bool = _RULES["follow_symlinks"]
    sketching: dataclasses.InitVar[Sketching | None] = None

    def __post_init__(self, sketching: Sketching | None) -> None:
        if sketching is not None and sketching.fits(self):  # (what the cached properties
            self.__dict__["_sketching"] = sketching  # below would work out)
            self.__dict__["bands_rows"] = (sketching.bands, sketching.rows)
            if sketching.permutations is not None:
                self.__dict__["permutations"] = sketching.permutations
        _check_int("shingle_size", self.shingle_size, 1, 16)
        _check_int("num_perm", self.num_perm, 16, 1024)
        _check_int("seed", self.seed, 0, 2**32 - 1)
        _check_float("lsh_threshold", self.lsh_threshold, 0.0, 1.0, open_low=True, open_high=True)
        _check_int("min_tokens", self.min_tokens, 1, 1000)
        _check_float("verify_threshold", self.verify_threshold, 0.0, 100.0)
        _check_float("verify_containment", self.verify_containment, 0.0, 1.0, open_low=True)
        _check_float("syndication_threshold", self.syndication_threshold, 0.0, 1.0, open_low=True)
        _check_float("containment_margin", self.containment_margin, 0.0, 1.0, open_high=True)
        _check_int("min_quote_tokens", self.min_quote_tokens, 1, 1000)
        _check_float("quote_containment", self.quote_containment, 0.0, 1.0, open_low=True)
        _check_bool("suppress_boilerplate", self.suppress_boilerplate)
        _check_int("boilerplate_outlet_docs", self.boilerplate_outlet_docs, 2, 1_000_000)
        _check_float(
            "boilerplate_corpus_share", self.boilerplate_corpus_share, 0.0, 1.0, open_low=True
        )
        _check_patterns("boilerplate_patterns", self.boilerplate_patterns)
        _check_bool("keep_boilerplate", self.keep_boilerplate)
        self.input_rules  # noqa: B018 - checks the input settings
        try:
            self.bands_rows  # noqa: B018 - datasketch validates the pair; fail here, not mid-run
        except ValueError as exc:
            raise ConfigError(
                f"lsh_threshold {self.lsh_threshold:g} with num_perm {self.num_perm} gives no "
                f"usable LSH bands ({exc}); lower lsh_threshold or raise num_perm"
            ) from None

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls))

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.names()}

    @cached_property
    def bands_rows(self) -> tuple[int, int]:
        """LSH bands and rows datasketch chooses for this threshold and num_perm."""
        from provenance.matching import lsh_parameters

        return lsh_parameters.bands_rows(self.lsh_threshold, self.num_perm)

    @cached_property
    def permutations(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The affine32 MinHash permutations (a, b) datasketch gives for num_perm and seed."""
        from provenance.matching import lsh_parameters

        return lsh_parameters.permutations(self.num_perm, self.seed)

    @cached_property
    def input_rules(self) -> InputRules:
        """The settings the loader reads by."""
        return InputRules(**{name: getattr(self, name) for name in InputRules.names()})

    @property
    def fingerprint(self) -> str:
        bands, rows = self.bands_rows
        payload = {
            **self.as_dict(),
            "bands": bands,
            "rows": rows,
            "shingle_hash": SHINGLE_HASH,
            "minhash_scheme": MINHASH_SCHEME,
            "normalisation": NORMALISATION_VERSION,
        }
        blob = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    @property
    def recorded_sketching(self) -> Sketching | None:
        """What an index recorded of its sketches, when these settings were given it."""
        found: Sketching | None = self.__dict__.get("_sketching")
        return found

    def replace(self, **changes: Any) -> Settings:
        """These settings with ``changes`` (what an index recorded of its sketches kept while
        it fits them)."""
        changes.setdefault("sketching", self.recorded_sketching)
        return dataclasses.replace(self, **changes)


def _check_int(name: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(f"{name} must be a whole number, got {value!r}")
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high}, got {value}")


def _check_bool(name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise ConfigError(f"{name} must be true or false, got {value!r}")


def _check_patterns(name: str, value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{name} must be a list of regular expressions, got {value!r}")
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"{name}: {pattern!r} is not a regular expression ({exc})") from None


def _check_float(
    name: str,
    value: object,
    low: float,
    high: float,
    *,
    open_low: bool = False,
    open_high: bool = False,
) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise ConfigError(f"{name} must be a number, got {value!r}")
    too_low = value <= low if open_low else value < low
    too_high = value >= high if open_high else value > high
    if too_low or too_high:
        lo, hi = ("(" if open_low else "["), (")" if open_high else "]")
        raise ConfigError(f"{name} must be in {lo}{low:g}, {high:g}{hi}, got {value}")


def settings_from_mapping(
    values: Mapping[str, Any], *, source: str, sketching: Sketching | None = None
) -> Settings:
    """Build settings from a mapping (a TOML table, flags), naming ``source`` in errors
    (``sketching``: what an index recorded, used if it fits them)."""
    unknown = sorted(set(values) - set(Settings.names()))
    if unknown:
        raise ConfigError(
            f"{source}: unknown setting {unknown[0]!r} (known: {', '.join(Settings.names())})"
        )
    coerced: dict[str, Any] = {
        k: float(v) if _wants_float(k) and _is_int(v) else tuple(v) if isinstance(v, list) else v
        for k, v in values.items()
    }
    try:
        return Settings(**coerced, sketching=sketching)
    except ConfigError as exc:
        raise ConfigError(f"{source}: {exc}") from None


def load_settings(
    config: Path | None, overrides: Mapping[str, Any], sketching: Sketching | None = None
) -> Settings:
    """Defaults, then ``config`` (a provenance.toml) if given, then ``overrides`` (flags);
    ``sketching``: what the index they are for recorded (``Settings``)."""
    values = _read_toml(config) if config is not None else {}
    flags = {k: v for k, v in overrides.items() if v is not None}
    if config is None:
        source = "command line"
    else:
        source = f"{config} with command-line options" if flags else str(config)
    return settings_from_mapping({**values, **flags}, source=source, sketching=sketching)


def _read_toml(path: Path) -> dict[str, Any]:
    from provenance.inputs.files import not_regular, open_regular

    reason = not_regular(path) if path.exists() else None  # a FIFO would be waited on
    if reason is not None:
        raise ConfigError(f"{path}: config file is {reason}")
    try:
        with open_regular(path) as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except UnicodeDecodeError as exc:  # TOML is UTF-8 text
        byte = exc.object[exc.start]
        raise ConfigError(
            f"{path}: not valid TOML (not UTF-8 text: byte {byte:#04x} at offset {exc.start})"
        ) from None
    table = data.get("trace", {})
    extra = sorted(set(data) - {"trace"})
    if extra or not isinstance(table, dict):
        raise ConfigError(f"{path}: expected only a [trace] table, found {extra or ['trace']}")
    return table


def _wants_float(name: str) -> bool:
    return name in _FLOAT_SETTINGS


# Settings declared as floats, which TOML and flags may give as whole numbers (verify = 70).
_FLOAT_SETTINGS = frozenset(f.name for f in dataclasses.fields(Settings) if f.type == "float")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
