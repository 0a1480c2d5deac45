"""Command line of the test262 runner: `minijs test262 ...` and
`python -m minijs.conformance ...` (the same options).

    minijs test262                       language + built-ins + annexB
    minijs test262 built-ins/Array -j 2  some folders or files
    minijs test262 --sample              the regression sample of `make test`
    minijs test262 --update              record newly passing tests (ratchet)
    minijs test262 --write-readme        refresh the README's pass-rate table
    minijs test262 --from-json F --readme-table   report a saved run

Exit status: 0, or 1 when a test recorded as passing failed (a
regression), 2 on usage errors.
"""

import argparse
import os
import sys
import time

from minijs.conformance import suite

README = suite.REPO_ROOT / "README.md"


def add_arguments(ap):
    """The runner's options, on `ap` (also used by minijs.cli's subparser)."""
    from minijs.conformance.expectations import PASSING_FILE, SAMPLE_EVERY
    from minijs.conformance.runner import DEFAULT_DIRS, DEFAULT_TIMEOUT
    ap.add_argument("paths", nargs="*", metavar="PATH",
                    help="test files or folders, relative to test262/test (e.g. built-ins/Array); "
                         f"default: {', '.join(DEFAULT_DIRS)}")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                    help="worker processes (default: number of cores)")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                    help=f"seconds per test variant before its worker is killed (default {DEFAULT_TIMEOUT:g})")
    ap.add_argument("--json", metavar="FILE", help="write every result to FILE")
    ap.add_argument("--failures", action="store_true", help="list every failing variant and why")
    ap.add_argument("--sample", action="store_true",
                    help=f"only the fixed stratified sample (1 test in {SAMPLE_EVERY} per directory) "
                         "that `make test` runs")
    ap.add_argument("--update", action="store_true",
                    help=f"add the tests that now pass to {PASSING_FILE.relative_to(suite.REPO_ROOT)}")
    ap.add_argument("--allow-regressions", action="store_true",
                    help="with --update: also drop listed tests that failed in this run")
    ap.add_argument("--readme-table", action="store_true",
                    help="print the markdown table of pass rates (for README.md)")
    ap.add_argument("--write-readme", action="store_true",
                    help="put that table into README.md between its marker comments "
                         "(needs a full run: no PATHS, no --sample)")
    ap.add_argument("--from-json", metavar="FILE",
                    help="report the results saved by --json instead of running tests")
    ap.add_argument("--archive", help="test262.tar.xz to use (default: found beside the repo)")
    return ap


def build_arg_parser():
    ap = argparse.ArgumentParser(
        prog="python -m minijs.conformance",
        description="Run test262 (language, built-ins, annexB) on minijs and report pass rates.")
    return add_arguments(ap)


def main(argv=None):
    return run(build_arg_parser().parse_args(argv))


def cmd_test262(args, out=None):
    """minijs.cli's entry point for `minijs test262`."""
    return run(args)


def run(args):
    from minijs.conformance import expectations, report, runner
    if args.write_readme and (args.paths or args.sample):
        print("--write-readme needs the whole suite (no PATHS, no --sample)", file=sys.stderr)
        return 2
    if args.allow_regressions and not args.update:
        print("--allow-regressions goes with --update", file=sys.stderr)
        return 2

    if args.from_json:
        results, elapsed = report.read_json(args.from_json)
    else:
        try:
            root = suite.ensure_suite(args.archive)
            paths = suite.list_tests(root, args.paths or list(runner.DEFAULT_DIRS))
        except (suite.SuiteMissing, FileNotFoundError) as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        if args.sample:
            paths = expectations.stratified_sample(paths)
        progress = report.Progress(len(paths), sys.stderr, tty=sys.stderr.isatty())
        start = time.monotonic()
        try:
            results = runner.run(root, paths, args.jobs, args.timeout, progress)
        except KeyboardInterrupt:
            print("\ninterrupted", file=sys.stderr)
            return 130
        finally:
            progress.done()
        elapsed = time.monotonic() - start

    if args.failures:
        text = report.format_failures(results)
        if text:
            print(text)
    print(report.format_summary(results, elapsed))
    print()
    print(report.format_buckets(results))
    if args.json:
        report.write_json(args.json, results, elapsed)
    if args.readme_table or args.write_readme:
        table = report.readme_table(results)
        if args.readme_table:
            print(table)
        if args.write_readme:
            minutes = f" (the last full run took {elapsed / 60:.0f} minutes)" if elapsed else ""
            note = ("Generated by the test262 runner from a full run of test262 `language/`, "
                    f"`built-ins/` and `annexB/`{minutes}; refresh with `make test262 UPDATE=1`.\n\n")
            report.update_readme(README, table, note)
            print(f"updated the test262 table in {README}")

    recorded = expectations.read()
    regressions, fixed = expectations.compare(results, recorded)
    status = 0
    if args.update:
        new = expectations.updated(recorded, results, args.allow_regressions)
        expectations.write(new)
        print(f"{expectations.PASSING_FILE.name}: {len(new)} passing tests "
              f"({len(new - recorded):+d} added, {len(recorded - new)} removed)")
        if regressions and not args.allow_regressions:
            status = 1
    elif fixed:
        print(f"{len(fixed)} tests pass that are not recorded yet; record them: "
              f"{expectations.UPDATE_COMMAND}")
    if regressions and not (args.update and args.allow_regressions):
        by_path = {}
        for r in results:
            if r.failed and r.path not in by_path:
                by_path[r.path] = r
        print(f"{len(regressions)} REGRESSIONS (recorded as passing, now failing):")
        for path in regressions:
            r = by_path.get(path)
            print(f"  {r.key}: {r.outcome}: {r.message}" if r else f"  {path}")
        status = 1
    return status
