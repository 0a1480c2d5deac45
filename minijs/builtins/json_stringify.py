"""JSON.stringify (ECMA-262 25.5.2): SerializeJSONProperty, QuoteJSONString,
SerializeJSONObject and SerializeJSONArray, with V8's error messages.

The algorithm is the spec's, written for speed: plain ordinary objects and
arrays (exact JSObject / JSArray, the common case) have their enumerable
own keys read from storage instead of through descriptors, and every
property value is still read at its turn through the shape (`get_fast`)
or [[Get]], so getters, toJSON and replacers that change objects while
they are serialized see the spec's behaviour.  Other objects (proxies,
exotics) go through their internal methods.

The cycle TypeError is V8's multi-line message (JsonStringifier::
ConstructCircularStructureErrorMessage): the path from the object that
closes the circle, two entries after the start, "...", and the last one.
"""

import math
import re

from minijs.runtime import errors
from minijs.runtime.arrays import JSArray
from minijs.runtime.calls import call
from minijs.runtime.dtoa import number_to_string
from minijs.runtime.objects import HOLE, JSObject
from minijs.runtime.operations import (
    is_array, length_of_array_like, to_integer, to_number, to_string)
from minijs.runtime.ordinary import get_data_property
from minijs.runtime.shapes import ACCESSOR, ENUMERABLE
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, JSBigInt, is_callable)
from minijs.runtime.wrappers import PrimitiveWrapper, StringObject

__all__ = ["json_stringify", "quote_json_string"]

# -- QuoteJSONString (25.5.2.3) ----------------------------------------------

_NEEDS_ESCAPE = re.compile('[\x00-\x1f"\\\\\ud800-\udfff]')
_ESCAPE_RUN = re.compile('[\ud800-\udbff][\udc00-\udfff]|[\x00-\x1f"\\\\\ud800-\udfff]')
_SHORT = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r",
          '"': '\\"', "\\": "\\\\"}


def _escape(m):
    t = m.group()
    if len(t) == 2:                     # a well-formed surrogate pair
        return t
    r = _SHORT.get(t)
    return r if r is not None else "\\u%04x" % ord(t)


def quote_json_string(s):
    """QuoteJSONString: control characters and lone surrogates as \\uXXXX
    (lowercase hex, ES2019 well-formed JSON.stringify)."""
    if _NEEDS_ESCAPE.search(s) is None:
        return '"' + s + '"'
    return '"' + _ESCAPE_RUN.sub(_escape, s) + '"'


# -- the serializer ------------------------------------------------------------

class _State:
    __slots__ = ("replacer", "property_list", "gap", "indent", "stack",
                 "keys")

    def __init__(self, replacer, property_list, gap):
        self.replacer = replacer
        self.property_list = property_list
        self.gap = gap
        self.indent = ""
        self.stack = []             # objects being serialized
        self.keys = []              # the key each one was reached by


def _constructor_name(obj):
    """V8's JSReceiver::GetConstructorName, without running JS: the name
    of a function-valued "constructor" data property on the chain, else
    the class name (V8 looks at the map's constructor first, which for
    ordinary objects is what "constructor" finds)."""
    tag = get_data_property(obj, WELL_KNOWN.toStringTag)
    if type(tag) is str:
        return tag
    ctor = get_data_property(obj, "constructor")
    if is_callable(ctor):
        name = get_data_property(ctor, "name")
        if type(name) is str and name:
            return name
    return "Array" if isinstance(obj, JSArray) else obj.class_name


def _key_text(key):
    return "index %s" % key if type(key) is int else "property '%s'" % key


def _circular_error(state, value, last_key):
    start = next(i for i, o in enumerate(state.stack) if o is value)
    stack = list(zip(state.keys, state.stack))
    size = len(stack)
    lines = ["Converting circular structure to JSON",
             "    --> starting at object with constructor '%s'"
             % _constructor_name(stack[start][1])]
    index = start + 1

    def normal(i):
        key, obj = stack[i]
        lines.append("    |     %s -> object with constructor '%s'"
                     % (_key_text(key), _constructor_name(obj)))

    prefix_end = min(size, index + 2)
    while index < prefix_end:
        normal(index)
        index += 1
    if size > index + 1:
        lines.append("    |     ...")
    index = max(index, size - 1)
    while index < size:
        normal(index)
        index += 1
    lines.append("    --- %s closes the circle" % _key_text(last_key))
    return errors.type_error("\n".join(lines))


def _serialize_value(state, value, key, holder):
    """SerializeJSONProperty (25.5.2.2) steps 2-12 for the value already
    read from holder[key]; returns a str or None (undefined).  `key` is a
    str, or an int for an array index (the message shows "index N")."""
    t = type(value)
    if isinstance(value, JSObject) or t is JSBigInt:
        to_json = value.get("toJSON", value) if t is not JSBigInt else _bigint_to_json(value)
        if is_callable(to_json):
            value = call(to_json, value, (str(key),))
    if state.replacer is not None:
        value = call(state.replacer, holder, (str(key), value))
    t = type(value)
    if t is str:
        return quote_json_string(value)
    if t is int:
        return str(value)
    if t is float:
        if math.isnan(value) or math.isinf(value):
            return "null"
        return number_to_string(value)
    if t is bool:
        return "true" if value else "false"
    if value is NULL:
        return "null"
    if value is UNDEFINED:
        return None
    if t is JSBigInt:
        raise errors.type_error("Do not know how to serialize a BigInt")
    if not isinstance(value, JSObject):
        return None                         # a Symbol
    if type(value) is PrimitiveWrapper:
        cls = value.class_name
        if cls == "Number":
            return _primitive_text(to_number(value))
        if cls == "Boolean":
            return "true" if value.primitive else "false"
        if cls == "BigInt":
            raise errors.type_error("Do not know how to serialize a BigInt")
    elif type(value) is StringObject:
        return quote_json_string(to_string(value))
    if value.callable:
        return None
    for o in state.stack:
        if o is value:
            raise _circular_error(state, value, key)
    if is_array(value):
        return _serialize_array(state, value, key)
    return _serialize_object(state, value, key)


def _primitive_text(n):
    if type(n) is int:
        return str(n)
    if math.isnan(n) or math.isinf(n):
        return "null"
    return number_to_string(n)


def _bigint_to_json(value):
    from minijs.runtime import realm as realms
    from minijs.runtime.operations import get_v
    if "BigIntPrototype" not in realms.current().intrinsics:
        return UNDEFINED
    return get_v(value, "toJSON")


def _enumerable_keys(obj):
    """EnumerableOwnProperties(obj, key) (7.3.23) for string keys."""
    if type(obj) is JSObject or type(obj) is JSArray:
        el = obj.elements
        if el is None:
            keys = []
        elif type(el) is list:
            keys = [str(i) for i, v in enumerate(el) if v is not HOLE]
        else:
            keys = [str(i) for i in sorted(el) if el[i][1] & ENUMERABLE]
        for k, e in obj.shape.items():
            if type(k) is str and e & ENUMERABLE and e < obj.shape.limit:
                keys.append(k)
        return keys
    keys = []
    for k in obj.own_property_keys():
        if type(k) is str:
            desc = obj.get_own_property(k)
            if desc is not None and desc.enumerable:
                keys.append(k)
    return keys


def _serialize_object(state, value, key):
    """SerializeJSONObject (25.5.2.5)."""
    state.stack.append(value)
    state.keys.append(key)
    stepback = state.indent
    gap = state.gap
    state.indent = indent = stepback + gap
    keys = state.property_list
    if keys is None:
        keys = _enumerable_keys(value)
    parts = []
    colon = ": " if gap else ":"
    fast = type(value) is JSObject
    for k in keys:
        v = value.get_fast(k) if fast else None
        if v is None:
            v = value.get(k, value)
        s = _serialize_value(state, v, k, value)
        if s is not None:
            parts.append(quote_json_string(k) + colon + s)
    state.stack.pop()
    state.keys.pop()
    state.indent = stepback
    if not parts:
        return "{}"
    if not gap:
        return "{" + ",".join(parts) + "}"
    sep = ",\n" + indent
    return "{\n" + indent + sep.join(parts) + "\n" + stepback + "}"


def _serialize_array(state, value, key):
    """SerializeJSONArray (25.5.2.6)."""
    state.stack.append(value)
    state.keys.append(key)
    stepback = state.indent
    gap = state.gap
    state.indent = indent = stepback + gap
    n = length_of_array_like(value)
    parts = []
    fast = type(value) is JSArray
    for i in range(n):
        v = value.get_index_fast(i) if fast else None
        if v is None:
            v = value.get(str(i), value)
        s = _serialize_value(state, v, i, value)
        parts.append("null" if s is None else s)
    state.stack.pop()
    state.keys.pop()
    state.indent = stepback
    if not parts:
        return "[]"
    if not gap:
        return "[" + ",".join(parts) + "]"
    sep = ",\n" + indent
    return "[\n" + indent + sep.join(parts) + "\n" + stepback + "]"


def _property_list(replacer):
    """The PropertyList of an array replacer (25.5.2.1 step 4.b)."""
    keys = []
    seen = set()
    n = length_of_array_like(replacer)
    for i in range(n):
        v = replacer.get(str(i), replacer)
        t = type(v)
        item = None
        if t is str:
            item = v
        elif t is int or t is float:
            item = to_string(v)
        elif isinstance(v, (PrimitiveWrapper, StringObject)) and \
                v.class_name in ("String", "Number"):
            item = to_string(v)
        if item is not None and item not in seen:
            seen.add(item)
            keys.append(item)
    return keys


def _gap(space):
    """The gap string of the space argument (25.5.2.1 steps 5-8)."""
    if isinstance(space, PrimitiveWrapper) and space.class_name == "Number":
        space = to_number(space)
    elif type(space) is StringObject:
        space = to_string(space)
    t = type(space)
    if t is int or t is float:
        n = to_integer(space)
        n = min(10, n)
        return " " * int(n) if n >= 1 else ""
    if t is str:
        return space[:10]
    return ""


def json_stringify(realm, value, replacer=UNDEFINED, space=UNDEFINED):
    """JSON.stringify (25.5.2.1): a str, or UNDEFINED."""
    replacer_fn = None
    property_list = None
    if isinstance(replacer, JSObject):
        if is_callable(replacer):
            replacer_fn = replacer
        elif is_array(replacer):
            property_list = _property_list(replacer)
    state = _State(replacer_fn, property_list, _gap(space))
    if replacer_fn is None and not isinstance(value, JSObject) and type(value) is not JSBigInt:
        holder = None                   # never observable: no toJSON, no replacer
    else:
        from minijs.builtins.json_parse import make_plain_object
        holder = make_plain_object([("", value)], realm.intrinsics["ObjectPrototype"])
    try:
        s = _serialize_value(state, value, "", holder)
    except RecursionError:
        raise errors.range_error("Maximum call stack size exceeded") from None
    return UNDEFINED if s is None else s
