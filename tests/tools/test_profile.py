"""`minijs profile`: the table, the .cpuprofile (DevTools' invariants), the
flame graph, the JIT events, and the time accounting of late samples."""

import json
import re
import signal
import subprocess
import sys
import textwrap
import time
import xml.etree.ElementTree as ET

import pytest

from minijs.tools import cpuprofile
from minijs.tools.profile_model import GC, GIL_HELD, build_profile
from minijs.tools.profile_sampler import FRAME_BASELINE, FRAME_INTERP, FRAME_NATIVE, Sample

PROGRAM = r"""
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function strings(n) {
  var parts = [];
  for (var i = 0; i < n; i++) parts.push('item' + i);
  return parts.join(',').length;
}
var total = 0;
for (var i = 0; i < 40; i++) total += fib(15);
console.log(total, strings(30000));
"""


def minijs(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "minijs", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def profiled(tmp_path_factory):
    d = tmp_path_factory.mktemp("profile")
    src = d / "prog.js"
    src.write_text(PROGRAM)
    r = minijs("profile", str(src), "--cpu-prof", str(d / "p.cpuprofile"),
               "--flamegraph", str(d / "fg.svg"), "--interval", "0.5")
    return d, r


def test_program_output_on_stdout_report_on_stderr(profiled):
    _d, r = profiled
    assert r.returncode == 0, r.stderr
    assert r.stdout == "24400 288889\n"   # node prints the same
    assert "minijs profile:" in r.stderr and "samples every 0.5 ms" in r.stderr
    assert "self ms" in r.stderr


def test_table_names_hot_functions_with_tier_marks(profiled):
    _d, r = profiled
    table = r.stderr.split("optimizing tier (JIT):")[0]
    rows = [line for line in table.splitlines() if "prog.js:" in line]
    names = " ".join(rows)
    assert "fib" in names and "strings" in names
    for line in rows:                 # every JS function row carries ~, ^ or *
        assert re.search(r"  [~^*]\S+  \S*prog\.js:\d+$", line), line
    fib_row = next(line for line in rows if "fib" in line)
    # 40 * 1973 calls; those made inside native code are not counted
    assert 100 <= int(fib_row.split()[6]) <= 40 * 1973


def test_cpuprofile_satisfies_devtools_invariants(profiled):
    d, _r = profiled
    data = json.loads((d / "p.cpuprofile").read_text())
    assert cpuprofile.problems(data) == []
    names = {n["callFrame"]["functionName"] for n in data["nodes"]}
    assert "(root)" in names and "fib" in names
    fib = next(n for n in data["nodes"] if n["callFrame"]["functionName"] == "fib")
    assert fib["callFrame"]["url"].startswith("file://") and fib["callFrame"]["url"].endswith("prog.js")
    assert fib["callFrame"]["lineNumber"] == 1          # 0-based: the second line
    assert sum(data["timeDeltas"]) <= data["endTime"] - data["startTime"]
    assert len(data["samples"]) > 10


def test_flamegraph_svg_is_wellformed(profiled):
    d, _r = profiled
    root = ET.parse(d / "fg.svg").getroot()
    assert root.tag.endswith("svg")
    text = (d / "fg.svg").read_text()
    assert "fib" in text and "<title>" in text


def test_flamegraph_html_and_default_cpuprofile_name(tmp_path):
    src = tmp_path / "small.js"
    src.write_text("let s = 0; for (let i = 0; i < 20000; i++) s += i; console.log(s);")
    r = minijs("profile", str(src), "--cpu-prof", "--flamegraph", str(tmp_path / "fg.html"),
               cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    page = (tmp_path / "fg.html").read_text()
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "<script>" in page
    written = list(tmp_path.glob("small.*.cpuprofile"))
    assert len(written) == 1
    assert cpuprofile.problems(json.loads(written[0].read_text())) == []


def test_exit_code_and_error_of_program_kept(tmp_path):
    src = tmp_path / "boom.js"
    src.write_text("function f() { throw new TypeError('boom'); }\nf();\n")
    r = minijs("profile", str(src))
    assert r.returncode == 1
    assert "TypeError: boom" in r.stderr and "minijs profile:" in r.stderr
    assert "Traceback" not in r.stderr


def test_missing_file_is_a_usage_error(tmp_path):
    r = minijs("profile", str(tmp_path / "nope.js"))
    assert r.returncode == 2 and "cannot find" in r.stderr


def test_jit_section_reports_tier_up_and_deopt(tmp_path):
    # int32 arithmetic optimised, then an overflow deopts it
    src = tmp_path / "deopt.js"
    src.write_text("function add(a, b) { return a + b; }\n"
                   "var s = 0;\nfor (var i = 0; i < 2000; i++) s = add(i, 1);\n"
                   "console.log(add(2147483647, 1), s);\n")
    r = minijs("profile", str(src), "--no-concurrent-jit", "--jit-threshold", "50")
    assert r.returncode == 0, r.stderr
    assert r.stdout == "2147483648 2000\n"
    assert "optimizing tier (JIT):" in r.stderr
    assert "marked for optimization: hot and stable" in r.stderr
    assert "optimized (function), compile" in r.stderr
    assert "deoptimized:" in r.stderr


def test_ticks_come_from_sigalrm_in_the_programs_own_thread(profiled):
    _d, r = profiled
    # no sampling thread, no GIL hand-off per tick (profile_sampler.py)
    assert re.search(r"samples every 0\.5 ms over [\d.]+ s \(SIGALRM; taking them cost", r.stderr)


def test_ctrl_c_reports_what_ran_and_exits_130(tmp_path):
    src = tmp_path / "forever.js"
    src.write_text("function spin() { var x = 0; while (true) x = (x + 1) % 7; }\n"
                   "console.log('running'); spin();\n")
    p = subprocess.Popen([sys.executable, "-m", "minijs", "profile", str(src)], text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert p.stdout.readline() == "running\n"
        time.sleep(0.3)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=60)
    finally:
        p.kill()
    assert p.returncode == 130, err
    assert "interrupted (Ctrl-C)" in err and "spin" in err
    assert "Traceback" not in err


def test_deep_recursion_keeps_the_innermost_frames(tmp_path):
    # samples taken 3,000 frames deep keep the innermost MAX_FRAMES; the
    # walk stays cheap, and a stack overflow under the profiler is the
    # same catchable RangeError as without it
    src = tmp_path / "deep.js"
    src.write_text("function down(n) {\n"
                   "  if (n === 0) { var s = 0; for (var i = 0; i < 300000; i++) s += i % 3; return s; }\n"
                   "  return down(n - 1);\n}\n"
                   "function overflow(n) { return overflow(n + 1) + 1; }\n"
                   "var t = 0;\nfor (var k = 0; k < 3; k++) t += down(3000);\n"
                   "try { overflow(0); } catch (e) { console.log(t, e instanceof RangeError); }\n")
    r = minijs("profile", str(src), "--jitless")
    assert r.returncode == 0, r.stderr
    assert r.stdout == "900000 true\n"
    assert re.search(r"\n  \d+ samples were deeper than 255 JS frames", r.stderr)
    table = r.stderr.split("optimizing tier")[0]
    assert re.search(r"~down  \S*deep\.js:1$", table, re.M) or re.search(r"\^down  \S*deep\.js:1$", table, re.M)


def test_thread_sampler_profiles_a_thread_that_is_not_main():
    # where SIGALRM cannot reach the program (its thread is not the main
    # thread), a sampling thread takes the ticks
    script = textwrap.dedent("""
        import io, sys, threading
        from minijs.host.node import NodeHost
        from minijs.tools.profile_sampler import ThreadSampler, make_sampler
        src = sys.argv[1]
        found = []
        def work():
            sampler = make_sampler(threading.get_ident(), 0.001)
            assert isinstance(sampler, ThreadSampler), sampler
            host = NodeHost([], stdout=io.StringIO(), stderr=sys.stderr, script_path=src)
            sampler.start()
            host.run_main(src)
            sampler.stop()
            found.extend(code.name for s in sampler.samples for code, _tier in s.stack
                         if not isinstance(code, tuple))
        t = threading.Thread(target=work)
        t.start()
        t.join()
        print(len(found) > 10, "busy" in found)
    """)
    r = subprocess.run([sys.executable, "-c", script, _busy_program()], capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "True True\n"


def _busy_program():
    import tempfile
    f = tempfile.NamedTemporaryFile("w", suffix=".js", delete=False)
    f.write("function busy() { var s = ''; for (var i = 0; i < 60000; i++) s += i % 10; return s.length; }\n"
            "for (var k = 0; k < 6; k++) busy();\n")
    f.close()
    return f.name


def test_main_stack_grows_on_the_main_thread_only():
    script = textwrap.dedent("""
        import resource, threading
        from minijs.runtime import main_stack
        before = resource.getrlimit(resource.RLIMIT_STACK)
        restore = main_stack.grow(256 * 2**20)
        soft = resource.getrlimit(resource.RLIMIT_STACK)[0]
        ok = restore is not None and (soft == resource.RLIM_INFINITY or soft >= 256 * 2**20)
        restore()
        elsewhere = []
        t = threading.Thread(target=lambda: elsewhere.append(main_stack.grow(256 * 2**20)))
        t.start(); t.join()
        print(ok, resource.getrlimit(resource.RLIMIT_STACK) == before, elsewhere == [None])
    """)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "True True True\n"


# -- the model, on made-up samples ------------------------------------------------------

class FakeCode:
    def __init__(self, name):
        self.name = name
        self.script = None
        self.source_range = None
        self.invocation_count = 3
        self.jit = None


def test_late_samples_split_between_gc_owner_and_stack():
    main, f, g = FakeCode("main"), FakeCode("f"), FakeCode("g")
    stack = ((main, FRAME_INTERP), (f, FRAME_BASELINE))
    samples = [
        Sample(stack, 0.001),
        # 10 ms late: 3 ms collecting garbage, the rest g running natively
        Sample(stack, 0.011, late=0.010, late_owner=(g, FRAME_NATIVE), gc_seconds=0.003),
        Sample(stack, 0.009, late=0.008),              # nothing explains it
        # 6 ms late, 4 of them the thread did not run at all
        Sample(stack, 0.007, late=0.006, off_cpu=0.004),
    ]
    prof = build_profile(samples, 0.001, 0.0, 0.028)
    by_name = {st.func.name: st for st in prof.functions.values()}
    assert by_name["g"].native_seconds == pytest.approx(0.007)
    assert by_name["(garbage collector)"].self_seconds == pytest.approx(0.003)
    assert by_name["(GIL held)"].self_seconds == pytest.approx(0.008 + 0.002)
    assert by_name["(not running)"].self_seconds == pytest.approx(0.004)
    assert by_name["f"].self_seconds == pytest.approx(0.004)
    assert by_name["f"].total_seconds == pytest.approx(0.004 + 0.007 + 0.010)
    assert by_name["main"].total_seconds == pytest.approx(0.021)
    assert prof.profiled_seconds == pytest.approx(0.028)
    assert by_name["g"].mark() == "*" and by_name["f"].mark() == "^"
    data = cpuprofile.to_cpuprofile(prof)
    assert cpuprofile.problems(data) == []
    assert sum(data["timeDeltas"]) + 1000 == data["endTime"] - data["startTime"]


def test_recursion_counts_total_once_per_sample():
    f = FakeCode("f")
    prof = build_profile([Sample(((f, FRAME_INTERP),) * 5, 0.002)], 0.001, 0.0, 0.002)
    st = next(s for s in prof.functions.values() if s.func.name == "f")
    assert st.total_seconds == pytest.approx(0.002) and st.self_seconds == pytest.approx(0.002)


def test_problems_catches_broken_profiles():
    good = {"nodes": [{"id": 1, "callFrame": {"functionName": "(root)", "scriptId": "0", "url": "",
                                              "lineNumber": -1, "columnNumber": -1},
                       "hitCount": 0, "children": [2]},
                      {"id": 2, "callFrame": {"functionName": "f", "scriptId": "1", "url": "x.js",
                                              "lineNumber": 0, "columnNumber": 0}, "hitCount": 2}],
            "startTime": 0, "endTime": 10, "samples": [2, 2], "timeDeltas": [0, 5]}
    assert cpuprofile.problems(good) == []
    bad = json.loads(json.dumps(good))
    bad["nodes"][1]["hitCount"] = 1
    assert any("hitCount" in p for p in cpuprofile.problems(bad))
    bad = json.loads(json.dumps(good))
    bad["samples"] = [2, 3]
    assert any("unknown node" in p for p in cpuprofile.problems(bad))
    bad = json.loads(json.dumps(good))
    bad["nodes"][0]["children"] = [2, 2]
    assert any("two parents" in p for p in cpuprofile.problems(bad))
    bad = json.loads(json.dumps(good))
    del bad["timeDeltas"]
    assert cpuprofile.problems(bad) == ["missing timeDeltas"]


def test_jit_events_have_no_listener_by_default():
    from minijs.jit import events
    assert events.listeners == []
    seen = []
    events.listeners.append(lambda kind, code, detail: seen.append((kind, code, detail)))
    try:
        events.emit("deopt", "code", reason="why")
    finally:
        events.listeners.clear()
    assert seen[0][0] == "deopt" and seen[0][2]["reason"] == "why" and "time" in seen[0][2]


# -- native (JIT) code in the samples ----------------------------------------------------

NATIVE_FIB = """
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function run(reps) { var t = 0; for (var r = 0; r < reps; r++) t += fib(%d); return t; }
console.log(run(%d));
"""


def _rows(report):
    """{function name: (mark, self ms, interp ms, native ms)} of the table
    (fixed-width columns: profile_report.text_report)."""
    rows = {}
    table = report.split("optimizing tier")[0].split("---\n", 1)[1]
    for line in table.splitlines():
        if len(line) < 100 or not line[:9].strip():
            continue
        name = line[99:]
        mark = name[0] if name[0] in "~^*" else " "
        name = name[1:].split("  ")[0] if mark != " " else name.strip()
        rows[name] = (mark, float(line[:9]), float(line[34:43].strip() or 0),
                      float(line[44:53].strip() or 0))
    return rows


def test_jit_compiled_recursion_shows_native_time(tmp_path):
    # fib compiles at its 50th call (synchronously) and then runs in native
    # code, which calls back into Python only at its interrupt checks:
    # ticks taken there see the native frames and count as native time
    src = tmp_path / "fib.js"
    src.write_text(NATIVE_FIB % (30, 25))
    r = minijs("profile", str(src), "--cpu-prof", str(tmp_path / "p.cpuprofile"),
               "--flamegraph", str(tmp_path / "fg.svg"), "--no-concurrent-jit", "--jit-threshold", "50")
    assert r.returncode == 0, r.stderr
    assert r.stdout == "%d\n" % (25 * 832040)
    rows = _rows(r.stderr)
    mark, self_ms, interp_ms, native_ms = rows["fib"]
    assert mark == "*" and native_ms > interp_ms and native_ms > 100, r.stderr
    # late ticks are native code's, not the unexplained "(GIL held)"
    assert rows.get("(GIL held)", (" ", 0.0))[1] < native_ms / 5, r.stderr
    # the .cpuprofile and the flame graph draw the same native frames
    data = json.loads((tmp_path / "p.cpuprofile").read_text())
    assert cpuprofile.problems(data) == []
    names = {n["id"]: n["callFrame"]["functionName"] for n in data["nodes"]}
    fib_hits = sum(n["hitCount"] for n in data["nodes"] if names[n["id"]] == "fib")
    assert fib_hits > len(data["samples"]) / 2
    svg = (tmp_path / "fg.svg").read_text()
    assert re.search(r'<title>\*fib [^<]*</title><rect [^>]*fill="#59a14f"', svg)     # green: native


def test_jitless_run_has_no_native_time(tmp_path):
    src = tmp_path / "fib.js"
    src.write_text(NATIVE_FIB % (20, 2))
    r = minijs("profile", str(src), "--jitless")
    assert r.returncode == 0, r.stderr
    rows = _rows(r.stderr)
    assert rows["fib"][0] in "~^" and rows["fib"][1] > 0
    assert all(native == 0.0 for _mark, _s, _i, native in rows.values()), r.stderr
    assert all(mark != "*" for mark, _s, _i, _n in rows.values())


def test_top_level_loop_in_native_code_by_osr(tmp_path):
    # on-stack replacement: the top-level code's own frame runs natively
    src = tmp_path / "loop.js"
    src.write_text("var acc = 0;\n"
                   "for (var i = 0; i < 30000000; i++) acc = (acc + i * 7) % 1000003;\n"
                   "console.log(acc);\n")
    r = minijs("profile", str(src), "--no-concurrent-jit")
    assert r.returncode == 0, r.stderr
    rows = _rows(r.stderr)
    top = rows["(anonymous)"]           # the script's own code
    assert top[0] == "*" and top[3] > 100 and top[3] > top[2], r.stderr


# A program run under the sampler in-process, its samples printed as
# "mark+name > ..." stacks with their milliseconds (JIT options as flags).
STACKS = textwrap.dedent("""
    import collections, sys, threading
    from minijs.host.node import NodeHost
    from minijs.jit.options import OPTIONS
    from minijs.syntax import driver
    from minijs.tools.profile_sampler import make_sampler
    OPTIONS.concurrent = False
    OPTIONS.natives_syntax = driver.NATIVES_SYNTAX = True
    OPTIONS.osr_threshold = int(sys.argv[2])
    sampler = make_sampler(threading.get_ident(), 0.001)
    host = NodeHost([], script_path=sys.argv[1])
    sampler.start()
    host.run_main(sys.argv[1])
    sampler.stop()
    stacks = collections.Counter()
    for s in sampler.samples:
        stacks[" > ".join((tier or "") + getattr(key, "name", "") for key, tier in s.stack)] += s.gap
    for stack, seconds in stacks.items():
        print("%.1f|%s" % (seconds * 1e3, stack))
""")


def _stacks(path, osr_threshold=1000):
    r = subprocess.run([sys.executable, "-c", STACKS, str(path), str(osr_threshold)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    out = {}
    for line in r.stdout.splitlines():
        if "|" in line:
            ms, stack = line.split("|", 1)
            out[stack] = float(ms)
    return out, r.stdout


def test_native_frames_sit_above_the_interpreter_frames_that_called_them(tmp_path):
    src = tmp_path / "fib.js"
    src.write_text(NATIVE_FIB.replace("console.log", "%%OptimizeFunctionOnNextCall(fib);\nconsole.log")
                   % (30, 25))
    stacks, out = _stacks(src)
    native = {s: ms for s, ms in stacks.items() if "*fib" in s}
    assert sum(native.values()) > 100, out
    for stack in native:
        frames = stack.split(" > ")
        first = frames.index("*fib")
        # outer: the top level and run in the interpreter tiers; inner: only native fib
        assert frames[first - 1] in ("~run", "^run"), stack
        assert all(f == "*fib" for f in frames[first:]), stack


def test_a_deopt_out_of_native_code_keeps_its_native_callers(tmp_path):
    # work overflows int32 after ~2.1 million iterations: it deoptimizes and
    # finishes in the interpreter, called by driver, still in native code
    src = tmp_path / "deopt.js"
    src.write_text("function work(a, n) { var s = 0; for (var i = 0; i < n; i++) { s = s + a; } return s; }\n"
                   "function driver(a, n) { return work(a, n) + 1; }\n"
                   "driver(1, 10); driver(1, 10);\n"
                   "%OptimizeFunctionOnNextCall(driver); %OptimizeFunctionOnNextCall(work);\n"
                   "driver(1, 10);\n"
                   "console.log(driver(1000, 2600000));\n")
    stacks, out = _stacks(src, osr_threshold=10 ** 9)         # no OSR back into native code
    assert "2600000001" in out
    after = {s: ms for s, ms in stacks.items() if s.endswith("work") and "*driver" in s}
    assert any(s.endswith(("~work", "^work")) for s in after), out
    for stack in stacks:
        names = [f[1:] for f in stack.split(" > ")]
        assert names.count("work") <= 1 and names.count("driver") <= 1, stack


def test_entry_calls_finds_the_calls_of_direct_and_native_entries():
    from minijs.interpreter.loop import _run, call_function
    from minijs.tools.profile_stack import _entry_calls
    for fn, callee in ((_run, "callee"), (call_function, "fn")):
        calls = _entry_calls(fn.__code__)
        lines = {i.offset: i.positions.lineno for i in __import__("dis").get_instructions(fn)}
        assert set(calls.values()) == {callee}
        source = __import__("inspect").getsourcelines(fn)
        for offset in calls:
            line = source[0][lines[offset] - source[1]]
            assert "entry(%s," % callee in line, line
