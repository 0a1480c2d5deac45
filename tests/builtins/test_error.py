"""Error, the NativeErrors, AggregateError, `cause`, `stack`,
Error.captureStackTrace / stackTraceLimit and the engine's error factory
(minijs/builtins/error.py).  Expected values and messages are node v20's
(stack frames aside: these tests run no JS code, so there are none)."""

import pytest

from minijs.builtins.error import NATIVE_ERRORS, ErrorObject
from minijs.runtime import errors
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN
from tests.builtins.core_support import env  # noqa: F401  (fixture)

ALL = ("Error",) + NATIVE_ERRORS + ("AggregateError",)


def names(env, o):
    return env.list(env.call(env.fn("Object", "getOwnPropertyNames"), UNDEFINED, o))


def test_constructor_shapes(env):
    Error = env.G("Error")
    assert names(env, Error) == ["length", "name", "prototype", "captureStackTrace",
                                 "stackTraceLimit"]
    assert names(env, Error.get("prototype")) == ["constructor", "name", "message", "toString"]
    assert Error.get_own_property("stackTraceLimit") == \
        PropertyDescriptor(10, True, None, None, True, True)
    assert Error.proto is env.realm.intrinsics["FunctionPrototype"]
    assert env.fn("Error", "captureStackTrace", "length") == 2
    for name in ALL[1:]:
        C = env.G(name)
        assert names(env, C) == ["length", "name", "prototype"]
        assert names(env, C.get("prototype")) == ["constructor", "name", "message"]
        assert C.proto is Error
        assert C.get("prototype").proto is Error.get("prototype")
        assert C.get("length") == (2 if name == "AggregateError" else 1)
        assert env.realm.intrinsics[name] is C
        assert env.realm.intrinsics[name + "Prototype"] is C.get("prototype")
        d = C.get("prototype").get_own_property("name")
        assert d == PropertyDescriptor(name, True, None, None, False, True)
        assert C.get("prototype").get("message") == ""


def test_instances(env):
    for name in ALL:
        C = env.G(name)
        args = [env.array()] if name == "AggregateError" else []
        e = env.new(C, *args, "msg")
        assert isinstance(e, ErrorObject) and e.proto is C.get("prototype")
        assert e.get_own_property("message") == PropertyDescriptor("msg", True, None, None, False, True)
        assert env.call(env.fn("Object", "prototype", "toString"), e) == "[object Error]"
        assert env.call(env.fn("Error", "prototype", "toString"), e) == name + ": msg"
        # called as a function: same as new
        called = env.call(C, UNDEFINED, *args, "m2")
        assert isinstance(called, ErrorObject) and called.proto is C.get("prototype")


def test_own_property_order_and_cause(env):
    e = env.new(env.G("Error"), "x", env.obj(cause=1))
    assert names(env, e) == ["stack", "message", "cause"]
    assert e.get_own_property("cause") == PropertyDescriptor(1, True, None, None, False, True)
    assert names(env, env.new(env.G("Error"))) == ["stack"]
    e = env.new(env.G("Error"), UNDEFINED, 5)
    assert names(env, e) == ["stack"]
    e = env.new(env.G("Error"), "m", env.obj())
    assert names(env, e) == ["stack", "message"]
    cause_undefined = env.obj_items([("cause", UNDEFINED)])
    e = env.new(env.G("TypeError"), "m", cause_undefined)
    assert names(env, e) == ["stack", "message", "cause"]
    assert env.list(env.call(env.fn("Object", "keys"), UNDEFINED, e)) == []
    a = env.new(env.G("AggregateError"), env.array(1, 2), "m", env.obj(cause=2))
    assert names(env, a) == ["stack", "message", "cause", "errors"]
    assert env.list(a.get("errors")) == [1, 2]
    d = a.get_own_property("errors")
    assert (d.writable, d.enumerable, d.configurable) == (True, False, True)


def test_message_conversion(env):
    m = env.obj()
    m.set("toString", env.native(lambda this, args: "obj"))
    assert env.new(env.G("Error"), m).get("message") == "obj"
    assert env.new(env.G("Error"), 12).get("message") == "12"
    with pytest.raises(errors.JSThrow) as info:
        env.new(env.G("Error"), env.G("Symbol").call(UNDEFINED, ["s"]))
    assert env.describe(info.value.value) == "TypeError: Cannot convert a Symbol value to a string"


def test_aggregate_error_iterable(env):
    Agg = env.G("AggregateError")
    for value, message in (
            (5, "number 5 is not iterable (cannot read property Symbol(Symbol.iterator))"),
            (env.obj(), "object is not iterable (cannot read property Symbol(Symbol.iterator))"),
            (UNDEFINED, "undefined is not iterable (cannot read property Symbol(Symbol.iterator))"),
            (NULL, "object null is not iterable (cannot read property Symbol(Symbol.iterator))")):
        with pytest.raises(errors.JSThrow) as info:
            env.new(Agg, value)
        assert env.describe(info.value.value) == "TypeError: " + message


def test_new_target_subclassing(env):
    proto = env.call(env.fn("Object", "create"), UNDEFINED, env.fn("TypeError", "prototype"))
    nt = env.native(lambda this, args: UNDEFINED, "E", 0, ctor=lambda a, n: UNDEFINED)
    nt.define_own_property("prototype", PropertyDescriptor(proto, True, None, None, False, False))
    e = env.new(env.G("TypeError"), "z", new_target=nt)
    assert e.proto is proto and isinstance(e, ErrorObject)
    assert env.call(env.fn("Error", "prototype", "toString"), e) == "TypeError: z"
    # a new.target without an object prototype falls back to the intrinsic
    nt.define_own_property("prototype", PropertyDescriptor(value=1))
    e = env.new(env.G("RangeError"), new_target=nt)
    assert e.proto is env.realm.intrinsics["RangeErrorPrototype"]


def test_to_string(env):
    ts = env.fn("Error", "prototype", "toString")
    assert env.call(ts, env.obj()) == "Error"
    assert env.call(ts, env.obj(name="", message="m")) == "m"
    assert env.call(ts, env.obj(name="n", message="")) == "n"
    assert env.call(ts, env.obj_items([("name", UNDEFINED), ("message", UNDEFINED)])) == "Error"
    assert env.call(ts, env.obj(name=1, message=2)) == "1: 2"
    assert env.call(ts, env.fn("Error", "prototype")) == "Error"
    assert env.call(ts, env.fn("TypeError", "prototype")) == "TypeError"
    assert env.throws(ts, this=1) == \
        "TypeError: Method Error.prototype.toString called on incompatible receiver 1"
    assert env.throws(ts, this="abc") == \
        "TypeError: Method Error.prototype.toString called on incompatible receiver abc"
    assert env.throws(ts, this=UNDEFINED) == \
        "TypeError: Method Error.prototype.toString called on incompatible receiver undefined"


def test_stack(env):
    e = env.new(env.G("Error"), "x")
    d = e.get_own_property("stack")
    assert (d.writable, d.enumerable, d.configurable) == (True, False, True)
    assert d.value == "Error: x"            # no JS frames when called from Python
    assert env.new(env.G("TypeError")).get("stack") == "TypeError"
    Error = env.G("Error")
    Error.set("stackTraceLimit", UNDEFINED)
    e = env.new(Error, "x")
    assert e.get_own_property("stack").value is UNDEFINED and names(env, e) == ["stack", "message"]
    Error.set("stackTraceLimit", 0)
    assert env.new(Error, "x").get("stack") == "Error: x"


def test_stack_uses_interpreter_frames(env, monkeypatch):
    import minijs.builtins.error as emod
    limits = []

    def fake(limit, skip_top=0):
        limits.append(limit)
        return ["    at f (/a.js:1:2)", "    at g (/a.js:3:4)"][:limit]
    monkeypatch.setattr(emod, "stack_frames", fake)
    e = env.new(env.G("RangeError"), "r")
    assert e.get("stack") == "RangeError: r\n    at f (/a.js:1:2)\n    at g (/a.js:3:4)"
    assert limits == [10]
    env.G("Error").set("stackTraceLimit", 1.9)
    assert env.new(env.G("Error")).get("stack") == "Error\n    at f (/a.js:1:2)"
    env.G("Error").set("stackTraceLimit", float("inf"))
    env.new(env.G("Error"))
    assert limits[-1] >= 2 ** 31
    env.G("Error").set("stackTraceLimit", -3)
    assert env.new(env.G("Error")).get("stack") == "Error"


def test_capture_stack_trace(env):
    cst = env.fn("Error", "captureStackTrace")
    o = env.obj()
    assert env.call(cst, UNDEFINED, o) is UNDEFINED
    assert names(env, o) == ["stack"]
    assert o.get_own_property("stack") == PropertyDescriptor("Error", True, None, None, False, True)
    o = env.obj(name="N", message="M")
    env.call(cst, UNDEFINED, o)
    assert o.get("stack") == "N: M"
    o = env.obj()
    o.set("toString", env.native(lambda this, args: "TS"))
    env.call(cst, UNDEFINED, o)
    assert o.get("stack") == "Error"
    assert env.throws(cst, 1) == "TypeError: invalid_argument"
    ne = env.call(env.fn("Object", "preventExtensions"), UNDEFINED, env.obj())
    assert env.throws(cst, ne) == "TypeError: Cannot define property stack, object is not extensible"


def test_engine_errors_are_real_instances(env):
    with pytest.raises(errors.JSThrow) as info:
        env.call(env.fn("Object", "defineProperty"), UNDEFINED, 1)
    e = info.value.value
    assert isinstance(e, ErrorObject)
    assert e.proto is env.realm.intrinsics["TypeErrorPrototype"]
    assert names(env, e) == ["stack", "message"]
    assert e.get("stack") == "TypeError: Object.defineProperty called on non-object"
    r = errors.make_error("RangeError", "Invalid array length")
    assert r.proto is env.realm.intrinsics["RangeErrorPrototype"]


def test_display(env):
    """V8 shows errors in messages as "Name: message"."""
    key_for = env.fn("Symbol", "keyFor")
    assert env.throws(key_for, env.new(env.G("Error"), "x")) == "TypeError: Error: x is not a symbol"
    assert env.throws(key_for, env.new(env.G("TypeError"))) == "TypeError: TypeError is not a symbol"
    e = env.new(env.G("Error"), "x")
    e.set("name", "Z")
    assert env.throws(key_for, e) == "TypeError: Z: x is not a symbol"
    assert env.fn("Error", "prototype").get(WELL_KNOWN.toStringTag) is UNDEFINED
