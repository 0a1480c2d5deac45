"""Assignments to names resolved at run time (inside `with`, or where
sloppy direct eval may add bindings) resolve their reference before the
right-hand side runs (ECMA-262 13.15.2 steps 1 and 5; test262
S11.13.1_A5/A6, S11.13.2_A5/A6).  V8 resolves it again afterwards, so
these expectations come from the spec, not from node."""

import io

import pytest

from minijs.host.node import NodeHost


def run(tmp_path, source):
    path = tmp_path / "t.js"
    path.write_text(source)
    out, err = io.StringIO(), io.StringIO()
    code = NodeHost([], stdout=out, stderr=err, script_path=str(path)).run_main(str(path))
    assert code == 0, err.getvalue()
    return out.getvalue().strip()


@pytest.mark.parametrize("body, expected", [
    # the with object had x when the assignment started: it gets the value back
    ("var x = 0; var scope = {x: 1}; with (scope) { x = (delete scope.x, 2); } r = [scope.x, x];",
     "[2,0]"),
    ("var x = 0; var scope = {x: 1}; with (scope) { x += (delete scope.x, 2); } r = [scope.x, x];",
     "[3,0]"),
    ("var x = 0; var scope = {x: 1}; with (scope) { x &&= (delete scope.x, 5); } r = [scope.x, x];",
     "[5,0]"),
    # x was the function's variable when the assignment started
    ("var x = 0; var scope = {}; with (scope) { x = (scope.x = 2, 1); } r = [scope.x, x];",
     "[2,1]"),
    # eval adds an inner x while the right side runs: the outer x is assigned
    ("var x = 0; var inner = (function () { x = (eval('var x = 2;'), 1); return x; })(); r = [inner, x];",
     "[2,1]"),
    ("var x = 0; var inner = (function () { x -= (eval('var x = 2;'), 1); return x; })(); r = [inner, x];",
     "[2,-1]"),
    # a var initializer in a with body: the same (14.3.2.1)
    ("var obj = {v: 1}; with (obj) { var v = delete obj.v; } r = [obj.v, v];", "[true,null]"),
    # a destructuring target too: resolved before its value is read
    ("var t = 0; var o = {t: 1}; var src = {get p() { delete o.t; return 5; }};"
     " with (o) { ({p: t} = src); } r = [o.t, t];", "[5,0]"),
    ("var t = 0; var o = {t: 1}; var src = {get p() { delete o.t; return 6; }};"
     " with (o) { var {p: t} = src; } r = [o.t, t];", "[6,0]"),
    # updates and plain cases still work
    ("var n = '5'; with ({}) { var a = n++, b = ++n; } r = [a, b, n];", "[5,7,7]"),
    ("var y = null; with ({}) { y ??= 3; y ||= 4; } r = y;", "3"),
])
def test_reference_is_resolved_before_the_right_side(tmp_path, body, expected):
    source = "var r; (function () { %s })(); console.log(JSON.stringify(r));" % body
    assert run(tmp_path, source) == expected


def test_with_object_binding_is_checked_again_when_read_and_written(tmp_path):
    # HasBinding (has, @@unscopables), then GetBindingValue / SetMutableBinding
    # ask HasProperty again (9.1.1.2.6, 9.1.1.2.5)
    source = """
    var log = [];
    var p = new Proxy({ w: 1 }, {
      has(t, k) { log.push("has:" + String(k)); return k in t; },
      get(t, k) { log.push("get:" + String(k)); return t[k]; },
      set(t, k, v) { log.push("set:" + String(k)); t[k] = v; return true; },
    });
    with (p) { w; }
    console.log(log.join()); log.length = 0;
    with (p) { w = 2; }
    console.log(log.join());
    """
    assert run(tmp_path, source).splitlines() == [
        "has:w,get:Symbol(Symbol.unscopables),has:w,get:w",
        "has:w,get:Symbol(Symbol.unscopables),has:w,set:w",
    ]
