"""When the baseline tier compiles which of a function's two entries
(interpreter/loop.py): calls get the direct entry, a long loop of a
running frame the frame entry, and the direct entry of a function first
met in a loop waits for its next call."""

from minijs.engine import compile_script, run_script
from minijs.host.node import NodeHost
from minijs.jit.options import OPTIONS


def _code_after(source, name, monkeypatch):
    monkeypatch.setattr(OPTIONS, "enabled", False)   # the baseline tier alone
    host = NodeHost()
    run_script(compile_script(source, "tiering.js"), host.realm)
    return host.realm.global_object.get_fast(name).code


LOOP = """
    function spin(n) { var s = 0; for (var i = 0; i < n; i++) s += i; return s; }
    var r = spin(5000);
"""


def test_a_loop_compiles_the_frame_entry_only(monkeypatch):
    code = _code_after(LOOP, "spin", monkeypatch)
    assert code.baseline is not None
    assert code.direct is None and code.direct_deferred


def test_the_next_call_compiles_the_direct_entry(monkeypatch):
    code = _code_after(LOOP + "r += spin(3);", "spin", monkeypatch)
    assert code.direct is not None and not code.direct_deferred


def test_calls_compile_the_direct_entry_first(monkeypatch):
    code = _code_after("""
        function add(a, b) { return a + b; }
        for (var i = 0; i < 5; i++) add(i, 1);
    """, "add", monkeypatch)
    assert code.direct is not None and code.baseline is None
