"""The values util.inspect is tested on (see host_values for the
description format).  `inspect_expected.json` holds what node v20 prints
for each; regenerate it with `python tests/host/gen_inspect_expected.py`."""

from host_values import HOLE, UNDEF, Big, Raw, Sym, make_error, obj, arr
from minijs.builtins.support import define_accessor, define_value, make_function
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from minijs.runtime.values import NULL, UNDEFINED, JSBigInt, JSSymbol
from minijs.runtime.wrappers import PrimitiveWrapper, StringObject


def _words(n, length):
    return ["w%0*d" % (length - 1, i) if length > 1 else "abcdefghijklmnopqrstuvwxyz"[i % 26]
            for i in range(n)]


CASES = []


def case(name, desc):
    CASES.append((name, desc))


# -- primitives inside containers ------------------------------------------------
case("primitives", [1, -0.0, 0.5, 1e21, 1e-7, float("nan"), float("inf"), float("-inf"),
                    True, False, None, UNDEF, Big(12345678901234567890), Sym("foo"), Sym(None), Sym("")])
case("strings_quotes", ["a", "it's", "say \"hi\" it's", "it's \"x\" `y`", "it's \"x\" ${y}",
                        "back\\slash", "tab\tnl\ncr\r", "\x00\x01\x1f\x7f\x85\x9f\xa0",
                        "\ud83d\ude00", "lone\ud800x", "lone\udc00", "caf\u00e9"])
case("nested_string_top", {"s": "line1\nline2\nline3 and a long tail that makes the string long enough to split"})
case("long_string_in_array", ["x" * 100])
case("long_string_in_obj", {"key": "y" * 73, "k2": "short"})
case("multiline_short", {"a": "a\nb"})
case("string_17_in_deep", {"a": {"b": {"c": "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz"}}})

# -- keys ---------------------------------------------------------------------------
case("keys", {"a": 1, "a-b": 2, "_x": 3, "$y": 4, "1": 5, "01": 6, "with space": 7, "it's": 8,
              "ünï": 9, "": 10, "A9_": 11})
case("symbol_keys", Raw("({a: 1, [Symbol('foo')]: 2, [Symbol()]: 3, [Symbol(\"it's\")]: 4})",
                        lambda r: obj(r, [("a", 1), (JSSymbol("foo"), 2), (JSSymbol(UNDEFINED), 3),
                                          (JSSymbol("it's"), 4)])))
case("proto_key", Raw("(() => { const o = {a: 1}; Object.defineProperty(o, '__proto__', "
                      "{value: 2, enumerable: true}); return o; })()",
                      lambda r: _with_proto_key(r)))


def _with_proto_key(r):
    o = obj(r, [("a", 1)])
    define_value(o, "__proto__", 2, WRITABLE | ENUMERABLE | CONFIGURABLE)
    return o


# -- arrays of many sizes -------------------------------------------------------------
for n in list(range(0, 31)) + [50, 99, 100, 101, 150]:
    case("numbers_%d" % n, list(range(n)))
for n in (6, 7, 8, 12, 20, 27, 40):
    case("big_numbers_%d" % n, [i * 7919 ** (i % 4) for i in range(n)])
    case("neg_float_%d" % n, [(-1) ** i * i / 3 for i in range(n)])
for n in (5, 7, 10, 16, 26, 30):
    for length in (1, 3, 6, 10, 16, 25):
        case("words_%d_%d" % (n, length), _words(n, length))
case("mixed_len_strings", ["a", "bb", "ccc", "a much longer string than the others", "e", "f", "g", "h"])
case("mixed_types", [1, "two", 3, "four", 5, 6, 7, 8, 9, 10])
case("bigints_grouped", [Big(i ** 5) for i in range(12)])
case("nested_arrays", [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]])
case("array_of_objects", [{"id": i, "name": "item%d" % i} for i in range(8)])
case("array_of_short_objects", [{"a": i} for i in range(10)])
case("matrix", [list(range(i * 5, i * 5 + 5)) for i in range(5)])
case("matrix_big", [list(range(i * 12, i * 12 + 12)) for i in range(12)])
case("holes", [HOLE, 1, HOLE, HOLE])
case("holes2", [1, HOLE, HOLE, HOLE, 5, HOLE])
case("holes_only", [HOLE, HOLE, HOLE])
case("holes_many", [HOLE] * 3 + list(range(10)) + [HOLE] * 2 + [1])
case("array_extra_props", Raw("(() => { const a = [1, 2, 3]; a.foo = 'bar'; a[Symbol('s')] = 1; return a; })()",
                              lambda r: _array_extra(r)))
case("array_extra_props_long", Raw("(() => { const a = [1, 2, 3, 4, 5, 6, 7, 8]; a.foo = 'bar'; return a; })()",
                                   lambda r: _array_extra_long(r)))


def _array_extra(r):
    a = arr(r, [1, 2, 3])
    a.set("foo", "bar")
    a.set(JSSymbol("s"), 1)
    return a


def _array_extra_long(r):
    a = arr(r, [1, 2, 3, 4, 5, 6, 7, 8])
    a.set("foo", "bar")
    return a


case("sparse_huge", Raw("(() => { const a = []; a[5] = 1; a.length = 1000; return a; })()",
                        lambda r: _sparse(r)))


def _sparse(r):
    a = arr(r, [])
    a.set("5", 1)
    a.set("length", 1000)
    return a


case("array_150_holes_start", Raw("(() => { const a = new Array(150); for (let i = 50; i < 150; i++) a[i] = i; return a; })()",
                                  lambda r: _holey150(r)))


def _holey150(r):
    a = arr(r, [])
    for i in range(50, 150):
        a.set(str(i), i)
    return a


# -- objects of many shapes --------------------------------------------------------------
for n in (1, 3, 4, 5, 6, 8, 10, 20, 26):
    case("obj_keys_%d" % n, {"key%d" % i: i for i in range(n)})
    case("obj_strs_%d" % n, {"k%d" % i: "v" * (i + 1) for i in range(n)})
case("nested_3", {"a": {"b": {"c": {"d": 1}}}})
case("nested_4_arrays", [[[[[1]]]]])
case("nested_mixed", {"a": [1, 2, {"b": [3, {"c": 4}]}], "d": {"e": {"f": [5, 6]}}})
case("nested_wide", {"level1": {"alpha": {"x": 1, "y": 2}, "beta": [1, 2, 3], "gamma": "text"},
                     "other": {"deep": {"deeper": {"deepest": True}}}, "list": list(range(10))})
case("nested_long", {"first": {"second": {"third": "a string long enough to wrap the line around"}},
                     "fourth": ["array", "of", "words", "that", "are", "short", "enough"]})
case("compact_levels", {"a": {"b": 1}, "c": {"d": {"e": 2}}, "f": [1, [2, [3]]]})
case("obj_in_arr_long", [{"name": "alpha", "value": 1, "tags": ["x", "y"]},
                         {"name": "beta", "value": 2, "tags": []}, {"name": "gamma", "value": 3, "tags": ["z"]}])
case("empty_things", {"o": {}, "a": [], "n": None, "u": UNDEF})
case("width_76", {"aaaaaaaaaa": "bbbbbbbbbbbbbbbbbbbb", "cccccccccc": "dddddddddddddddddddd", "e": "ff"})
case("width_around_72", [{"x": "a" * n} for n in (50, 55, 58, 60, 62, 64, 66, 70)])
for n in range(60, 80, 2):
    case("line_%d" % n, {"k": "v" * (n - 12)})
    case("line_arr_%d" % n, ["a" * (n - 8), "b"])
case("unicode_width", ["日本語", "中文字符", "한국어", "a", "b", "c", "d"])
case("emoji_strings", ["\ud83d\ude00", "\ud83d\ude01\ud83d\ude01", "x", "y", "z", "w", "v"])


# -- cycles ----------------------------------------------------------------------------
def _cycle(r):
    o = obj(r, [("a", 1)])
    o.set("self", o)
    return o


def _cycle2(r):
    a = obj(r, [("name", "a")])
    b = obj(r, [("name", "b"), ("a", a)])
    a.set("b", b)
    lst = arr(r, [a, b])
    lst.set("0", a)
    return obj(r, [("list", lst), ("a", a)])


def _cycle_arr(r):
    a = arr(r, [1])
    a.set("1", a)
    return a


case("cycle", Raw("(() => { const o = {a: 1}; o.self = o; return o; })()", _cycle))
case("cycle2", Raw("(() => { const a = {name: 'a'}; const b = {name: 'b', a}; a.b = b; "
                   "return {list: [a, b], a}; })()", _cycle2))
case("cycle_arr", Raw("(() => { const a = [1]; a[1] = a; return a; })()", _cycle_arr))


# -- functions ----------------------------------------------------------------------------
def _fn(r, name, **props):
    f = make_function(r, lambda this, args: UNDEFINED, name, 0)
    for k, v in props.items():
        f.set(k, v)
    return f


def _anon(r):
    f = _fn(r, "")
    return f


case("functions", Raw("[function f() {}, function () {}, () => {}, Math.max]",
                      lambda r: arr(r, [_fn(r, "f"), _anon(r), _anon(r), _fn(r, "max")])))
case("function_props", Raw("(() => { function f() {} f.a = 1; f.b = 'x'; return f; })()",
                           lambda r: _fn(r, "f", a=1, b="x")))
case("function_in_obj", Raw("({ f: function g() {}, h() {} })",
                            lambda r: obj(r, [("f", _fn(r, "g")), ("h", _fn(r, "h"))])))


# -- accessors ---------------------------------------------------------------------------
def _accessors(r):
    o = obj(r, [])
    getter = lambda this, args: 1
    setter = lambda this, args: UNDEFINED
    define_accessor(r, o, "a", getter, None, ENUMERABLE | CONFIGURABLE)
    define_accessor(r, o, "b", None, setter, ENUMERABLE | CONFIGURABLE)
    define_accessor(r, o, "c", getter, setter, ENUMERABLE | CONFIGURABLE)
    o.set("d", 4)
    return o


case("accessors", Raw("({get a() { return 1 }, set b(v) {}, get c() { return 1 }, set c(v) {}, d: 4})",
                      _accessors))


def _array_accessor(r):
    a = arr(r, [1, 2])
    define_accessor(r, a, "2", lambda this, args: 3, None, ENUMERABLE | CONFIGURABLE)
    return a


case("array_getter", Raw("(() => { const a = [1, 2]; Object.defineProperty(a, 2, {get() { return 3 }, "
                         "enumerable: true, configurable: true}); return a; })()", _array_accessor))


def _undef_value(r):
    return obj(r, [("a", UNDEFINED), ("b", NULL)])


case("undefined_values", Raw("({a: undefined, b: null})", _undef_value))


# -- prototypes and constructors -------------------------------------------------------------
def _null_proto(r, pairs=()):
    o = JSObject(NULL)
    for k, v in pairs:
        o.set(k, v)
    return o


case("null_proto_empty", Raw("Object.create(null)", lambda r: _null_proto(r)))
case("null_proto", Raw("Object.assign(Object.create(null), {a: 1, b: [2]})",
                       lambda r: _null_proto(r, [("a", 1), ("b", arr(r, [2]))])))
case("null_proto_nested", Raw("[Object.create(null), {x: Object.assign(Object.create(null), {y: {z: {w: 1}}})}]",
                              lambda r: arr(r, [_null_proto(r), obj(r, [("x", _null_proto(
                                  r, [("y", obj(r, [("z", obj(r, [("w", 1)]))]))]))])])))


def _class_instance(r, name, pairs, tag=None):
    proto = JSObject(r.intrinsics["ObjectPrototype"])
    ctor = make_function(r, lambda this, args: UNDEFINED, name, 0)
    define_value(ctor, "prototype", proto, WRITABLE)
    define_value(proto, "constructor", ctor, WRITABLE | CONFIGURABLE)
    if tag is not None:
        from minijs.runtime.values import WELL_KNOWN
        define_value(proto, WELL_KNOWN.toStringTag, tag, CONFIGURABLE)
    o = JSObject(proto)
    for k, v in pairs:
        o.set(k, v)
    return o


case("class_instance", Raw("(() => { function Foo() { this.x = 1; this.y = 'z'; } return new Foo(); })()",
                           lambda r: _class_instance(r, "Foo", [("x", 1), ("y", "z")])))
case("class_instance_empty", Raw("(() => { function Foo() {} return [new Foo()]; })()",
                                 lambda r: arr(r, [_class_instance(r, "Foo", [])])))
case("class_instance_tag", Raw("(() => { function Foo() { this.a = 1 } "
                               "Object.defineProperty(Foo.prototype, Symbol.toStringTag, {value: 'Bar', configurable: true}); "
                               "return [new Foo(), {[Symbol.toStringTag]: 'own'}]; })()",
                               lambda r: arr(r, [_class_instance(r, "Foo", [("a", 1)], "Bar"),
                                                 _own_tag(r)])))


def _own_tag(r):
    from minijs.runtime.values import WELL_KNOWN
    return obj(r, [(WELL_KNOWN.toStringTag, "own")])


def _tag_on_object(r):
    from minijs.runtime.values import WELL_KNOWN
    proto = JSObject(r.intrinsics["ObjectPrototype"])
    define_value(proto, WELL_KNOWN.toStringTag, "Tagged", CONFIGURABLE)
    return arr(r, [JSObject(proto), obj(r, [("a", 1)], proto)])


case("tag_on_plain", Raw("(() => { const p = {}; Object.defineProperty(p, Symbol.toStringTag, {value: 'Tagged', configurable: true}); "
                         "const b = Object.create(p); b.a = 1; return [Object.create(p), b]; })()", _tag_on_object))


def _proto_chain_without_ctor(r):
    inner = _null_proto(r)
    return JSObject(inner)


case("null_proto_chain", Raw("Object.create(Object.create(null))", _proto_chain_without_ctor))
case("object_prototype_array", Raw("Object.setPrototypeOf([1, 2], null)",
                                   lambda r: _null_array(r)))


def _null_array(r):
    a = arr(r, [1, 2])
    a.proto = NULL
    return a


# -- boxed primitives -------------------------------------------------------------------------
def _boxed(r):
    num = PrimitiveWrapper(3, r.intrinsics.get("NumberPrototype", r.intrinsics["ObjectPrototype"]))
    s = StringObject("ab", r.intrinsics["StringPrototype"])
    b = PrimitiveWrapper(True, r.intrinsics.get("BooleanPrototype", r.intrinsics["ObjectPrototype"]))
    sym = PrimitiveWrapper(JSSymbol("x"), r.intrinsics.get("SymbolPrototype", r.intrinsics["ObjectPrototype"]))
    big = PrimitiveWrapper(JSBigInt(1), r.intrinsics.get("BigIntPrototype", r.intrinsics["ObjectPrototype"]))
    neg = PrimitiveWrapper(-0.0, r.intrinsics.get("NumberPrototype", r.intrinsics["ObjectPrototype"]))
    return num, s, b, sym, big, neg


def _boxed_list(r):
    return arr(r, list(_boxed(r)))


BOXED_JS = "[new Number(3), new String('ab'), new Boolean(true), Object(Symbol('x')), Object(1n), new Number(-0)]"


def _string_with_prop(r):
    s = StringObject("abc", r.intrinsics["StringPrototype"])
    s.set("extra", 1)
    return s


case("string_object_props", Raw("(() => { const s = new String('abc'); s.extra = 1; return s; })()", _string_with_prop))


# -- errors -----------------------------------------------------------------------------
def _err_no_stack(r):
    return make_error(r, "Error", "boom", stack="")


def _err_props(r):
    e = make_error(r, "TypeError", "bad thing")
    e.set("code", "E_BAD")
    return e


case("error_no_stack", Raw("(() => { const e = new Error('boom'); delete e.stack; return e; })()", _err_no_stack))
case("error_stack_set", Raw("(() => { const e = new TypeError('bad thing'); e.stack = 'TypeError: bad thing'; "
                            "e.code = 'E_BAD'; return e; })()", _err_props))
case("error_in_obj", Raw("(() => { const e = new TypeError('bad thing'); e.stack = 'TypeError: bad thing'; "
                         "e.code = 'E_BAD'; return {err: e, list: [e]}; })()",
                         lambda r: _err_in_obj(r)))


def _err_in_obj(r):
    e = _err_props(r)
    return obj(r, [("err", e), ("list", arr(r, [e]))])


def _err_frames(r):
    stack = "Error: with frames\n    at foo (file.js:1:2)\n    at bar (file.js:3:4)"
    e = make_error(r, "Error", "with frames", stack=stack)
    e.set("code", 42)
    return obj(r, [("e", e), ("plain", make_error(r, "Error", "x", stack="Error: x\n    at a (b.js:1:1)"))])


case("error_frames", Raw("(() => { const e = new Error('with frames'); "
                         "e.stack = 'Error: with frames\\n    at foo (file.js:1:2)\\n    at bar (file.js:3:4)'; "
                         "e.code = 42; const p = new Error('x'); p.stack = 'Error: x\\n    at a (b.js:1:1)'; "
                         "return {e, plain: p}; })()", _err_frames))


def _err_empty_message(r):
    return make_error(r, "RangeError", "", stack="")


case("error_empty_message", Raw("(() => { const e = new RangeError(); delete e.stack; return [e]; })()",
                                lambda r: arr(r, [_err_empty_message(r)])))


def _err_cause(r):
    e = make_error(r, "Error", "outer", stack="Error: outer")
    define_value(e, "cause", make_error(r, "Error", "inner", stack="Error: inner"), WRITABLE | CONFIGURABLE)
    return e


case("error_cause", Raw("(() => { const c = new Error('inner'); c.stack = 'Error: inner'; "
                        "const e = new Error('outer', {cause: c}); e.stack = 'Error: outer'; return e; })()",
                        _err_cause))


def _err_subclass(r):
    ep = r.intrinsics["ErrorPrototype"]
    proto = JSObject(ep)
    ctor = make_function(r, lambda this, args: UNDEFINED, "MyError", 0)
    define_value(ctor, "prototype", proto, 0)
    define_value(proto, "constructor", ctor, WRITABLE | CONFIGURABLE)
    from host_values import ErrorStandIn
    e = ErrorStandIn(proto)
    define_value(e, "message", "custom", WRITABLE | CONFIGURABLE)
    define_value(e, "stack", "Error: custom", WRITABLE | CONFIGURABLE)
    return e


case("error_subclass", Raw("(() => { class MyError extends Error {} const e = new MyError('custom'); "
                           "e.stack = 'Error: custom'; return e; })()", _err_subclass))


# -- Map / Set ---------------------------------------------------------------------------------
def _map(r, items):
    from minijs.builtins.map_set import MapObject
    m = MapObject(r.intrinsics["MapPrototype"])
    for k, v in items:
        m.table.set(k, v)
    return m


def _set(r, items):
    from minijs.builtins.map_set import SetObject
    s = SetObject(r.intrinsics["SetPrototype"])
    for v in items:
        s.table.set(v)
    return s


case("map_set", Raw("[new Map([['a', 1]]), new Set([1, 2]), new Map(), new Set()]",
                    lambda r: arr(r, [_map(r, [("a", 1)]), _set(r, [1, 2]), _map(r, []), _set(r, [])])))
case("map_nested", Raw("new Map([['key', {a: [1, 2, {b: {c: 1}}]}], [{k: 1}, 'v']])",
                       lambda r: _map(r, [("key", obj(r, [("a", arr(r, [1, 2, obj(r, [("b", obj(r, [("c", 1)]))])]))])),
                                          (obj(r, [("k", 1)]), "v")])))
case("set_long", Raw("new Set(Array.from({length: 30}, (_, i) => 'item' + i))",
                     lambda r: _set(r, ["item%d" % i for i in range(30)])))
case("map_in_obj_deep", Raw("({a: {b: {c: new Map([[1, 2]]), d: new Set([1])}}})",
                            lambda r: obj(r, [("a", obj(r, [("b", obj(r, [("c", _map(r, [(1, 2)])),
                                                                           ("d", _set(r, [1]))]))]))])))


# -- Date --------------------------------------------------------------------------------------
def _date(r, tv):
    from minijs.runtime.values import UNDEFINED as U
    ctor = r.intrinsics.get("Date")
    if ctor is None:
        return U
    from minijs.runtime.calls import construct
    return construct(ctor, [tv], ctor)


case("dates", Raw("[new Date(0), new Date(NaN), new Date(1e12), new Date(-1e14)]",
                  lambda r: arr(r, [_date(r, 0), _date(r, float("nan")), _date(r, 1e12), _date(r, -1e14)])))
case("date_props", Raw("(() => { const d = new Date(86400000); d.foo = 1; return {d}; })()",
                       lambda r: _date_props(r)))


def _date_props(r):
    d = _date(r, 86400000)
    d.set("foo", 1)
    return obj(r, [("d", d)])


case("bigint_top", Big(-5))
case("symbol_top", Sym("top"))
case("string_top", "plain 'top' string")
case("number_top", -0.0)
case("boxed", Raw(BOXED_JS, _boxed_list))


# -- options (util.inspect(value, options)) ------------------------------------------------
# name -> (description, JS options literal, Python keyword arguments)
OPTION_CASES = []


def option_case(name, desc, js_opts, py_opts):
    OPTION_CASES.append((name, desc, js_opts, py_opts))


_DEEP = {"a": {"b": {"c": {"d": {"e": {"f": 1}}}}}, "arr": [[[[[1]]]]]}
option_case("depth_0", _DEEP, "{depth: 0}", {"depth": 0})
option_case("depth_null", _DEEP, "{depth: null}", {"depth": None})
option_case("depth_4", _DEEP, "{depth: 4}", {"depth": 4})
option_case("compact_false", {"a": 1, "b": [1, 2], "c": {"d": "x"}}, "{compact: false}", {"compact": False})
option_case("compact_true", {"a": 1, "b": [1, 2], "c": {"d": "x" * 90}}, "{compact: true}", {"compact": True})
option_case("compact_true_long", {"k%d" % i: "v" * i for i in range(12)}, "{compact: true}", {"compact": True})
option_case("compact_1", {"a": {"b": {"c": 1}}, "x": [1, 2, 3, 4, 5, 6, 7, 8]}, "{compact: 1}", {"compact": 1})
option_case("break_40", {"alpha": 1, "beta": [1, 2, 3], "gamma": "text"}, "{breakLength: 40}", {"break_length": 40})
option_case("break_inf", {"k%d" % i: i for i in range(30)}, "{breakLength: Infinity}", {"break_length": float("inf")})
option_case("sorted", {"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, "{sorted: true}", {"sorted_keys": True})
option_case("show_hidden_array", [1, 2], "{showHidden: true}", {"show_hidden": True})
option_case("max_array_3", list(range(10)), "{maxArrayLength: 3}", {"max_array_length": 3})
option_case("max_string_5", ["abcdefghij", "abc"], "{maxStringLength: 5}", {"max_string_length": 5})
option_case("show_hidden_error", Raw("(() => { const e = new Error('boom'); e.stack = 'Error: boom'; return e; })()",
                                     lambda r: make_error(r, "Error", "boom", stack="Error: boom")),
            "{showHidden: true}", {"show_hidden": True})


# -- classes (a native function flagged as a class constructor stands in
# for a compiled `class`) ----------------------------------------------------------------------
def _class(r, name, parent=None, statics=()):
    from minijs.runtime.function_base import NativeFunction

    class FakeClass(NativeFunction):
        __slots__ = ()
        is_class = True

    proto_parent = parent.get("prototype") if parent is not None else r.intrinsics["ObjectPrototype"]
    c = FakeClass(lambda this, args: UNDEFINED, name, 0,
                  parent if parent is not None else r.intrinsics["FunctionPrototype"])
    proto = JSObject(proto_parent)
    define_value(c, "prototype", proto, 0)
    define_value(proto, "constructor", c, WRITABLE | CONFIGURABLE)
    for k, v in statics:
        c.set(k, v)
    return c


def _classes(r):
    a = _class(r, "A")
    b = _class(r, "B", a)
    anon = _class(r, "", a)
    c = _class(r, "C", None, [("x", 1)])
    inst = JSObject(b.get("prototype"))
    inst.set("x", 1)
    return arr(r, [a, b, anon, c, inst, JSObject(a.get("prototype"))])


case("classes", Raw("(() => { class A {} class B extends A { constructor() { super(); this.x = 1; } } "
                    "class C { static x = 1 } return [A, B, class extends A {}, C, new B(), new A()]; })()",
                    _classes))


# -- random shapes: nested arrays/objects of numbers and strings of mixed
# sizes (a fixed seed, so the expectations are stable) ---------------------------------------
def _random_value(rng, depth):
    kind = rng.random()
    if depth > 4 or kind < 0.45:
        p = rng.random()
        if p < 0.4:
            return rng.choice([rng.randint(-10, 10), rng.randint(-100000, 100000),
                               rng.randint(0, 10 ** 9), round(rng.uniform(-1000, 1000), rng.randint(0, 4))])
        if p < 0.8:
            return "".join(rng.choice("abcdefghij kl'\n") for _ in range(rng.choice([0, 1, 3, 5, 8, 12, 20, 40, 90])))
        return rng.choice([True, False, None, UNDEF])
    if kind < 0.75:
        n = rng.choice([0, 1, 2, 3, 5, 6, 7, 8, 10, 15, 27, 40])
        if rng.random() < 0.5:
            return [_random_value(rng, depth + 2) for _ in range(n)]
        return [rng.randint(-10 ** rng.randint(0, 7), 10 ** rng.randint(0, 7)) for _ in range(n)]
    n = rng.choice([0, 1, 2, 3, 4, 6, 9, 14])
    keys = ["k", "key", "longer_key_name", "with-dash", "x1", "0", "12", "a b"]
    return {rng.choice(keys) + str(i): _random_value(rng, depth + 1) for i in range(n)}


def _random_cases():
    import random
    rng = random.Random(20261121)
    for i in range(200):
        case("random_%03d" % i, _random_value(rng, 0))


_random_cases()


# -- kinds whose built-ins may not exist yet: stand-ins with the class names
# and slots inspect_kinds probes --------------------------------------------------------------
class _TypedStandIn(JSObject):
    __slots__ = ("array_length", "class_name")


class _BufferStandIn(JSObject):
    __slots__ = ("data",)
    class_name = "ArrayBuffer"


class _PromiseStandIn(JSObject):
    __slots__ = ("promise_state", "promise_result")
    class_name = "Promise"


class _WeakStandIn(JSObject):
    __slots__ = ("class_name",)


class _ProxyStandIn(JSObject):
    __slots__ = ("target", "handler")
    is_proxy = True


def _kind_proto(r, name):
    key = name + "Prototype"
    if key not in r.intrinsics:
        from host_values import _stand_in
        _stand_in(r, name, r.intrinsics["ObjectPrototype"], tag=None,
                  iterable=name.endswith("Array"))
    return r.intrinsics[key]


def _typed(r, name, values):
    t = _TypedStandIn(_kind_proto(r, name))
    t.class_name = name
    t.array_length = len(values)
    t.elements = list(values)
    return t


def _buffer(r, data):
    b = _BufferStandIn(_kind_proto(r, "ArrayBuffer"))
    b.data = bytearray(data)
    return b


def _promise(r, state, result):
    p = _PromiseStandIn(_kind_proto(r, "Promise"))
    p.promise_state = state
    p.promise_result = result
    return p


def _weak(r, name):
    w = _WeakStandIn(_kind_proto(r, name))
    w.class_name = name
    return w


def _proxy(r, target):
    p = _ProxyStandIn(NULL)
    p.target = target
    p.handler = obj(r, [])
    return p


case("typed_arrays", Raw("[new Uint8Array([1, 2, 3]), new Float64Array([0.5, -0, 3]), new Int32Array(0), "
                         "new Uint16Array(Array.from({length: 30}, (_, i) => i * 300))]",
                         lambda r: arr(r, [_typed(r, "Uint8Array", [1, 2, 3]),
                                           _typed(r, "Float64Array", [0.5, -0.0, 3]),
                                           _typed(r, "Int32Array", []),
                                           _typed(r, "Uint16Array", [i * 300 for i in range(30)])])))
case("array_buffer", Raw("new Uint8Array([1, 2, 255, 16]).buffer",
                         lambda r: _buffer(r, [1, 2, 255, 16])))
case("array_buffer_in_obj", Raw("({b: new ArrayBuffer(3)})", lambda r: obj(r, [("b", _buffer(r, [0, 0, 0]))])))
case("promises", Raw("[Promise.resolve(1), new Promise(() => {}), Promise.resolve({a: [1, {b: 2}]})]",
                     lambda r: arr(r, [_promise(r, "fulfilled", 1), _promise(r, "pending", UNDEFINED),
                                       _promise(r, "fulfilled", obj(r, [("a", arr(r, [1, obj(r, [("b", 2)])]))]))])))
case("weak_collections", Raw("[new WeakMap(), new WeakSet()]",
                             lambda r: arr(r, [_weak(r, "WeakMap"), _weak(r, "WeakSet")])))
case("proxy", Raw("[new Proxy({a: 1}, {}), new Proxy([1, 2], {})]",
                  lambda r: arr(r, [_proxy(r, obj(r, [("a", 1)])), _proxy(r, arr(r, [1, 2]))])))
