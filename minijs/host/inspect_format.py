"""node's util.format / formatWithOptions: what console.log makes of its
argument list.

A first argument that is a string is a printf-style format: %s %d %i %f
%j %o %O %c consume arguments, %% is a percent sign; remaining arguments
are appended, separated by spaces, strings raw and everything else
through util.inspect.  %s, %d, %i and %f convert like String(),
Number(), parseInt() and parseFloat() (which may run JS code, as in node).
"""

from minijs.host.inspect import Context, format_bigint, format_number, format_value
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import get_data_property
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, JSBigInt, JSSymbol, is_callable)

__all__ = ["format_with_options", "has_builtin_to_string"]

_BUILTIN_CONSTRUCTORS = frozenset((
    "Object", "Function", "Array", "Number", "Boolean", "String", "Symbol",
    "Date", "Promise", "RegExp", "Error", "AggregateError", "EvalError",
    "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError",
    "ArrayBuffer", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array",
    "Uint32Array", "Int32Array", "Float32Array", "Float64Array",
    "Uint8ClampedArray", "BigUint64Array", "BigInt64Array", "DataView", "Map",
    "BigInt", "Set", "WeakMap", "WeakSet", "Proxy", "Reflect", "WeakRef",
    "FinalizationRegistry", "SharedArrayBuffer"))


def _inspect(value, realm, **options):
    return format_value(Context(realm=realm, **options), value, 0)


def _has_own(obj, key):
    return obj.get_own_property(key) is not None


def has_builtin_to_string(value):
    """hasBuiltInToString: true when String(value) would use a built-in
    toString / @@toPrimitive (then %s inspects instead of converting)."""
    if value.is_proxy:
        from minijs.host.inspect_kinds import proxy_details
        target, _ = proxy_details(value)
        if target is None:
            return True
        value = target
    to_string = get_data_property(value, "toString")
    to_prim = get_data_property(value, WELL_KNOWN.toPrimitive)
    check_to_string = True
    check_to_prim = True
    if not is_callable(to_string):
        if not is_callable(to_prim):
            return True
        if _has_own(value, WELL_KNOWN.toPrimitive):
            return False
        check_to_string = False
    elif _has_own(value, "toString"):
        return False
    elif not is_callable(to_prim):
        check_to_prim = False
    elif _has_own(value, WELL_KNOWN.toPrimitive):
        return False
    pointer = value
    while True:
        pointer = pointer.proto
        if not isinstance(pointer, JSObject):
            return True
        if check_to_string and _has_own(pointer, "toString"):
            break
        if check_to_prim and _has_own(pointer, WELL_KNOWN.toPrimitive):
            break
    desc = pointer.get_own_property("constructor")
    return (desc is not None and desc.value is not None and is_callable(desc.value)
            and get_data_property(desc.value, "name") in _BUILTIN_CONSTRUCTORS)


def _json_stringify(value, realm):
    """%j: JSON.stringify, "[Circular]" for a circular structure."""
    from minijs.runtime.errors import JSThrow
    from minijs.runtime.calls import call
    if realm is None:
        from minijs.runtime import realm as realms
        realm = realms.current()
    json = realm.intrinsics.get("JSON") if realm is not None else None
    if json is None and realm is not None:
        json = get_data_property(realm.global_object, "JSON")
    fn = get_data_property(json, "stringify") if isinstance(json, JSObject) else UNDEFINED
    if not is_callable(fn):
        return "undefined"
    try:
        r = call(fn, json, (value,))
    except JSThrow as exc:
        err = exc.value
        if isinstance(err, JSObject):
            msg = get_data_property(err, "message")
            name = get_data_property(err, "name")
            if name == "TypeError" and type(msg) is str and msg.startswith(
                    "Converting circular structure to JSON"):
                return "[Circular]"
        raise
    return "undefined" if r is UNDEFINED else r


def _to_string(v):
    from minijs.runtime.operations import to_string
    return to_string(v)


def _to_number(v):
    from minijs.runtime.operations import to_number
    return to_number(v)


def _format_s(arg, realm):
    t = type(arg)
    if t is int or t is float:
        return format_number(arg)
    if t is JSBigInt:
        return format_bigint(arg)
    if t is JSSymbol:
        return arg.descriptive_string()
    # node: typeof arg !== 'object' (functions too) or a user toString -> String(arg)
    if not isinstance(arg, JSObject) or is_callable(arg) or not has_builtin_to_string(arg):
        if arg is UNDEFINED:
            return "undefined"
        if arg is NULL:
            return "null"
        if t is bool:
            return "true" if arg else "false"
        return _to_string(arg)
    return _inspect(arg, realm, depth=0)


def _format_d(arg):
    t = type(arg)
    if t is JSBigInt:
        return format_bigint(arg)
    if t is JSSymbol:
        return "NaN"
    return format_number(_to_number(arg))


def _format_i(arg):
    t = type(arg)
    if t is JSBigInt:
        return format_bigint(arg)
    if t is JSSymbol:
        return "NaN"
    from minijs.runtime.strtod import parse_int
    return format_number(parse_int(_to_string(arg)))


def _format_f(arg):
    if type(arg) is JSSymbol:
        return "NaN"
    from minijs.runtime.strtod import parse_float
    return format_number(parse_float(_to_string(arg)))


def format_with_options(args, realm=None, inspect_options=None):
    """formatWithOptionsInternal(inspectOptions, args) -> a JS string."""
    opts = inspect_options or {}
    if not args:
        return ""
    first = args[0]
    a = 0
    out = []
    join = ""
    if type(first) is str:
        if len(args) == 1:
            return first
        last_pos = 0
        i = 0
        n = len(first)
        while i < n - 1:
            if first[i] == "%":
                i += 1
                c = first[i]
                if a + 1 != len(args):
                    if c == "s":
                        a += 1
                        temp = _format_s(args[a], realm)
                    elif c == "j":
                        a += 1
                        temp = _json_stringify(args[a], realm)
                    elif c == "d":
                        a += 1
                        temp = _format_d(args[a])
                    elif c == "O":
                        a += 1
                        temp = _inspect(args[a], realm, **opts)
                    elif c == "o":
                        a += 1
                        o = dict(opts)
                        o.update(show_hidden=True, show_proxy=True, depth=4)
                        temp = _inspect(args[a], realm, **o)
                    elif c == "i":
                        a += 1
                        temp = _format_i(args[a])
                    elif c == "f":
                        a += 1
                        temp = _format_f(args[a])
                    elif c == "c":
                        a += 1
                        temp = ""
                    elif c == "%":
                        out.append(first[last_pos:i])
                        last_pos = i + 1
                        i += 1
                        continue
                    else:
                        i += 1
                        continue
                    if last_pos != i - 1:
                        out.append(first[last_pos:i - 1])
                    out.append(temp)
                    last_pos = i + 1
                elif c == "%":
                    out.append(first[last_pos:i])
                    last_pos = i + 1
            i += 1
        if last_pos != 0:
            a += 1
            join = " "
            if last_pos < n:
                out.append(first[last_pos:])
    while a < len(args):
        value = args[a]
        out.append(join)
        out.append(value if type(value) is str else _inspect(value, realm, **opts))
        join = " "
        a += 1
    return "".join(out)
