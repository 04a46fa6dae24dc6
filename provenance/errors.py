"""The one exception family the library raises; the CLI maps it to exit code 2."""

from __future__ import annotations


class ProvenanceError(Exception):
    """Base of every error the library reports to a user: one line, no traceback."""


class InputError(ProvenanceError):
    """The input (a folder, a file, a manifest) cannot be used as given."""


class ConfigError(ProvenanceError, ValueError):
    """A setting is out of range or unknown (also a ValueError, as constructors raise)."""
