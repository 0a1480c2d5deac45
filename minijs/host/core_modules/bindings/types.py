"""internalBinding('types'): util.types predicates, read from the
engine's internal slots (as V8's are), never from user-visible
properties."""

from minijs.builtins.support import arg
from minijs.host import inspect_kinds as kinds
from minijs.host.core_modules.bindings import binding_object
from minijs.runtime.objects import JSObject
from minijs.runtime.wrappers import PrimitiveWrapper, StringObject


def _class_is(*names):
    return lambda v: getattr(v, "class_name", None) in names


def _boxed(name):
    return lambda v: (isinstance(v, StringObject) if name == "String"
                      else isinstance(v, PrimitiveWrapper) and v.class_name == name)


def _typed(name):
    return lambda v: getattr(v, "class_name", None) == name and kinds.is_typed_array(v)


_PREDICATES = {
    "isDate": kinds.is_date,
    "isArgumentsObject": kinds.is_arguments,
    "isBigIntObject": _boxed("BigInt"),
    "isBooleanObject": _boxed("Boolean"),
    "isNumberObject": _boxed("Number"),
    "isStringObject": _boxed("String"),
    "isSymbolObject": _boxed("Symbol"),
    "isBoxedPrimitive": lambda v: isinstance(v, (PrimitiveWrapper, StringObject)),
    "isNativeError": lambda v: getattr(v, "class_name", None) == "Error",
    "isRegExp": kinds.is_regexp,
    "isAsyncFunction": lambda v: v.callable and kinds.function_kind(v).startswith("Async"),
    "isGeneratorFunction": lambda v: v.callable and "Generator" in kinds.function_kind(v),
    "isGeneratorObject": _class_is("Generator", "AsyncGenerator"),
    "isPromise": kinds.is_promise,
    "isMap": kinds.is_map,
    "isSet": kinds.is_set,
    "isMapIterator": _class_is("Map Iterator"),
    "isSetIterator": _class_is("Set Iterator"),
    "isWeakMap": _class_is("WeakMap"),
    "isWeakSet": _class_is("WeakSet"),
    "isArrayBuffer": _class_is("ArrayBuffer"),
    "isSharedArrayBuffer": _class_is("SharedArrayBuffer"),
    "isAnyArrayBuffer": _class_is("ArrayBuffer", "SharedArrayBuffer"),
    "isDataView": kinds.is_data_view,
    "isArrayBufferView": lambda v: kinds.is_typed_array(v) or kinds.is_data_view(v),
    "isTypedArray": kinds.is_typed_array,
    "isProxy": lambda v: v.is_proxy,
    "isModuleNamespaceObject": kinds.is_module_namespace,
    "isExternal": lambda v: False,
    "isKeyObject": lambda v: False,
    "isCryptoKey": lambda v: False,
}
for _name in ("Uint8Array", "Uint8ClampedArray", "Uint16Array", "Uint32Array", "Int8Array",
              "Int16Array", "Int32Array", "Float32Array", "Float64Array", "BigInt64Array",
              "BigUint64Array"):
    _PREDICATES["is" + _name] = _typed(_name)


def _native(predicate):
    def check(this, args):
        value = arg(args, 0)
        return isinstance(value, JSObject) and bool(predicate(value))
    return check


def make_binding(host):
    return binding_object(host.realm, [(name, _native(p), 1) for name, p in _PREDICATES.items()])
