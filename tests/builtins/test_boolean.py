"""Boolean constructor and Boolean.prototype (minijs/builtins/boolean.py).
Expected values and messages are node v20's."""

import math

from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.values import NULL, UNDEFINED, JSSymbol
from minijs.runtime.wrappers import PrimitiveWrapper
from tests.builtins.core_support import env  # noqa: F401  (fixture)


def names(env, o):
    return env.list(env.call(env.fn("Object", "getOwnPropertyNames"), UNDEFINED, o))


def test_shape(env):
    Boolean = env.G("Boolean")
    proto = Boolean.get("prototype")
    assert names(env, Boolean) == ["length", "name", "prototype"]
    assert names(env, proto) == ["constructor", "toString", "valueOf"]
    assert Boolean.get("length") == 1
    assert isinstance(proto, PrimitiveWrapper) and proto.primitive is False
    assert proto.proto is env.realm.intrinsics["ObjectPrototype"]
    assert env.realm.intrinsics["Boolean"] is Boolean
    assert env.realm.intrinsics["BooleanPrototype"] is proto
    assert env.call(env.fn("Boolean", "prototype", "valueOf"), proto) is False
    assert env.call(env.fn("Object", "prototype", "toString"), proto) == "[object Boolean]"


def test_call(env):
    B = env.G("Boolean")
    cases = [(UNDEFINED, False), (NULL, False), ("", False), ("x", True), (0, False),
             (-0.0, False), (math.nan, False), (2, True), (JSSymbol(), True)]
    for value, expected in cases:
        assert env.call(B, UNDEFINED, value) is expected
    assert env.call(B) is False
    assert env.call(B, UNDEFINED, env.obj()) is True
    assert env.call(B, UNDEFINED, env.new(B, False)) is True     # objects are truthy


def test_construct(env):
    B = env.G("Boolean")
    b = env.new(B, 0)
    assert isinstance(b, PrimitiveWrapper) and b.primitive is False
    assert b.proto is B.get("prototype")
    assert env.call(env.fn("Boolean", "prototype", "valueOf"), env.new(B, "x")) is True
    proto = env.obj()
    nt = env.native(lambda this, args: UNDEFINED, "Sub", 0, ctor=lambda a, n: UNDEFINED)
    nt.define_own_property("prototype", PropertyDescriptor(proto, True, None, None, False, False))
    sub = env.new(B, 1, new_target=nt)
    assert sub.proto is proto and sub.primitive is True


def test_prototype_methods(env):
    ts = env.fn("Boolean", "prototype", "toString")
    vo = env.fn("Boolean", "prototype", "valueOf")
    assert env.call(ts, True) == "true" and env.call(ts, False) == "false"
    assert env.call(ts, env.new(env.G("Boolean"), True)) == "true"
    assert env.call(vo, True) is True
    assert env.throws(ts, this=1) == \
        "TypeError: Boolean.prototype.toString requires that 'this' be a Boolean"
    assert env.throws(vo, this="x") == \
        "TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean"
    assert env.throws(vo, this=env.call(env.G("Object"), UNDEFINED, JSSymbol())) == \
        "TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean"
    assert env.throws(vo, this=env.obj()) == \
        "TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean"
