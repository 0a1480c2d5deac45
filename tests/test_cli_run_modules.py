"""`minijs run` of ES modules as a user meets them: `.mjs` and `--module`,
and node's stderr reports for uncaught errors, syntax errors (also in an
imported file), link errors and missing modules."""

import pytest

from tests.test_cli_run import NODE, minijs, node_report

HELPER = "export let value = 1;\nexport default function f() { return 'f'; }\n"

REPORTS = {
    "throws.mjs": "import { value } from './helper.mjs';\nconsole.log(value);\n"
                  "function f() {\n  throw new TypeError('bad ' + value);\n}\nf();\n",
    "syntax.mjs": "import './helper.mjs';\nlet a = 1;\nfoo bar;\n",
    "syntax_in_import.mjs": "import './broken.mjs';\nconsole.log('not run');\n",
    "link_error.mjs": "console.log('not run');\nimport { missing } from './helper.mjs';\n",
    "tdz.mjs": "console.log(later);\nexport let later = 1;\n",
}


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "helper.mjs").write_text(HELPER)
    (tmp_path / "broken.mjs").write_text("export let x = 1;\nfoo bar;\n")
    return tmp_path


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("name", sorted(REPORTS))
def test_module_error_reports_match_node(folder, name):
    path = folder / name
    path.write_text(REPORTS[name])
    code, expected = node_report(str(path))
    r = minijs("run", str(path))
    assert r.returncode == code == 1
    assert r.stderr.rstrip("\n") == expected.rstrip("\n")
    assert "Traceback" not in r.stderr


def test_module_flag_runs_js_as_module(folder):
    (folder / "main.js").write_text("import f, { value } from './lib.js';\n"
                                    "console.log(f(), value, typeof require, this);\n")
    (folder / "lib.js").write_text(HELPER)
    r = minijs("run", "--module", str(folder / "main.js"))
    assert r.returncode == 0, r.stderr
    assert r.stdout == "f 1 undefined undefined\n"
    (folder / "script.js").write_text("console.log(typeof require, typeof module);\n")
    r = minijs("run", "--module", str(folder / "script.js"))
    assert (r.returncode, r.stdout) == (0, "undefined undefined\n"), r.stderr


def test_js_with_module_syntax_runs_as_module(folder):
    # node 20: a .js file outside any package "type" that only parses as a
    # module is one; a CommonJS file stays CommonJS
    (folder / "main.js").write_text("import { value } from './helper.mjs';\n"
                                    "console.log(value, typeof require, await 2);\n")
    (folder / "cjs.js").write_text("console.log(typeof require, this === module.exports);\n")
    assert minijs("run", str(folder / "main.js")).stdout == "1 undefined 2\n"
    assert minijs("run", str(folder / "cjs.js")).stdout == "function true\n"


def test_package_type_module_makes_js_a_module(folder):
    (folder / "package.json").write_text('{"type": "module"}')
    (folder / "main.js").write_text("import { value } from './lib.js';\nconsole.log(value);\n")
    (folder / "lib.js").write_text(HELPER)
    r = minijs("run", str(folder / "main.js"))
    assert (r.returncode, r.stdout) == (0, "1\n"), r.stderr


def test_core_module_node_lacks_is_err_unknown_builtin_module(folder):
    (folder / "nope.mjs").write_text("import x from 'node:nope';\n")
    r = minijs("run", str(folder / "nope.mjs"))
    assert r.returncode == 1
    assert "Error [ERR_UNKNOWN_BUILTIN_MODULE]: No such built-in module: node:nope" in r.stderr
    assert "Traceback" not in r.stderr


def test_unimplemented_core_module_says_so(folder):
    (folder / "http.mjs").write_text("import http from 'http';\n")
    r = minijs("run", str(folder / "http.mjs"))
    assert r.returncode == 1
    assert "node's core module 'http' is not implemented in minijs" in r.stderr
    assert "Traceback" not in r.stderr
