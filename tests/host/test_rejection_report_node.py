"""A fatal unhandled rejection as node v20 ends the process with it: the
same stdout ('exit' listeners included), exit status 1, and node's report
on stderr (without node's internal frames and banner, as
tests/test_cli_run.py compares uncaught errors).

A reason that is not error-like is wrapped in node's
ERR_UNHANDLED_REJECTION error, made inside node: its report starts with
node's own source line and frames, which minijs does not have; there
the report must be node's error line and `code`, shown as node shows an
error without frames."""

import shutil
import subprocess

import pytest

from tests.test_cli_run import minijs, node_report

NODE = shutil.which("node")

EXIT_LISTENER = 'process.on("exit", (code) => console.log("exit", code, process.exitCode));\n'

ERROR_REASONS = {
    "in_function.js": 'function f() { return Promise.reject(new Error("boom")); }\nf();\n',
    "async_after_await.js": "async function g() { await null; throw new TypeError('bad'); }\ng();\n",
    "extra_properties.js": 'const e = new Error("with props"); e.code = "E_X"; e.info = { n: 1 };\n'
                           "Promise.reject(e);\n",
    "error_subclass.js": "class MyErr extends Error {\n  constructor(m) { super(m); this.name = 'MyErr'; }\n}\n"
                         "Promise.reject(new MyErr('mine'));\n",
    "reaction_throws.js": 'Promise.resolve().then(() => { throw new RangeError("in reaction"); });\n',
    "exit_code_set.js": "process.exitCode = 3;\nPromise.reject(new Error('fatal anyway'));\n",
    "handler_throws.js": "process.on('unhandledRejection', function onRejection() {\n"
                         "  throw new Error('from the handler');\n});\nPromise.reject(1);\n",
    "in_module.mjs": "await null;\nPromise.reject(new SyntaxError('in a module'));\n",
}

OTHER_REASONS = {
    "number.js": "Promise.reject(42);\n",
    "string.js": 'Promise.reject("a string");\n',
    "undefined.js": "Promise.reject(undefined);\n",
    "null.js": "Promise.reject(null);\n",
    "symbol.js": 'Promise.reject(Symbol("s"));\n',
    "object.js": 'Promise.reject({ a: 1, b: "x" });\n',
    "array.js": "Promise.reject([1, 2]);\n",
    "function.js": "Promise.reject(function named() { return 1; });\n",
    "bigint.js": "Promise.reject(10n);\n",
    "error_without_stack.js": 'const e = new Error("no stack"); delete e.stack;\nPromise.reject(e);\n',
}


def run_both(tmp_path, name, text):
    """Run the program under node and minijs; check that both exit with
    status 1 and print the same stdout; return (node's stderr report,
    minijs's stderr)."""
    path = tmp_path / name
    path.write_text(EXIT_LISTENER + text)
    code, expected = node_report(str(path))
    # frames in node's other built-in modules (`at process.emit (node:events:524:28)`)
    expected = "\n".join(line for line in expected.split("\n") if "(node:" not in line)
    node_stdout = subprocess.run([NODE, str(path)], capture_output=True, text=True,
                                 timeout=60).stdout
    r = minijs("run", str(path))
    assert "Traceback" not in r.stderr
    assert r.returncode == code == 1
    assert r.stdout == node_stdout
    return expected, r.stderr


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("name", sorted(ERROR_REASONS))
def test_error_reason_report_matches_node(tmp_path, name):
    expected, stderr = run_both(tmp_path, name, ERROR_REASONS[name])
    assert stderr.rstrip("\n") == expected.rstrip("\n")


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("name", sorted(OTHER_REASONS))
def test_other_reason_is_wrapped_as_node_wraps_it(tmp_path, name):
    expected, stderr = run_both(tmp_path, name, OTHER_REASONS[name])
    error_line = next(line for line in expected.split("\n")
                      if line.startswith("UnhandledPromiseRejection: "))
    assert error_line.endswith(" {")          # node's frames were cut from between
    tail = expected[expected.index(error_line) + len(error_line):]
    assert stderr == "[%s]%s" % (error_line[:-2], " {" + tail)
