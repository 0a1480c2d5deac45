"""Realms (ECMA-262 9.3): a set of intrinsics plus a global object.

Invariants:

* `realm.intrinsics` maps the spec's intrinsic names without the percent
  signs ("Object", "ObjectPrototype", "TypeErrorPrototype", "eval", ...)
  to objects.  Built-in modules (minijs/builtins/*) add theirs in
  `install(realm)`; nothing else creates intrinsics.
* The running realm is a module-level variable (`current()` /
  `set_current`), switched by whoever runs code of another realm (the
  test262 `$262.createRealm`).  Abstract operations that create objects
  (ToObject, errors, array creation) take their prototypes from it.
* `Object.prototype` and `Function.prototype` exist from the start
  (CreateIntrinsics makes them first), so every installer can make
  functions.
"""

from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL

__all__ = ["Realm", "current", "set_current"]

_current = None


def current():
    """The running execution context's realm."""
    return _current


def set_current(realm):
    """Make `realm` the running realm; returns the previous one."""
    global _current
    previous = _current
    _current = realm
    return previous


class Realm:
    """One realm: intrinsics, the global object, the global lexical
    bindings (top-level let/const/class of scripts) and the host hooks."""

    def __init__(self):
        self.intrinsics = {}
        object_prototype = JSObject(NULL)
        self.intrinsics["ObjectPrototype"] = object_prototype
        # Function.prototype is itself a function (returns undefined).
        from minijs.runtime.function_base import NativeFunction
        from minijs.runtime.values import UNDEFINED
        self.intrinsics["FunctionPrototype"] = NativeFunction(
            lambda this, args: UNDEFINED, "", 0, object_prototype, None, self)
        self.global_object = JSObject(object_prototype)
        self.global_lexicals = {}     # name -> value (THE_HOLE while in TDZ)
        self.global_const = set()     # names of global const bindings
        self.host = None              # the embedding host (console, timers, ...)
        self.template_cache = {}
        # The accessor pair in a new error's `stack` until it is first read
        # (builtins/error.py): storage, not a JS value, so not an intrinsic.
        self.error_stack_accessor = None

    def intrinsic(self, name):
        return self.intrinsics[name]

    def __getitem__(self, name):
        return self.intrinsics[name]
