"""structuredClone (HTML's StructuredSerialize + Deserialize, in one pass)
for the data a JS program can make with the built-ins minijs has:
primitives, plain objects and arrays (holes and extra properties kept),
Date, RegExp (lastIndex reset), Boolean/Number/String/BigInt objects,
errors (name, message, stack, cause), Map / Set once the realm has
them, and binary data with the `transfer` option
(structured_clone_buffers.py).  Shared and circular references
are preserved.  Class instances become plain objects (their own
enumerable properties, read through getters), as in node.

Functions, symbols, promises and other platform objects throw node's
DataCloneError ("X could not be cloned.", a DOMException of code 25).
"""

from minijs.builtins.support import arg, define_value, make_function
from minijs.host.node_errors import node_error
from minijs.host.structured_clone_buffers import (
    NO_TRANSFERS, Transfers, clone_binary, is_binary, read_transfer_list)
from minijs.runtime import errors
from minijs.runtime.arrays import JSArray
from minijs.runtime.calls import call, construct
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import create_data_property_or_throw
from minijs.runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from minijs.runtime.values import NULL, UNDEFINED, JSSymbol

__all__ = ["install_structured_clone", "structured_clone"]

_ERROR_NAMES = ("Error", "EvalError", "RangeError", "ReferenceError",
                "SyntaxError", "TypeError", "URIError")
_PLAIN_CLASSES = frozenset(("Object", "Array", "Arguments"))


def _data_clone_error(value):
    if isinstance(value, JSObject) and value.callable:
        from minijs.builtins.function import function_to_string
        shown = function_to_string(value)
    else:
        shown = errors.display_value(value)
    return data_clone_error("%s could not be cloned." % shown)


def data_clone_error(message):
    """A DataCloneError DOMException (code 25) to throw."""
    from minijs.host.dom_exception import dom_exception
    from minijs.runtime.realm import current
    return errors.JSThrow(dom_exception(current(), message, "DataCloneError"))


def structured_clone_with_transfer(realm, value, transfer_list):
    """StructuredSerializeWithTransfer + deserialize: the clone; the
    transferred ArrayBuffers are detached once it succeeded."""
    transfers = Transfers(realm, transfer_list, data_clone_error)
    memory = {}
    transfers.seed(memory)
    copy = structured_clone(realm, value, memory, transfers)
    transfers.complete()
    return copy


def structured_clone(realm, value, memory=None, transfers=NO_TRANSFERS):
    if memory is None:
        memory = {}
    if type(value) is JSSymbol:
        raise _data_clone_error(value)
    if not isinstance(value, JSObject):
        return value
    seen = memory.get(id(value))
    if seen is not None:
        return seen[1]
    intrinsics = realm.intrinsics
    kind = getattr(value, "class_name", "Object")
    if value.callable or value.is_proxy:
        raise _data_clone_error(value)
    if is_binary(value):
        return clone_binary(realm, value, memory, transfers, data_clone_error)
    if kind == "Date":
        copy = construct(intrinsics["Date"], (value.time_value,))
    elif kind == "RegExp":
        copy = construct(intrinsics["RegExp"], (value.source, value.flags))
    elif kind in ("Boolean", "Number", "String", "BigInt") and hasattr(value, "primitive"):
        from minijs.runtime.operations import to_object
        copy = to_object(value.primitive)
    elif kind == "Error":
        copy = _clone_error(realm, value, memory, transfers)
    elif kind in ("Map", "Set") and kind in intrinsics:
        return _clone_collection(realm, kind, value, memory, transfers)
    elif kind in _PLAIN_CLASSES:
        copy = None
    else:
        raise _data_clone_error(value)
    if copy is not None:
        memory[id(value)] = (value, copy)
        return copy
    if isinstance(value, JSArray):
        copy = JSArray(intrinsics["ArrayPrototype"], 0)
        copy.set("length", value.get("length"))
    else:
        copy = JSObject(intrinsics["ObjectPrototype"])
    memory[id(value)] = (value, copy)
    for key in value.own_property_keys():
        if type(key) is not str:
            continue
        desc = value.get_own_property(key)
        if desc is None or not desc.enumerable:
            continue
        create_data_property_or_throw(copy, key, structured_clone(
            realm, value.get(key), memory, transfers))
    return copy


def _clone_error(realm, value, memory, transfers):
    name = value.get("name")
    name = name if name in _ERROR_NAMES else "Error"
    message = value.get_own_property("message")
    args = () if message is None else (errors.display_value(message.value),)
    copy = construct(realm.intrinsics[name], args)
    memory[id(value)] = (value, copy)
    stack = value.get_own_property("stack")
    if stack is not None and type(stack.value) is str:
        copy.set("stack", stack.value)
    cause = value.get_own_property("cause")
    if cause is not None and cause.value is not None:
        define_value(copy, "cause", structured_clone(realm, cause.value, memory, transfers),
                     WRITABLE | CONFIGURABLE)
    return copy


def _clone_collection(realm, kind, value, memory, transfers):
    """A Map or Set, walked with the realm's original forEach (like
    node's primordials) and filled with the original set/add."""
    proto = realm.intrinsics[kind + "Prototype"]
    copy = construct(realm.intrinsics[kind], ())
    memory[id(value)] = (value, copy)
    entries = []

    def collect(this, args):
        entries.append((arg(args, 1), arg(args, 0)))     # (key, value)
        return UNDEFINED
    call(proto.get("forEach"), value, (make_function(realm, collect, "", 2),))
    adder = proto.get("set" if kind == "Map" else "add")
    for key, item in entries:
        if kind == "Map":
            call(adder, copy, (structured_clone(realm, key, memory, transfers),
                               structured_clone(realm, item, memory, transfers)))
        else:
            call(adder, copy, (structured_clone(realm, key, memory, transfers),))
    return copy


def install_structured_clone(realm):
    def clone(this, args):
        if not args:
            raise node_error("TypeError", "ERR_MISSING_ARGS",
                             "The value argument must be specified")
        options = arg(args, 1)
        if options is not UNDEFINED and options is not NULL and not isinstance(options, JSObject):
            raise node_error("TypeError", "ERR_INVALID_ARG_TYPE",
                             "The options argument must be either an object or undefined")
        transfer = options.get("transfer") if isinstance(options, JSObject) else UNDEFINED
        return structured_clone_with_transfer(realm, args[0], read_transfer_list(transfer))
    define_value(realm.global_object, "structuredClone",
                 make_function(realm, clone, "structuredClone", 0),
                 WRITABLE | ENUMERABLE | CONFIGURABLE)
