"""`minijs bench` end to end on tiny programs with one or two runs: the
table, the JSON and Markdown exports, top-level programs, a wrong result
reported as WRONG with a failing exit status.  Only the structure is
checked, never a time (speed is measured by benchmarks, not tests)."""

import importlib.util
import json
import re
import shutil
import subprocess
import sys

import pytest

NODE = shutil.which("node")
QUICKJS = importlib.util.find_spec("quickjs") is not None     # pip install quickjs

TINY = """'use strict';
var REPS = 2;
function run(reps) {
  var s = 0;
  for (var r = 0; r < reps; r++) for (var i = 0; i < 500; i++) s += i;
  if (s !== 124750 * reps) throw new Error('tiny = ' + s);
  return s;
}
module.exports = run;
"""

TOPLEVEL = """// bench: toplevel
'use strict';
var REPS = 1;
var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
var s = 0;
for (var i = 0; i < 300 * reps; i++) s += i % 7;
if (s !== 897 * reps) throw new Error('top = ' + s);
console.log('top: ' + s);
"""

WRONG = """'use strict';
var REPS = 1;
module.exports = function run(reps) { throw new Error('checksum is wrong: 42'); };
"""


def bench(*args, cwd):
    return subprocess.run([sys.executable, "-m", "minijs", "bench", "--quiet", *args],
                          capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.fixture
def programs(tmp_path):
    for name, text in (("tiny.js", TINY), ("top.js", TOPLEVEL), ("wrong.js", WRONG)):
        (tmp_path / name).write_text(text)
    return tmp_path


def engines():
    return (["minijs --jitless", "minijs"] + (["node --jitless", "node"] if NODE else [])
            + (["QuickJS"] if QUICKJS else []))


def test_table_json_and_markdown(programs):
    r = bench("tiny.js", "top.js", "--runs", "2", "--warmup", "1", "--json", "out.json",
              "--markdown", "out.md", cwd=programs)
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    header = next(line for line in lines if line.startswith("program"))
    for engine in engines():
        assert f"{engine} ms" in header
    assert "JIT speed-up" in header
    assert ("minijs/node" in header) == bool(NODE)
    assert any(line.startswith("tiny ") for line in lines)
    assert any(line.startswith("top (top level) ") for line in lines)
    assert any(line.startswith("geometric mean") for line in lines)
    assert "cpu:" in r.stdout and "python:" in r.stdout

    data = json.loads((programs / "out.json").read_text())
    assert data["engines"] == engines()
    assert data["settings"]["runs"] == 2 and data["settings"]["warmup"] == 1
    by_name = {p["name"]: p for p in data["programs"]}
    assert set(by_name) == {"tiny", "top"}
    assert by_name["tiny"]["reps"] == 2 and not by_name["tiny"]["toplevel"]
    assert by_name["top"]["toplevel"]
    for p in data["programs"]:
        for engine in engines():
            entry = p["engines"][engine]
            assert entry["error"] is None
            assert len(entry["times_ms"]) == 2          # the warm-up round is not counted
            assert all(t >= 0 for t in entry["times_ms"])
            st = p["stats"][engine]
            assert st["min_ms"] <= st["median_ms"] <= st["max_ms"]
        sp = p["jit_speedup"]
        assert sp["low"] <= sp["median"] <= sp["high"]
        assert (p["vs_node"] is not None) == bool(NODE)
    assert set(data["geomean"]["median_ms"]) == set(engines())

    md = (programs / "out.md").read_text()
    assert "| program | reps |" in md and "| tiny | 2 |" in md and "**geometric mean**" in md

    # A saved measurement reports the same table without measuring again.
    again = bench("--load", "out.json", cwd=programs)
    assert again.returncode == 0, again.stderr
    table = lambda text: [ln for ln in text.splitlines() if ln.startswith(("program", "tiny", "top"))]
    assert table(again.stdout) == table(r.stdout)


def test_wrong_result_is_reported(programs):
    r = bench("tiny.js", "wrong.js", "--runs", "1", "--warmup", "0", "--engines", "jitless,node",
              cwd=programs)
    assert r.returncode == 1
    row = next(line for line in r.stdout.splitlines() if line.startswith("wrong "))
    assert "WRONG" in row
    assert "wrong [minijs --jitless]: exit 1: Error: checksum is wrong: 42" in r.stdout
    if NODE:
        assert "wrong [node]: exit 1: Error: checksum is wrong: 42" in r.stdout


@pytest.mark.skipif(not QUICKJS, reason="the quickjs package is not installed")
def test_quickjs_engine_runs_and_checks_programs(programs):
    r = bench("tiny.js", "top.js", "wrong.js", "--runs", "1", "--warmup", "0", "--engines", "quickjs",
              "--json", "out.json", cwd=programs)
    assert r.returncode == 1                      # wrong.js
    assert "QuickJS: quickjs " in r.stdout        # machine details name the version
    assert "wrong [QuickJS]: exit 1: Error: checksum is wrong: 42" in r.stdout
    data = json.loads((programs / "out.json").read_text())
    for p in data["programs"]:
        if p["name"] != "wrong":
            assert p["engines"]["QuickJS"]["error"] is None and len(p["engines"]["QuickJS"]["times_ms"]) == 1


@pytest.mark.skipif(not QUICKJS, reason="the quickjs package is not installed")
def test_quickjs_says_it_cannot_run_an_event_loop_program(tmp_path):
    """A run(reps) that returns a promise needs timers QuickJS's context
    lacks: n/a in the table, not the time of its synchronous part."""
    (tmp_path / "later.js").write_text("""'use strict';
var REPS = 1;
module.exports = function run(reps) {
  return new Promise(function (resolve) { setTimeout(function () { resolve(reps); }, 1); });
};
""")
    r = bench("later.js", "--runs", "1", "--warmup", "0", "--engines", "quickjs", cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    row = next(line for line in r.stdout.splitlines() if line.startswith("later "))
    assert row.split()[-1] == "n/a"


def test_jit_compile_time_and_deopts_shown_apart(tmp_path):
    # a hot int32 function: compiled once; the JIT's own figures come from
    # process.jitStats() in the benchmark's process.  The compile runs on
    # the compiler thread: the loop is long enough (about 0.5 s interpreted)
    # that it lands before the run ends on a loaded machine too.
    (tmp_path / "hot.js").write_text("""'use strict';
var REPS = 1;
function add(a, b) { return (a + b) | 0; }
module.exports = function run(reps) {
  var s = 0;
  for (var i = 0; i < 500000 * reps; i++) s = add(s, i & 7);
  if (s !== 1750000 * reps) throw new Error('hot = ' + s);
  return s;
};
""")
    r = bench("hot.js", "--runs", "1", "--warmup", "0", "--engines", "minijs", "--json", "out.json",
              cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    section = r.stdout.split("JIT statistics reported by the engine (medians):\n")[1]
    assert re.match(r"  hot \[minijs\]: compile_ms [\d.]+, compile_ms_median [\d.]+, compiled [1-9]\d*, "
                    r"deopts \d+, interpreted_ms [\d.]+", section)
    stats = json.loads((tmp_path / "out.json").read_text())["programs"][0]["jit_stats"]["minijs"]
    assert stats["compiled"] >= 1 and stats["compile_ms"] >= stats["compile_ms_median"] > 0
    assert stats["interpreted_ms"] > 0     # the kernel ran interpreted until the compile landed


def test_options_are_checked(programs):
    r = bench("--engines", "spidermonkey", "tiny.js", cwd=programs)
    assert r.returncode == 2 and "unknown engine" in r.stderr
    r = bench("--only", "nope", "tiny.js", cwd=programs)
    assert r.returncode == 2 and "unknown program" in r.stderr
    r = bench("missing.js", cwd=programs)
    assert r.returncode == 2 and "cannot find" in r.stderr


def test_suite_has_the_required_programs():
    from minijs.tools.bench import SUITE
    names = {p.stem for p in SUITE.glob("*.js")}
    assert len(names) >= 12
    assert {"fib30", "loop_sum", "loop_float", "mandelbrot", "sieve", "sieve_typed", "nbody",
            "matmul", "toplevel_loop", "scheduler", "constraints", "json_parse", "graph_search",
            "tree_alloc", "templating"} <= names
