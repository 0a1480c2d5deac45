"""The engines `minijs bench` compares, and running one benchmark once.

Every run is a fresh process of one engine running bench_driver.js, which
loads the program, times its kernel in that process and prints an
`@@bench {...}` line (see the driver).  Engines:

    jitless       minijs run --jitless, with MINIJS_JITLESS=1 as well
                  (the flag only when this minijs's `run` accepts it)
    minijs        minijs run: the default tiered engine
    node-jitless  node --jitless (V8's Ignition interpreter only)
    node          node: V8 with all its tiers
    quickjs       QuickJS through the `quickjs` package on PyPI, in a Python
                  process of its own (bench_quickjs.py, its own driver)
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DRIVER = Path(__file__).resolve().with_name("bench_driver.js")
RESULT_PREFIX = "@@bench "
TOPLEVEL_MARKER = "// bench: toplevel"
ENGINE_KEYS = ("jitless", "minijs", "node-jitless", "node", "quickjs")
_REPS_LINE = re.compile(r"^var REPS = (\d+);", re.M)


class RunFailed(Exception):
    """A run crashed, threw (a program's self-check failed) or printed no
    result line."""


@dataclass(frozen=True)
class Program:
    """One benchmark file: its name (the file's stem), path, the REPS it
    declares (`var REPS = N;`, 1 without one) and whether it is a top-level
    program (a `// bench: toplevel` line among its first five)."""
    name: str
    path: Path
    reps: int
    toplevel: bool

    @classmethod
    def from_path(cls, path):
        path = Path(path).resolve()
        text = path.read_text(encoding="utf-8")
        m = _REPS_LINE.search(text)
        head = text.splitlines()[:5]
        return cls(path.stem, path, int(m.group(1)) if m else 1,
                   any(line.strip() == TOPLEVEL_MARKER for line in head))

    def reps_at(self, scale):
        return max(1, round(self.reps * scale))


@dataclass
class Engine:
    key: str                 # what --engines takes
    name: str                # what the table shows
    command: list            # argv up to the driver
    env: dict = field(default_factory=dict)   # set (or, with None, remove)
    note: str = ""
    driver: Path | None = DRIVER              # None: the command is its own driver

    def argv(self, program, reps):
        driver = [str(self.driver)] if self.driver is not None else []
        args = [*self.command, *driver, str(program.path), str(reps)]
        return args + ["toplevel"] if program.toplevel else args

    def run(self, program, reps, timeout):
        """Run `program` once; the driver's result dict."""
        env = dict(os.environ)
        for key, value in self.env.items():   # None removes a variable
            if value is None:
                env.pop(key, None)
            else:
                env[key] = value
        try:
            proc = subprocess.run(self.argv(program, reps), capture_output=True, text=True,
                                  env=env, timeout=timeout, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise RunFailed(f"timed out after {timeout:g} s") from None
        except OSError as e:
            raise RunFailed(f"cannot start: {e}") from None
        result = None
        for line in proc.stdout.splitlines():
            if line.startswith(RESULT_PREFIX):
                result = json.loads(line[len(RESULT_PREFIX):])
        if proc.returncode != 0 or result is None:
            raise RunFailed(_failure_text(proc))
        return result


def _failure_text(proc):
    """The line of stderr that says what went wrong (node and minijs print
    the error after the source excerpt: the first `Name: message` line)."""
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip() and not ln.startswith("Warning:")]
    for line in lines:
        if re.match(r"^\w*(Error|Exception)\b.*:", line) or line.startswith("minijs:"):
            return f"exit {proc.returncode}: {line.strip()}"
    tail = lines[-1].strip() if lines else "no result line"
    return f"exit {proc.returncode}: {tail}"


@lru_cache(maxsize=None)
def minijs_run_accepts_jitless():
    """Whether this minijs's `run` command has a --jitless flag (the JIT
    tier adds it); without it only MINIJS_JITLESS=1 is passed."""
    try:
        out = subprocess.run([sys.executable, "-m", "minijs", "run", "--help"],
                             capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "--jitless" in out


def node_executable():
    return shutil.which("node")


def available_engines():
    """Every engine this machine has, in table order: {key: Engine}."""
    minijs = [sys.executable, "-m", "minijs", "run"]
    flag = ["--jitless"] if minijs_run_accepts_jitless() else []
    note = "" if flag else "`minijs run` has no --jitless flag in this build: MINIJS_JITLESS=1 only"
    engines = {
        "jitless": Engine("jitless", "minijs --jitless", minijs + flag, {"MINIJS_JITLESS": "1"}, note),
        # The default engine must not inherit a MINIJS_JITLESS from the shell.
        "minijs": Engine("minijs", "minijs", minijs, {"MINIJS_JITLESS": None}),
    }
    node = node_executable()
    if node:
        engines["node-jitless"] = Engine("node-jitless", "node --jitless", [node, "--jitless"])
        engines["node"] = Engine("node", "node", [node])
    if quickjs_version():
        engines["quickjs"] = Engine("quickjs", "QuickJS", [sys.executable, "-m", "minijs.tools.bench_quickjs"],
                                    driver=None)
    return engines


def quickjs_version():
    """The installed `quickjs` package's version, or None."""
    if importlib.util.find_spec("quickjs") is None:
        return None
    try:
        return importlib.metadata.version("quickjs")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def version_of(command):
    try:
        return subprocess.run([*command, "--version"], capture_output=True, text=True,
                              timeout=30).stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None
