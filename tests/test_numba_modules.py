"""Rules every numba module of the package keeps, read from their source (no numba needed).

A cached compiled function that calls a ``parallel=True`` one can crash when numba loads it
from its on-disk cache (numba issues 4807 and 8578): ``test_kernel`` segfaulted that way while
``sketch_numba.kernel`` called the two parallel sketch kernels. Python calls each parallel
kernel itself instead."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import provenance

MODULES = sorted(Path(provenance.__file__).parent.rglob("*_numba.py"))


def _keyword(decorator: ast.expr, name: str) -> bool:
    return isinstance(decorator, ast.Call) and any(
        k.arg == name and isinstance(k.value, ast.Constant) and k.value.value is True
        for k in decorator.keywords
    )


def compiled_callers_of_parallel(source: str) -> list[tuple[str, str]]:
    """(caller, parallel callee) for each compiled function calling a parallel one."""
    functions = [
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.FunctionDef) and node.decorator_list
    ]
    parallel = {f.name for f in functions if any(_keyword(d, "parallel") for d in f.decorator_list)}
    return sorted(
        (f.name, call.func.id)
        for f in functions
        for call in ast.walk(f)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id in parallel
    )


def test_the_package_has_numba_modules_to_check() -> None:
    assert {m.name for m in MODULES} >= {"sketch_numba.py", "passages_numba.py"}


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.name)
def test_no_compiled_function_calls_a_parallel_one(module: Path) -> None:
    assert compiled_callers_of_parallel(module.read_text(encoding="utf-8")) == []


def test_the_rule_finds_a_compiled_caller_of_a_parallel_kernel() -> None:
    source = (
        "@numba.njit(cache=True, parallel=True)\ndef inner(x):\n    return x\n\n"
        "@numba.njit(cache=True)\ndef outer(x):\n    return inner(x) + 1\n"
    )
    assert compiled_callers_of_parallel(source) == [("outer", "inner")]
