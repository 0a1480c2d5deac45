"""The test262 runner judges tests the way INTERPRETING.md says.

Small made-up tests in a temporary suite (the real harness/ folder, our own
test/ folder) go through the real runner: worker processes, variants,
negative phases, async, $262, host skips, timeouts and crashes.
"""

import os
import textwrap

import pytest

from minijs.conformance import expectations, pool, report, runner, suite
from minijs.conformance.runner import Result


@pytest.fixture(scope="module")
def real_root():
    try:
        return suite.ensure_suite()
    except suite.SuiteMissing as e:
        pytest.skip(str(e))


@pytest.fixture
def make_suite(tmp_path, real_root):
    """write({name: (front matter yaml, body)}) -> (root, paths)."""
    os.symlink(real_root / "harness", tmp_path / "harness")

    def write(tests):
        for name, (meta, body) in tests.items():
            file = tmp_path / "test" / "t" / name
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(f"/*---\n{textwrap.dedent(meta).strip()}\n---*/\n{textwrap.dedent(body)}")
        return tmp_path, sorted(f"t/{n}" for n in tests)
    return write


def outcomes(results):
    return {(r.path.split("/")[-1], r.variant): (r.outcome, r.message) for r in results}


def run_one(make_suite, meta, body, timeout=20.0):
    root, paths = make_suite({"x.js": (meta, body)})
    return outcomes(runner.run(root, paths, 1, timeout))


def test_pass_and_fail_in_both_variants(make_suite):
    root, paths = make_suite({
        "ok.js": ("description: ok", "assert.sameValue(1 + 1, 2);"),
        "bad.js": ("description: bad", "assert.sameValue(1, 2, 'one is two');"),
    })
    got = outcomes(runner.run(root, paths, 2))
    assert got[("ok.js", "sloppy")] == ("pass", "")
    assert got[("ok.js", "strict")] == ("pass", "")
    outcome, message = got[("bad.js", "strict")]
    assert outcome == "fail"
    assert message.startswith("uncaught Test262Error: one is two")


def test_strict_variant_gets_the_directive(make_suite):
    got = run_one(make_suite, "description: this", """
        var f = function() { return this; };
        assert.sameValue(f(), undefined);
    """)
    assert got[("x.js", "strict")][0] == "pass"
    assert got[("x.js", "sloppy")][0] == "fail"


@pytest.mark.parametrize("flags, variants", [
    ("[onlyStrict]", {"strict"}), ("[noStrict]", {"sloppy"}), ("[raw]", {"sloppy"}),
])
def test_flags_choose_variants(make_suite, flags, variants):
    got = run_one(make_suite, f"flags: {flags}", "var x = 1;")
    assert {v for (_, v) in got} == variants


def test_raw_runs_without_harness(make_suite):
    got = run_one(make_suite, "flags: [raw]",
                  "if (typeof assert !== 'undefined') throw new Error('harness ran');")
    assert got[("x.js", "sloppy")] == ("pass", "")


def test_includes_are_loaded(make_suite):
    got = run_one(make_suite, "includes: [compareArray.js]",
                  "assert.compareArray([1, 2], [1, 2]);")
    assert got[("x.js", "sloppy")] == ("pass", "")


def test_negative_parse(make_suite):
    root, paths = make_suite({
        "neg.js": ("negative:\n  phase: parse\n  type: SyntaxError", "$DONOTEVALUATE();\nvar a = ;"),
        "parses.js": ("negative:\n  phase: parse\n  type: SyntaxError", "var a = 1;"),
        "positive.js": ("description: p", "var = 1;"),
    })
    got = outcomes(runner.run(root, paths, 2))
    assert got[("neg.js", "sloppy")] == ("pass", "")
    assert got[("parses.js", "strict")] == (
        "fail", "compiled, but a parse-phase SyntaxError was expected")
    outcome, message = got[("positive.js", "sloppy")]
    assert outcome == "fail" and message.startswith("SyntaxError: ")


def test_strict_only_early_error(make_suite):
    got = run_one(make_suite, "negative:\n  phase: parse\n  type: SyntaxError\nflags: [onlyStrict]",
                  "var eval = 1;")
    assert got[("x.js", "strict")] == ("pass", "")


def test_negative_runtime(make_suite):
    root, paths = make_suite({
        "ref.js": ("negative:\n  phase: runtime\n  type: ReferenceError", "unresolvable;"),
        "wrong.js": ("negative:\n  phase: runtime\n  type: TypeError", "unresolvable;"),
        "none.js": ("negative:\n  phase: runtime\n  type: TypeError", "1;"),
    })
    got = outcomes(runner.run(root, paths, 2))
    assert got[("ref.js", "sloppy")] == ("pass", "")
    outcome, message = got[("wrong.js", "sloppy")]
    assert outcome == "fail" and message.startswith("expected TypeError, got ReferenceError: ")
    assert got[("none.js", "sloppy")] == ("fail", "completed, but a runtime TypeError was expected")


def test_cannot_compile_is_a_failure_not_an_early_error(monkeypatch, real_root):
    # A construct minijs cannot compile yet is no SyntaxError of the language.
    from minijs.conformance import execute
    from minijs.conformance.harness import HarnessCache
    from minijs.syntax.errors import JSSyntaxError

    def refuse(text, filename, module=False):
        if filename == "t/neg.js":
            raise JSSyntaxError("widgets are not supported yet " + execute.CANNOT_COMPILE, 0)
        return real_compile(text, filename, module)
    real_compile = execute.compile_script
    monkeypatch.setattr(execute, "compile_script", refuse)
    test = suite.Test("t/neg.js", None, "x;", {"negative": {"phase": "parse", "type": "SyntaxError"}})
    outcome, message = execute.judge(test, suite.SLOPPY, HarnessCache(real_root))
    assert outcome == "fail"
    assert message.endswith(execute.CANNOT_COMPILE)


def test_async_tests_wait_for_done(make_suite):
    root, paths = make_suite({
        "done.js": ("flags: [async]", "$DONE();"),
        "failed.js": ("flags: [async]", "$DONE(new RangeError('late'));"),
        "silent.js": ("flags: [async]", "var x = 1;"),
    })
    got = outcomes(runner.run(root, paths, 2))
    assert got[("done.js", "strict")] == ("pass", "")
    assert got[("failed.js", "sloppy")] == ("fail", "Test262:AsyncTestFailure:RangeError: late")
    assert got[("silent.js", "sloppy")][0] == "fail"


def test_module_tests_run_as_module_graphs(make_suite):
    # The test is the root module; fixtures next to it are imported
    # relative to the importing file, once each (the test imports itself).
    root, paths = make_suite({
        "mod.js": ("flags: [module]", """
            import { value, bump } from './dep_FIXTURE.js';
            import * as self from './mod.js';
            export const mine = 1;
            bump();
            assert.sameValue(value, 2);
            assert.sameValue(self.mine, 1);
            assert.sameValue(this, undefined);
        """),
        "tla.js": ("flags: [module, async]", """
            import { value } from './dep_FIXTURE.js';
            await Promise.resolve();
            assert.sameValue(value, 1);
            $DONE();
        """),
        "resolution.js": ("negative:\n  phase: resolution\n  type: SyntaxError\nflags: [module]",
                          "import { missing } from './dep_FIXTURE.js';"),
        "linked.js": ("negative:\n  phase: resolution\n  type: SyntaxError\nflags: [module]",
                      "import { value } from './dep_FIXTURE.js';"),
    })
    (root / "test" / "t" / "dep_FIXTURE.js").write_text(
        "export let value = 1;\nexport function bump() { value++; }\n")
    got = outcomes(runner.run(root, paths, 2))
    assert got[("mod.js", "module")] == ("pass", "")
    assert got[("tla.js", "module")] == ("pass", "")
    assert got[("resolution.js", "module")] == ("pass", "")
    assert got[("linked.js", "module")] == (
        "fail", "linked, but a resolution-phase SyntaxError was expected")


def test_host_defined_bindings(make_suite):
    got = run_one(make_suite, "includes: [propertyHelper.js]", """
        verifyProperty(this, "print", {writable: true, enumerable: false, configurable: true}, {restore: true});
        verifyProperty(this, "$262", {writable: true, enumerable: false, configurable: true}, {restore: true});
        assert.sameValue($262.global, this);
        assert.sameValue($262.evalScript("var fromEval = 6 * 7; fromEval;"), 42);
        assert.sameValue(fromEval, 42);
        assert.throws(SyntaxError, function() { $262.evalScript("var;"); });
        assert.sameValue($262.gc(), undefined);
        var other = $262.createRealm();
        var OtherArray = other.global.Array;
        assert.notSameValue(OtherArray, Array);
        assert.sameValue(other.evalScript("[]") instanceof Array, false);
        assert.sameValue(other.evalScript("[]") instanceof OtherArray, true);
        assert.sameValue(typeof other.global.$262.createRealm, "function");
        assert.sameValue(Object.getOwnPropertyNames($262).indexOf("agent"), -1);
    """)
    assert got[("x.js", "sloppy")] == ("pass", "")
    assert got[("x.js", "strict")] == ("pass", "")


def test_missing_host_capabilities_are_skipped_with_a_reason(make_suite):
    root, paths = make_suite({
        "agent.js": ("description: a", "$262.agent.start('');"),
        "dda.js": ("features: [IsHTMLDDA]", "var dda = $262.IsHTMLDDA;"),
        "block.js": ("flags: [CanBlockIsFalse]", "var x;"),
    })
    results = runner.run(root, paths, 1)
    assert [(r.path, r.variant, r.outcome) for r in results] == [
        ("t/agent.js", "-", "skip"), ("t/block.js", "-", "skip"), ("t/dda.js", "-", "skip")]
    assert "agent" in results[0].message and "IsHTMLDDA" in results[2].message


def test_a_hung_test_times_out_without_stopping_the_run(make_suite):
    root, paths = make_suite({
        "a_hang.js": ("description: hangs", "while (true) {}"),
        "b_ok.js": ("flags: [noStrict]", "assert(true);"),
        "c_ok.js": ("flags: [noStrict]", "assert(true);"),
    })
    got = outcomes(runner.run(root, paths, 1, timeout=2.0))
    assert got[("a_hang.js", "sloppy")] == ("timeout", "no result after 2 s")
    # one timeout per test: the other variant is not given 2 s more
    assert got[("a_hang.js", "strict")] == ("timeout", "not run: the sloppy variant timed out")
    assert got[("b_ok.js", "sloppy")] == ("pass", "")
    assert got[("c_ok.js", "sloppy")] == ("pass", "")


def test_timeouts_can_depend_on_the_test(make_suite):
    root, paths = make_suite({
        "short.js": ("flags: [noStrict]", "while (true) {}"),
        "long.js": ("flags: [noStrict]", "while (true) {}"),
    })
    got = outcomes(runner.run(root, paths, 2, lambda path: 1.0 if "short" in path else 2.5))
    assert got[("short.js", "sloppy")] == ("timeout", "no result after 1 s")
    assert got[("long.js", "sloppy")] == ("timeout", "no result after 2.5 s")


class _Crashy:
    """A handler factory whose handler kills its process on job 'die'."""

    def __call__(self):
        def handle(job):
            if job == "die":
                os._exit(3)
            return ("pass", job)
        return handle


def test_a_dying_worker_is_replaced():
    got = dict(pool.run_jobs(["a", "die", "b", "c"], _Crashy(), processes=2, timeout=20))
    assert got["a"] == ("pass", "a")
    assert got["b"] == ("pass", "b") and got["c"] == ("pass", "c")
    assert got["die"] == ("crash", "worker process died (exit code 3)")


# ---------------------------------------------------------------- reports and ratchet

def _r(path, variant, outcome, edition="untagged"):
    return Result(path, variant, outcome, "", edition)


RESULTS = [
    _r("language/a/1.js", "sloppy", "pass"), _r("language/a/1.js", "strict", "pass"),
    _r("language/a/2.js", "sloppy", "pass"), _r("language/a/2.js", "strict", "fail"),
    _r("built-ins/B/3.js", "strict", "timeout", "ES2015"),
    _r("built-ins/B/4.js", "-", "skip", "ES2017"),
]


def test_a_test_passes_when_all_its_variants_pass():
    assert report.test_outcomes(RESULTS) == {
        "language/a/1.js": ("pass", "untagged"), "language/a/2.js": ("fail", "untagged"),
        "built-ins/B/3.js": ("fail", "ES2015"), "built-ins/B/4.js": ("skip", "ES2017")}


def test_summary_and_readme_table():
    text = report.format_summary(RESULTS)
    assert "language/a" in text and "built-ins/B" in text and "ES2015" in text
    table = report.readme_table(RESULTS)
    assert "| language | 2 | 1 | 1 | 0 | 50.0% |" in table
    assert "| built-ins | 2 | 0 | 1 | 1 | 0.0% |" in table
    assert "| **all** | 4 | 1 | 2 | 1 | 33.3% |" in table


def test_bucket_report_counts_untagged_and_es2015_to_es2022():
    results = RESULTS + [_r("built-ins/B/5.js", "strict", "pass", "ES2022"),
                         _r("built-ins/B/6.js", "strict", "fail", "ES2024")]
    lines = report.format_buckets(results).splitlines()
    row = {line.split()[0]: line for line in lines[2:]}
    assert row["language/a"].split()[1:3] == ["1/2", "50.0%"]
    assert row["built-ins/B"].split()[1:4] == ["-", "1/2", "50.0%"]  # ES2024 is left out
    assert row["total"].split()[1:] == ["1/2", "50.0%", "1/2", "50.0%"]


def test_readme_is_changed_only_between_the_markers(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"intro\n{report.README_BEGIN}\nold\n{report.README_END}\nrest\n")
    report.update_readme(readme, "NEW TABLE")
    assert readme.read_text() == f"intro\n{report.README_BEGIN}\nNEW TABLE\n{report.README_END}\nrest\n"


def test_json_round_trip(tmp_path):
    file = tmp_path / "r.json"
    report.write_json(file, RESULTS, 1.5)
    assert report.read_json(file) == (RESULTS, 1.5)


def test_ratchet_only_moves_forward():
    recorded = {"language/a/2.js", "old/passing.js"}
    assert expectations.compare(RESULTS, recorded) == (["language/a/2.js"], ["language/a/1.js"])
    assert expectations.updated(recorded, RESULTS) == {
        "language/a/1.js", "language/a/2.js", "old/passing.js"}
    assert expectations.updated(recorded, RESULTS, allow_regressions=True) == {
        "language/a/1.js", "old/passing.js"}


def test_expectations_file_is_sorted_paths(tmp_path):
    file = tmp_path / "p.txt"
    expectations.write({"b/x.js", "a/y.js"}, file)
    lines = [l for l in file.read_text().splitlines() if not l.startswith("#")]
    assert lines == ["a/y.js", "b/x.js"]
    assert expectations.read(file) == {"a/y.js", "b/x.js"}


def test_stratified_sample_covers_every_directory():
    paths = [f"language/big/{i:03}.js" for i in range(100)] + ["built-ins/Tiny/only.js"]
    chosen = expectations.stratified_sample(paths, every=10)
    assert "built-ins/Tiny/only.js" in chosen
    assert len([p for p in chosen if p.startswith("language/big/")]) == 10
    assert chosen == sorted(set(chosen))


def test_edition_labels():
    assert runner.edition_label([]) == "untagged"
    assert runner.edition_label(["caller"]) == "ES5"
    assert runner.edition_label(["Symbol", "BigInt"]) == "ES2020"
    assert runner.edition_label(["Symbol", "Temporal"]) == "proposal"
