"""The cost of `minijs profile`: wall time of `minijs run P` against
`minijs profile P` on benchmark programs, alternating runs, median of N.
Wall time and CPU time (user + system of the child, all its threads) are
both shown: on a loaded machine the CPU time is the steadier measure.

    python benchmarks/profile_overhead.py [--runs 5] [--interval MS] [PROGRAM...]
"""

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = ["fib.js", "scheduler.js", "json_parse.js", "nbody.js", "tree_alloc.js", "templating.js"]


def measure(cmd):
    """(wall seconds, CPU seconds) of one run of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("programs", nargs="*")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--interval", default="1")
    args = ap.parse_args(argv)
    minijs = [sys.executable, "-m", "minijs"]
    programs = args.programs or [str(HERE / "js" / p) for p in DEFAULT]
    print("%-16s %9s %9s %9s   %9s %9s %9s" % ("program", "run s", "profile s", "wall +",
                                               "run cpu", "prof cpu", "cpu +"))
    walls, cpus = [], []
    for p in programs:
        plain, prof = [], []
        for _ in range(args.runs):        # alternate: drift hits both alike
            plain.append(measure(minijs + ["run", p]))
            prof.append(measure(minijs + ["profile", p, "--interval", args.interval]))
        aw, bw = (statistics.median(x[0] for x in r) for r in (plain, prof))
        ac, bc = (statistics.median(x[1] for x in r) for r in (plain, prof))
        walls.append(bw / aw)
        cpus.append(bc / ac)
        print("%-16s %9.3f %9.3f %+8.1f%%   %9.3f %9.3f %+8.1f%%"
              % (Path(p).name, aw, bw, 100 * (bw / aw - 1), ac, bc, 100 * (bc / ac - 1)))
    print("%-16s %9s %9s %+8.1f%%   %9s %9s %+8.1f%%"
          % ("geomean", "", "", 100 * (statistics.geometric_mean(walls) - 1), "", "",
             100 * (statistics.geometric_mean(cpus) - 1)))


if __name__ == "__main__":
    main()
