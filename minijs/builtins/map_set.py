"""Map and Set (ECMA-262 24.1, 24.2) and their iterators (24.1.5, 24.2.5).

A MapObject / SetObject keeps [[MapData]] / [[SetData]] in `table`, an
OrderedTable (minijs/runtime/ordered_table.py: SameValueZero keys,
insertion order, walks that follow the table while it changes).  An
iterator holds a Cursor into its table (None once exhausted: a finished
iterator stays finished, as the spec's generator closure does) and its
kind ("key", "value" or "key+value").

The receiver checks are `type(this) is MapObject`: a subclass instance
(`class M extends Map`) is still created by Map's [[Construct]], so its
Python type is MapObject.
"""

from minijs.builtins.array_iterator import create_iter_result
from minijs.builtins.class_support import (
    define_species, define_tag, incompatible_receiver, require_callable,
    requires_new)
from minijs.builtins.iterable import for_each_value
from minijs.builtins.support import (
    arg, define_accessor, define_method, define_methods, define_value,
    make_constructor)
from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.arrays import create_array_from_list
from minijs.runtime.calls import call
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import get_prototype_from_constructor
from minijs.runtime.ordered_table import EMPTY, OrderedTable
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN, is_callable

__all__ = ["install", "MapObject", "SetObject", "MapIterator", "SetIterator",
           "add_entries_from_iterable"]


class MapObject(JSObject):
    __slots__ = ("table",)
    class_name = "Map"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.table = OrderedTable(True)


class SetObject(JSObject):
    __slots__ = ("table",)
    class_name = "Set"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.table = OrderedTable(False)


class _CollectionIterator(JSObject):
    __slots__ = ("cursor", "kind")

    def __init__(self, proto, table, kind):
        JSObject.__init__(self, proto)
        self.cursor = table.cursor()
        self.kind = kind

    def preview(self):
        """(entries, is_key_value) still to come, without advancing (node's
        previewEntries for util.inspect): a flat [k1, v1, k2, v2, ...]
        list for "key+value" iterators, else the keys or values."""
        c = self.cursor
        if c is None:
            return [], self.kind == "key+value"
        t = c.table
        values = t.keys if t.values is None else t.values
        out = []
        for i in range(c.position, len(t.keys)):
            k = t.keys[i]
            if k is EMPTY:
                continue
            if self.kind == "key+value":
                out.extend((k, values[i]))
            else:
                out.append(k if self.kind == "key" else values[i])
        return out, self.kind == "key+value"


class MapIterator(_CollectionIterator):
    __slots__ = ()
    class_name = "Map Iterator"


class SetIterator(_CollectionIterator):
    __slots__ = ()
    class_name = "Set Iterator"


def _iterator_next(cls, name):
    """%MapIteratorPrototype%.next / %SetIteratorPrototype%.next."""
    def next_(this, args):
        if type(this) is not cls:
            raise incompatible_receiver(name, this)
        cursor = this.cursor
        if cursor is None:
            return create_iter_result(UNDEFINED, True)
        i = cursor.next_position()
        if i < 0:
            this.cursor = None
            return create_iter_result(UNDEFINED, True)
        table = cursor.table
        key = table.keys[i]
        kind = this.kind
        if kind == "key":
            return create_iter_result(key, False)
        value = key if table.values is None else table.values[i]
        if kind == "value":
            return create_iter_result(value, False)
        pair = create_array_from_list([key, value], realms.current().intrinsics["ArrayPrototype"])
        return create_iter_result(pair, False)
    return next_


# -- construction ------------------------------------------------------------------

def add_entries_from_iterable(target, iterable, adder_name, pairs):
    """The constructors' common tail (24.1.1.2 AddEntriesFromIterable, and
    Set's step 7 loop): Get the adder, then call it for every value of
    the iterable ([key, value] entry objects when `pairs`), closing the
    iterator if anything throws."""
    adder = target.get(adder_name, target)
    if not is_callable(adder):
        raise errors.type_error("'%s' returned for property '%s' of object '%s' is not a function"
                                % (errors.display_value(adder), adder_name, target.display()))
    if pairs:
        def add(item):
            if not isinstance(item, JSObject):
                raise errors.type_error("Iterator value %s is not an entry object"
                                        % errors.display_value(item))
            k = item.get("0", item)
            v = item.get("1", item)
            call(adder, target, (k, v))
    else:
        def add(item):
            call(adder, target, (item,))
    for_each_value(iterable, add)


def collection_constructor(cls, proto_name, adder_name, pairs):
    """[[Construct]] of Map, Set, WeakMap, WeakSet: a `cls` object filled
    from the optional iterable through its `adder_name` method."""
    def construct(args, new_target):
        obj = cls(get_prototype_from_constructor(new_target, proto_name))
        iterable = arg(args, 0)
        if iterable is not UNDEFINED and iterable is not NULL:
            add_entries_from_iterable(obj, iterable, adder_name, pairs)
        return obj
    return construct


# -- Map.prototype (24.1.3) ----------------------------------------------------------

def _this_map(this, name):
    if type(this) is not MapObject:
        raise incompatible_receiver("Map.prototype." + name, this)
    return this.table


def map_get(this, args):
    return _this_map(this, "get").get(arg(args, 0), UNDEFINED)


def map_set(this, args):
    _this_map(this, "set").set(arg(args, 0), arg(args, 1))
    return this


def map_has(this, args):
    return _this_map(this, "has").has(arg(args, 0))


def map_delete(this, args):
    return _this_map(this, "delete").delete(arg(args, 0))


def map_clear(this, args):
    _this_map(this, "clear").clear()
    return UNDEFINED


def map_size(this, args):
    if type(this) is not MapObject:
        raise incompatible_receiver("get Map.prototype.size", this)
    return this.table.size


def _for_each(table, this, args, with_values):
    """Map/Set.prototype.forEach: a live walk (entries added during the
    walk are visited, deleted ones skipped)."""
    fn = require_callable(arg(args, 0))
    this_arg = arg(args, 1)
    cursor = table.cursor()
    while True:
        i = cursor.next_position()
        if i < 0:
            return UNDEFINED
        t = cursor.table
        key = t.keys[i]
        call(fn, this_arg, (t.values[i] if with_values else key, key, this))


def map_for_each(this, args):
    return _for_each(_this_map(this, "forEach"), this, args, True)


def _map_iteration(kind, name):
    def method(this, args):
        table = _this_map(this, name)
        return MapIterator(realms.current().intrinsics["MapIteratorPrototype"], table, kind)
    return method


# -- Set.prototype (24.2.3) ------------------------------------------------------------

def _this_set(this, name):
    if type(this) is not SetObject:
        raise incompatible_receiver("Set.prototype." + name, this)
    return this.table


def set_add(this, args):
    _this_set(this, "add").set(arg(args, 0))
    return this


def set_has(this, args):
    return _this_set(this, "has").has(arg(args, 0))


def set_delete(this, args):
    return _this_set(this, "delete").delete(arg(args, 0))


def set_clear(this, args):
    _this_set(this, "clear").clear()
    return UNDEFINED


def set_size(this, args):
    if type(this) is not SetObject:
        raise incompatible_receiver("get Set.prototype.size", this)
    return this.table.size


def set_for_each(this, args):
    return _for_each(_this_set(this, "forEach"), this, args, False)


def _set_iteration(kind, name):
    def method(this, args):
        table = _this_set(this, name)
        return SetIterator(realms.current().intrinsics["SetIteratorPrototype"], table, kind)
    return method


# -- installation ----------------------------------------------------------------------

def _install_iterator_prototype(realm, name, cls):
    proto = JSObject(realm.intrinsics["IteratorPrototype"])
    define_method(realm, proto, "next", _iterator_next(cls, name + ".prototype.next"), 0)
    define_tag(proto, name)
    return proto


def install(realm):
    intrinsics = realm.intrinsics
    object_proto = intrinsics["ObjectPrototype"]

    map_proto = JSObject(object_proto)
    ctor = make_constructor(realm, "Map", 0, requires_new("Map"),
                            collection_constructor(MapObject, "MapPrototype", "set", True), map_proto)
    define_species(realm, ctor)
    entries = _map_iteration("key+value", "entries")
    define_methods(realm, map_proto, [
        ("get", map_get, 1), ("set", map_set, 2), ("has", map_has, 1),
        ("delete", map_delete, 1), ("clear", map_clear, 0),
    ])
    entries_fn = define_method(realm, map_proto, "entries", entries, 0)
    define_method(realm, map_proto, "forEach", map_for_each, 1)
    define_method(realm, map_proto, "keys", _map_iteration("key", "keys"), 0)
    define_accessor(realm, map_proto, "size", map_size)
    define_method(realm, map_proto, "values", _map_iteration("value", "values"), 0)
    define_value(map_proto, WELL_KNOWN.iterator, entries_fn)
    define_tag(map_proto, "Map")
    intrinsics["MapIteratorPrototype"] = _install_iterator_prototype(realm, "Map Iterator", MapIterator)

    set_proto = JSObject(object_proto)
    ctor = make_constructor(realm, "Set", 0, requires_new("Set"),
                            collection_constructor(SetObject, "SetPrototype", "add", False), set_proto)
    define_species(realm, ctor)
    define_methods(realm, set_proto, [
        ("has", set_has, 1), ("add", set_add, 1), ("delete", set_delete, 1),
        ("clear", set_clear, 0), ("entries", _set_iteration("key+value", "entries"), 0),
        ("forEach", set_for_each, 1),
    ])
    define_accessor(realm, set_proto, "size", set_size)
    values_fn = define_method(realm, set_proto, "values", _set_iteration("value", "values"), 0)
    define_value(set_proto, "keys", values_fn)
    define_value(set_proto, WELL_KNOWN.iterator, values_fn)
    define_tag(set_proto, "Set")
    intrinsics["SetIteratorPrototype"] = _install_iterator_prototype(realm, "Set Iterator", SetIterator)
