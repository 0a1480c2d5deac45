"""Function.prototype, bound functions, %ThrowTypeError% and the Function
constructor's argument handling (minijs/builtins/function.py).  Expected
values and messages are node v20's."""

import math

import pytest

from minijs.builtins.function import BoundFunction
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.errors import JSThrow
from minijs.runtime.operations import instance_of
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN
from tests.builtins.core_support import env  # noqa: F401  (fixture)

FP = ("Function", "prototype")


def names(env, o):
    return env.list(env.call(env.fn("Object", "getOwnPropertyNames"), UNDEFINED, o))


def record(env, name="f", length=3):
    """A native function that returns [this, *args] as a Python tuple
    stored in `calls`."""
    calls = []

    def fn(this, args):
        calls.append((this, list(args)))
        return len(calls)
    return env.native(fn, name, length), calls


def test_function_prototype_shape(env):
    fp = env.realm.intrinsics["FunctionPrototype"]
    assert names(env, fp) == ["length", "name", "arguments", "caller", "constructor",
                              "apply", "bind", "call", "toString"]
    assert fp.get("length") == 0 and fp.get("name") == ""
    assert fp.get("constructor") is env.G("Function")
    assert env.G("Function").get("prototype") is fp
    assert env.G("Function").get("length") == 1
    for name, n in (("apply", 2), ("bind", 1), ("call", 1), ("toString", 0)):
        assert env.fn(*FP, name, "length") == n
    hi = fp.get_own_property(WELL_KNOWN.hasInstance)
    assert (hi.writable, hi.enumerable, hi.configurable) == (False, False, False)
    assert hi.value.get("name") == "[Symbol.hasInstance]" and hi.value.get("length") == 1
    assert env.call(fp) is UNDEFINED


def test_call_and_apply(env):
    f, calls = record(env)
    this = env.obj()
    assert env.call(env.fn(*FP, "call"), f, this, 1, 2) == 1
    assert calls[-1] == (this, [1, 2])
    env.call(env.fn(*FP, "call"), f)
    assert calls[-1] == (UNDEFINED, [])
    env.call(env.fn(*FP, "apply"), f, this, env.array(3, 4))
    assert calls[-1] == (this, [3, 4])
    env.call(env.fn(*FP, "apply"), f, this, NULL)
    assert calls[-1] == (this, [])
    env.call(env.fn(*FP, "apply"), f, this, env.obj_items([("length", 2), ("1", "b")]))
    assert calls[-1] == (this, [UNDEFINED, "b"])
    assert env.throws(env.fn(*FP, "apply"), NULL, 1, this=f) == \
        "TypeError: CreateListFromArrayLike called on non-object"
    assert env.throws(env.fn(*FP, "apply"), NULL, "ab", this=f) == \
        "TypeError: CreateListFromArrayLike called on non-object"
    # node words these with the call site; the message still says "is not a function"
    assert env.throws(env.fn(*FP, "call"), this=1).endswith("is not a function")
    assert env.throws(env.fn(*FP, "apply"), this=env.obj()).endswith("is not a function")


def test_bind(env):
    f, calls = record(env)
    bind = env.fn(*FP, "bind")
    this = env.obj()
    b = env.call(bind, f, this, 1)
    assert isinstance(b, BoundFunction)
    assert b.bound_target is f and b.bound_this is this and b.bound_args == (1,)
    assert names(env, b) == ["length", "name"]
    assert b.get("length") == 2 and b.get("name") == "bound f"
    d = b.get_own_property("name")
    assert (d.writable, d.enumerable, d.configurable) == (False, False, True)
    assert env.call(b, env.obj(), 2) == 1 and calls[-1] == (this, [1, 2])
    assert b.proto is env.realm.intrinsics["FunctionPrototype"]
    assert b.constructible is False
    assert env.call(bind, env.call(bind, f), UNDEFINED).get("name") == "bound bound f"
    assert env.throws(bind, this=1) == "TypeError: Bind must be called on a function"
    assert env.call(env.fn(*FP, "toString"), b) == "function () { [native code] }"


@pytest.mark.parametrize("length, bound_args, expected", [
    (-math.inf, 0, 0), (math.inf, 0, math.inf), (3.7, 1, 2), ("3", 0, 0),
    (3, 5, 0), (-2, 0, 0), (2 ** 53 + 10.0, 0, float(2 ** 53 + 10)),
])
def test_bind_length(env, length, bound_args, expected):
    f, _ = record(env)
    f.define_own_property("length", PropertyDescriptor(value=length))
    b = env.call(env.fn(*FP, "bind"), f, UNDEFINED, *range(bound_args))
    got = b.get("length")
    assert got == expected and type(got) is type(expected)


def test_bind_name_and_missing_length(env):
    f, _ = record(env)
    f.define_own_property("name", PropertyDescriptor(value=3))
    f.delete("length")
    b = env.call(env.fn(*FP, "bind"), f)
    assert b.get("name") == "bound " and b.get("length") == 0


def test_bound_construct_and_instanceof(env):
    proto = env.obj()
    made = []

    def ctor(args, new_target):
        made.append((list(args), new_target))
        return env.obj()
    C = env.native(lambda this, args: UNDEFINED, "C", 1, ctor=ctor)
    C.define_own_property("prototype", PropertyDescriptor(proto, True, None, None, False, False))
    B = env.call(env.fn(*FP, "bind"), C, UNDEFINED, "x")
    assert B.constructible is True
    env.new(B, "y")
    assert made[-1] == (["x", "y"], C)          # new.target B becomes the target
    other = env.native(lambda this, args: UNDEFINED, "O", 0, ctor=lambda a, n: UNDEFINED)
    env.new(B, new_target=other)
    assert made[-1] == (["x"], other)
    inst = env.call(env.fn("Object", "create"), UNDEFINED, proto)
    assert instance_of(inst, B) is True
    assert instance_of(env.obj(), B) is False
    has_instance = env.realm.intrinsics["FunctionPrototype"].get(WELL_KNOWN.hasInstance)
    assert env.call(has_instance, B, inst) is True
    assert env.call(has_instance, env.obj(), inst) is False
    f, _ = record(env)
    nb = env.call(env.fn(*FP, "bind"), f)
    assert nb.constructible is False
    with pytest.raises(JSThrow) as info:
        nb.construct([], nb)
    assert env.describe(info.value.value) == \
        "TypeError: function () { [native code] } is not a constructor"


def test_to_string(env):
    ts = env.fn(*FP, "toString")
    assert env.call(ts, env.fn("Object", "keys")) == "function keys() { [native code] }"
    getter = env.fn("Object", "prototype").get_own_property("__proto__").get
    assert env.call(ts, getter) == "function get __proto__() { [native code] }"
    tp = env.fn("Symbol", "prototype").get(WELL_KNOWN.toPrimitive)
    assert env.call(ts, tp) == "function [Symbol.toPrimitive]() { [native code] }"
    assert env.call(ts, env.realm.intrinsics["FunctionPrototype"]) == "function () { [native code] }"
    for bad in (1, env.obj(), UNDEFINED):
        assert env.throws(ts, this=bad) == \
            "TypeError: Function.prototype.toString requires that 'this' be a Function"


def test_throw_type_error(env):
    fp = env.realm.intrinsics["FunctionPrototype"]
    thrower = env.realm.intrinsics["ThrowTypeError"]
    for key in ("caller", "arguments"):
        d = fp.get_own_property(key)
        assert d.get is thrower and d.set is thrower
        assert (d.enumerable, d.configurable) == (False, True)
    assert thrower.is_extensible() is False
    assert thrower.get_own_property("length") == PropertyDescriptor(0, False, None, None, False, False)
    assert thrower.get_own_property("name") == PropertyDescriptor("", False, None, None, False, False)
    msg = ("TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed "
           "on strict mode functions or the arguments objects for calls to them")
    assert env.throws(thrower, this=1) == msg
    with pytest.raises(JSThrow) as info:
        fp.get("caller")
    assert env.describe(info.value.value) == msg


def test_function_constructor_converts_arguments(env, monkeypatch):
    """CreateDynamicFunction's ToString calls happen in order, params before
    body, and the engine gets the strings (compiling is the engine's)."""
    seen = []

    class FakeEngine:
        @staticmethod
        def create_dynamic_function(realm, kind, params, body, new_target):
            seen.append((kind, params, body, new_target))
            return env.obj()
    import sys
    monkeypatch.setitem(sys.modules, "minijs.engine", FakeEngine)
    F = env.G("Function")
    log = []
    p = env.obj()
    p.set("toString", env.native(lambda this, args: log.append("p") or "a"))
    body = env.obj()
    body.set("toString", env.native(lambda this, args: log.append("body") or "return a"))
    env.call(F, UNDEFINED, p, "b", body)
    assert log == ["p", "body"]
    assert seen[-1] == ("normal", ["a", "b"], "return a", F)
    env.new(F)
    assert seen[-1] == ("normal", [], "", F)
    nt = env.native(lambda this, args: UNDEFINED, "N", 0, ctor=lambda a, n: UNDEFINED)
    env.new(F, "x", new_target=nt)
    assert seen[-1] == ("normal", [], "x", nt)


def test_apply_array_fast_path_matches_spec(env):
    f, calls = record(env)
    apply = env.fn(*FP, "apply")
    arr = env.array(1, 2, 3)
    env.call(apply, f, UNDEFINED, arr)
    assert calls[-1][1] == [1, 2, 3]
    arr.delete("1")                         # a hole reads the prototype chain
    env.realm.intrinsics["ArrayPrototype"].set("1", "from proto")
    try:
        env.call(apply, f, UNDEFINED, arr)
    finally:
        env.realm.intrinsics["ArrayPrototype"].delete("1")
    assert calls[-1][1] == [1, "from proto", 3]
    arr.set("length", 5)
    env.call(apply, f, UNDEFINED, arr)
    assert calls[-1][1] == [1, UNDEFINED, 3, UNDEFINED, UNDEFINED]
    env.call(apply, f, UNDEFINED, env.array())
    assert calls[-1][1] == []
