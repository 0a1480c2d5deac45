"""`minijs run --timeout/--max-heap/--stack-size` and Ctrl-C (exit 130)."""

import signal
import subprocess
import sys
import time

import pytest

SPIN = "console.log('start'); try { while (true) {} } finally { console.log('finally must not run') }"


def minijs(*args, timeout=60):
    return subprocess.run([sys.executable, "-m", "minijs", *args], capture_output=True, text=True,
                          timeout=timeout)


def test_timeout_stops_the_program(tmp_path):
    p = tmp_path / "spin.js"
    p.write_text(SPIN)
    t0 = time.monotonic()
    r = minijs("run", "--timeout=0.5", "--jitless", str(p))
    assert r.returncode == 124
    assert r.stdout == "start\n"
    assert "time limit" in r.stderr and "Traceback" not in r.stderr
    assert time.monotonic() - t0 < 10


def test_timeout_applies_to_a_sleeping_event_loop():
    r = minijs("--timeout=0.5", "-e", "setTimeout(() => {}, 1e7)")
    assert r.returncode == 124


def test_max_heap_reports_heap_out_of_memory(tmp_path):
    p = tmp_path / "bomb.js"
    p.write_text("let a = []; while (true) a.push('x'.repeat(1e5) + a.length)")
    r = minijs("run", "--max-heap=64", "--jitless", str(p))
    assert r.returncode == 134
    assert "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory" in r.stderr
    assert "Traceback" not in r.stderr


def test_stack_size(tmp_path):
    p = tmp_path / "deep.js"
    p.write_text("let n = 0; function f() { n++; f() } try { f() } catch (e) { console.log(e.message, n < 600) }")
    r = minijs("run", "--stack-size=500", str(p))
    assert r.stdout == "Maximum call stack size exceeded true\n"


def test_limit_flags_are_validated():
    r = minijs("--timeout=-1", "-e", "1")
    assert r.returncode == 2


@pytest.mark.parametrize("flags", [["--jitless"], []])
def test_ctrl_c_exits_130(tmp_path, flags):
    p = tmp_path / "spin.js"
    p.write_text(SPIN)
    # a shell starts background jobs with SIGINT ignored: restore node's default
    proc = subprocess.Popen([sys.executable, "-m", "minijs", "run", *flags, str(p)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdout.readline() == "start\n"
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert "finally" not in out and "Traceback" not in err
