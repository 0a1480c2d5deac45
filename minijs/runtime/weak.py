"""Weak references for WeakMap, WeakSet, WeakRef and FinalizationRegistry
(ECMA-262 9.9 "Processing Model of WeakRef and FinalizationRegistry
Targets").

JS objects and symbols are held through Python weak references (JSObject
and JSSymbol have `__weakref__` slots), so the collector of the host
(CPython's reference counting and cycle collector) decides liveness.

Invariants:

* [[KeptAlive]] (9.10, AddToKeptObjects): a WeakRef's target created or
  dereferenced during the current job stays alive until ClearKeptObjects,
  which the host's event loop calls when a job ends (until a host does,
  kept targets simply stay alive: the spec lets a host keep anything).
"""

__all__ = ["add_to_kept_objects", "clear_kept_objects"]

_kept = []


def add_to_kept_objects(v):
    """AddToKeptObjects (9.10)."""
    _kept.append(v)


def clear_kept_objects():
    """ClearKeptObjects (9.10): the host calls this when a job ends."""
    _kept.clear()
