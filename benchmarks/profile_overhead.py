"""The cost of `minijs profile`: `minijs run P` against `minijs profile P`
on benchmark programs, each a fresh process, in alternating pairs (run
then profile, then profile then run, ...), so drift in the machine's load
hits both alike.

For every program it prints the median wall and CPU time of each (CPU:
user + system of the child, all its threads, so the sampler thread's own
work counts), the overhead as the median of the pair-by-pair ratios with
their range, and the samples the profile took.  On a machine shared with
other jobs the CPU time is the steadier measure; the load average is
printed before and after.

    python benchmarks/profile_overhead.py [--runs 7] [--interval MS] [PROGRAM...]
"""

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = ["fib.js", "scheduler.js", "json_parse.js", "nbody.js", "tree_alloc.js", "templating.js",
           "constraints.js", "graph_search.js", "fib30.js", "array_work.js"]
SUMMARY = re.compile(r"minijs profile: (\d+) samples every ([\d.]+) ms over ([\d.]+) s")


def measure(cmd):
    """(wall seconds, CPU seconds, stderr) of one run of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    r = subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, r.stderr


def _launcher():
    """The `minijs` script beside this Python, as users run it; else
    `python -m minijs`.  (The launch changes how deep the main thread's
    Python stack is when the program starts, where `minijs profile` runs
    it, and with that where CPython 3.11's 16 KB frame-stack chunks begin:
    a recursion that keeps crossing a chunk boundary maps and unmaps one
    each time.  constraints.js does under `python -m`: +33,000 page
    faults, about +20% CPU, in profile and not in run.)"""
    script = Path(sys.executable).with_name("minijs")
    return [str(script)] if script.exists() else [sys.executable, "-m", "minijs"]


def load():
    return "%.2f %.2f %.2f" % os.getloadavg()


def percent(ratio):
    return "%+.1f%%" % (100 * (ratio - 1))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("programs", nargs="*")
    ap.add_argument("--runs", type=int, default=7, help="pairs per program (default 7)")
    ap.add_argument("--interval", default=None, help="--interval for minijs profile (ms)")
    ap.add_argument("--markdown", action="store_true", help="print the table as markdown")
    args = ap.parse_args(argv)
    minijs = _launcher()
    extra = ["--interval", args.interval] if args.interval else []
    programs = args.programs or [str(HERE / "js" / p) for p in DEFAULT]
    print("load average at start: %s (%d cores)" % (load(), os.cpu_count() or 0))
    columns = ("program", "run s", "profile s", "wall", "range", "run CPU s", "profile CPU s", "CPU",
               "range", "samples")
    rows = []
    wall_ratios, cpu_ratios = [], []
    for p in programs:
        plain, prof = [], []
        for i in range(args.runs):
            order = (False, True) if i % 2 == 0 else (True, False)
            for profiled in order:
                if profiled:
                    prof.append(measure(minijs + ["profile", p] + extra))
                else:
                    plain.append(measure(minijs + ["run", p]))
        walls = [b[0] / a[0] for a, b in zip(plain, prof)]
        cpus = [b[1] / a[1] for a, b in zip(plain, prof)]
        wall_ratios.append(statistics.median(walls))
        cpu_ratios.append(statistics.median(cpus))
        found = [SUMMARY.search(r[2]) for r in prof]
        samples = statistics.median(int(m.group(1)) for m in found if m) if any(found) else 0
        rows.append((Path(p).name,
                     "%.3f" % statistics.median(r[0] for r in plain),
                     "%.3f" % statistics.median(r[0] for r in prof),
                     percent(wall_ratios[-1]), "%s..%s" % (percent(min(walls)), percent(max(walls))),
                     "%.3f" % statistics.median(r[1] for r in plain),
                     "%.3f" % statistics.median(r[1] for r in prof),
                     percent(cpu_ratios[-1]), "%s..%s" % (percent(min(cpus)), percent(max(cpus))),
                     "%d" % samples))
        _print_row(rows[-1], args.markdown, columns if len(rows) == 1 else None)
    _print_row(("geometric mean", "", "", percent(statistics.geometric_mean(wall_ratios)), "", "", "",
                percent(statistics.geometric_mean(cpu_ratios)), "", ""), args.markdown, None)
    print("load average at end: %s" % load())


def _print_row(row, markdown, header):
    if markdown:
        if header:
            print("| " + " | ".join(header) + " |")
            print("|" + "---|" * len(header))
        print("| " + " | ".join(row) + " |")
        return
    fmt = "%-16s %7s %9s %7s %16s %9s %13s %7s %16s %7s"
    if header:
        print(fmt % header)
    print(fmt % row)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
