"""`minijs bench`: the benchmark programs under every engine, side by side.

    minijs bench                          # every program in benchmarks/js
    minijs bench --only fib30,nbody --runs 7
    minijs bench my_kernel.js --engines jitless,minijs
    minijs bench --quick --json out.json --markdown out.md --plot out.png

Each run is a fresh process of one engine (bench_engines.py) in which the
program times its own kernel (bench_driver.js): interpreter start-up is
left out, JIT warm-up and compilation are counted.  Runs alternate between
the engines (A B C D A B C D ...) so drift in the machine's load hits them
all alike; the first --warmup rounds are not counted.  The report
(bench_report.py) gives the median and spread per engine, the JIT's
speed-up over the interpreter, minijs's time relative to node, geometric
means and the machine's details; --json, --markdown and --plot export it.

A benchmark program either exports run(reps) (module.exports = run), or is
a top-level program marked `// bench: toplevel` (see benchmarks/programs.py);
it declares `var REPS = N;` (repetitions at scale 1) and throws when its
result is wrong, which the report shows as WRONG.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import minijs
from minijs.tools.bench_engines import (ENGINE_KEYS, Program, RunFailed, available_engines,
                                       quickjs_version, version_of)
from minijs.tools.bench_report import DEFAULT_MAX_SPREAD, summarize, text_report, markdown_report

REPO = Path(minijs.__file__).resolve().parent.parent
SUITE = REPO / "benchmarks" / "js"
DEFAULT_RUNS, DEFAULT_WARMUP = 5, 1
QUICK_SCALE, QUICK_RUNS = 0.25, 3


def build_parser():
    ap = argparse.ArgumentParser(
        prog="minijs bench",
        description="Time the benchmark programs under minijs --jitless, minijs, and (when "
                    "installed) node --jitless, node and QuickJS (pip install quickjs).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Engines: jitless (minijs --jitless), minijs, node-jitless, node, quickjs.")
    ap.add_argument("files", nargs="*", help=f"benchmark .js files (default: every program in {SUITE})")
    ap.add_argument("--only", default="", help="comma-separated program names to keep")
    ap.add_argument("--engines", default=",".join(ENGINE_KEYS),
                    help="comma-separated engines (default: all that are installed)")
    ap.add_argument("--runs", type=int, help=f"timed runs per program and engine (default {DEFAULT_RUNS})")
    ap.add_argument("--warmup", type=int, default=DEFAULT_WARMUP,
                    help=f"uncounted rounds before the timed ones (default {DEFAULT_WARMUP})")
    ap.add_argument("--scale", type=float, help="multiply every program's REPS (default 1)")
    ap.add_argument("--quick", action="store_true",
                    help=f"scale {QUICK_SCALE} and {QUICK_RUNS} runs unless given")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                    help="cpu: CPU time of the engine's process, all threads (default); wall: elapsed")
    ap.add_argument("--max-spread", type=float, default=DEFAULT_MAX_SPREAD,
                    help="warn when (max - min) / median of a program's runs exceeds this "
                         f"(default {DEFAULT_MAX_SPREAD})")
    ap.add_argument("--timeout", type=float, default=600, help="seconds one run may take (default 600)")
    ap.add_argument("--json", metavar="FILE", help="write every run and the summary as JSON ('-': stdout)")
    ap.add_argument("--markdown", metavar="FILE", help="write the table as Markdown ('-': stdout)")
    ap.add_argument("--plot", metavar="FILE.png", help="draw the comparison (needs matplotlib)")
    ap.add_argument("--load", metavar="FILE.json",
                    help="report a measurement saved with --json instead of measuring")
    ap.add_argument("--quiet", action="store_true", help="no progress display")
    return ap


def select_programs(args, ap):
    if args.files:
        paths = []
        for f in args.files:
            if not os.path.isfile(f):
                ap.error(f"cannot find '{f}'")
            paths.append(f)
    else:
        if not SUITE.is_dir():
            ap.error(f"no benchmark suite at {SUITE}: give the files to run")
        paths = sorted(SUITE.glob("*.js"))
    programs = [Program.from_path(p) for p in paths]
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = sorted(set(wanted) - {p.name for p in programs})
        if unknown:
            ap.error(f"unknown program(s): {', '.join(unknown)} "
                     f"(have: {', '.join(p.name for p in programs)})")
        programs = [p for p in programs if p.name in wanted]
    return programs


def select_engines(args, ap):
    keys = [k.strip() for k in args.engines.split(",") if k.strip()]
    bad = [k for k in keys if k not in ENGINE_KEYS]
    if bad:
        ap.error(f"unknown engine(s): {', '.join(bad)} (have: {', '.join(ENGINE_KEYS)})")
    have = available_engines()
    missing = [k for k in keys if k not in have]
    return [have[k] for k in ENGINE_KEYS if k in keys and k in have], missing


# --- machine details -------------------------------------------------------------

def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def git_revision():
    """(short revision, whether minijs/ has uncommitted changes), or None
    outside a git checkout."""
    try:
        run = lambda *a: subprocess.run(["git", *a], cwd=REPO, capture_output=True, text=True,
                                        timeout=10).stdout.strip()
        rev = run("rev-parse", "--short", "HEAD")
        dirty = run("status", "--porcelain", "--untracked-files=no", "minijs")
        return (rev, bool(dirty)) if rev else None
    except (OSError, subprocess.SubprocessError):
        return None


def _revision_text():
    rev = git_revision()
    if rev is None:
        return ""
    return " git " + rev[0] + (" (minijs/ modified)" if rev[1] else "")


def machine_details(engines):
    details = {
        "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "os": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "minijs": minijs.__version__ + _revision_text(),
    }
    node = next((e for e in engines if e.key.startswith("node")), None)
    if node:
        details["node"] = version_of(node.command[:1]) or "unknown"
    if any(e.key == "quickjs" for e in engines):
        details["QuickJS"] = "quickjs %s (PyPI package)" % quickjs_version()
    if hasattr(os, "getloadavg"):
        details["load average at start"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return details


# --- measuring -------------------------------------------------------------------

class Progress:
    """One updating line on a terminal's stderr; plain lines elsewhere (one
    per finished round, so logs stay short)."""

    def __init__(self, total, quiet):
        self.total, self.done, self.quiet = total, 0, quiet
        self.tty = sys.stderr.isatty()
        self.started = time.monotonic()

    def step(self, text):
        self.done += 1
        if self.quiet or not self.tty:
            return
        elapsed = time.monotonic() - self.started
        line = f"[{self.done}/{self.total} {elapsed:.0f}s] {text}"
        sys.stderr.write("\r\x1b[K" + line[:150])
        sys.stderr.flush()

    def say(self, text):
        if self.quiet:
            return
        if self.tty:
            sys.stderr.write("\r\x1b[K")
        sys.stderr.write(text + "\n")
        sys.stderr.flush()

    def finish(self):
        if self.tty and not self.quiet:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def measure(programs, engines, scale, runs, warmup, clock, timeout, progress):
    key = "cpu_ms" if clock == "cpu" else "wall_ms"
    results = {p.name: {e.name: {"times_ms": [], "error": None, "jit": []} for e in engines}
               for p in programs}
    rounds = warmup + runs
    for r in range(rounds):
        counted = r >= warmup
        label = f"round {r + 1}/{rounds}" + ("" if counted else " (warm-up)")
        for p in programs:
            reps = p.reps_at(scale)
            for e in engines:
                entry = results[p.name][e.name]
                if entry["error"] or entry.get("unsupported"):
                    progress.step(f"{label} {p.name} [{e.name}] skipped")
                    continue
                progress.step(f"{label} {p.name} [{e.name}] ...")
                try:
                    out = e.run(p, reps, timeout)
                    if out.get("unsupported"):            # the engine cannot run this program
                        entry["unsupported"] = out["unsupported"]
                        progress.say(f"{p.name} [{e.name}]: not run: {out['unsupported']}")
                        continue
                    value = out.get(key)
                    if value is None:
                        raise RunFailed(f"the engine reports no {clock} time")
                except RunFailed as exc:
                    entry["error"] = str(exc)
                    progress.say(f"{p.name} [{e.name}]: {exc}")
                    continue
                if counted:
                    entry["times_ms"].append(value)
                    if isinstance(out.get("jit"), dict):
                        entry["jit"].append(out["jit"])
        progress.say(f"{label} done ({time.monotonic() - progress.started:.0f} s)")
    progress.finish()
    return [{"name": p.name, "path": str(p.path), "reps": p.reps_at(scale), "toplevel": p.toplevel,
             "engines": results[p.name]} for p in programs]


def _write(path, text):
    if path == "-":
        sys.stdout.write(text)
    else:
        Path(path).write_text(text, encoding="utf-8")


def main(argv=None):
    """Exit status: 0, 1 when a program failed or gave a wrong result, 2 for
    bad usage; never a Python traceback."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        sys.stderr.write("\nminijs bench: interrupted\n")
        return 130
    except OSError as exc:
        sys.stderr.write(f"minijs bench: {exc}\n")
        return 2


def _main(argv):
    ap = build_parser()
    args = ap.parse_args(argv)
    if args.load:
        measurement = json.loads(Path(args.load).read_text(encoding="utf-8"))
    else:
        measurement = _measure(args, ap)
    summarize(measurement, args.max_spread)
    return _report(measurement, args)


def _measure(args, ap):
    scale = args.scale if args.scale is not None else (QUICK_SCALE if args.quick else 1.0)
    runs = args.runs if args.runs is not None else (QUICK_RUNS if args.quick else DEFAULT_RUNS)
    if runs < 1 or args.warmup < 0 or scale <= 0:
        ap.error("--runs must be at least 1, --warmup at least 0, --scale positive")
    programs = select_programs(args, ap)
    engines, missing = select_engines(args, ap)
    if not programs or not engines:
        ap.error("nothing to run" + (f" (not installed: {', '.join(missing)})" if missing else ""))

    notes = [e.note for e in engines if e.note]
    if missing:
        notes.append(f"not installed, skipped: {', '.join(missing)}")
    measurement = {
        "machine": machine_details(engines),
        "settings": {"runs": runs, "warmup": args.warmup, "scale": scale, "clock": args.clock,
                     "engine_commands": {e.name: e.command for e in engines}},
        "engines": [e.name for e in engines],
        "notes": notes,
    }
    progress = Progress(len(programs) * len(engines) * (runs + args.warmup), args.quiet)
    started = time.monotonic()
    measurement["programs"] = measure(programs, engines, scale, runs, args.warmup, args.clock,
                                      args.timeout, progress)
    measurement["settings"]["wall_seconds"] = round(time.monotonic() - started, 1)
    return measurement


def _report(measurement, args):
    if args.json != "-" and args.markdown != "-":
        sys.stdout.write(text_report(measurement))
    if args.json:
        _write(args.json, json.dumps(measurement, indent=1) + "\n")
    if args.markdown:
        _write(args.markdown, markdown_report(measurement))
    if args.plot:
        from minijs.tools.bench_plot import PlotUnavailable, plot
        try:
            plot(measurement, args.plot)
        except PlotUnavailable as exc:
            sys.stderr.write(f"minijs bench: {exc}; no plot written\n")
    wrong = any(r["error"] for p in measurement["programs"] for r in p["engines"].values())
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
