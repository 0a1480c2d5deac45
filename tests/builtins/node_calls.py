"""A differential harness for built-in functions: the same calls are made
on minijs (from Python, without the interpreter) and in one node process,
and the results compared.

A case is `(target, this, args)`:

* `target` is a JS expression naming a function, evaluated in node and,
  in minijs, resolved as a property path from the global object
  ("String.prototype.padStart", "Math.max", "parseInt").
* `this` and each argument are Python values standing for JS values:
  str, int, float, bool, `U` (undefined), `N` (null), a list (an array of
  such values), `Big(n)`, or `JS(source, build)` for anything else: node
  evaluates `source`, minijs calls `build(realm)`.

Results are encoded the same way on both sides (numbers by their JS
string, "-0" for negative zero; errors by constructor name and message),
so a test asserts `run_minijs(cases) == run_node(cases)`.
"""

import json
import math
import shutil
import subprocess

import pytest

from minijs.builtins import create_realm
from minijs.builtins.string_unicode import text_to_utf16
from minijs.runtime import realm as realms
from minijs.runtime.arrays import JSArray, create_array_from_list
from minijs.runtime.calls import call
from minijs.runtime.dtoa import number_to_string
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, UNDEFINED, JSBigInt, JSSymbol

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node not on PATH")

U = object()
N = object()


class Big:
    def __init__(self, n):
        self.n = n


class JS:
    def __init__(self, source, build):
        self.source = source
        self.build = build


# -- the node side -------------------------------------------------------------

def _js_literal(v):
    if v is U:
        return "undefined"
    if v is N:
        return "null"
    if isinstance(v, JS):
        return "(" + v.source + ")"
    if isinstance(v, Big):
        return "%dn" % v.n
    if type(v) is bool:
        return "true" if v else "false"
    if type(v) is float:
        if v != v:
            return "NaN"
        if v in (math.inf, -math.inf):
            return "Infinity" if v > 0 else "-Infinity"
        if v == 0 and math.copysign(1, v) < 0:
            return "-0"
        return repr(v)
    if type(v) is int:
        return str(v)
    if type(v) is str:
        return json.dumps(v)
    if type(v) is list:
        return "[" + ",".join(_js_literal(x) for x in v) + "]"
    raise TypeError(v)


_NODE_PRELUDE = r"""
function enc(v) {
  if (v === undefined) return ["u"];
  if (v === null) return ["n"];
  switch (typeof v) {
    case "boolean": return ["b", v];
    case "number": return ["num", Object.is(v, -0) ? "-0" : String(v)];
    case "string": return ["s", v];
    case "bigint": return ["big", String(v)];
    case "symbol": return ["sym", String(v)];
  }
  if (Array.isArray(v)) return ["arr", v.map(enc)];
  if (typeof v === "function") return ["fn"];
  return ["obj", Object.prototype.toString.call(v)];
}
function run(f) {
  try { return enc(f()); }
  catch (e) { return ["err", e && e.constructor && e.constructor.name, e && e.message]; }
}
const out = [];
"""


def run_node(cases):
    lines = [_NODE_PRELUDE]
    for target, this, args in cases:
        lines.append("out.push(run(() => Function.prototype.call.call(%s, %s%s)));" % (
            target, _js_literal(this), "".join("," + _js_literal(a) for a in args)))
    lines.append("console.log(JSON.stringify(out));")
    proc = subprocess.run([NODE, "-"], input="\n".join(lines), capture_output=True,
                          text=True, check=True)
    return [_tuplify(x) for x in json.loads(proc.stdout)]


def _tuplify(x):
    """JSON lists as tuples; strings back to UTF-16 units (json.loads
    joins surrogate pairs into astral characters)."""
    if isinstance(x, list):
        return tuple(_tuplify(y) for y in x)
    if isinstance(x, str):
        return text_to_utf16(x)
    return x


# -- the minijs side ----------------------------------------------------------

def _to_js(v, realm):
    if v is U:
        return UNDEFINED
    if v is N:
        return NULL
    if isinstance(v, JS):
        return v.build(realm)
    if isinstance(v, Big):
        return JSBigInt(v.n)
    if type(v) is list:
        return create_array_from_list([_to_js(x, realm) for x in v],
                                      realm.intrinsics.get("ArrayPrototype", NULL))
    return v


def encode(v):
    """A minijs value encoded like node's enc()."""
    if v is UNDEFINED:
        return ("u",)
    if v is NULL:
        return ("n",)
    t = type(v)
    if t is bool:
        return ("b", v)
    if t is int or t is float:
        if v == 0 and math.copysign(1, v) < 0:
            return ("num", "-0")
        return ("num", number_to_string(v))
    if t is str:
        return ("s", v)
    if t is JSBigInt:
        return ("big", str(v.value))
    if t is JSSymbol:
        return ("sym", v.descriptive_string())
    if isinstance(v, JSArray):
        n = v.get("length", v)
        return ("arr", tuple(encode(v.get(str(i), v)) for i in range(n)))
    if v.callable:
        return ("fn",)
    return ("obj", v.display())


def resolve(realm, target):
    obj = realm.global_object
    for part in target.split("."):
        obj = obj.get(part, obj)
    return obj


def new_realm():
    realm = create_realm()
    realms.set_current(realm)
    return realm


def run_minijs(cases, realm=None):
    realm = realm or new_realm()
    out = []
    for target, this, args in cases:
        try:
            fn = resolve(realm, target)
            r = call(fn, _to_js(this, realm), [_to_js(a, realm) for a in args])
            out.append(encode(r))
        except JSThrow as exc:
            err = exc.value
            out.append(("err", _error_name(err), err.get("message", err)))
    return out


def _error_name(err):
    if not isinstance(err, JSObject):
        return None
    ctor = err.get("constructor", err)
    if isinstance(ctor, JSObject) and ctor is not realms.current().intrinsics.get("Object"):
        name = ctor.get("name", ctor)
        if type(name) is str:
            return name
    return err.get("name", err)


def assert_same_as_node(cases):
    """Run `cases` on both engines and compare case by case (the failure
    message names the first case that differs)."""
    mine = run_minijs(cases)
    theirs = run_node(cases)
    diffs = [(c[0], c[1], c[2], m, t) for c, m, t in zip(cases, mine, theirs) if m != t]
    assert not diffs, "\n".join(
        "%s this=%r args=%r: minijs %r, node %r" % d for d in diffs[:20])
