"""Run real npm libraries on minijs and on node and compare what they print.

    python tests/npm/check.py [--no-install] [NAME ...]     (or: make npm-check)

The libraries (pinned in tests/npm/package.json) are installed with npm
into .cache/npm-check/ at run time: third-party code is never committed.
Each tests/npm/<name>.js is our driver: it exercises one library and
prints results. A driver is copied next to node_modules and run by node
and by minijs; the outputs must be identical. Needs the network (npm) and
node, so it is not part of `make test`. Exit status 1 if any differ.
"""

import argparse
import difflib
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CACHE = ROOT / ".cache" / "npm-check"
TIMEOUT = 300


def install():
    CACHE.mkdir(parents=True, exist_ok=True)
    shutil.copy(HERE / "package.json", CACHE / "package.json")
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--no-package-lock", "--silent"],
                   cwd=CACHE, check=True)


def run(argv, script):
    """(stdout + stderr of a failure, seconds)."""
    start = time.monotonic()
    try:
        p = subprocess.run(argv + [script.name], cwd=script.parent, capture_output=True,
                           text=True, timeout=TIMEOUT, env={"PATH": "/usr/bin:/bin", "TZ": "UTC"})
        out = p.stdout + (f"[exit {p.returncode}]\n{p.stderr}" if p.returncode else "")
    except subprocess.TimeoutExpired:
        out = f"[timed out after {TIMEOUT} s]\n"
    return out, time.monotonic() - start


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="drivers to run (default: all)")
    ap.add_argument("--no-install", action="store_true", help="use what .cache/npm-check holds")
    args = ap.parse_args(argv)
    if not shutil.which("node"):
        print("node is missing: nothing to compare with")
        return 0
    if not args.no_install:
        install()
    drivers = sorted(HERE.glob("*.js"))
    if args.names:
        drivers = [d for d in drivers if d.stem in args.names]
    minijs = [sys.executable, "-m", "minijs", "run"]
    failed = []
    for driver in drivers:
        script = CACHE / "drivers" / driver.name
        script.parent.mkdir(exist_ok=True)
        shutil.copy(driver, script)
        expected, _ = run(["node"], script)
        got, seconds = run(minijs, script)
        same = got == expected
        print(f"{'same' if same else 'DIFFERENT':<10} {driver.stem:<12} {seconds:6.1f} s")
        if not same:
            failed.append(driver.stem)
            diff = difflib.unified_diff(expected.splitlines(), got.splitlines(),
                                        "node", "minijs", lineterm="", n=1)
            for line in list(diff)[:40]:
                print("    " + line)
    print(f"{len(drivers) - len(failed)}/{len(drivers)} libraries print what node prints"
          + (f"; different: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
