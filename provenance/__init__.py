"""provenance: find the passages and quotes news articles share, and where they came from."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("provenance")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
