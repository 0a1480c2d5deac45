#!/usr/bin/env python3
"""minijs's interpreter against CPython, node --jitless and node on the same
algorithms (issue 3, "Tests and measurements").

    python benchmarks/compare.py                 # scale 1, 5 runs (~1 min today)
    python benchmarks/compare.py --quick         # scale 0.25, 3 runs
    python benchmarks/compare.py --scale 4 --runs 7 --only fib,loop_sum
    python benchmarks/compare.py --json out.json

The programs are benchmarks/js/NAME.js and benchmarks/python/NAME.py (see
programs.py): each repeats a fixed kernel `reps` times (REPS x scale) and
throws if a kernel's result is wrong; a top-level program (`// bench:
toplevel`) is timed as a whole module evaluation instead.  Engines:

    minijs          the interpreter, in this process; the module is compiled
                    and loaded once, then only the call of `run(reps)` is
                    timed (no start-up, no parse, no compile)
    cpython         the Python version, in this process (imported once)
    node --jitless  fresh process per run; the program times its own
    node            `run(reps)` with process.cpuUsage (start-up excluded)

Each engine first runs every program once with reps=1 untimed (warm-up
and self-check).  Then the timed runs alternate between the engines run
by run (A B C D A B C D ...), so drift in machine load hits all engines
alike.  Every time is CPU time (time.process_time in this process; user +
system CPU of the node process during the call).  The table shows the
median of the runs per engine and the ratios minijs/CPython and
minijs/node --jitless (and minijs/node), with their geometric means.  A
program that throws or crashes in an engine is reported as WRONG and
left out of that engine's ratios.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from minijs.tools.bench import cpu_model, git_revision  # noqa: E402
from programs import (CPythonRunner, MinijsRunner, NodeRunner, WrongResult,  # noqa: E402
                      node_executable, node_version, program_names, reps_for)

ENGINES = ("minijs", "cpython", "node --jitless", "node")
QUICK_SCALE = 0.25
QUICK_RUNS = 3
DEFAULT_RUNS = 5


# --- machine details -----------------------------------------------------------

def _git_revision():
    rev = git_revision()
    if rev is None:
        return "unknown"
    return rev[0] + ("+dirty minijs/" if rev[1] else "")


def machine_details():
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "os": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "node": node_version() or "not found",
        "minijs": _git_revision(),
        "loadavg": [round(x, 2) for x in load] if load else None,
    }


# --- measuring -----------------------------------------------------------------

def make_runner(engine, program):
    if engine == "minijs":
        return MinijsRunner(program)
    if engine == "cpython":
        return CPythonRunner(program)
    return NodeRunner(program, jitless=(engine == "node --jitless"))


def measure(names, engines, scale, runs, log):
    """{program: {"reps": n, engine: [seconds...] or "WRONG: ..."}}."""
    results = {}
    runners = {}
    for name in names:
        results[name] = {"reps": reps_for(name, scale)}
        for engine in engines:
            try:
                runner = make_runner(engine, name)
                # Warm-up and self-check, untimed.
                if hasattr(runner, "call"):
                    runner.call(1)
                else:
                    runner.time(1)
            except (WrongResult, FileNotFoundError, OSError, subprocess.SubprocessError) as e:
                results[name][engine] = f"WRONG: {e}"
                log(f"  {name} [{engine}] {e}")
                continue
            runners[name, engine] = runner
            results[name][engine] = []
    for i in range(runs):
        log(f"run {i + 1}/{runs}")
        for name in names:
            reps = results[name]["reps"]
            for engine in engines:
                runner = runners.get((name, engine))
                if runner is None:
                    continue
                try:
                    results[name][engine].append(runner.time(reps))
                except (WrongResult, OSError, subprocess.SubprocessError) as e:
                    results[name][engine] = f"WRONG: {e}"
                    runners.pop((name, engine))
                    log(f"  {name} [{engine}] {e}")
    return results


# --- reporting ------------------------------------------------------------------

def _median(value):
    return statistics.median(value) if isinstance(value, list) and value else None


def _ms(seconds):
    if seconds is None:
        return "-"
    return f"{seconds * 1e3:.1f}" if seconds >= 0.01 else f"{seconds * 1e3:.2f}"


def _ratio(a, b):
    return a / b if a is not None and b else None


def _geomean(values):
    values = [v for v in values if v]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def _fmt_ratio(r):
    return "-" if r is None else f"{r:.1f}x"


def build_table(results, engines):
    """Rows of strings: header, one row per program, the geometric mean."""
    ratio_cols = [("cpython", "minijs/CPython"), ("node --jitless", "minijs/jitless"),
                  ("node", "minijs/node")]
    ratio_cols = [(e, label) for e, label in ratio_cols if e in engines and "minijs" in engines]
    header = ["program", "reps"] + [f"{e} ms" for e in engines] + [label for _, label in ratio_cols]
    rows = [header]
    ratios = {e: [] for e, _ in ratio_cols}
    for name, res in results.items():
        medians = {e: _median(res.get(e)) for e in engines}
        row = [name, str(res["reps"])]
        for e in engines:
            v = res.get(e)
            row.append("WRONG" if isinstance(v, str) else _ms(medians[e]))
        for e, _ in ratio_cols:
            r = _ratio(medians["minijs"], medians[e])
            ratios[e].append(r)
            row.append(_fmt_ratio(r))
        rows.append(row)
    if ratio_cols:
        rows.append(["geometric mean", ""] + [""] * len(engines)
                    + [_fmt_ratio(_geomean(ratios[e])) for e, _ in ratio_cols])
    return rows


def format_table(rows):
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
        if k == 0 or (k == len(rows) - 2 and rows[-1][0] == "geometric mean"):
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help=f"scale {QUICK_SCALE} and {QUICK_RUNS} runs unless given")
    ap.add_argument("--scale", type=float, default=None,
                    help="multiply every program's repetitions (default 1)")
    ap.add_argument("--runs", type=int, default=None,
                    help=f"timed runs per engine and program (default {DEFAULT_RUNS})")
    ap.add_argument("--only", default="", help="comma-separated program names")
    ap.add_argument("--engines", default=",".join(ENGINES),
                    help="comma-separated subset of: " + ", ".join(ENGINES))
    ap.add_argument("--json", metavar="FILE", help="also write every run's time as JSON")
    args = ap.parse_args(argv)

    scale = args.scale if args.scale is not None else (QUICK_SCALE if args.quick else 1.0)
    runs = args.runs if args.runs is not None else (QUICK_RUNS if args.quick else DEFAULT_RUNS)
    names = program_names()
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = sorted(set(wanted) - set(names))
        if unknown:
            ap.error(f"unknown program(s): {', '.join(unknown)} (have: {', '.join(names)})")
        names = [n for n in names if n in wanted]
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    bad = [e for e in engines if e not in ENGINES]
    if bad:
        ap.error(f"unknown engine(s): {', '.join(bad)}")
    skipped = []
    if node_executable() is None:
        skipped = [e for e in engines if e.startswith("node")]
        engines = [e for e in engines if not e.startswith("node")]

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    details = machine_details()
    started = time.perf_counter()
    results = measure(names, engines, scale, runs, log)
    elapsed = time.perf_counter() - started

    print(f"minijs interpreter vs CPython / node: median CPU ms of {runs} runs, scale {scale:g}")
    for key, value in details.items():
        print(f"  {key}: {value}")
    if skipped:
        print(f"  skipped (node not found): {', '.join(skipped)}")
    print()
    print(format_table(build_table(results, engines)))
    wrong = [(n, e, v) for n, res in results.items() for e, v in res.items()
             if isinstance(v, str) and v.startswith("WRONG")]
    for n, e, v in wrong:
        print(f"{n} [{e}]: {v}")
    print(f"\n(wall time of the measurement: {elapsed:.0f} s)")

    if args.json:
        Path(args.json).write_text(json.dumps(
            {"machine": details, "scale": scale, "runs": runs, "results": results}, indent=1))
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
