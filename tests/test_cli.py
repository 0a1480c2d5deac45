"""The minijs command line: tokens, ast, node-style syntax errors."""

import json
import subprocess
import sys

import pytest

from minijs import cli


def run_cli(args, tmp_path=None):
    proc = subprocess.run([sys.executable, "-m", "minijs", *args],
                          capture_output=True, text=True, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_tokens_lists_type_value_and_position(tmp_path, capsys):
    path = write(tmp_path, "a.js", "let x = /ab+c/g;\nif (x) y++\n")
    assert cli.main(["tokens", path]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["LET", '"let"', "1:0"]
    assert lines[3].split()[0] == "REGEX" and lines[3].split()[-1] == "1:8"
    assert lines[5].split() == ["IF", '"if"', "2:0"]
    assert lines[-1].endswith("(auto)")   # ASI at end of input


def test_ast_prints_acorn_shaped_json(tmp_path, capsys):
    path = write(tmp_path, "a.js", "a + 1")
    assert cli.main(["ast", path]) == 0
    tree = json.loads(capsys.readouterr().out)
    expr = tree["body"][0]["expression"]
    assert expr["type"] == "BinaryExpression"
    assert expr["loc"] == {"start": {"line": 1, "column": 0}, "end": {"line": 1, "column": 5}}


def test_mjs_is_parsed_as_module(tmp_path, capsys):
    path = write(tmp_path, "m.mjs", "import x from 'y';")
    assert cli.main(["ast", path]) == 0
    assert json.loads(capsys.readouterr().out)["sourceType"] == "module"


def test_syntax_error_is_printed_like_node(tmp_path):
    path = write(tmp_path, "bad.js", "var x = 1;\nfoo bar baz;\n")
    code, out, err = run_cli(["ast", path])
    assert code == 1
    assert err == f"{path}:2\nfoo bar baz;\n    ^^^\n\nSyntaxError: Unexpected identifier 'bar'\n"
    assert "Traceback" not in err


@pytest.mark.parametrize("content", [
    bytes(range(256)) * 4,                 # binary garbage
    b"\xff\xfe\x00var x = 1;",             # invalid UTF-8
    b"(" * 5000,                           # unclosed nesting
])
def test_bad_input_gives_a_clear_error_not_a_traceback(tmp_path, content):
    path = tmp_path / "bad.js"
    path.write_bytes(content)
    code, out, err = run_cli(["ast", str(path)])
    assert code == 1
    assert "SyntaxError: " in err
    assert "Traceback" not in err


def test_deep_nesting_parses(tmp_path):
    path = write(tmp_path, "deep.js", "[" * 10000 + "]" * 10000)
    code, out, err = run_cli(["ast", path])
    assert code == 0, err
    assert out.startswith('{"type":"Program"')
    assert out.count('"type":"ArrayExpression"') == 10000


def test_missing_file(tmp_path):
    code, out, err = run_cli(["ast", str(tmp_path / "nope.js")])
    assert code == 2
    assert err.startswith("minijs: cannot read")


def test_version_and_help():
    code, out, _ = run_cli(["--version"])
    assert code == 0 and out.startswith("minijs ")
    code, out, _ = run_cli(["--help"])
    assert code == 0 and "tokens" in out and "ast" in out


def test_scopes_dump(tmp_path, capsys):
    path = write(tmp_path, "s.js", "function f(x) { let y = x; return () => y; }")
    assert cli.main(["scopes", path]) == 0
    out = capsys.readouterr().out
    assert "param x: r0" in out
    assert "let y: context 0 captured" in out
