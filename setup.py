"""The build's one step beyond pyproject.toml: the reading modules compiled with mypyc.

Reading (the speaker pass, the segmenter, the quote finder, the boilerplate patterns) is Python
per word and the largest stage on every corpus; compiled, its CPU time falls by a fifth, with
the same source and the same results. mypyc is the compiler made for code like this: typed
Python (the package is ``mypy --strict`` clean), compiled to C extensions without rewriting
it in another language. Which modules, and how a compiled copy is kept from outliving its
source, is ``provenance/native.py``.

Compiling is optional: without a C compiler, or with ``PROVENANCE_PURE_PYTHON=1``, the
modules install as plain Python and a warning says why.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

from setuptools import Command, Extension, setup
from setuptools.command.build import build
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


def _native() -> ModuleType:
    """``provenance/native.py``, loaded by path: the package's dependencies are not installed
    while it builds."""
    spec = importlib.util.spec_from_file_location(
        "_provenance_native", ROOT / "provenance" / "native.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildMypyc(Command):
    """mypyc's extensions for the modules, handed to ``build_ext``: the first step of the
    build. Not done when ``build_ext`` is merely finalized (``egg_info`` finalizes it to list
    its sources, in each of pip's build steps): mypyc type-checks the modules first, which
    takes most of a minute."""

    description = "compile provenance's reading modules to C with mypyc"
    user_options: ClassVar[list[tuple[str, str | None, str]]] = []

    def initialize_options(self) -> None:
        pass

    def finalize_options(self) -> None:
        pass

    def run(self) -> None:
        native = _native()
        extensions: list[Any] = []
        if native.pure_requested():
            self.warn(f"provenance: the modules stay pure Python ({native.PURE_ENV} is set)")
        else:
            try:
                extensions = _compiled_extensions(native, Path("build") / "mypyc.ini")
            except (Exception, SystemExit) as exc:  # no mypyc; it exits on a type error
                self.warn(f"provenance: the modules stay pure Python ({type(exc).__name__}: {exc})")
        # build_ext is set up anew for them, in the mode it was given (an editable install
        # builds in place)
        old = self.distribution.get_command_obj("build_ext")
        editable, inplace = getattr(old, "editable_mode", False), old.inplace
        self.distribution.ext_modules = extensions
        new = self.reinitialize_command("build_ext")
        new.editable_mode, new.inplace = editable, inplace


class BuildNative(build_ext):
    """Builds mypyc's extensions (``BuildMypyc``), or none if a C compiler fails, and records
    the digest of the sources they were built from (``provenance/native.py``)."""

    def run(self) -> None:
        if not self.extensions:
            return
        native = _native()
        try:
            super().run()
        except Exception as exc:  # no C compiler, or it failed
            self._remove_outputs()
            self.distribution.ext_modules = self.extensions = []  # nothing to install
            self.warn(f"provenance: the modules stay pure Python ({type(exc).__name__}: {exc})")
            return
        digest_file = Path(self.get_ext_fullpath(native.GROUP)).parent / native.DIGEST_FILE
        digest_file.write_text(native.digest(ROOT / "provenance") + "\n", encoding="ascii")

    def _remove_outputs(self) -> None:
        """Whatever compiled before the failure: a partial set must not be loaded."""
        for ext in self.extensions:
            for inplace in (False, True):
                saved, self.inplace = self.inplace, inplace
                try:
                    Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
                finally:
                    self.inplace = saved


class Build(build):
    """The build, with mypyc's step first."""

    sub_commands: ClassVar[list[tuple[str, Any]]] = [("build_mypyc", None), *build.sub_commands]


def _compiled_extensions(native: ModuleType, config: Path) -> list[Any]:
    """mypyc's extensions for the modules (it writes their C sources under build/)."""
    from mypyc.build import mypycify

    os.chdir(ROOT)  # mypyc names its C files by paths relative to the project
    # mypyc type-checks what it compiles, but the package's dependencies are not installed in
    # the build's environment: settings of its own, their types unknown (pyproject.toml's
    # strict settings are for the checkout's mypy run)
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("[mypy]\nignore_missing_imports = True\n", encoding="ascii")
    paths = [str(path.relative_to(ROOT)) for path in native.sources(ROOT / "provenance")]
    extensions: list[Any] = mypycify(
        ["--config-file", str(config), *paths], opt_level="3", group_name=native.GROUP
    )
    return extensions


# a placeholder: the build is platform-specific, and ``BuildMypyc`` puts mypyc's extensions in
# its place
_PLACEHOLDER: list[Any] = [Extension("provenance._native__mypyc", sources=[])]

setup(
    ext_modules=_PLACEHOLDER,
    cmdclass={"build": Build, "build_mypyc": BuildMypyc, "build_ext": BuildNative},
)
