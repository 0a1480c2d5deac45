"""`python -m minijs.fuzz`: fuzzing and differential testing (issue 9).

Two kinds of input:

* mutated: byte-level mutants of tests/js/**.js (mutate.py), run in a
  worker process (worker.py) under a Context time and memory limit.
  The property: no Python exception escapes, no "internal error", no
  crash of the process, no hang past the time limit.
* generated: deterministic programs (generator.py) run three ways:
  `minijs --jitless`, `minijs --jit-threshold 0 --no-concurrent-jit`
  (eager JIT) and node (when installed).  The property: the same
  stdout, and no traceback or internal error on minijs's stderr.

Findings are written to --out (default .cache/fuzz/): the input and
what happened.  The exit status is 1 when anything was found.
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from minijs.fuzz.generator import generate_program
from minijs.fuzz.mutate import mutations
from minijs.fuzz import worker as worker_module

ROOT = Path(__file__).resolve().parents[2]
SEED_DIR = ROOT / "tests" / "js"
PYTHON = sys.executable
NODE = shutil.which("node")
HARD_TIMEOUT = worker_module.TIME_LIMIT * 3 + 10      # the Context's limit failed past this
RUN_TIMEOUT = 30
_CRASH_MARKS = ("Traceback (most recent call last)", "internal error", "minijs: internal",
                "cannot compile this yet", "Segmentation fault", "Fatal Python error")


class Worker:
    def __init__(self):
        self.proc = None

    def start(self):
        self.proc = subprocess.Popen([PYTHON, "-m", "minijs.fuzz.worker"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                     cwd=str(ROOT))

    def run(self, source):
        """(status, detail); status "crash" or "hang" when the process died
        or did not answer in time (it is then restarted)."""
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        import select
        self.proc.stdin.write(json.dumps({"source": source}) + "\n")
        self.proc.stdin.flush()
        ready, _, _ = select.select([self.proc.stdout], [], [], HARD_TIMEOUT)
        if not ready:
            self.stop()
            return "hang", "no answer in %ds" % HARD_TIMEOUT
        line = self.proc.stdout.readline()
        if not line:
            code = self.proc.wait()
            self.proc = None
            return "crash", "worker exited with %s" % code
        answer = json.loads(line)
        return answer["status"], answer["detail"]

    def stop(self):
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


def _minijs(path, *flags):
    cmd = [PYTHON, "-m", "minijs", *flags, "run", str(path)]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=RUN_TIMEOUT, cwd=str(ROOT),
                           errors="replace")
    except subprocess.TimeoutExpired:
        return None, "", "timeout"
    return p.returncode, p.stdout, p.stderr


def _node(path):
    try:
        p = subprocess.run([NODE, str(path)], capture_output=True, text=True, timeout=RUN_TIMEOUT,
                           errors="replace")
    except subprocess.TimeoutExpired:
        return None, "", "timeout"
    return p.returncode, p.stdout, p.stderr


def _first_difference(a, b):
    """The case (its '-- k' header) where outputs a and b first differ."""
    case = None
    for x, y in zip(a.splitlines() + [None], b.splitlines() + [None]):
        if x is not None and x.startswith("-- "):
            case = x[3:]
        if x != y:
            return case, x, y
    return case, None, None


def differential(seed, workdir):
    """Run generated program `seed` three ways; returns (kind, detail)
    with kind "ok", "skip" (a reference timed out: a program too slow,
    e.g. a huge BigInt power), "crash" or "mismatch"."""
    source = generate_program(seed)
    path = Path(workdir) / ("gen_%d.js" % seed)
    path.write_text(source, encoding="utf-8")
    runs = {"interpreter": _minijs(path, "--jitless"),
            "eager-jit": _minijs(path, "--jit-threshold", "0", "--no-concurrent-jit")}
    for name, (code, out, err) in runs.items():
        if code is None:
            continue
        if any(mark in err for mark in _CRASH_MARKS) or code < 0 or code == 70:
            return "crash", "%s: exit %s\n%s" % (name, code, err[-2000:])
    reference = _node(path) if NODE else None
    outputs = {name: r for name, r in runs.items() if r[0] is not None}
    if reference is not None and reference[0] is None:
        return "skip", "node timed out"
    if reference is not None:
        outputs["node"] = reference
    if len(outputs) < 2:
        return "skip", "timeouts"
    names = list(outputs)
    base = "node" if "node" in outputs else names[0]
    for name in names:
        if name == base:
            continue
        if outputs[name][1] != outputs[base][1]:
            case, ours, theirs = _first_difference(outputs[name][1], outputs[base][1])
            return "mismatch", "%s vs %s at case %s:\n  %s: %r\n  %s: %r" % (
                name, base, case, name, ours, base, theirs)
    return "ok", ""


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m minijs.fuzz", description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60, help="stop after this long (default 60)")
    ap.add_argument("--seed", type=int, default=None, help="first seed (default: from the clock)")
    ap.add_argument("--generated", type=int, default=None, help="at most this many generated programs")
    ap.add_argument("--mutated", type=int, default=None, help="at most this many mutated inputs")
    ap.add_argument("--out", default=str(ROOT / ".cache" / "fuzz"), help="where findings go")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    seed = args.seed if args.seed is not None else int(time.time())
    out = Path(args.out)
    deadline = time.monotonic() + args.seconds
    seeds = sorted(p for p in SEED_DIR.rglob("*.js") if "fixtures" not in p.parts)
    stream = mutations(seeds, seed)
    worker = Worker()
    counts = {"generated": 0, "mutated": 0, "mismatch": 0, "crash": 0, "skip": 0}
    statuses = {}
    findings = []
    rng = random.Random(seed)
    log = (lambda *a: None) if args.quiet else (lambda *a: print(*a, flush=True))
    with tempfile.TemporaryDirectory(prefix="minijs-fuzz-") as tmp:
        try:
            while time.monotonic() < deadline:
                want_gen = args.generated is None or counts["generated"] < args.generated
                want_mut = args.mutated is None or counts["mutated"] < args.mutated
                if not (want_gen or want_mut):
                    break
                # about one generated program (three runs) per ten mutants
                if want_gen and (not want_mut or rng.random() < 0.1):
                    s = seed * 1000 + counts["generated"]
                    counts["generated"] += 1
                    kind, detail = differential(s, tmp)
                    if kind == "skip":
                        counts["skip"] += 1
                    elif kind != "ok":
                        counts[kind] += 1
                        findings.append(_save(out, "gen_%d" % s, generate_program(s), kind, detail))
                        log("[%s] generated seed %d: %s" % (kind, s, detail.splitlines()[0]))
                else:
                    name, data = next(stream)
                    counts["mutated"] += 1
                    source = data.decode("utf-8", errors="replace")
                    status, detail = worker.run(source)
                    statuses[status] = statuses.get(status, 0) + 1
                    if status in ("bug", "crash", "hang"):
                        counts["crash"] += 1
                        findings.append(_save(out, "mut_%d_%d" % (seed, counts["mutated"]), source,
                                              status, detail))
                        log("[%s] %s: %s" % (status, name, (detail.strip().splitlines() or [""])[-1]))
        finally:
            worker.stop()
    log("fuzz: seed %d, %d generated programs (%d skipped), %d mutated inputs %s; "
        "%d crashes, %d mismatches" % (seed, counts["generated"], counts["skip"], counts["mutated"],
                                       json.dumps(statuses, sort_keys=True), counts["crash"],
                                       counts["mismatch"]))
    for f in findings:
        log("  finding: %s" % f)
    return 1 if findings else 0


def _save(out, name, source, kind, detail):
    out.mkdir(parents=True, exist_ok=True)
    path = out / (name + ".js")
    path.write_text(source, encoding="utf-8", errors="replace")
    (out / (name + ".txt")).write_text("%s\n%s\n" % (kind, detail), encoding="utf-8", errors="replace")
    return str(path)


if __name__ == "__main__":
    sys.exit(main())
