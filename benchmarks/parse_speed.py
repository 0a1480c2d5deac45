#!/usr/bin/env python3
"""Parse throughput of minijs against two pure-Python JavaScript parsers.

    python benchmarks/parse_speed.py            # the 300-600 KB libraries, 3 runs
    python benchmarks/parse_speed.py --quick    # two small files, 1 run
    python benchmarks/parse_speed.py --libs lodash,acorn --runs 5 --json out.json

Parsers: minijs (`minijs.syntax.parse`), esprima-python 4.0.1
(`esprima.parseScript` / `parseModule`) and pyjsparser 2.7.1
(`pyjsparser.parse`, ES5 scripts only).  The libraries are real npm
packages, fetched once into .cache/npm-libs (tests/support/npm_libs.py).

For every file, each parser first parses it once as a warm-up (a parser
that raises there, or is not applicable, is reported as "n/a" for that file
and not timed); then the timed runs alternate between the parsers
(A B C A B C ...), each run measured in CPU time (time.process_time) with a
gc.collect() before it.  The table shows, per file, the size and each
parser's throughput in KB/s from the median run, and "minijs/best": minijs's
throughput divided by the faster of esprima and pyjsparser on that file
(above 1 means minijs is faster), with the geometric mean over the files
where it is defined.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import signal
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.support import npm_libs  # noqa: E402
from tests.support.npm_libs import Library, LibraryUnavailable  # noqa: E402

PARSER_NAMES = ("minijs", "esprima", "pyjsparser")
REFERENCE_PARSERS = ("esprima", "pyjsparser")

RECURSION_LIMIT = 20000


class NotApplicable(Exception):
    """The parser does not handle this kind of source at all."""


class ParseTimeout(Exception):
    pass


# --- the parsers --------------------------------------------------------------
# Each loader returns fn(source: str, module: bool) -> AST, or raises.

def _load_minijs():
    from minijs.syntax import parse

    def run(source, module):
        return parse(source, module=module)
    return run


def _load_esprima():
    import esprima

    def run(source, module):
        return esprima.parseModule(source) if module else esprima.parseScript(source)
    return run


def _load_pyjsparser():
    import pyjsparser

    def run(source, module):
        if module:
            raise NotApplicable("pyjsparser parses ES5 scripts only, not modules")
        return pyjsparser.parse(source)
    return run


_LOADERS = {
    "minijs": _load_minijs,
    "esprima": _load_esprima,
    "pyjsparser": _load_pyjsparser,
}


def load_parser(name):
    """fn(source, module) for parser `name`; raises whatever importing raises."""
    if sys.getrecursionlimit() < RECURSION_LIMIT:
        sys.setrecursionlimit(RECURSION_LIMIT)
    return _LOADERS[name]()


def describe_error(exc: BaseException, limit: int = 110) -> str:
    text = str(exc).strip().splitlines()
    msg = f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")
    return msg if len(msg) <= limit else msg[: limit - 3] + "..."


# --- timing ------------------------------------------------------------------

def _alarm(signum, frame):
    raise ParseTimeout("parse took too long")


def timed_parse(fn, source, module, timeout=None, disable_gc=False):
    """CPU seconds of one fn(source, module) call (the AST is dropped
    afterwards, outside the timed region).  `timeout` is in wall-clock
    seconds; exceeding it raises ParseTimeout."""
    gc.collect()
    use_alarm = bool(timeout) and hasattr(signal, "SIGALRM")
    if use_alarm:
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    if disable_gc:
        gc.disable()
    try:
        start = time.process_time()
        result = fn(source, module)
        elapsed = time.process_time() - start
    finally:
        if disable_gc:
            gc.enable()
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
    del result
    return elapsed


def measure_file(lib, source, parsers, runs, timeout, disable_gc, log):
    """{parser: {"times": [...], "error": str|None}} for one file."""
    module = lib.module
    out = {}
    active = []
    for name, fn in parsers.items():
        if isinstance(fn, BaseException):  # the parser itself could not be loaded
            out[name] = {"times": [], "error": f"not loaded: {describe_error(fn)}"}
            continue
        try:
            warm = timed_parse(fn, source, module, timeout, disable_gc)
        except NotApplicable as e:
            out[name] = {"times": [], "error": f"not applicable: {e}"}
        except (Exception, ParseTimeout) as e:
            out[name] = {"times": [], "error": describe_error(e)}
        else:
            out[name] = {"times": [], "error": None, "warmup": warm}
            active.append(name)
        log(f"  warm-up {name:10} {out[name]['error'] or format(out[name]['warmup'], '.3f') + ' s'}")
    for run in range(runs):
        for name in list(active):  # A B C A B C ...
            try:
                t = timed_parse(parsers[name], source, module, timeout, disable_gc)
            except (Exception, ParseTimeout) as e:
                out[name]["error"] = f"run {run + 1}: {describe_error(e)}"
                out[name]["times"] = []
                active.remove(name)
                continue
            out[name]["times"].append(t)
    return out


def geomean(values):
    values = [v for v in values if v and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


# --- report ------------------------------------------------------------------

def _fmt(value, spec):
    return "n/a" if value is None else format(value, spec)


def build_rows(results, parser_names):
    rows = []
    for entry in results:
        size_kb = entry["size"] / 1024
        speeds = {}
        for name in parser_names:
            r = entry["parsers"].get(name)
            if r and r["times"] and not r["error"]:
                med = statistics.median(r["times"])
                r["median"] = med
                speeds[name] = size_kb / med if med > 0 else None
            else:
                speeds[name] = None
        refs = [speeds[n] for n in REFERENCE_PARSERS if n in speeds and speeds[n]]
        ratio = None
        if speeds.get("minijs") and refs:
            ratio = speeds["minijs"] / max(refs)
        entry["kb_per_s"] = speeds
        entry["ratio"] = ratio
        rows.append((entry, size_kb, speeds, ratio))
    return rows


def print_table(results, parser_names, out=sys.stdout):
    rows = build_rows(results, parser_names)
    show_ratio = "minijs" in parser_names and any(n in parser_names for n in REFERENCE_PARSERS)
    headers = ["file", "kind", "size KB"] + [f"{n} KB/s" for n in parser_names]
    if show_ratio:
        headers.append("minijs/best")
    table = []
    for entry, size_kb, speeds, ratio in rows:
        line = [entry["name"], "module" if entry["module"] else "script", f"{size_kb:.1f}"]
        line += [_fmt(speeds[n], ".1f") for n in parser_names]
        if show_ratio:
            line.append(_fmt(ratio, ".3f"))
        table.append(line)
    ratios = [r for *_, r in rows if r]
    gm = geomean(ratios)
    widths = [max(len(str(r[i])) for r in [headers] + table) for i in range(len(headers))]

    def fmt_line(cells):
        parts = [str(cells[0]).ljust(widths[0])]
        parts += [str(c).rjust(w) for c, w in zip(cells[1:], widths[1:])]
        return "  ".join(parts)

    rule = "  ".join("-" * w for w in widths)
    print(fmt_line(headers), file=out)
    print(rule, file=out)
    for line in table:
        print(fmt_line(line), file=out)
    if show_ratio:
        print(rule, file=out)
        line = fmt_line([""] * (len(headers) - 1) + [_fmt(gm, ".3f")])
        label = f"geometric mean ({len(ratios)} file{'' if len(ratios) == 1 else 's'})"
        indent = len(line) - len(line.lstrip())
        print(label + line[len(label):] if len(label) + 2 <= indent else label + "  " + line.lstrip(),
              file=out)

    notes = {}
    for entry in results:
        for name in parser_names:
            err = entry["parsers"].get(name, {}).get("error")
            if err:
                notes.setdefault((name, err), []).append(entry["name"])
    if notes:
        print("\nn/a:", file=out)
        for (name, err), files in notes.items():
            print(f"  {name} on {', '.join(files)}: {err}", file=out)
    if show_ratio:
        print("\nminijs/best = minijs KB/s / max(esprima, pyjsparser) KB/s; > 1 means minijs is faster.",
              file=out)
    return gm


def machine_info():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "cpu": cpu,
        "platform": platform.platform(),
    }


def select_libraries(args):
    if args.libs:
        if args.libs == "all":
            return list(npm_libs.LIBRARIES)
        return [npm_libs.get(n.strip()) for n in args.libs.split(",") if n.strip()]
    return npm_libs.quick_libraries() if args.quick else npm_libs.bench_libraries()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help="small files only (%s), 1 timed run unless --runs" % ", ".join(npm_libs.QUICK_NAMES))
    ap.add_argument("--runs", type=int, default=None, help="timed runs per parser and file (default 3; 1 with --quick)")
    ap.add_argument("--libs", help="comma-separated library names, or 'all' (known: %s)"
                    % ", ".join(lib.name for lib in npm_libs.LIBRARIES))
    ap.add_argument("--parsers", default=",".join(PARSER_NAMES),
                    help="comma-separated subset of %s" % ", ".join(PARSER_NAMES))
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="wall-clock seconds allowed for one parse (0: none); exceeding it makes the parser n/a")
    ap.add_argument("--no-gc", action="store_true", help="disable the garbage collector during timed parses")
    ap.add_argument("--json", metavar="FILE", help="also write all measurements as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="log every warm-up")
    args = ap.parse_args(argv)

    runs = args.runs if args.runs is not None else (1 if args.quick else 3)
    if runs < 1:
        ap.error("--runs must be at least 1")
    parser_names = [p.strip() for p in args.parsers.split(",") if p.strip()]
    for p in parser_names:
        if p not in _LOADERS:
            ap.error(f"unknown parser {p!r}")
    try:
        libs = select_libraries(args)
    except KeyError as e:
        ap.error(str(e.args[0]))

    def log(msg):
        if args.verbose:
            print(msg, file=sys.stderr, flush=True)

    parsers = {}
    for name in parser_names:
        try:
            parsers[name] = load_parser(name)
        except Exception as e:  # e.g. the minijs parser is not written yet
            parsers[name] = e

    info = machine_info()
    print(f"{info['python']} on {info['cpu']}; CPU time (time.process_time), "
          f"median of {runs} run{'s' if runs > 1 else ''} after 1 warm-up, "
          f"gc {'disabled' if args.no_gc else 'enabled'} during parses", flush=True)

    results = []
    for lib in libs:
        try:
            path = npm_libs.fetch(lib)
        except LibraryUnavailable as e:
            print(f"skipping {lib.name}: {e}", file=sys.stderr)
            continue
        source = path.read_text(encoding="utf-8")
        size = len(source.encode("utf-8"))
        print(f"{lib.name} ({lib.spec}, {size / 1024:.1f} KB) ...", file=sys.stderr, flush=True)
        measured = measure_file(lib, source, parsers, runs, args.timeout, args.no_gc, log)
        results.append({
            "name": lib.name, "package": lib.package, "version": lib.version, "path": lib.path,
            "module": lib.module, "size": size, "parsers": measured,
        })

    if not results:
        print("no library could be fetched (is npm on PATH?)", file=sys.stderr)
        return 1
    print()
    gm = print_table(results, parser_names)

    if args.json:
        doc = {"machine": info, "runs": runs, "timer": "time.process_time",
               "gc": not args.no_gc, "geomean_ratio": gm, "files": results}
        Path(args.json).write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
