"""node's core modules (fs, path, util, events, assert, os, buffer,
module; minijs/host/core_modules) against node v20: each program of
tests/host/core_modules/ runs, copied into a temporary folder, under node
and under minijs, and prints the same.  Uncaught errors must print the
same report, apart from what points into node's own code: the excerpt
of a core module's source line and the frames of node's internal files
(minijs shows its own core-module lines there)."""

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from minijs.host.node import NodeHost

HERE = Path(__file__).parent / "core_modules"
PROGRAMS = sorted(p.name for p in HERE.iterdir() if p.suffix in (".js", ".mjs"))
NODE = shutil.which("node")

_PID = re.compile(r"\((node|minijs):\d+\)")
_CORE_FRAME = re.compile(r"^\s+at (?:.*\()?node:[^)\s]*\)?( \{)?$")


def normalize_stderr(text):
    """Without what points into core modules' code (the excerpt of their
    source and their frames) and node's version banner; pids as PID."""
    lines = text.split("\n")
    if lines and lines[0].startswith("node:"):
        lines = lines[3:]               # file:line, the source line, the caret
    kept = []
    for line in lines:
        m = _CORE_FRAME.match(line)
        if m:
            if m.group(1) and kept:     # the properties of the error open after it
                kept[-1] += " {"
            continue
        kept.append(line)
    text = "\n".join(kept).split("\n\nNode.js v")[0]
    return _PID.sub("(node:PID)", text).rstrip("\n")


def run_node(path):
    r = subprocess.run([NODE, str(path)], capture_output=True, text=True, timeout=60,
                       cwd=path.parent)
    return r.returncode, r.stdout, r.stderr


def run_minijs(path):
    os.chdir(path.parent)               # node runs there too (the caller restores it)
    out, err = io.StringIO(), io.StringIO()
    host = NodeHost([], stdout=out, stderr=err, script_path=str(path))
    code = host.run_main(str(path))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("name", PROGRAMS)
def test_program_matches_node(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    # node and minijs each get a fresh copy (programs make files next to themselves)
    results = []
    for runner, folder in ((run_node, "node"), (run_minijs, "minijs")):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / name
        shutil.copy(HERE / name, path)
        code, out, err = runner(path)
        out = out.replace(str(tmp_path / folder), "<dir>")
        err = normalize_stderr(err.replace(str(tmp_path / folder), "<dir>"))
        results.append((code, out, err))
    (node_code, node_out, node_err), (code, out, err) = results
    assert "Traceback" not in err
    assert out == node_out
    assert err == node_err
    assert code == node_code
    if name.startswith("uncaught_"):
        assert code == 1 and err
