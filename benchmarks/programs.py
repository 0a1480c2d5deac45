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

Top-level programs (for on-stack replacement) are the exception: their
kernel is a loop at the top level of the script, so there is nothing to
export.  They start with the line `// bench: toplevel` (the Python twin's
docstring starts with `bench: toplevel`), read the repetitions from their
first argument (process.argv[2] / sys.argv[1], default REPS), throw when
wrong and print their checksum.  Every runner times the evaluation of the
whole module instead of a call: for minijs that includes compiling the
module (parse and bytecode), which a one-shot script pays too.

The runners here exclude start-up from what they time: minijs compiles
and loads the module once in a NodeHost and then only the call of `run`
is timed; CPython imports the module once; node is a fresh process per
run (so `node` includes its JIT warm-up, as a one-shot program would) but
the program itself measures only the call of `run` with process.cpuUsage.
All times are CPU seconds.
"""

from __future__ import annotations

import gc
import contextlib
import importlib.util
import io
import json
import re
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


TOPLEVEL_MARKER = "// bench: toplevel"
_REPS_LINE = re.compile(r"^var REPS = (\d+);", re.M)


def is_toplevel(name):
    """Whether program `name` is a top-level program (see the docstring)."""
    with open(js_path(name), encoding="utf-8") as f:
        return any(line.strip() == TOPLEVEL_MARKER for line, _ in zip(f, range(5)))


def js_reps(path):
    """The `var REPS = N;` a JS program declares (1 when it declares none)."""
    m = _REPS_LINE.search(Path(path).read_text(encoding="utf-8"))
    return int(m.group(1)) if m else 1


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
    """Repetitions of program `name` at `scale` (at least 1).  The count is
    the JS file's REPS (the Python twin declares the same; importing a
    top-level twin would run it)."""
    return max(1, round(js_reps(js_path(name)) * scale))


# --- runners -----------------------------------------------------------------
# A runner is an object with .name and .time(reps) -> CPU seconds of one
# run(reps); it raises WrongResult when the program throws.

class MinijsRunner:
    """minijs's interpreter in this process: the module is compiled and
    loaded once (its top level sees argv ["0"], so it runs nothing); each
    timed run is one call of the exported `run` function.  A top-level
    program is loaded afresh in a new host for every run instead, with the
    repetitions as its argument, and `call` returns what it printed."""

    name = "minijs"

    def __init__(self, program):
        from minijs.runtime.values import UNDEFINED

        self.program = program
        self.path = str(js_path(program))
        self.toplevel = is_toplevel(program)
        self._undefined = UNDEFINED
        if not self.toplevel:
            self._new_host("0")
            module = self._guard(lambda: self.host.load_module(self.path, is_main=True))
            self.fn = module.get("exports")

    def _new_host(self, argument):
        from minijs.host.node import NodeHost
        self.output = io.StringIO()
        self.host = NodeHost([argument], stdout=self.output, stderr=self.output, script_path=self.path)

    def _guard(self, thunk):
        from minijs.runtime.errors import JSThrow
        from minijs.runtime.realm import set_current

        set_current(self.host.realm)
        try:
            return thunk()
        except JSThrow as exc:
            raise WrongResult(f"minijs: {self.program}: uncaught {_js_error_text(exc)}") from None

    def call(self, reps):
        """Run `run(reps)` untimed; returns its JS result (a top-level
        program: its printed output)."""
        from minijs.runtime.calls import call
        if self.toplevel:
            self._new_host(str(reps))
            self._guard(lambda: self.host.load_module(self.path, is_main=True))
            return self.output.getvalue()
        return self._guard(lambda: call(self.fn, self._undefined, [reps]))

    def time(self, reps):
        from minijs.runtime.calls import call
        from minijs.runtime.errors import JSThrow
        from minijs.runtime.realm import set_current

        if self.toplevel:
            self._new_host(str(reps))
            set_current(self.host.realm)
            gc.collect()
            try:
                start = time.process_time()
                self.host.load_module(self.path, is_main=True)
                return time.process_time() - start
            except JSThrow as exc:
                raise WrongResult(f"minijs: {self.program}: uncaught {_js_error_text(exc)}") from None
        set_current(self.host.realm)
        fn, undefined = self.fn, self._undefined
        gc.collect()
        try:
            start = time.process_time()
            call(fn, undefined, [reps])
            return time.process_time() - start
        except JSThrow as exc:
            raise WrongResult(f"minijs: {self.program}: uncaught {_js_error_text(exc)}") from None


class JitlessMinijsRunner(MinijsRunner):
    """minijs with the optimizing JIT off (`--jitless`: the interpreter and
    the baseline tier), in this process like MinijsRunner."""

    name = "minijs --jitless"

    def __init__(self, program):
        with _jit_off():
            super().__init__(program)

    def call(self, reps):
        with _jit_off():
            return super().call(reps)

    def time(self, reps):
        with _jit_off():
            return super().time(reps)


@contextlib.contextmanager
def _jit_off():
    from minijs.jit.options import OPTIONS
    enabled = OPTIONS.enabled
    OPTIONS.enabled = False
    try:
        yield
    finally:
        OPTIONS.enabled = enabled


def _js_error_text(exc):
    """`Error: message` of a thrown JS value (JSThrow's own str)."""
    try:
        return str(exc)
    except Exception:  # noqa: BLE001 - only for the message
        return repr(exc)


class CPythonRunner:
    """The Python version in this interpreter (imported once).  A top-level
    twin is compiled once and executed as __main__ for every run, with
    sys.argv set to its repetitions and its output captured."""

    name = "cpython"

    def __init__(self, program):
        self.program = program
        self.toplevel = is_toplevel(program)
        if self.toplevel:
            path = PY_DIR / f"{program}.py"
            self.code = compile(path.read_text(encoding="utf-8"), str(path), "exec")
            self.fn = self._exec_module
        else:
            self.fn = load_python(program).run

    def _exec_module(self, reps):
        out = io.StringIO()
        saved = sys.argv
        sys.argv = [str(PY_DIR / f"{self.program}.py"), str(reps)]
        try:
            with contextlib.redirect_stdout(out):
                exec(self.code, {"__name__": "__main__"})
        finally:
            sys.argv = saved
        return out.getvalue()

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
# A top-level program sees itself as the main script with the repetitions
# as its argument; the evaluation of the whole module is timed.
NODE_TOPLEVEL_DRIVER = (
    "const file = process.argv[1]; process.argv = [process.argv[0], file, process.argv[2]];"
    "const t0 = process.cpuUsage(); require(file); const d = process.cpuUsage(t0);"
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
        self.driver = NODE_TOPLEVEL_DRIVER if is_toplevel(program) else NODE_DRIVER

    def time(self, reps):
        cmd = [self.executable, *self.flags, "-e", self.driver, str(js_path(self.program)), str(reps)]
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
