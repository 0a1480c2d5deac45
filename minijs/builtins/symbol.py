"""The Symbol constructor and Symbol.prototype (ECMA-262 20.4).

Invariants:

* Symbol is a constructor in the spec's sense (IsConstructor is true, so
  it can be a `new.target` or an `extends` target) but [[Construct]]
  always throws "Symbol is not a constructor" (20.4.1.1 step 1).
* The well-known symbols are the engine-wide values.WELL_KNOWN, exposed
  as non-writable, non-enumerable, non-configurable statics.
* The GlobalSymbolRegistry (20.4.2.2) is shared by every realm of the
  process (the spec's agent), here `_REGISTRY` / `_REGISTRY_KEYS`.
"""

from minijs.builtins.support import (
    CONFIGURABLE, CONSTANT_FLAGS, arg, define_accessor, define_method,
    define_methods, define_value, make_constructor)
from minijs.runtime import errors
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import to_string
from minijs.runtime.values import UNDEFINED, WELL_KNOWN, JSSymbol
from minijs.runtime.wrappers import PrimitiveWrapper

__all__ = ["install", "symbol_for", "registered_symbol", "is_registered_symbol",
           "this_symbol_value"]

_REGISTRY = {}        # key string -> symbol
_REGISTRY_KEYS = {}   # symbol -> key string


def symbol_for(key):
    """Symbol.for's lookup-or-create in the GlobalSymbolRegistry."""
    sym = _REGISTRY.get(key)
    if sym is None:
        sym = JSSymbol(key)
        _REGISTRY[key] = sym
        _REGISTRY_KEYS[sym] = key
    return sym


def registered_symbol(key):
    """The symbol Symbol.for(key) returns, or None when nothing has asked
    for it yet (a lookup that creates nothing)."""
    return _REGISTRY.get(key)


def is_registered_symbol(sym):
    """Whether `sym` came from Symbol.for (KeyForSymbol is not undefined)."""
    return sym in _REGISTRY_KEYS


def this_symbol_value(value, method):
    """thisSymbolValue (20.4.3): the symbol of a symbol or Symbol object,
    else V8's "<method> requires that 'this' be a Symbol"."""
    if type(value) is JSSymbol:
        return value
    if isinstance(value, PrimitiveWrapper) and type(value.primitive) is JSSymbol:
        return value.primitive
    raise errors.type_error("%s requires that 'this' be a Symbol" % method)


def install(realm):
    """Create %Symbol% and %Symbol.prototype% (20.4)."""
    proto = JSObject(realm.intrinsics["ObjectPrototype"])

    def symbol_call(this, args):                                    # 20.4.1.1
        description = arg(args, 0)
        if description is not UNDEFINED:
            description = to_string(description)
        return JSSymbol(description)

    def symbol_construct(args, new_target):
        raise errors.type_error("Symbol is not a constructor")

    ctor = make_constructor(realm, "Symbol", 0, symbol_call, symbol_construct, proto)

    def for_(this, args):                                           # 20.4.2.2
        return symbol_for(to_string(arg(args, 0)))

    def key_for(this, args):                                        # 20.4.2.6
        sym = arg(args, 0)
        if type(sym) is not JSSymbol:
            raise errors.type_error("%s is not a symbol" % errors.display_value(sym))
        return _REGISTRY_KEYS.get(sym, UNDEFINED)

    define_methods(realm, ctor, [("for", for_, 1), ("keyFor", key_for, 1)])
    for name, sym in WELL_KNOWN:                                    # 20.4.2.*
        define_value(ctor, name, sym, CONSTANT_FLAGS)

    def to_string_method(this, args):                               # 20.4.3.3
        return this_symbol_value(this, "Symbol.prototype.toString").descriptive_string()

    def value_of(this, args):                                       # 20.4.3.4
        return this_symbol_value(this, "Symbol.prototype.valueOf")

    def description(this, args):                                    # 20.4.3.2
        return this_symbol_value(this, "Symbol.prototype.description").description

    def to_primitive(this, args):                                   # 20.4.3.5
        return this_symbol_value(this, "Symbol.prototype [ @@toPrimitive ]")

    define_methods(realm, proto, [
        ("toString", to_string_method, 0),
        ("valueOf", value_of, 0),
    ])
    define_accessor(realm, proto, "description", description)
    define_value(proto, WELL_KNOWN.toStringTag, "Symbol", CONFIGURABLE)   # 20.4.3.6
    define_method(realm, proto, WELL_KNOWN.toPrimitive, to_primitive, 1, flags=CONFIGURABLE)
    return ctor
