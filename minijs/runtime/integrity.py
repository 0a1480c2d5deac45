"""Integrity levels: SetIntegrityLevel and TestIntegrityLevel (ECMA-262
7.3.15, 7.3.16), the engine of Object.seal / freeze / isSealed / isFrozen.

Invariants:

* The result is exactly the spec's: [[PreventExtensions]], then each own
  key made non-configurable (and, for "frozen", each data property
  non-writable) with DefinePropertyOrThrow.
* Objects whose own properties are all ordinary storage (every
  non-exotic object, and arrays) take one step instead: a cached
  integrity transition of the shape (V8's sealed/frozen map transitions),
  the elements rewritten in place, the array length made read-only.
  Anything else (proxies, other exotics) runs the spec's loop, whose
  [[DefineOwnProperty]] calls are observable.
"""

from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.ordinary import define_property_or_throw

__all__ = ["SEALED", "FROZEN", "set_integrity_level", "test_integrity_level"]

SEALED = "sealed"
FROZEN = "frozen"


def set_integrity_level(o, level):
    """SetIntegrityLevel(O, level) (7.3.15); level is SEALED or FROZEN.
    Returns False if [[PreventExtensions]] did; throws (JSThrow) if a
    property cannot be redefined."""
    frozen = _is_frozen_level(level)
    if o._set_integrity_fast(frozen):
        return True
    if not o.prevent_extensions():
        return False
    keys = o.own_property_keys()
    if not frozen:
        for k in keys:
            define_property_or_throw(o, k, PropertyDescriptor(configurable=False))
    else:
        for k in keys:
            current = o.get_own_property(k)
            if current is not None:
                if current.get is not None or current.set is not None:
                    desc = PropertyDescriptor(configurable=False)
                else:
                    desc = PropertyDescriptor(writable=False, configurable=False)
                define_property_or_throw(o, k, desc)
    return True


def test_integrity_level(o, level):
    """TestIntegrityLevel(O, level) (7.3.16)."""
    frozen = _is_frozen_level(level)
    if o.is_extensible():
        return False
    for k in o.own_property_keys():
        current = o.get_own_property(k)
        if current is not None:
            if current.configurable:
                return False
            if frozen and current.writable:
                return False
    return True


def _is_frozen_level(level):
    if level == FROZEN:
        return True
    if level == SEALED:
        return False
    raise ValueError("integrity level must be 'sealed' or 'frozen': %r" % (level,))
