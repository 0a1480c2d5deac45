"""The one hook through which the object model calls JS functions.

Invariant: every call the runtime makes into JS code (getters, setters,
user callbacks of built-ins) goes through `call` (7.3.14 Call) or
`construct` (7.3.15 Construct), which dispatch to the function object's
own `call(this, args)` / `construct(args, new_target)` methods.  A JS
function object implements those two methods; a non-callable object
inherits JSObject's versions, which throw the TypeError.  `args` is a
Python sequence of JS values (a list or a tuple; callees must not keep
or mutate it).
"""

__all__ = ["call", "construct"]


def call(fn, this, args=()):
    """Call(F, V, argumentsList) (7.3.14)."""
    return fn.call(this, args)


def construct(fn, args=(), new_target=None):
    """Construct(F, argumentsList, newTarget) (7.3.15); newTarget defaults
    to F."""
    return fn.construct(args, fn if new_target is None else new_target)
