"""NativeFunction: a built-in function object implemented by a Python
callable (the shape of ECMA-262 10.3 built-in function objects).

Invariants:

* `fn(this, args)` implements [[Call]]; `ctor(args, new_target)`, when
  given, implements [[Construct]], otherwise the function is not a
  constructor and `construct` throws V8's TypeError.  Both receive and
  return JS values only and signal JS exceptions with JSThrow.
* Like CreateBuiltinFunction (10.3.4) the object gets own "length" then
  "name" (SetFunctionLength, SetFunctionName): non-writable,
  non-enumerable, configurable.
* Calls from the runtime go through minijs.runtime.calls.call, which
  ends in `call` here.
"""

from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import CONFIGURABLE
from minijs.runtime.values import NULL

__all__ = ["NativeFunction"]


class NativeFunction(JSObject):
    """A built-in function object backed by Python callables."""

    __slots__ = ("fn", "ctor", "constructible", "name", "realm")

    callable = True
    class_name = "Function"

    def __init__(self, fn, name="", length=0, proto=NULL, ctor=None, realm=None):
        JSObject.__init__(self, proto)
        self.fn = fn
        self.realm = realm          # [[Realm]]; None: runs in the caller's realm
        self.ctor = ctor
        self.constructible = ctor is not None
        self.name = name
        self._add_named("length", length, CONFIGURABLE)
        self._add_named("name", name, CONFIGURABLE)

    def call(self, this, args):
        """[[Call]] (10.3.1): runs in the function's realm (its errors and
        new objects come from there)."""
        realm = self.realm
        if realm is realms._current or realm is None:
            return self.fn(this, args)
        previous = realms.set_current(realm)
        try:
            return self.fn(this, args)
        finally:
            realms.set_current(previous)

    def construct(self, args, new_target):
        """[[Construct]] (10.3.2); TypeError if not a constructor."""
        if self.ctor is None:
            raise errors.type_error("%s is not a constructor" % (self.name or "anonymous"))
        realm = self.realm
        if realm is realms._current or realm is None:
            return self.ctor(args, new_target)
        previous = realms.set_current(realm)
        try:
            return self.ctor(args, new_target)
        finally:
            realms.set_current(previous)

    def display(self):
        return "function %s() { [native code] }" % self.name
