"""Symbol constructor, registry and Symbol.prototype
(minijs/builtins/symbol.py).  Expected values and messages are node v20's."""

import pytest

from minijs.runtime import errors
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.values import UNDEFINED, WELL_KNOWN, JSSymbol, is_constructor
from minijs.runtime.wrappers import PrimitiveWrapper
from tests.builtins.core_support import env  # noqa: F401  (fixture)


def names(env, o, symbols=False):
    which = "getOwnPropertySymbols" if symbols else "getOwnPropertyNames"
    return env.list(env.call(env.fn("Object", which), UNDEFINED, o))


def test_shape(env):
    Symbol = env.G("Symbol")
    # node 20 also has dispose / asyncDispose (a later proposal)
    assert names(env, Symbol) == [
        "length", "name", "prototype", "for", "keyFor", "asyncIterator", "hasInstance",
        "isConcatSpreadable", "iterator", "match", "matchAll", "replace", "search",
        "species", "split", "toPrimitive", "toStringTag", "unscopables"]
    assert Symbol.get("length") == 0
    assert env.fn("Symbol", "for", "length") == 1 and env.fn("Symbol", "keyFor", "length") == 1
    for name, sym in WELL_KNOWN:
        assert Symbol.get_own_property(name) == PropertyDescriptor(sym, False, None, None, False, False)
    proto = Symbol.get("prototype")
    assert names(env, proto) == ["constructor", "toString", "valueOf", "description"]
    assert names(env, proto, True) == [WELL_KNOWN.toStringTag, WELL_KNOWN.toPrimitive]
    assert proto.get_own_property(WELL_KNOWN.toStringTag) == \
        PropertyDescriptor("Symbol", False, None, None, False, True)
    tp = proto.get_own_property(WELL_KNOWN.toPrimitive)
    assert (tp.writable, tp.enumerable, tp.configurable) == (False, False, True)
    assert tp.value.get("name") == "[Symbol.toPrimitive]" and tp.value.get("length") == 1
    assert env.realm.intrinsics["SymbolPrototype"] is proto
    assert type(proto) is not PrimitiveWrapper        # Symbol.prototype is ordinary


def test_call_and_construct(env):
    Symbol = env.G("Symbol")
    s = env.call(Symbol, UNDEFINED, "x")
    assert type(s) is JSSymbol and s.description == "x"
    assert env.call(Symbol).description is UNDEFINED
    assert env.call(Symbol, UNDEFINED, "").description == ""
    o = env.obj()
    o.set("toString", env.native(lambda this, args: "o"))
    assert env.call(Symbol, UNDEFINED, o).description == "o"
    assert env.throws(Symbol, JSSymbol()) == "TypeError: Cannot convert a Symbol value to a string"
    assert is_constructor(Symbol)
    with pytest.raises(errors.JSThrow) as info:
        env.new(Symbol)
    assert env.describe(info.value.value) == "TypeError: Symbol is not a constructor"


def test_registry(env):
    for_, key_for = env.fn("Symbol", "for"), env.fn("Symbol", "keyFor")
    a = env.call(for_, UNDEFINED, "q")
    assert env.call(for_, UNDEFINED, "q") is a and a.description == "q"
    assert env.call(key_for, UNDEFINED, a) == "q"
    assert env.call(for_, UNDEFINED) is env.call(for_, UNDEFINED, "undefined")
    assert env.call(key_for, UNDEFINED, WELL_KNOWN.iterator) is UNDEFINED
    assert env.call(key_for, UNDEFINED, JSSymbol("q")) is UNDEFINED
    assert env.throws(key_for, 1) == "TypeError: 1 is not a symbol"
    assert env.throws(key_for, env.obj()) == "TypeError: #<Object> is not a symbol"


def test_registry_is_shared_between_realms(env):
    from minijs.builtins import create_realm
    other = create_realm()
    a = env.call(env.fn("Symbol", "for"), UNDEFINED, "shared")
    b = env.call(other.global_object.get("Symbol").get("for"), UNDEFINED, "shared")
    assert a is b


def test_prototype_methods(env):
    P = ("Symbol", "prototype")
    s = JSSymbol("w")
    wrapper = env.call(env.G("Object"), UNDEFINED, s)
    assert isinstance(wrapper, PrimitiveWrapper)
    ts = env.fn(*P, "toString")
    assert env.call(ts, s) == "Symbol(w)" and env.call(ts, wrapper) == "Symbol(w)"
    assert env.call(ts, JSSymbol()) == "Symbol()"
    assert env.call(env.fn(*P, "valueOf"), wrapper) is s
    desc = env.fn(*P).get_own_property("description")
    assert desc.set is UNDEFINED and desc.get.get("name") == "get description"
    assert env.call(desc.get, wrapper) == "w"
    assert env.call(desc.get, JSSymbol()) is UNDEFINED
    assert wrapper.get("description") == "w"
    tp = env.fn(*P).get(WELL_KNOWN.toPrimitive)
    assert env.call(tp, wrapper, "number") is s
    for fn, label in ((ts, "Symbol.prototype.toString"),
                      (env.fn(*P, "valueOf"), "Symbol.prototype.valueOf"),
                      (desc.get, "Symbol.prototype.description"),
                      (tp, "Symbol.prototype [ @@toPrimitive ]")):
        assert env.throws(fn, this=1) == "TypeError: %s requires that 'this' be a Symbol" % label
    assert env.throws(ts, this=env.call(env.G("Object"), UNDEFINED, True)) == \
        "TypeError: Symbol.prototype.toString requires that 'this' be a Symbol"
