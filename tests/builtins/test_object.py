"""Object constructor, statics and Object.prototype (minijs/builtins/object.py).
Expected values and messages are node v20's."""

import math

from minijs.runtime.arrays import JSArray
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN, JSBigInt, JSSymbol
from minijs.runtime.wrappers import PrimitiveWrapper, StringObject
from tests.builtins.core_support import env  # noqa: F401  (fixture)


def names(env, o):
    return env.list(env.call(env.fn("Object", "getOwnPropertyNames"), UNDEFINED, o))


def test_property_order_matches_v8(env):
    assert names(env, env.G("Object")) == [
        "length", "name", "prototype", "assign", "getOwnPropertyDescriptor",
        "getOwnPropertyDescriptors", "getOwnPropertyNames", "getOwnPropertySymbols",
        "hasOwn", "is", "preventExtensions", "seal", "create", "defineProperties",
        "defineProperty", "freeze", "getPrototypeOf", "setPrototypeOf", "isExtensible",
        "isFrozen", "isSealed", "keys", "entries", "fromEntries", "values"]
    assert names(env, env.fn("Object", "prototype")) == [
        "constructor", "__defineGetter__", "__defineSetter__", "hasOwnProperty",
        "__lookupGetter__", "__lookupSetter__", "isPrototypeOf", "propertyIsEnumerable",
        "toString", "valueOf", "__proto__", "toLocaleString"]


def test_lengths(env):
    lengths = {"keys": 1, "assign": 2, "create": 2, "defineProperty": 3, "setPrototypeOf": 2,
               "is": 2, "hasOwn": 2, "fromEntries": 1, "getOwnPropertyDescriptor": 2,
               "defineProperties": 2}
    for name, n in lengths.items():
        assert env.fn("Object", name, "length") == n, name
    proto_lengths = {"__defineGetter__": 2, "__lookupGetter__": 1, "hasOwnProperty": 1,
                     "isPrototypeOf": 1, "propertyIsEnumerable": 1, "toLocaleString": 0}
    for name, n in proto_lengths.items():
        assert env.fn("Object", "prototype", name, "length") == n, name
    assert env.fn("Object", "length") == 1
    setter = env.fn("Object", "prototype").get_own_property("__proto__").set
    assert setter.get("name") == "set __proto__"


def test_constructor(env):
    Object = env.G("Object")
    o = env.call(Object)
    assert type(o) is JSObject and o.proto is env.realm.intrinsics["ObjectPrototype"]
    assert env.call(Object, UNDEFINED, NULL).proto is env.realm.intrinsics["ObjectPrototype"]
    w = env.new(Object, 5)
    assert isinstance(w, PrimitiveWrapper) and w.primitive == 5
    assert isinstance(env.call(Object, UNDEFINED, "ab"), StringObject)
    existing = env.obj()
    assert env.call(Object, UNDEFINED, existing) is existing
    assert env.new(Object, existing) is existing
    # new.target other than Object: OrdinaryCreateFromConstructor, argument ignored
    proto = env.obj()
    nt = env.native(lambda this, args: UNDEFINED, "Sub", 0, ctor=lambda a, n: UNDEFINED)
    nt.define_own_property("prototype", PropertyDescriptor(proto, True, None, None, False, False))
    sub = env.new(Object, 5, new_target=nt)
    assert type(sub) is JSObject and sub.proto is proto


def test_keys_values_entries(env):
    o = env.obj_items([("b", 1), ("2", "x"), ("a", 2), ("1", "y")])
    o.define_own_property("hidden", PropertyDescriptor(3, True, None, None, False, True))
    o.define_own_property(JSSymbol("s"), PropertyDescriptor(4, True, None, None, True, True))
    assert env.list(env.call(env.fn("Object", "keys"), UNDEFINED, o)) == ["1", "2", "b", "a"]
    assert env.list(env.call(env.fn("Object", "values"), UNDEFINED, o)) == ["y", "x", 1, 2]
    entries = env.call(env.fn("Object", "entries"), UNDEFINED, "ab")
    assert [env.list(e) for e in env.list(entries)] == [["0", "a"], ["1", "b"]]
    assert env.list(env.call(env.fn("Object", "keys"), UNDEFINED, 5)) == []
    for name in ("keys", "values", "entries"):
        assert env.throws(env.fn("Object", name)) == \
            "TypeError: Cannot convert undefined or null to object"


def test_values_reads_getters_after_enumerability_check(env):
    log = []
    o = env.obj()

    def getter(this, args):
        log.append("get")
        o.define_own_property("b", PropertyDescriptor(enumerable=False))
        return 1
    o.define_own_property("a", PropertyDescriptor(None, None, env.native(getter), UNDEFINED, True, True))
    o.define_own_property("b", PropertyDescriptor(2, True, None, None, True, True))
    # b became non-enumerable while a's getter ran: skipped (node: [ 1 ])
    assert env.list(env.call(env.fn("Object", "values"), UNDEFINED, o)) == [1]
    assert log == ["get"]


def test_assign(env):
    target = env.obj(a=1)
    r = env.call(env.fn("Object", "assign"), UNDEFINED, target, "ab", NULL, 1, env.obj(c=3))
    assert r is target
    assert target.own_property_keys() == ["0", "1", "a", "c"]
    assert env.throws(env.fn("Object", "assign"), NULL) == \
        "TypeError: Cannot convert undefined or null to object"
    frozen = env.call(env.fn("Object", "freeze"), UNDEFINED, env.obj(a=1))
    assert env.throws(env.fn("Object", "assign"), frozen, env.obj(a=2)) == \
        "TypeError: Cannot assign to read only property 'a' of object '#<Object>'"
    w = env.call(env.fn("Object", "assign"), UNDEFINED, 1, env.obj(x=1))
    assert isinstance(w, PrimitiveWrapper) and w.get("x") == 1


def test_create_and_define_properties(env):
    create = env.fn("Object", "create")
    assert env.throws(create, 1) == "TypeError: Object prototype may only be an Object or null: 1"
    assert env.throws(create) == "TypeError: Object prototype may only be an Object or null: undefined"
    o = env.call(create, UNDEFINED, NULL)
    assert o.proto is NULL
    p = env.obj()
    props = env.obj(x=env.obj(value=1, enumerable=True), y=env.obj(get=UNDEFINED))
    o = env.call(create, UNDEFINED, p, props)
    assert o.proto is p
    assert o.get_own_property("x") == PropertyDescriptor(1, False, None, None, True, False)
    assert o.get_own_property("y") == PropertyDescriptor(None, None, UNDEFINED, UNDEFINED, False, False)
    dps = env.fn("Object", "defineProperties")
    assert env.throws(dps, 1) == "TypeError: Object.defineProperties called on non-object"
    assert env.throws(dps, env.obj(), env.obj(a=1)) == "TypeError: Property description must be an object: 1"
    assert env.throws(dps, env.obj()) == "TypeError: Cannot convert undefined or null to object"
    # all descriptors are read before any is defined
    target = env.obj()
    bad = env.obj(a=env.obj(value=1), b=2)
    assert env.throws(dps, target, bad) == "TypeError: Property description must be an object: 2"
    assert target.own_property_keys() == []


def test_define_property(env):
    dp = env.fn("Object", "defineProperty")
    assert env.throws(dp, 1) == "TypeError: Object.defineProperty called on non-object"
    assert env.throws(dp, env.obj(), "a", 1) == "TypeError: Property description must be an object: 1"
    o = env.obj()
    assert env.call(dp, UNDEFINED, o, 7, env.obj(value="v")) is o
    assert o.get_own_property("7") == PropertyDescriptor("v", False, None, None, False, False)
    assert env.throws(dp, o, "7", env.obj(value="w")) == "TypeError: Cannot redefine property: 7"
    env.call(env.fn("Object", "preventExtensions"), UNDEFINED, o)
    assert env.throws(dp, o, "z", env.obj()) == \
        "TypeError: Cannot define property z, object is not extensible"
    assert env.throws(dp, env.obj(), "a", env.obj(get=1)) == "TypeError: Getter must be a function: 1"


def test_get_own_property_descriptor_s(env):
    o = env.obj(a=1)
    d = env.call(env.fn("Object", "getOwnPropertyDescriptor"), UNDEFINED, o, "a")
    assert d.own_property_keys() == ["value", "writable", "enumerable", "configurable"]
    assert [d.get(k) for k in d.own_property_keys()] == [1, True, True, True]
    assert env.call(env.fn("Object", "getOwnPropertyDescriptor"), UNDEFINED, o, "zz") is UNDEFINED
    arr = env.array(1)
    ds = env.call(env.fn("Object", "getOwnPropertyDescriptors"), UNDEFINED, arr)
    assert ds.own_property_keys() == ["0", "length"]
    length = ds.get("length")
    assert [length.get(k) for k in ("value", "writable", "enumerable", "configurable")] == \
        [1, True, False, False]
    assert env.throws(env.fn("Object", "getOwnPropertyDescriptors")) == \
        "TypeError: Cannot convert undefined or null to object"
    # primitives are converted: "ab".length
    d = env.call(env.fn("Object", "getOwnPropertyDescriptor"), UNDEFINED, "ab", "length")
    assert d.get("value") == 2 and d.get("writable") is False


def test_get_own_property_names_and_symbols(env):
    s = JSSymbol("s")
    o = env.obj_items([("b", 1), (s, 2), ("0", 3)])
    assert env.list(env.call(env.fn("Object", "getOwnPropertyNames"), UNDEFINED, o)) == ["0", "b"]
    assert env.list(env.call(env.fn("Object", "getOwnPropertySymbols"), UNDEFINED, o)) == [s]
    assert env.list(env.call(env.fn("Object", "getOwnPropertyNames"), UNDEFINED, "ab")) == \
        ["0", "1", "length"]
    assert env.throws(env.fn("Object", "getOwnPropertyNames"), NULL) == \
        "TypeError: Cannot convert undefined or null to object"


def test_prototype_functions(env):
    gp = env.fn("Object", "getPrototypeOf")
    sp = env.fn("Object", "setPrototypeOf")
    assert env.call(gp, UNDEFINED, True) is env.realm.intrinsics["BooleanPrototype"]
    assert env.call(gp, UNDEFINED, env.obj()) is env.realm.intrinsics["ObjectPrototype"]
    assert env.throws(gp, NULL) == "TypeError: Cannot convert undefined or null to object"
    assert env.throws(sp, NULL, env.obj()) == "TypeError: Object.setPrototypeOf called on null or undefined"
    assert env.throws(sp, 1, 2) == "TypeError: Object prototype may only be an Object or null: 2"
    assert env.call(sp, UNDEFINED, 1, NULL) == 1
    a = env.obj()
    b = env.call(env.fn("Object", "create"), UNDEFINED, a)
    assert env.throws(sp, a, b) == "TypeError: Cyclic __proto__ value"
    ne = env.call(env.fn("Object", "preventExtensions"), UNDEFINED, env.obj())
    assert env.throws(sp, ne, env.obj()) == "TypeError: #<Object> is not extensible"
    assert env.call(sp, UNDEFINED, ne, env.realm.intrinsics["ObjectPrototype"]) is ne
    assert env.throws(sp, env.realm.intrinsics["ObjectPrototype"], env.obj()) == \
        "TypeError: Immutable prototype object 'Object.prototype' cannot have their prototype set"
    assert env.call(sp, UNDEFINED, env.realm.intrinsics["ObjectPrototype"], NULL) is \
        env.realm.intrinsics["ObjectPrototype"]
    c = env.obj()
    assert env.call(sp, UNDEFINED, c, NULL) is c and c.proto is NULL


def test_integrity(env):
    f = lambda name, *a: env.call(env.fn("Object", name), UNDEFINED, *a)  # noqa: E731
    for name, result in (("freeze", 1), ("seal", 1), ("preventExtensions", 1),
                         ("isFrozen", True), ("isSealed", True), ("isExtensible", False)):
        assert f(name, 1) == result, name
    o = env.obj(a=1)
    assert f("isFrozen", o) is False and f("isExtensible", o) is True
    assert f("seal", o) is o
    assert f("isSealed", o) is True and f("isFrozen", o) is False
    assert f("freeze", o) is o
    assert f("isFrozen", o) is True
    assert o.get_own_property("a") == PropertyDescriptor(1, False, None, None, True, False)
    assert f("isFrozen", f("preventExtensions", env.obj())) is True
    arr = f("freeze", env.array(1, 2))
    assert arr.set("0", 5) is False and f("isFrozen", arr) is True


def test_is_and_has_own(env):
    is_ = env.fn("Object", "is")
    assert env.call(is_, UNDEFINED, math.nan, math.nan) is True
    assert env.call(is_, UNDEFINED, 0, -0.0) is False
    assert env.call(is_, UNDEFINED, 1, 1.0) is True
    assert env.call(is_, UNDEFINED) is True
    has_own = env.fn("Object", "hasOwn")
    assert env.call(has_own, UNDEFINED, env.obj(a=1), "a") is True
    assert env.call(has_own, UNDEFINED, env.obj(a=1), "toString") is False
    assert env.call(has_own, UNDEFINED, "ab", 1) is True
    assert env.throws(has_own, NULL, "x") == "TypeError: Cannot convert undefined or null to object"


def test_from_entries(env):
    fe = env.fn("Object", "fromEntries")
    o = env.call(fe, UNDEFINED, env.array(env.array(1, 2), env.array("a", 3)))
    assert o.own_property_keys() == ["1", "a"] and o.get("a") == 3
    o = env.call(fe, UNDEFINED, env.array(env.obj_items([("0", "k"), ("1", "v")])))
    assert o.get("k") == "v"
    assert env.throws(fe, 5) == \
        "TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))"
    assert env.throws(fe) == "TypeError: undefined is not iterable"
    assert env.throws(fe, NULL) == "TypeError: undefined is not iterable"
    assert env.throws(fe, True) == \
        "TypeError: boolean true is not iterable (cannot read property Symbol(Symbol.iterator))"
    assert env.throws(fe, env.obj()) == \
        "TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))"
    assert env.throws(fe, JSSymbol("q")) == \
        "TypeError: symbol is not iterable (cannot read property Symbol(Symbol.iterator))"
    if "BigIntPrototype" in env.realm.intrinsics:
        assert env.throws(fe, JSBigInt(10)) == \
            "TypeError: bigint is not iterable (cannot read property Symbol(Symbol.iterator))"
    assert env.throws(fe, env.array(1)) == "TypeError: Iterator value 1 is not an entry object"
    assert env.throws(fe, env.array(NULL)) == "TypeError: Iterator value null is not an entry object"


def _iterable(env, next_fn, log):
    """{[Symbol.iterator]() { return {next, return} }}"""
    iterator = env.obj()
    iterator.set("next", env.native(next_fn, "next"))

    def ret(this, args):
        log.append("return")
        return env.obj()
    iterator.set("return", env.native(ret, "return"))
    it = env.obj()
    it.set(WELL_KNOWN.iterator, env.native(lambda this, args: iterator, "[Symbol.iterator]"))
    return it


def test_from_entries_iterator_protocol(env):
    fe = env.fn("Object", "fromEntries")
    log = []
    items = [env.array("a", 1), env.array("b", 2)]

    def next_fn(this, args):
        if items:
            return env.obj(done=False, value=items.pop(0))
        return env.obj(done=True, value=UNDEFINED)
    o = env.call(fe, UNDEFINED, _iterable(env, next_fn, log))
    assert o.own_property_keys() == ["a", "b"] and log == []
    # a bad entry closes the iterator (node: return called once)
    bad = _iterable(env, lambda this, args: env.obj(done=False, value=1), log)
    assert env.throws(fe, bad) == "TypeError: Iterator value 1 is not an entry object"
    assert log == ["return"]
    not_obj = _iterable(env, lambda this, args: 1, log)
    assert env.throws(fe, not_obj) == "TypeError: Iterator result 1 is not an object"
    weird = env.obj()
    weird.set(WELL_KNOWN.iterator, env.native(lambda this, args: 1))
    assert env.throws(fe, weird) == "TypeError: Result of the Symbol.iterator method is not an object"
    weird.set(WELL_KNOWN.iterator, 1)
    assert env.throws(fe, weird) == \
        "TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))"


def test_to_string_tags(env):
    ts = env.fn("Object", "prototype", "toString")
    t = lambda v: env.call(ts, v)  # noqa: E731
    assert t(UNDEFINED) == "[object Undefined]"
    assert t(NULL) == "[object Null]"
    assert t(env.obj()) == "[object Object]"
    assert t(env.array()) == "[object Array]"
    assert t(env.G("Object")) == "[object Function]"
    assert t(env.new(env.G("Error"))) == "[object Error]"
    assert t(env.fn("Error", "prototype")) == "[object Object]"
    assert t(True) == "[object Boolean]"
    assert t(env.new(env.G("Boolean"), 1)) == "[object Boolean]"
    assert t("") == "[object String]"
    assert t(env.fn("Boolean", "prototype")) == "[object Boolean]"
    assert t(JSSymbol()) == "[object Symbol]"          # via Symbol.prototype[@@toStringTag]
    tagged = env.obj()
    tagged.set(WELL_KNOWN.toStringTag, "X")
    assert t(tagged) == "[object X]"
    tagged.set(WELL_KNOWN.toStringTag, 1)
    assert t(tagged) == "[object Object]"
    arr = env.array()
    arr.set(WELL_KNOWN.toStringTag, "Y")
    assert t(arr) == "[object Y]"

    class Args(JSObject):
        __slots__ = ()
        class_name = "Arguments"
    assert t(Args(env.realm.intrinsics["ObjectPrototype"])) == "[object Arguments]"
    # display() uses it: #<Object> for plain objects
    assert env.obj().display() == "#<Object>"


def test_prototype_methods(env):
    P = ("Object", "prototype")
    hop = env.fn(*P, "hasOwnProperty")
    assert env.call(hop, env.obj(a=1), "a") is True
    assert env.call(hop, env.obj(a=1), "b") is False
    assert env.throws(hop, "x", this=NULL) == "TypeError: Cannot convert undefined or null to object"
    # ToPropertyKey runs before ToObject
    log = []
    key = env.obj()
    key.set("toString", env.native(lambda this, args: log.append("key") or "k"))
    env.throws(hop, key, this=UNDEFINED)
    assert log == ["key"]
    ipo = env.fn(*P, "isPrototypeOf")
    a = env.obj()
    b = env.call(env.fn("Object", "create"), UNDEFINED, a)
    assert env.call(ipo, a, b) is True and env.call(ipo, b, a) is False
    assert env.call(ipo, NULL, 1) is False
    assert env.throws(ipo, env.obj(), this=NULL) == "TypeError: Cannot convert undefined or null to object"
    pie = env.fn(*P, "propertyIsEnumerable")
    assert env.call(pie, env.obj(a=1), "a") is True
    assert env.call(pie, env.array(1), "length") is False
    tls = env.fn(*P, "toLocaleString")
    assert env.call(tls, env.obj()) == "[object Object]"
    assert env.call(tls, 1) in ("1", "[object Number]")
    assert env.throws(tls, this=NULL) == \
        "TypeError: Object.prototype.toLocaleString called on null or undefined"
    vo = env.fn(*P, "valueOf")
    o = env.obj()
    assert env.call(vo, o) is o
    assert env.throws(vo, this=NULL) == "TypeError: Cannot convert undefined or null to object"


def test_proto_accessor(env):
    desc = env.fn("Object", "prototype").get_own_property("__proto__")
    getter, setter = desc.get, desc.set
    assert desc.enumerable is False and desc.configurable is True
    o = env.obj()
    assert env.call(getter, o) is env.realm.intrinsics["ObjectPrototype"]
    assert env.throws(getter, this=NULL) == "TypeError: Cannot convert undefined or null to object"
    assert env.throws(setter, env.obj(), this=NULL) == \
        "TypeError: set Object.prototype.__proto__ called on null or undefined"
    p = env.obj()
    assert env.call(setter, o, p) is UNDEFINED and o.proto is p
    assert env.call(setter, o, 5) is UNDEFINED and o.proto is p      # ignored
    assert env.call(setter, 5, p) is UNDEFINED                       # primitive: ignored
    assert env.throws(setter, o, this=p) == "TypeError: Cyclic __proto__ value"
    ne = env.call(env.fn("Object", "preventExtensions"), UNDEFINED, env.obj())
    assert env.throws(setter, p, this=ne) == "TypeError: #<Object> is not extensible"
    # o.__proto__ through [[Get]]/[[Set]]
    assert o.get("__proto__") is p
    assert o.set("__proto__", NULL) is True and o.proto is NULL


def test_define_and_lookup_accessors(env):
    P = ("Object", "prototype")
    dg, ds = env.fn(*P, "__defineGetter__"), env.fn(*P, "__defineSetter__")
    lg, ls = env.fn(*P, "__lookupGetter__"), env.fn(*P, "__lookupSetter__")
    o = env.obj()
    g = env.native(lambda this, args: 42, "g")
    s = env.native(lambda this, args: UNDEFINED, "s")
    assert env.call(dg, o, "x", g) is UNDEFINED
    assert o.get("x") == 42
    assert o.get_own_property("x") == PropertyDescriptor(None, None, g, UNDEFINED, True, True)
    env.call(ds, o, "x", s)
    assert o.get_own_property("x") == PropertyDescriptor(None, None, g, s, True, True)
    child = env.call(env.fn("Object", "create"), UNDEFINED, o)
    assert env.call(lg, child, "x") is g and env.call(ls, child, "x") is s
    assert env.call(lg, child, "nope") is UNDEFINED
    assert env.call(lg, env.obj(x=1), "x") is UNDEFINED        # data property stops the walk
    assert env.throws(dg, "x", 1, this=env.obj()) == \
        "TypeError: Object.prototype.__defineGetter__: Expecting function"
    assert env.throws(ds, "x", 1, this=env.obj()) == \
        "TypeError: Object.prototype.__defineSetter__: Expecting function"
    assert env.throws(dg, "x", g, this=NULL) == "TypeError: Cannot convert undefined or null to object"
    assert env.throws(lg, "x", this=NULL) == "TypeError: Cannot convert undefined or null to object"
    frozen = env.call(env.fn("Object", "freeze"), UNDEFINED, env.obj())
    assert env.throws(dg, "x", g, this=frozen) == \
        "TypeError: Cannot define property x, object is not extensible"


def test_constructor_property_and_globals(env):
    proto = env.realm.intrinsics["ObjectPrototype"]
    assert proto.get("constructor") is env.G("Object")
    assert env.realm.intrinsics["Object"] is env.G("Object")
    d = env.realm.global_object.get_own_property("Object")
    assert d.enumerable is False and d.writable is True
    if "ArrayPrototype" in env.realm.intrinsics:
        keys = env.call(env.fn("Object", "keys"), UNDEFINED, env.obj())
        assert isinstance(keys, JSArray) and keys.proto is env.realm.intrinsics["ArrayPrototype"]


def test_keys_fast_path_matches_spec_order(env):
    """Sparse elements, non-enumerable elements, dictionary-mode shapes and
    symbols take the storage fast path; the result is the spec's."""
    o = env.obj_items([("z", 1), ("5000000", "big"), ("3", "three"), ("y", 2)])
    o.define_own_property("4", PropertyDescriptor("hidden", True, None, None, False, True))
    o.define_own_property(JSSymbol("s"), PropertyDescriptor(1, True, None, None, True, True))
    o.delete("z")                                   # dictionary mode or shape rollback
    o.set("x", 3)
    keys = env.list(env.call(env.fn("Object", "keys"), UNDEFINED, o))
    assert keys == ["3", "5000000", "y", "x"]
    entries = env.call(env.fn("Object", "entries"), UNDEFINED, o)
    assert [env.list(e) for e in env.list(entries)] == \
        [["3", "three"], ["5000000", "big"], ["y", 2], ["x", 3]]
    arr = env.array(1, 2, 3)
    arr.delete("1")
    assert env.list(env.call(env.fn("Object", "values"), UNDEFINED, arr)) == [1, 3]
    getter = env.native(lambda this, args: "g")
    o.define_own_property("7", PropertyDescriptor(None, None, getter, UNDEFINED, True, True))
    assert env.list(env.call(env.fn("Object", "values"), UNDEFINED, o)) == \
        ["three", "g", "big", 2, 3]


def test_has_own_property_keys(env):
    hop = env.fn("Object", "prototype", "hasOwnProperty")
    s = JSSymbol("s")
    o = env.obj_items([("0", 1), ("name", 2), (s, 3)])
    for key, expected in (("0", True), (0, True), ("1", False), ("name", True),
                          (s, True), (JSSymbol("s"), False), ("toString", False)):
        assert env.call(hop, o, key) is expected, key
    assert env.call(hop, "ab", "length") is True and env.call(hop, "ab", 1) is True
    assert env.call(hop, env.array(1), "length") is True
    assert env.call(hop, env.G("Object"), "keys") is True
