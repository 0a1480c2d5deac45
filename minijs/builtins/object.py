"""The Object constructor and Object.prototype (ECMA-262 20.1), through
ES2022, with V8's error messages.

Invariants:

* Every static and prototype method follows its spec algorithm step for
  step: conversions happen in the spec's order (e.g. hasOwnProperty does
  ToPropertyKey before ToObject) so proxies and user getters observe the
  same sequence as in node.
* Objects these functions create get the prototypes of the realm the
  function was created in (`install`'s realm), like a built-in's
  [[Realm]].
* %Object.prototype% is an immutable prototype exotic object (10.4.7):
  `install` turns the realm's plain object into ImmutablePrototypeObject,
  whose [[SetPrototypeOf]] only accepts its current prototype.
* %Object.prototype.toString% is registered with errors so messages show
  objects as "#<Ctor>" like V8.
"""

from minijs.builtins.iterable import for_each_value
from minijs.builtins.support import arg, define_accessor, define_methods, make_constructor
from minijs.runtime import errors
from minijs.runtime.arrays import create_array_from_list
from minijs.runtime.descriptors import (
    PropertyDescriptor, from_property_descriptor, to_property_descriptor)
from minijs.runtime.integrity import (
    FROZEN, SEALED, set_integrity_level, test_integrity_level)
from minijs.runtime.objects import HOLE, JSObject
from minijs.runtime.operations import (
    get_prototype_from_constructor, invoke, is_array, to_object,
    to_property_key)
from minijs.runtime.ordinary import (
    create_data_property_or_throw, define_property_or_throw, set_failure_error)
from minijs.runtime.shapes import ACCESSOR, ENUMERABLE
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, JSSymbol, array_index, is_callable, same_value)

__all__ = ["install", "ImmutablePrototypeObject", "builtin_tag",
           "object_to_string", "set_prototype_error"]


class ImmutablePrototypeObject(JSObject):
    """An immutable prototype exotic object (10.4.7): %Object.prototype%.
    Only [[SetPrototypeOf]] differs (SetImmutablePrototype, 10.4.7.2)."""

    __slots__ = ()

    def set_prototype_of(self, proto):
        return proto is self.proto


def _is_object(v):
    return isinstance(v, JSObject)


def set_prototype_error(o):
    """The TypeError (a JSThrow) for a refused [[SetPrototypeOf]] of `o`,
    worded as V8 words it for Object.setPrototypeOf and __proto__."""
    if o.is_proxy:
        return errors.type_error("'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'")
    if isinstance(o, ImmutablePrototypeObject):
        return errors.type_error(
            "Immutable prototype object 'Object.prototype' cannot have their prototype set")
    if not o.is_extensible():
        return errors.type_error(errors.msg_object_not_extensible(o))
    return errors.type_error(errors.MSG_CYCLIC_PROTO)


def _integrity_error(o, what):
    if o.is_proxy:
        return errors.type_error("'preventExtensions' on proxy: trap returned falsish")
    return errors.type_error("Cannot %s" % what)


# -- Object.prototype.toString (20.1.3.6) -------------------------------

# class_name values that are builtinTags (step 5-14); everything else is
# "Object" unless it is an array or callable.
_BUILTIN_TAGS = frozenset(("Arguments", "Error", "Boolean", "Number", "String", "Date", "RegExp"))


def builtin_tag(o):
    """The builtinTag of 20.1.3.6 steps 4-14 for an object."""
    if o.is_proxy:
        o.proxy_target("Object.prototype.toString")      # V8's revoked-proxy message
    if is_array(o):
        return "Array"
    if o.callable:
        return "Function"
    if not o.is_proxy:
        tag = o.class_name
        if tag in _BUILTIN_TAGS:
            return tag
    return "Object"


def object_to_string(this, args):
    """Object.prototype.toString (20.1.3.6)."""
    if this is UNDEFINED:
        return "[object Undefined]"
    if this is NULL:
        return "[object Null]"
    o = to_object(this)
    builtin = builtin_tag(o)
    tag = o.get(WELL_KNOWN.toStringTag, o)
    if type(tag) is not str:
        tag = builtin
    return "[object %s]" % tag


# -- helpers of the statics -----------------------------------------------

def _fast_enumerable_own(obj, want_values):
    """EnumerableOwnProperties read straight from the storage of an
    ordinary object: a list of keys, or of (key, value) pairs; None when
    the object is exotic or (for values) has an enumerable accessor, whose
    getter could change the object while the spec's loop runs."""
    if obj.exotic or obj.is_proxy:
        return None
    out = []
    el = obj.elements
    if el:
        if type(el) is list:
            for i, v in enumerate(el):
                if v is not HOLE:
                    out.append((str(i), v) if want_values else str(i))
        else:
            for i in sorted(el):
                stored, flags = el[i]
                if flags & ENUMERABLE:
                    if want_values:
                        if flags & ACCESSOR:
                            return None
                        out.append((str(i), stored))
                    else:
                        out.append(str(i))
    slots = obj.slots
    for key, e in obj.shape.items():
        if e & ENUMERABLE and type(key) is str:
            if want_values:
                if e & ACCESSOR:
                    return None
                out.append((key, slots[e >> 4]))
            else:
                out.append(key)
    return out


def _enumerable_own_properties(o, kind, realm):
    """EnumerableOwnProperties (7.3.23) of ToObject(o); kind is "key",
    "value" or "key+value"."""
    obj = to_object(o)
    fast = _fast_enumerable_own(obj, kind != "key")
    if fast is not None:
        proto = _array_prototype(realm)
        if kind == "key":
            return create_array_from_list(fast, proto)
        if kind == "value":
            return create_array_from_list([v for _, v in fast], proto)
        return create_array_from_list(
            [create_array_from_list([k, v], proto) for k, v in fast], proto)
    result = []
    for key in obj.own_property_keys():
        if type(key) is not str:
            continue
        desc = obj.get_own_property(key)
        if desc is None or not desc.enumerable:
            continue
        if kind == "key":
            result.append(key)
            continue
        value = obj.get(key, obj)
        if kind == "value":
            result.append(value)
        else:
            result.append(create_array_from_list([key, value], _array_prototype(realm)))
    return create_array_from_list(result, _array_prototype(realm))


def _array_prototype(realm):
    proto = realm.intrinsics.get("ArrayPrototype")
    return proto if proto is not None else realm.intrinsics["ObjectPrototype"]


def _object_define_properties(o, properties):
    """ObjectDefineProperties (20.1.2.3.1): read every descriptor first,
    then define them in order."""
    props = to_object(properties)
    descriptors = []
    for key in props.own_property_keys():
        prop_desc = props.get_own_property(key)
        if prop_desc is not None and prop_desc.enumerable:
            desc_obj = props.get(key, props)
            descriptors.append((key, to_property_descriptor(desc_obj)))
    for key, desc in descriptors:
        define_property_or_throw(o, key, desc)
    return o


def _get_own_property_keys(o, want_symbols, realm):
    """GetOwnPropertyKeys (20.1.2.11.1)."""
    obj = to_object(o)
    keys = [k for k in obj.own_property_keys() if (type(k) is JSSymbol) == want_symbols]
    return create_array_from_list(keys, _array_prototype(realm))


def install(realm):
    """Create %Object% and fill %Object.prototype% (20.1)."""
    intrinsics = realm.intrinsics
    proto = intrinsics["ObjectPrototype"]
    if type(proto) is JSObject:
        proto.__class__ = ImmutablePrototypeObject      # 10.4.7

    def new_object():
        return JSObject(intrinsics["ObjectPrototype"])

    # -- the constructor (20.1.1.1) ----------------------------------------

    def object_call(this, args):
        value = arg(args, 0)
        if value is UNDEFINED or value is NULL:
            return new_object()
        return to_object(value)

    def object_construct(args, new_target):
        if new_target is not ctor:                                  # 1
            return JSObject(get_prototype_from_constructor(new_target, "ObjectPrototype"))
        return object_call(UNDEFINED, args)

    ctor = make_constructor(realm, "Object", 1, object_call, object_construct, proto)

    # -- statics (20.1.2) ---------------------------------------------------

    def assign(this, args):                                         # 20.1.2.1
        to = to_object(arg(args, 0))
        for source in args[1:]:
            if source is UNDEFINED or source is NULL:
                continue
            src = to_object(source)
            for key in src.own_property_keys():
                desc = src.get_own_property(key)
                if desc is not None and desc.enumerable:
                    value = src.get(key, src)
                    if not to.set(key, value, to):
                        raise set_failure_error(to, key)
        return to

    def create(this, args):                                         # 20.1.2.2
        o = arg(args, 0)
        if o is not NULL and not _is_object(o):
            raise errors.type_error(
                "Object prototype may only be an Object or null: " + errors.display_value(o))
        obj = JSObject(o)
        properties = arg(args, 1)
        if properties is not UNDEFINED:
            _object_define_properties(obj, properties)
        return obj

    def define_properties(this, args):                              # 20.1.2.3
        o = arg(args, 0)
        if not _is_object(o):
            raise errors.type_error("Object.defineProperties called on non-object")
        return _object_define_properties(o, arg(args, 1))

    def define_property(this, args):                                # 20.1.2.4
        o = arg(args, 0)
        if not _is_object(o):
            raise errors.type_error("Object.defineProperty called on non-object")
        key = to_property_key(arg(args, 1))
        desc = to_property_descriptor(arg(args, 2))
        define_property_or_throw(o, key, desc)
        return o

    def entries(this, args):                                        # 20.1.2.5
        return _enumerable_own_properties(arg(args, 0), "key+value", realm)

    def freeze(this, args):                                         # 20.1.2.6
        o = arg(args, 0)
        if not _is_object(o):
            return o
        if not set_integrity_level(o, FROZEN):
            raise _integrity_error(o, "freeze")
        return o

    def from_entries(this, args):                                   # 20.1.2.7
        iterable = arg(args, 0)
        if iterable is UNDEFINED or iterable is NULL:
            raise errors.type_error("undefined is not iterable")
        obj = new_object()

        def add_entry(entry):                           # AddEntriesFromIterable (24.1.1.2)
            if not _is_object(entry):
                raise errors.type_error(
                    "Iterator value %s is not an entry object" % errors.display_value(entry))
            k = entry.get("0", entry)
            v = entry.get("1", entry)
            create_data_property_or_throw(obj, to_property_key(k), v)

        for_each_value(iterable, add_entry)
        return obj

    def get_own_property_descriptor(this, args):                    # 20.1.2.8
        obj = to_object(arg(args, 0))
        key = to_property_key(arg(args, 1))
        return from_property_descriptor(obj.get_own_property(key), new_object)

    def get_own_property_descriptors(this, args):                   # 20.1.2.9
        obj = to_object(arg(args, 0))
        descriptors = new_object()
        for key in obj.own_property_keys():
            d = from_property_descriptor(obj.get_own_property(key), new_object)
            if d is not UNDEFINED:
                create_data_property_or_throw(descriptors, key, d)
        return descriptors

    def get_own_property_names(this, args):                         # 20.1.2.10
        return _get_own_property_keys(arg(args, 0), False, realm)

    def get_own_property_symbols(this, args):                       # 20.1.2.11
        return _get_own_property_keys(arg(args, 0), True, realm)

    def get_prototype_of(this, args):                               # 20.1.2.12
        return to_object(arg(args, 0)).get_prototype_of()

    def has_own(this, args):                                        # 20.1.2.13
        obj = to_object(arg(args, 0))
        key = to_property_key(arg(args, 1))
        return obj.get_own_property(key) is not None

    def is_(this, args):                                            # 20.1.2.14
        return same_value(arg(args, 0), arg(args, 1))

    def is_extensible(this, args):                                  # 20.1.2.15
        o = arg(args, 0)
        return _is_object(o) and o.is_extensible()

    def is_frozen(this, args):                                      # 20.1.2.16
        o = arg(args, 0)
        return not _is_object(o) or test_integrity_level(o, FROZEN)

    def is_sealed(this, args):                                      # 20.1.2.17
        o = arg(args, 0)
        return not _is_object(o) or test_integrity_level(o, SEALED)

    def keys(this, args):                                           # 20.1.2.18
        return _enumerable_own_properties(arg(args, 0), "key", realm)

    def prevent_extensions(this, args):                             # 20.1.2.19
        o = arg(args, 0)
        if not _is_object(o):
            return o
        if not o.prevent_extensions():
            raise _integrity_error(o, "prevent extensions")
        return o

    def seal(this, args):                                           # 20.1.2.21
        o = arg(args, 0)
        if not _is_object(o):
            return o
        if not set_integrity_level(o, SEALED):
            raise _integrity_error(o, "seal")
        return o

    def set_prototype_of(this, args):                               # 20.1.2.22
        o = arg(args, 0)
        new_proto = arg(args, 1)
        if o is UNDEFINED or o is NULL:
            raise errors.type_error("Object.setPrototypeOf called on null or undefined")
        if new_proto is not NULL and not _is_object(new_proto):
            raise errors.type_error(
                "Object prototype may only be an Object or null: "
                + errors.display_value(new_proto))
        if not _is_object(o):
            return o
        if not o.set_prototype_of(new_proto):
            raise set_prototype_error(o)
        return o

    def values(this, args):                                         # 20.1.2.23
        return _enumerable_own_properties(arg(args, 0), "value", realm)

    # V8's property order (Object.getOwnPropertyNames(Object) in node).
    define_methods(realm, ctor, [
        ("assign", assign, 2),
        ("getOwnPropertyDescriptor", get_own_property_descriptor, 2),
        ("getOwnPropertyDescriptors", get_own_property_descriptors, 1),
        ("getOwnPropertyNames", get_own_property_names, 1),
        ("getOwnPropertySymbols", get_own_property_symbols, 1),
        ("hasOwn", has_own, 2),
        ("is", is_, 2),
        ("preventExtensions", prevent_extensions, 1),
        ("seal", seal, 1),
        ("create", create, 2),
        ("defineProperties", define_properties, 2),
        ("defineProperty", define_property, 3),
        ("freeze", freeze, 1),
        ("getPrototypeOf", get_prototype_of, 1),
        ("setPrototypeOf", set_prototype_of, 2),
        ("isExtensible", is_extensible, 1),
        ("isFrozen", is_frozen, 1),
        ("isSealed", is_sealed, 1),
        ("keys", keys, 1),
        ("entries", entries, 1),
        ("fromEntries", from_entries, 1),
        ("values", values, 1),
    ])

    # -- Object.prototype (20.1.3) -----------------------------------------

    def has_own_property(this, args):                               # 20.1.3.2
        key = to_property_key(arg(args, 0))
        o = to_object(this)
        if not o.exotic and not o.is_proxy and array_index(key) is None:
            return key in o.shape                   # ordinary named property
        return o.get_own_property(key) is not None

    def is_prototype_of(this, args):                                # 20.1.3.3
        v = arg(args, 0)
        if not _is_object(v):
            return False
        o = to_object(this)
        while True:
            v = v.get_prototype_of()
            if v is NULL:
                return False
            if v is o:
                return True

    def property_is_enumerable(this, args):                         # 20.1.3.4
        key = to_property_key(arg(args, 0))
        o = to_object(this)
        desc = o.get_own_property(key)
        return desc is not None and bool(desc.enumerable)

    def to_locale_string(this, args):                               # 20.1.3.5
        if this is UNDEFINED or this is NULL:
            raise errors.type_error("Object.prototype.toLocaleString called on null or undefined")
        return invoke(this, "toString", ())

    def value_of(this, args):                                       # 20.1.3.7
        return to_object(this)

    def proto_getter(this, args):                                   # B.2.2.1.1
        return to_object(this).get_prototype_of()

    def proto_setter(this, args):                                   # B.2.2.1.2
        if this is UNDEFINED or this is NULL:
            raise errors.type_error("set Object.prototype.__proto__ called on null or undefined")
        p = arg(args, 0)
        if p is not NULL and not _is_object(p):
            return UNDEFINED
        if not _is_object(this):
            return UNDEFINED
        if not this.set_prototype_of(p):
            raise set_prototype_error(this)
        return UNDEFINED

    def make_define_accessor(which):                                # B.2.2.2, B.2.2.3
        def define_accessor_method(this, args):
            o = to_object(this)
            fn = arg(args, 1)
            if not is_callable(fn):
                raise errors.type_error(
                    "Object.prototype.__define%s__: Expecting function" % which.capitalize())
            if which == "getter":
                desc = PropertyDescriptor(get=fn, enumerable=True, configurable=True)
            else:
                desc = PropertyDescriptor(set=fn, enumerable=True, configurable=True)
            key = to_property_key(arg(args, 0))
            define_property_or_throw(o, key, desc)
            return UNDEFINED
        return define_accessor_method

    def make_lookup_accessor(which):                                # B.2.2.4, B.2.2.5
        def lookup_accessor(this, args):
            o = to_object(this)
            key = to_property_key(arg(args, 0))
            while True:
                desc = o.get_own_property(key)
                if desc is not None:
                    if desc.get is not None or desc.set is not None:
                        return desc.get if which == "getter" else desc.set
                    return UNDEFINED
                o = o.get_prototype_of()
                if o is NULL:
                    return UNDEFINED
        return lookup_accessor

    # V8's property order (Object.getOwnPropertyNames(Object.prototype)).
    define_methods(realm, proto, [
        ("__defineGetter__", make_define_accessor("getter"), 2),
        ("__defineSetter__", make_define_accessor("setter"), 2),
        ("hasOwnProperty", has_own_property, 1),
        ("__lookupGetter__", make_lookup_accessor("getter"), 1),
        ("__lookupSetter__", make_lookup_accessor("setter"), 1),
        ("isPrototypeOf", is_prototype_of, 1),
        ("propertyIsEnumerable", property_is_enumerable, 1),
        ("toString", object_to_string, 0),
        ("valueOf", value_of, 0),
    ])
    define_accessor(realm, proto, "__proto__", proto_getter, proto_setter)
    define_methods(realm, proto, [("toLocaleString", to_locale_string, 0)])
    errors.register_object_to_string(proto.get_fast("toString"))
    intrinsics["ObjectProto_toString"] = proto.get_fast("toString")
    return ctor

