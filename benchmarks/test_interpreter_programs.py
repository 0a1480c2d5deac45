"""The benchmark programs themselves (not timed): every JS program has a
Python twin with the same REPS, and both compute the same checksum under
minijs, CPython and node.  Skipped by --benchmark-only; run with
`pytest benchmarks -k programs`."""

import re
import subprocess

import pytest

from programs import (PY_DIR, CPythonRunner, MinijsRunner, NodeRunner, is_toplevel, js_path,
                      js_reps, node_executable, program_names)

PROGRAMS = program_names()


def test_programs_found():
    assert len(PROGRAMS) >= 10
    assert {"fib", "loop_sum", "nested_loops", "sieve", "property_access", "method_calls",
            "string_build", "array_work", "array_sort"} <= set(PROGRAMS)


@pytest.mark.parametrize("program", PROGRAMS)
def test_reps_match(program):
    assert re.search(r"^var REPS = (\d+);", js_path(program).read_text(), re.M), \
        "JS program declares no REPS"
    m = re.search(r"^REPS = (\d+)", (PY_DIR / f"{program}.py").read_text(), re.M)
    assert m, "Python program declares no REPS"
    assert int(m.group(1)) == js_reps(js_path(program))


@pytest.mark.parametrize("program", PROGRAMS)
def test_same_checksum(program):
    expected = CPythonRunner(program).call(2)
    assert MinijsRunner(program).call(2) == expected
    # A top-level program's result is what it printed.
    line = expected.strip() if is_toplevel(program) else f"{program}: {expected}"
    if node_executable():
        out = subprocess.run([node_executable(), str(js_path(program)), "2"],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == line


@pytest.mark.skipif(node_executable() is None, reason="node not found")
def test_node_runner_times_the_call():
    seconds = NodeRunner("loop_sum", jitless=True).time(1)
    assert 0 <= seconds < 5


@pytest.mark.skipif(node_executable() is None, reason="node not found")
def test_node_runner_times_a_toplevel_program():
    seconds = NodeRunner("toplevel_loop", jitless=True).time(1)
    assert 0 <= seconds < 5
