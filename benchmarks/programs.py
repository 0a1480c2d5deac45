"""The interpreter benchmark programs and how each engine runs them.

Every benchmark is a pair of files with the same stem:

    benchmarks/js/NAME.js       exports `run(reps)` (module.exports = run)
    benchmarks/python/NAME.py   defines `run(reps)` and REPS

`run(reps)` repeats a fixed-size kernel `reps` times and throws (JS) or
raises (Python) when a kernel's result is not the expected constant, so a
wrong answer can never pass for a fast one.  REPS is the repetition count
at scale 1; `reps_for(program, scale)` scales it.  Run standalone
(`node js/fib.js [reps]`, `minijs run js/fib.js [reps]`,
`python python/fib.py [reps]`) a program prints its checksum.

The runners here exclude start-up from what they time: minijs compiles
and loads the module once in a NodeHost and then only the call of `run`
is timed; CPython imports the module once; node is a fresh process per
run (so `node` includes its JIT warm-up, as a one-shot program would) but
the program itself measures only the call of `run` with process.cpuUsage.
All times are CPU seconds.
"""

from __future__ import annotations

import gc
import importlib.util
import io
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
JS_DIR = HERE / "js"
PY_DIR = HERE / "python"

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


class WrongResult(Exception):
    """A program threw (its self-check failed) or crashed in an engine."""


def program_names():
    """Stems that have both a JS and a Python version, sorted."""
    js = {p.stem for p in JS_DIR.glob("*.js")}
    py = {p.stem for p in PY_DIR.glob("*.py")}
    return sorted(js & py)


def js_path(name):
    return JS_DIR / f"{name}.js"


def load_python(name):
    """The Python version's module (imported from its file, once per name)."""
    key = f"_minijs_bench_py_{name}"
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, PY_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module


def reps_for(name, scale):
    """Repetitions of program `name` at `scale` (at least 1)."""
    return max(1, round(load_python(name).REPS * scale))


# --- runners -----------------------------------------------------------------
# A runner is an object with .name and .time(reps) -> CPU seconds of one
# run(reps); it raises WrongResult when the program throws.

class MinijsRunner:
    """minijs's interpreter in this process: the module is compiled and
    loaded once (its top level sees argv ["0"], so it runs nothing); each
    timed run is one call of the exported `run` function."""

    name = "minijs"

    def __init__(self, program):
        from minijs.host.node import NodeHost
        from minijs.runtime.values import UNDEFINED

        self.program = program
        path = str(js_path(program))
        self.output = io.StringIO()
        self.host = NodeHost(["0"], stdout=self.output, stderr=self.output, script_path=path)
        self._undefined = UNDEFINED
        module = self._guard(lambda: self.host.load_module(path, is_main=True))
        self.fn = module.get("exports")

    def _guard(self, thunk):
        from minijs.runtime.errors import JSThrow
        from minijs.runtime.realm import set_current

        set_current(self.host.realm)
        try:
            return thunk()
        except JSThrow as exc:
            raise WrongResult(f"minijs: {self.program}: uncaught {_js_error_text(exc)}") from None

    def call(self, reps):
        """Run `run(reps)` untimed; returns its JS result."""
        from minijs.runtime.calls import call
        return self._guard(lambda: call(self.fn, self._undefined, [reps]))

    def time(self, reps):
        from minijs.runtime.calls import call
        from minijs.runtime.errors import JSThrow
        from minijs.runtime.realm import set_current

        set_current(self.host.realm)
        fn, undefined = self.fn, self._undefined
        gc.collect()
        try:
            start = time.process_time()
            call(fn, undefined, [reps])
            return time.process_time() - start
        except JSThrow as exc:
            raise WrongResult(f"minijs: {self.program}: uncaught {_js_error_text(exc)}") from None


def _js_error_text(exc):
    """`Error: message` of a thrown JS value (JSThrow's own str)."""
    try:
        return str(exc)
    except Exception:  # noqa: BLE001 - only for the message
        return repr(exc)


class CPythonRunner:
    """The Python version in this interpreter (imported once)."""

    name = "cpython"

    def __init__(self, program):
        self.program = program
        self.fn = load_python(program).run

    def call(self, reps):
        try:
            return self.fn(reps)
        except Exception as exc:
            raise WrongResult(f"cpython: {self.program}: {type(exc).__name__}: {exc}") from None

    def time(self, reps):
        fn = self.fn
        gc.collect()
        try:
            start = time.process_time()
            fn(reps)
            return time.process_time() - start
        except Exception as exc:
            raise WrongResult(f"cpython: {self.program}: {type(exc).__name__}: {exc}") from None


# node runs `require(FILE)(reps)` in a fresh process and prints the CPU
# microseconds (user + system, all threads) of that call alone.
NODE_DRIVER = (
    "const run = require(process.argv[1]); const reps = Number(process.argv[2]);"
    "const t0 = process.cpuUsage(); run(reps); const d = process.cpuUsage(t0);"
    "console.log(JSON.stringify({cpu_us: d.user + d.system}));"
)


def node_executable():
    return shutil.which("node")


class NodeRunner:
    """node (optionally --jitless) in a subprocess per run."""

    def __init__(self, program, jitless, executable=None, timeout=300):
        self.program = program
        self.executable = executable or node_executable()
        if self.executable is None:
            raise FileNotFoundError("node is not on PATH")
        self.flags = ["--jitless"] if jitless else []
        self.name = "node --jitless" if jitless else "node"
        self.timeout = timeout

    def time(self, reps):
        cmd = [self.executable, *self.flags, "-e", NODE_DRIVER, str(js_path(self.program)), str(reps)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=self.timeout)
        if proc.returncode != 0:
            tail = (proc.stderr.strip().splitlines() or ["(no output)"])
            raise WrongResult(f"{self.name}: {self.program}: exit {proc.returncode}: {tail[-1]}")
        line = proc.stdout.strip().splitlines()[-1]
        return json.loads(line)["cpu_us"] / 1e6


def node_version(executable=None):
    exe = executable or node_executable()
    if exe is None:
        return None
    try:
        return subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
