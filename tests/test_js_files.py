"""The `.js` / `.mjs` test suite (tests/js/README.md): each program's stdout must
equal its `/* expected ... */` block under minijs, and under node (so
every expectation is node's real behaviour; skipped without node)."""

import contextlib
import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parent / "js"
# Programs are .js (CommonJS) and .mjs (ES module) files; modules they
# import live in `fixtures` folders and are not programs of their own.
FILES = sorted(p for p in ROOT.rglob("*") if p.suffix in (".js", ".mjs")
               and "fixtures" not in p.relative_to(ROOT).parts)
NODE = shutil.which("node")
_EXPECTED = re.compile(r"/\* expected\n(.*?)\*/\s*$", re.S)
_EXIT = re.compile(r"^// exit: (\d+)$", re.M)
_TZ = re.compile(r"^// tz: (\S+)$", re.M)


def _spec(path):
    text = path.read_text(encoding="utf-8")
    m = _EXPECTED.search(text)
    assert m, f"{path} has no /* expected ... */ block at its end"
    exit_code = int(_EXIT.search(text).group(1)) if _EXIT.search(text) else 0
    tz = _TZ.search(text).group(1) if _TZ.search(text) else "UTC"
    return m.group(1), exit_code, tz


def _ids():
    return [str(p.relative_to(ROOT)) for p in FILES]


def run_minijs(path, tz):
    from minijs.host.node import NodeHost
    out, err = io.StringIO(), io.StringIO()
    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = tz
    try:
        host = NodeHost([], stdout=out, stderr=err, script_path=str(path))
        code = host.run_main(str(path))
    finally:
        if old_tz is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old_tz
    return out.getvalue(), err.getvalue(), code


# Every program runs three ways (issue 5): the interpreter alone, with
# every function and loop optimised as early as possible (synchronously,
# so failures reproduce; quick-tier code that did 1,000 calls or loop
# iterations is recompiled fully optimized, and a running loop moves to
# it), and with the default tiering.
JIT_MODES = {
    "interpreter": dict(enabled=False),
    "eager-jit": dict(enabled=True, call_threshold=0, osr_threshold=0, concurrent=False,
                      tier_up_work=1000),
    "default": dict(enabled=True),
}


@contextlib.contextmanager
def jit_mode(mode):
    from minijs.jit.options import OPTIONS
    saved = dict(vars(OPTIONS))
    defaults = vars(type(OPTIONS)())
    vars(OPTIONS).update(defaults)
    vars(OPTIONS).update(JIT_MODES[mode])
    try:
        yield
    finally:
        vars(OPTIONS).update(saved)


@pytest.mark.parametrize("mode", list(JIT_MODES))
@pytest.mark.parametrize("path", FILES, ids=_ids())
def test_minijs(path, mode):
    from minijs.jit.tiering import INTERNAL_ERRORS
    expected, exit_code, tz = _spec(path)
    del INTERNAL_ERRORS[:]
    with jit_mode(mode):
        out, err, code = run_minijs(path, tz)
    assert out == expected, err
    assert code == exit_code, err
    assert not INTERNAL_ERRORS, INTERNAL_ERRORS[0]


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("path", FILES, ids=_ids())
def test_node_agrees(path):
    expected, exit_code, tz = _spec(path)
    env = dict(os.environ, TZ=tz)
    r = subprocess.run([NODE, str(path)], capture_output=True, text=True, env=env, timeout=60)
    assert r.stdout == expected, r.stderr
    assert r.returncode == exit_code
