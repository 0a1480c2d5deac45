"""WeakMap and WeakSet (ECMA-262 24.3, 24.4).

Entries live in Python weak containers keyed by the JS object or symbol
itself (identity hash, see minijs/runtime/weak.py): an entry goes away
when its key is collected.  A value that refers back to its own key keeps
it alive (Python has no ephemerons); nothing observable depends on that.
"""

import weakref

from minijs.builtins.class_support import define_tag, incompatible_receiver, requires_new
from minijs.builtins.map_set import collection_constructor
from minijs.builtins.support import arg, define_methods, make_constructor
from minijs.builtins.symbol import is_registered_symbol
from minijs.runtime import errors
from minijs.runtime.objects import JSObject
from minijs.runtime.values import UNDEFINED, JSSymbol

__all__ = ["install", "can_be_held_weakly", "WeakMapObject", "WeakSetObject"]


def can_be_held_weakly(v):
    """CanBeHeldWeakly (9.13): an object, or a symbol not from Symbol.for."""
    if isinstance(v, JSObject):
        return True
    return type(v) is JSSymbol and not is_registered_symbol(v)


class WeakMapObject(JSObject):
    __slots__ = ("table",)
    class_name = "WeakMap"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.table = weakref.WeakKeyDictionary()


class WeakSetObject(JSObject):
    __slots__ = ("table",)
    class_name = "WeakSet"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.table = weakref.WeakSet()


def _this_weak_map(this, name):
    if type(this) is not WeakMapObject:
        raise incompatible_receiver("WeakMap.prototype." + name, this)
    return this.table


def weak_map_delete(this, args):                                    # 24.3.3.2
    table = _this_weak_map(this, "delete")
    key = arg(args, 0)
    if not can_be_held_weakly(key) or key not in table:
        return False
    del table[key]
    return True


def weak_map_get(this, args):                                       # 24.3.3.3
    table = _this_weak_map(this, "get")
    key = arg(args, 0)
    if not can_be_held_weakly(key):
        return UNDEFINED
    return table.get(key, UNDEFINED)


def weak_map_has(this, args):                                       # 24.3.3.4
    table = _this_weak_map(this, "has")
    key = arg(args, 0)
    return can_be_held_weakly(key) and key in table


def weak_map_set(this, args):                                       # 24.3.3.5
    table = _this_weak_map(this, "set")
    key = arg(args, 0)
    if not can_be_held_weakly(key):
        raise errors.type_error("Invalid value used as weak map key")
    table[key] = arg(args, 1)
    return this


def _this_weak_set(this, name):
    if type(this) is not WeakSetObject:
        raise incompatible_receiver("WeakSet.prototype." + name, this)
    return this.table


def weak_set_add(this, args):                                       # 24.4.3.1
    table = _this_weak_set(this, "add")
    value = arg(args, 0)
    if not can_be_held_weakly(value):
        raise errors.type_error("Invalid value used in weak set")
    table.add(value)
    return this


def weak_set_delete(this, args):                                    # 24.4.3.3
    table = _this_weak_set(this, "delete")
    value = arg(args, 0)
    if not can_be_held_weakly(value) or value not in table:
        return False
    table.discard(value)
    return True


def weak_set_has(this, args):                                       # 24.4.3.4
    table = _this_weak_set(this, "has")
    value = arg(args, 0)
    return can_be_held_weakly(value) and value in table


def install(realm):
    object_proto = realm.intrinsics["ObjectPrototype"]
    proto = JSObject(object_proto)
    make_constructor(realm, "WeakMap", 0, requires_new("WeakMap"),
                     collection_constructor(WeakMapObject, "WeakMapPrototype", "set", True), proto)
    define_methods(realm, proto, [
        ("delete", weak_map_delete, 1), ("get", weak_map_get, 1),
        ("set", weak_map_set, 2), ("has", weak_map_has, 1),
    ])
    define_tag(proto, "WeakMap")

    proto = JSObject(object_proto)
    make_constructor(realm, "WeakSet", 0, requires_new("WeakSet"),
                     collection_constructor(WeakSetObject, "WeakSetPrototype", "add", False), proto)
    define_methods(realm, proto, [
        ("delete", weak_set_delete, 1), ("has", weak_set_has, 1), ("add", weak_set_add, 1),
    ])
    define_tag(proto, "WeakSet")
