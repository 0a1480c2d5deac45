"""--allow-natives-syntax: V8's %-functions drive the tiers deterministically
(issue 5), with V8's status bits (node prints the same for the first
sequence)."""

import shutil
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("llvmlite")

STATUS_SEQUENCE = """
    function f(a, b) { return a + b; }
    console.log(%GetOptimizationStatus(f));
    %PrepareFunctionForOptimization(f);
    f(1, 2); f(3, 4);
    console.log(%GetOptimizationStatus(f));
    %OptimizeFunctionOnNextCall(f);
    console.log(%GetOptimizationStatus(f));
    f(5, 6);
    console.log(%GetOptimizationStatus(f));
"""


def run(tmp_path, source, *flags, engine=None):
    path = tmp_path / "prog.js"
    path.write_text(textwrap.dedent(source))
    cmd = engine or [sys.executable, "-m", "minijs", "run"]
    r = subprocess.run([*cmd, "--allow-natives-syntax", *flags, str(path)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_status_bits_follow_the_tiers(tmp_path):
    # lazy, interpreted, marked for optimization, optimized (TurboFanned)
    assert run(tmp_path, STATUS_SEQUENCE).split() == ["262145", "129", "385", "81"]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_node_prints_the_same_status_bits(tmp_path):
    node = run(tmp_path, STATUS_SEQUENCE, engine=[shutil.which("node")])
    assert node == run(tmp_path, STATUS_SEQUENCE)


def test_optimize_osr_enters_the_running_loop(tmp_path):
    out = run(tmp_path, """
        function h(n) { var s = 0; for (var i = 0; i < n; i++) { s += i; if (i === 5) %OptimizeOsr(); } return s; }
        console.log(h(10));
    """, "--trace-opt")
    assert "[OSR - entered h at loop" in out
    assert out.strip().endswith("45")


def test_deoptimize_now_and_never_optimize(tmp_path):
    out = run(tmp_path, """
        function d(x) { if (x > 5) %DeoptimizeNow(); return x + 1; }
        %PrepareFunctionForOptimization(d); d(1); d(2); %OptimizeFunctionOnNextCall(d); d(3);
        console.log(%GetOptimizationStatus(d));
        console.log(d(10), %GetOptimizationStatus(d));
        function n(x) { return x; }
        %NeverOptimizeFunction(n); n(1); n(2); %OptimizeFunctionOnNextCall(n); n(3);
        console.log(%GetOptimizationStatus(n));
    """)
    assert out.split() == ["81", "11", "129", "131"]


def test_without_the_flag_percent_is_a_syntax_error(tmp_path):
    path = tmp_path / "prog.js"
    path.write_text("%DeoptimizeNow();\n")
    r = subprocess.run([sys.executable, "-m", "minijs", "run", str(path)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert "SyntaxError: Unexpected token '%'" in r.stderr
    assert "Traceback" not in r.stderr


def test_modulo_still_parses_with_the_flag(tmp_path):
    assert run(tmp_path, "var a = 7, b = 3; console.log(a % b, a %b, (a)%(b));").strip() == "1 1 1"
