"""The JSON object (ECMA-262 25.5): JSON.parse with its reviver walk
(InternalizeJSONProperty), JSON.stringify, JSON[@@toStringTag].

The text parser is json_parse (a fast path on Python's C scanner plus an
exact iterative parser with V8's messages); the serializer is
json_stringify.
"""

from minijs.builtins.json_parse import make_plain_object, parse_json_text
from minijs.builtins.json_stringify import json_stringify
from minijs.builtins.support import (
    CONFIGURABLE, METHOD_FLAGS, arg, define_methods, define_value)
from minijs.runtime import realm as realms
from minijs.runtime.calls import call
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import is_array, length_of_array_like, to_string
from minijs.runtime.ordinary import create_data_property
from minijs.runtime.values import UNDEFINED, WELL_KNOWN, is_callable

__all__ = ["install", "json_parse", "json_stringify"]


def json_parse(text, reviver=UNDEFINED):
    """JSON.parse(text, reviver) (25.5.1)."""
    unfiltered = parse_json_text(to_string(text))
    if not is_callable(reviver):
        return unfiltered
    realm = realms.current()
    root = make_plain_object([("", unfiltered)], realm.intrinsics["ObjectPrototype"])
    return _internalize(root, "", reviver)


def _internalize(holder, name, reviver):
    """InternalizeJSONProperty (25.5.1.1)."""
    val = holder.get(name, holder)
    if isinstance(val, JSObject):
        if is_array(val):
            n = length_of_array_like(val)
            keys = (str(i) for i in range(n))
        else:
            keys = []
            for k in val.own_property_keys():
                if type(k) is str:
                    desc = val.get_own_property(k)
                    if desc is not None and desc.enumerable:
                        keys.append(k)
        for k in keys:
            new_element = _internalize(val, k, reviver)
            if new_element is UNDEFINED:
                val.delete(k)
            else:
                create_data_property(val, k, new_element)
    return call(reviver, holder, (name, val))


def _parse(this, args):
    return json_parse(arg(args, 0), arg(args, 1))


def _stringify(this, args):
    return json_stringify(realms.current(), arg(args, 0), arg(args, 1), arg(args, 2))


def install(realm):
    obj = JSObject(realm.intrinsics["ObjectPrototype"])
    define_methods(realm, obj, [("parse", _parse, 2), ("stringify", _stringify, 3)])
    define_value(obj, WELL_KNOWN.toStringTag, "JSON", CONFIGURABLE)
    realm.intrinsics["JSON"] = obj
    realm.intrinsics["JSONParse"] = obj.get("parse")
    realm.intrinsics["JSONStringify"] = obj.get("stringify")
    define_value(realm.global_object, "JSON", obj, METHOD_FLAGS)
