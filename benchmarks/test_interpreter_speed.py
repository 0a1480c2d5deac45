"""Speed per (program, engine) with pytest-benchmark: minijs with the JIT
(the default tiers), minijs --jitless, and CPython running the same
algorithm.

    pytest benchmarks --benchmark-only -k speed
    MINIJS_BENCH_SCALE=1 MINIJS_BENCH_ROUNDS=5 pytest benchmarks --benchmark-only -k speed
    pytest benchmarks --benchmark-only -k speed --benchmark-autosave     # saved per commit
    pytest benchmarks --benchmark-only -k speed --benchmark-compare      # against the last saved
    pytest benchmarks --benchmark-only -k speed --benchmark-compare=0001 --benchmark-compare-fail=median:10%

Each program (benchmarks/js/NAME.js and benchmarks/python/NAME.py, see
programs.py) runs in this process with start-up excluded: the module is
loaded once, run once with reps=1 untimed (warm-up and self-check), then
MINIJS_BENCH_ROUNDS (default 3) timed calls of run(REPS x
MINIJS_BENCH_SCALE) (default scale 0.25) in CPU time.  For minijs with
the JIT the timed calls include whatever compiling the warm-up left to
do.  Results are grouped by program, so each group shows the tiers next
to CPython; extra_info has the repetitions.  Saved runs (.benchmarks/)
carry the commit, so --benchmark-compare compares commits.  For node,
node --jitless and QuickJS, fresh processes and ratios: `minijs bench`.
"""

import os
import time

import pytest

from programs import CPythonRunner, JitlessMinijsRunner, MinijsRunner, WrongResult, program_names, reps_for

SCALE = float(os.environ.get("MINIJS_BENCH_SCALE", "0.25"))
ROUNDS = int(os.environ.get("MINIJS_BENCH_ROUNDS", "3"))
PROGRAMS = program_names()
RUNNERS = {"minijs": MinijsRunner, "minijs-jitless": JitlessMinijsRunner, "cpython": CPythonRunner}

pytestmark = pytest.mark.benchmark(timer=time.process_time, min_rounds=1)


@pytest.mark.parametrize("program", PROGRAMS)
@pytest.mark.parametrize("engine", list(RUNNERS))
def test_interpreter_speed(benchmark, engine, program):
    runner = RUNNERS[engine](program)
    try:
        runner.call(1)
    except WrongResult as e:
        pytest.fail(str(e))
    reps = reps_for(program, SCALE)
    benchmark.group = f"interpreter: {program}"
    benchmark.extra_info.update(engine=engine, reps=reps, scale=SCALE)
    benchmark.pedantic(runner.call, args=(reps,), rounds=ROUNDS, iterations=1, warmup_rounds=0)
