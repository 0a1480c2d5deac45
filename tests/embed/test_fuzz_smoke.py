"""A fixed-seed share of the fuzzer (`make fuzz` runs it for longer):
mutants of tests/js/**.js under a Context never end in a Python
exception, an internal error, a crash or a hang; generated programs
print the same under the interpreter and the eager JIT (and node, when
installed)."""

import shutil

import pytest

from minijs.fuzz import runner
from minijs.fuzz.generator import generate_program
from minijs.fuzz.mutate import mutations

MUTANTS = 40
PROGRAMS = (11, 12)


def test_mutated_inputs_never_crash():
    seeds = sorted(p for p in runner.SEED_DIR.rglob("*.js") if "fixtures" not in p.parts)
    stream = mutations(seeds, 20240)
    worker = runner.Worker()
    seen = {}
    try:
        for _ in range(MUTANTS):
            name, data = next(stream)
            status, detail = worker.run(data.decode("utf-8", errors="replace"))
            seen[status] = seen.get(status, 0) + 1
            assert status not in ("bug", "crash", "hang"), (name, status, detail)
    finally:
        worker.stop()
    assert sum(seen.values()) == MUTANTS


@pytest.mark.parametrize("seed", PROGRAMS)
def test_generated_programs_agree(seed, tmp_path):
    kind, detail = runner.differential(seed, tmp_path)
    assert kind in ("ok", "skip"), detail
    if shutil.which("node") and kind == "ok":
        assert "-- 7" in runner._node(tmp_path / ("gen_%d.js" % seed))[1]


def test_generator_is_deterministic():
    assert generate_program(5) == generate_program(5)
    assert generate_program(5) != generate_program(6)
