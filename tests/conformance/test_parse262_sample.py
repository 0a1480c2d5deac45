"""test262 parse-only regression gate on a fixed sample.

Parses every 25th test (by path) of test262 language/ + built-ins/ and
fails only on regressions: a failing variant that is not listed in
parse262_expected_failures.txt. Listed variants that now pass are reported
(as a warning); regenerate the list with
    python -m minijs.conformance.parse262 --sample --update-expectations
Skipped when the test262 archive is not available.
"""

import os
import warnings

import pytest

from minijs.conformance import features, parse262, suite


@pytest.fixture(scope="module")
def root():
    try:
        return suite.ensure_suite()
    except suite.SuiteMissing as e:
        pytest.skip(str(e))


def test_sample_has_no_parse_regressions(root):
    results = parse262.run(root, parse262.sample_paths(root), os.cpu_count() or 2)
    assert results, "the sample is empty"
    new, fixed = parse262.compare(results, parse262.read_expectations())
    if fixed:
        print(f"{len(fixed)} variants listed as failing now pass:")
        print("\n".join(f"  {key}" for key in fixed))
        warnings.warn(f"{len(fixed)} known test262 parse failures now pass; "
                      f"update the list: {parse262.REGENERATE}")
    by_key = {r.key: r for r in results}
    assert not new, (f"{len(new)} test262 parse regressions (not in "
                     f"{parse262.EXPECTATIONS.name}):\n"
                     + "\n".join(f"  {key}: {by_key[key].outcome}: {by_key[key].message}"
                                 for key in new))


def test_every_feature_in_the_suite_has_an_edition(root):
    # An unknown feature counts as "newer than ES2022"; a new archive with
    # new feature names should get them classified, not silently dropped.
    seen = set()
    for path in suite.list_tests(root, ["language", "built-ins", "annexB"]):
        seen.update(suite.read_test(root, path).features)
    assert sorted(seen - set(features.FEATURES)) == []


def test_front_matter_subset():
    meta = suite.parse_yaml(
        "description: >\n  folded\n  text\n\n  para\n"
        "info: |\n  keep\n    lines\n"
        "features: [a, b.c]\n"
        "includes:\n  - x.js\n  - y.js\n"
        "negative:\n  phase: parse\n  type: SyntaxError\n"
        "flags: [onlyStrict]  # comment\n"
        "esid: 'quoted: yes'\n")
    assert meta == {"description": "folded text\npara\n", "info": "keep\n  lines\n",
                    "features": ["a", "b.c"], "includes": ["x.js", "y.js"],
                    "negative": {"phase": "parse", "type": "SyntaxError"},
                    "flags": ["onlyStrict"], "esid": "quoted: yes"}


@pytest.mark.parametrize("flags, expected", [
    ([], ["sloppy", "strict"]), (["onlyStrict"], ["strict"]), (["noStrict"], ["sloppy"]),
    (["raw"], ["sloppy"]), (["module"], ["module"]), (["module", "async"], ["module"]),
])
def test_variants_follow_flags(flags, expected):
    test = suite.Test("language/x.js", None, "", {"flags": flags})
    assert suite.variants(test) == expected
