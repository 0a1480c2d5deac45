"""`minijs run` / `minijs -e` as a user meets them: stdout, the uncaught
error report on stderr (node's, minus node's own internal frames and its
version banner), exit codes, process.argv."""

import os
import shutil
import subprocess
import sys

import pytest

NODE = shutil.which("node")


def minijs(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "minijs", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


def node_report(path):
    """node's stderr for an uncaught error, without node-internal frames,
    the blank line and banner after them."""
    r = subprocess.run([NODE, path], capture_output=True, text=True, timeout=60)
    lines = []
    for line in r.stderr.split("\n"):
        if "node:internal" in line or "node --trace-uncaught" in line:
            if line.endswith(" {") and lines:      # extra properties open after the last frame
                lines[-1] += " {"
            continue
        lines.append(line)
    text = "\n".join(lines).rstrip("\n")
    text = text.split("\n\nNode.js v")[0]
    return r.returncode, text + "\n"


UNCAUGHT = {
    "property.js": "var x = {};\nfunction f() {\n  return x.y.z;\n}\nf();\n",
    "throw_error.js": "function f() { throw new Error(\"boom\"); }\n[1].forEach(function(){ f(); });\n",
    "not_function.js": "var o = {};\no.foo(1);\n",
    "reference.js": "console.log('before');\nnope + 1;\n",
    "throw_string.js": "function f() {\n  throw \"x\";\n}\nf();\n",
    "throw_object.js": "throw {a: 1, b: [1, 2]};\n",
    "error_with_props.js": "var e = new RangeError('r'); e.code = 'E_X';\nthrow e;\n",
}


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("name", sorted(UNCAUGHT))
def test_uncaught_error_report_matches_node(tmp_path, name):
    path = tmp_path / name
    path.write_text(UNCAUGHT[name])
    code, expected = node_report(str(path))
    r = minijs("run", str(path))
    assert r.returncode == code == 1
    assert r.stderr.rstrip("\n") == expected.rstrip("\n")
    assert "Traceback" not in r.stderr


def test_run_prints_and_exits_zero(tmp_path):
    path = tmp_path / "ok.js"
    path.write_text("console.log(process.argv.slice(2).join(','), typeof require, this === module.exports);\n")
    r = minijs("run", str(path), "a", "b")
    assert r.returncode == 0, r.stderr
    assert r.stdout == "a,b function true\n"


def test_eval_flag():
    r = minijs("-e", "console.log([1, 2].map(function (x) { return x * 3; }))")
    assert r.returncode == 0, r.stderr
    assert r.stdout == "[ 3, 6 ]\n"


def test_process_exit_code(tmp_path):
    path = tmp_path / "exit.js"
    path.write_text("process.exitCode = 3; console.log('x');\n")
    assert minijs("run", str(path)).returncode == 3
    path.write_text("console.log('a'); process.exit(4); console.log('b');\n")
    r = minijs("run", str(path))
    assert (r.returncode, r.stdout) == (4, "a\n")


def test_require_relative_module_and_json(tmp_path):
    (tmp_path / "lib.js").write_text("var n = 0; exports.inc = function () { return ++n; };\n")
    (tmp_path / "data.json").write_text('{"k": [1, 2]}')
    main = tmp_path / "main.js"
    main.write_text("var lib = require('./lib'); lib.inc();\n"
                    "console.log(require('./lib.js').inc(), require('./data.json').k, __filename === " +
                    repr(str(main)) + ");\n")
    r = minijs("run", str(main))
    assert r.returncode == 0, r.stderr
    assert r.stdout == "2 [ 1, 2 ] true\n"


def test_print_bytecode(tmp_path):
    path = tmp_path / "bc.js"
    path.write_text("function add(a, b) { return a + b; }\nconsole.log(add(1, 2));\n")
    r = minijs("run", "--print-bytecode", "--print-bytecode-filter=add", str(path))
    assert r.returncode == 0, r.stderr
    assert "[bytecode for function: add]" in r.stdout
    assert "ADD" in r.stdout and r.stdout.endswith("3\n")


def test_missing_file_is_a_usage_error(tmp_path):
    r = minijs("run", str(tmp_path / "nope.js"))
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
