"""Every benchmark program (benchmarks/js) with one repetition: minijs
prints what node prints (each program checks its own result and throws
when it is wrong).  One repetition keeps this fast; benchmarks/ has the
timed runs and the Python twins' checks."""

import io
import shutil
import subprocess
from pathlib import Path

import pytest

NODE = shutil.which("node")
SUITE = Path(__file__).resolve().parent.parent / "benchmarks" / "js"
PROGRAMS = sorted(SUITE.glob("*.js"))


def run_minijs(path):
    from minijs.host.node import NodeHost
    out, err = io.StringIO(), io.StringIO()
    host = NodeHost(["1"], stdout=out, stderr=err, script_path=str(path))
    code = host.run_main(str(path))
    return out.getvalue(), err.getvalue(), code


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_one_repetition_matches_node(path):
    out, err, code = run_minijs(path)
    assert code == 0, err
    assert out.startswith(f"{path.stem}: "), out + err
    if NODE:
        r = subprocess.run([NODE, str(path), "1"], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        assert out == r.stdout
