"""Recognising what kind of object util.inspect is looking at, without
running JS code where node does not (node's internal/util/types checks are
internal-slot tests; here they are class attributes and Python slots).

The built-ins that own these objects (Date, Map, Set, typed arrays,
Promise, Proxy) are written separately and may not exist yet, so every
probe is defensive: it reads `class_name` and tries the slot names those
modules are likely to use, falling back to the realm's own built-in
methods (node uses primordials, the original built-ins, the same way).
"""

from minijs.bytecode.code import CodeFlag
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import get_data_property
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN, is_callable

__all__ = [
    "TYPED_ARRAY_NAMES", "proxy_details", "is_instance", "internal_class_name",
    "is_error", "is_date", "date_time_value", "is_regexp", "is_map", "is_set",
    "collection_entries", "is_typed_array", "typed_array_length",
    "is_array_buffer", "array_buffer_bytes", "is_promise", "promise_details",
    "is_weak_collection", "collection_iterator_kind", "iterator_preview",
    "is_data_view", "is_arguments", "function_kind",
    "is_class_constructor", "realm_of", "has_iterator",
]

TYPED_ARRAY_NAMES = frozenset((
    "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
    "Uint16Array", "Int32Array", "Uint32Array", "Float32Array",
    "Float64Array", "BigInt64Array", "BigUint64Array"))

_MISSING = object()


def _slot(obj, *names):
    """The first Python attribute of `obj` among `names` that exists."""
    for name in names:
        v = getattr(obj, name, _MISSING)
        if v is not _MISSING:
            return v
    return _MISSING


def realm_of(ctx_realm=None):
    if ctx_realm is not None:
        return ctx_realm
    from minijs.runtime import realm as realms
    return realms.current()


def _intrinsic(realm, name):
    if realm is None:
        return None
    return realm.intrinsics.get(name)


def proxy_details(obj):
    """(target, handler) of a Proxy (node's getProxyDetails); target is
    None for a revoked proxy."""
    target = _slot(obj, "target", "proxy_target", "_target")
    handler = _slot(obj, "handler", "proxy_handler", "_handler")
    if target is _MISSING or target is NULL or target is UNDEFINED:
        target = None
    if handler is _MISSING:
        handler = NULL
    return target, handler


def is_instance(obj, ctor):
    """`obj instanceof ctor` for an ordinary ctor, without running JS:
    is ctor's "prototype" data property on obj's prototype chain."""
    if not is_callable(ctor) or not isinstance(obj, JSObject):
        return False
    target = getattr(ctor, "bound_target", None)
    if target is not None:
        return is_instance(obj, target)
    proto = get_data_property(ctor, "prototype")
    if not isinstance(proto, JSObject):
        return False
    o = obj.proto
    while isinstance(o, JSObject):
        if o is proto:
            return True
        if o.is_proxy:
            return False
        o = o.proto
    return False


def _chain_has(obj, proto):
    o = obj.proto
    while isinstance(o, JSObject):
        if o is proto:
            return True
        if o.is_proxy:
            return False
        o = o.proto
    return False


def internal_class_name(obj):
    """V8's GetConstructorName fallback for objects without a usable
    `constructor` (null prototypes)."""
    name = getattr(obj, "class_name", "Object")
    if obj.callable:
        return "Function"
    return name if type(name) is str else "Object"


_ERROR_CLASS = frozenset(("Error",))


def is_error(obj, realm=None):
    """node's isError: a native error ([[ErrorData]]) or an instance of
    %Error%."""
    if getattr(obj, "class_name", None) in _ERROR_CLASS or getattr(obj, "error_data", False):
        return True
    proto = _intrinsic(realm_of(realm), "ErrorPrototype")
    return proto is not None and _chain_has(obj, proto)


def is_date(obj):
    return getattr(obj, "class_name", None) == "Date"


def date_time_value(obj, realm=None):
    """[[DateValue]] of a Date object, a float (NaN when invalid)."""
    v = _slot(obj, "date_value", "time_value", "tv", "value", "primitive")
    if type(v) in (int, float):
        return float(v)
    from minijs.runtime.calls import call
    proto = _intrinsic(realm_of(realm), "DatePrototype")
    if proto is not None:
        fn = get_data_property(proto, "getTime")
        if is_callable(fn):
            r = call(fn, obj, ())
            if type(r) in (int, float):
                return float(r)
    return float("nan")


def is_module_namespace(obj):
    from minijs.interpreter.module_namespace import ModuleNamespace
    return type(obj) is ModuleNamespace


def is_regexp(obj):
    return getattr(obj, "class_name", None) == "RegExp"


def is_map(obj):
    return getattr(obj, "class_name", None) == "Map"


def is_set(obj):
    return getattr(obj, "class_name", None) == "Set"


def collection_iterator_kind(obj):
    """"Map" or "Set" for a Map / Set iterator, else None."""
    name = getattr(obj, "class_name", None)
    if name in ("Map Iterator", "Set Iterator"):
        return name[:3]
    return None


def iterator_preview(obj):
    """node's previewEntries(iterator, true): (entries still to come,
    is_key_value); key/value pairs are flattened."""
    return obj.preview()


def is_weak_collection(obj):
    """"WeakMap", "WeakSet" or None."""
    name = getattr(obj, "class_name", None)
    return name if name in ("WeakMap", "WeakSet") else None


def collection_entries(obj, realm=None):
    """The live entries of a Map ([(key, value)]) or Set ([value]), in
    insertion order, read through the realm's Map/Set.prototype.forEach
    (a `map_data` dict is the fallback while those do not exist)."""
    is_m = is_map(obj)
    table = getattr(obj, "table", None)
    if table is not None:           # minijs.builtins.map_set: the OrderedTable
        return table.live_items() if is_m else table.live_keys()
    realm = realm_of(realm)
    proto = _intrinsic(realm, "MapPrototype" if is_m else "SetPrototype")
    fn = get_data_property(proto, "forEach") if proto is not None else UNDEFINED
    if not is_callable(fn):
        data = _slot(obj, "map_data", "set_data", "data", "entries_list")
        if isinstance(data, dict):
            return list(data.items()) if is_m else list(data.keys())
        return []
    from minijs.runtime.calls import call
    from minijs.runtime.function_base import NativeFunction
    out = []

    def collect(this, args):
        v = args[0] if args else UNDEFINED
        k = args[1] if len(args) > 1 else UNDEFINED
        out.append((k, v) if is_m else v)
        return UNDEFINED

    call(fn, obj, (NativeFunction(collect, "", 0, realm.intrinsics["FunctionPrototype"]),))
    return out


def is_typed_array(obj):
    return getattr(obj, "class_name", None) in TYPED_ARRAY_NAMES


def typed_array_length(obj):
    n = _slot(obj, "array_length", "length", "_length")
    if type(n) is int:
        return n
    v = obj.get("length")
    return v if type(v) is int else 0


def is_array_buffer(obj):
    """"ArrayBuffer", "SharedArrayBuffer" or None."""
    name = getattr(obj, "class_name", None)
    return name if name in ("ArrayBuffer", "SharedArrayBuffer") else None


def array_buffer_bytes(obj):
    """The bytes of an ArrayBuffer, or None when detached."""
    data = _slot(obj, "data", "array_buffer_data", "buffer_data", "bytes", "_data")
    if data is _MISSING or data is None or data is NULL:
        return None
    try:
        return bytes(data)
    except TypeError:
        return None


def is_data_view(obj):
    return getattr(obj, "class_name", None) == "DataView"


def is_promise(obj):
    return getattr(obj, "class_name", None) == "Promise"


def promise_details(obj):
    """(state, result): state is "pending", "fulfilled" or "rejected"."""
    state = _slot(obj, "promise_state", "state", "_state")
    result = _slot(obj, "promise_result", "result", "_result")
    if result is _MISSING:
        result = UNDEFINED
    if type(state) is not str:
        state = "pending"
    return state.lower(), result


def is_arguments(obj):
    return getattr(obj, "class_name", None) == "Arguments"


def is_class_constructor(fn):
    """Function.prototype.toString(fn) starts with "class"."""
    if getattr(fn, "is_class", False) or getattr(fn, "kind", None) == "class":
        return True
    return False


def function_kind(fn):
    """"Function", "GeneratorFunction", "AsyncFunction" or
    "AsyncGeneratorFunction" (isGeneratorFunction / isAsyncFunction)."""
    code = getattr(fn, "code", None)
    flags = getattr(code, "flags", 0) if code is not None else 0
    try:
        flags = int(flags)
    except (TypeError, ValueError):
        flags = 0
    t = "Function"
    if flags & CodeFlag.GENERATOR or getattr(fn, "is_generator", False):
        t = "Generator" + t
    if flags & CodeFlag.ASYNC or getattr(fn, "is_async", False):
        t = "Async" + t
    return t


def has_iterator(obj):
    """`Symbol.iterator in obj` (no proxy traps: proxies are unwrapped
    before this is asked)."""
    return obj.has_property(WELL_KNOWN.iterator)
