from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from provenance.errors import ConfigError, ProvenanceError
from provenance.settings import (
    InputRules,
    Settings,
    Sketching,
    load_settings,
    settings_from_mapping,
)
from tests.conftest import FIXTURES, run_cli


def test_defaults_are_valid_and_fingerprint_is_stable() -> None:
    settings = Settings()
    assert settings.fingerprint == Settings().fingerprint
    assert len(settings.fingerprint) == 16
    bands, rows = settings.bands_rows
    assert bands * rows <= settings.num_perm


@pytest.mark.parametrize(
    "change",
    [
        {"shingle_size": 2},
        {"num_perm": 64},
        {"seed": 7},
        {"lsh_threshold": 0.6},
        {"min_tokens": 3},
        {"verify_threshold": 80.0},
        {"syndication_threshold": 0.6},
        {"containment_margin": 0.2},
        {"verify_containment": 0.9},
        {"min_quote_tokens": 5},
        {"quote_containment": 0.9},
        {"max_article_bytes": 2**20},
        {"max_front_matter_bytes": 2**10},
        {"max_nesting_depth": 20},
        {"max_compression_ratio": 50},
        {"follow_symlinks": True},
    ],
)
def test_every_setting_changes_the_fingerprint(change: dict[str, object]) -> None:
    assert Settings().replace(**change).fingerprint != Settings().fingerprint


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"shingle_size": 0}, "shingle_size must be between 1 and 16"),
        ({"num_perm": 8}, "num_perm must be between 16 and 1024"),
        ({"lsh_threshold": 1.0}, r"lsh_threshold must be in \(0, 1\)"),
        ({"verify_threshold": 101}, r"verify_threshold must be in \[0, 100\]"),
        ({"syndication_threshold": 0}, r"syndication_threshold must be in \(0, 1\]"),
        ({"min_tokens": 2.5}, "min_tokens must be a whole number"),
        ({"seed": True}, "seed must be a whole number"),
        ({"lsh_threshold": "high"}, "lsh_threshold must be a number"),
        ({"lsh_threshold": 0.99}, "lsh_threshold 0.99 with num_perm 128 gives no usable LSH"),
        ({"containment_margin": 1.0}, r"containment_margin must be in \[0, 1\)"),
        ({"quote_containment": float("nan")}, "quote_containment must be a number, got nan"),
        ({"lsh_threshold": float("nan")}, "lsh_threshold must be a number, got nan"),
        ({"min_quote_tokens": 0}, "min_quote_tokens must be between 1 and 1000"),
        ({"max_article_bytes": 100}, "max_article_bytes must be between 1024 and 1099511627776"),
        ({"max_front_matter_bytes": 2.0}, "max_front_matter_bytes must be a whole number"),
        ({"max_nesting_depth": 201}, "max_nesting_depth must be between 1 and 200"),
        ({"follow_symlinks": 1}, "follow_symlinks must be true or false"),
        ({"max_compression_ratio": 1}, "max_compression_ratio must be between 2 and 100000"),
    ],
)
def test_invalid_settings_raise_value_error(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        Settings(**change)  # type: ignore[arg-type]
    assert isinstance(caught.value, ProvenanceError)


def test_toml_then_flags(tmp_path: Path) -> None:
    config = tmp_path / "provenance.toml"
    config.write_text("[trace]\nshingle_size = 2\nverify_threshold = 80\n", encoding="utf-8")
    settings = load_settings(config, {"verify_threshold": 90.0, "seed": None})
    assert settings.shingle_size == 2
    assert settings.verify_threshold == 90.0
    assert settings.seed == Settings().seed


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[trace]\nshingle = 2\n", "unknown setting 'shingle'"),
        ("[trace]\nnum_perm = 3\n", "num_perm must be between"),
        ("[trace\n", "not valid TOML"),
        ("[other]\nx = 1\n", "expected only a \\[trace\\] table"),
    ],
)
def test_bad_config_files_name_the_file(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "provenance.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as caught:
        load_settings(config, {})
    assert str(config) in str(caught.value)


def test_a_config_file_that_is_not_utf8_names_the_file_and_byte(tmp_path: Path) -> None:
    """TOML is UTF-8 text: other bytes are the file's fault, told as such (once an internal
    error without the file's name)."""
    config = tmp_path / "provenance.toml"
    config.write_bytes(b"[trace]\nseed = 2 # caf\xe9\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, {})
    assert str(caught.value) == f"{config}: not valid TOML (not UTF-8 text: byte 0xe9 at offset 22)"
    result = run_cli("trace", FIXTURES, "-o", tmp_path / "out", "--config", config)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"provenance: error: {caught.value}"]


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(tmp_path / "absent.toml", {})


def test_integers_are_accepted_for_float_settings() -> None:
    assert settings_from_mapping({"lsh_threshold": 1 - 0.5}, source="x").lsh_threshold == 0.5
    assert settings_from_mapping({"verify_threshold": 75}, source="x").verify_threshold == 75.0


def test_flags_and_file_are_validated_together(tmp_path: Path) -> None:
    config = tmp_path / "provenance.toml"
    config.write_text("[trace]\nlsh_threshold = 0.99\n", encoding="utf-8")
    assert load_settings(config, {"num_perm": 512}).bands_rows[0] >= 2
    with pytest.raises(ConfigError, match=r"provenance.toml: lsh_threshold 0.99 with num_perm 128"):
        load_settings(config, {})
    with pytest.raises(ConfigError, match="with command-line options: num_perm must be"):
        load_settings(config, {"num_perm": 8})


def test_boilerplate_patterns_come_from_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "provenance.toml"
    config.write_text("[trace]\nboilerplate_patterns = ['\\bour podcast\\b']\n", "utf-8")
    assert load_settings(config, {}).boilerplate_patterns == (r"\bour podcast\b",)
    assert load_settings(config, {}).fingerprint != Settings().fingerprint
    config.write_text("[trace]\nboilerplate_patterns = ['(unclosed']\n", "utf-8")
    with pytest.raises(ConfigError, match=r"provenance.toml: boilerplate_patterns: '\(unclosed'"):
        load_settings(config, {})
    config.write_text("[trace]\nkeep_boilerplate = 'yes'\n", "utf-8")
    with pytest.raises(ConfigError, match="keep_boilerplate must be true or false"):
        load_settings(config, {})


def test_input_rules_are_the_settings_of_their_names() -> None:
    settings = Settings(max_article_bytes=2**20, follow_symlinks=True)
    rules = settings.input_rules
    assert (rules.max_article_bytes, rules.follow_symlinks) == (2**20, True)
    assert rules.max_nesting_depth == Settings().max_nesting_depth == InputRules().max_nesting_depth


def test_an_index_s_sketching_is_used_only_where_it_fits() -> None:
    """``sketching`` (what an index recorded of its sketches) stands in for datasketch's
    bands, rows and permutations when it was made for the same threshold, num_perm and seed;
    it is no setting: not compared, not fingerprinted, and kept by ``replace`` and pickling."""
    defaults = Settings()
    recorded = Sketching(0.4, 128, 1, 7, 9, ((1,) * 128, (0,) * 128))  # not datasketch's
    given = Settings(sketching=recorded)
    assert given == defaults and given.fingerprint != defaults.fingerprint
    assert (given.bands_rows, given.permutations) == ((7, 9), recorded.permutations)
    assert given.recorded_sketching is recorded
    kept = given.replace(verify_threshold=90.0)
    assert kept.recorded_sketching is recorded and kept.bands_rows == (7, 9)
    assert pickle.loads(pickle.dumps(given)).bands_rows == (7, 9)
    # another seed, threshold or num_perm: datasketch's own, as without it
    for change in ({"seed": 2}, {"lsh_threshold": 0.5}, {"num_perm": 64}):
        other = given.replace(**change)
        assert other.recorded_sketching is None
        assert other.bands_rows == Settings(**change).bands_rows
    assert load_settings(None, {}, recorded).bands_rows == (7, 9)
    assert load_settings(None, {"seed": 3}, recorded).recorded_sketching is None
