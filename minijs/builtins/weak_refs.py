"""WeakRef and FinalizationRegistry (ECMA-262 26.1, 26.2).

A WeakRef holds a Python weak reference to its target; creating it and
each deref() put the target in the kept-objects list (AddToKeptObjects,
minijs/runtime/weak.py) so it survives the current job.

A FinalizationRegistry keeps its cells ([[Cells]]): a weak reference to
the target whose collection callback queues the cell, the held value and
the unregister token (held weakly too).  When a target dies the registry
asks the host to run a cleanup job (HostEnqueueFinalizationRegistry
CleanupJob, runtime/jobs.enqueue_cleanup_job); the node host runs it in
its check phase only while the loop is alive anyway, as node would
after a GC.  The collection callback only records: JS code runs in the
job, never inside the Python collector.
"""

import weakref

from minijs.builtins.class_support import define_tag, incompatible_receiver, requires_new
from minijs.builtins.support import arg, define_methods, make_constructor
from minijs.builtins.weak_collections import can_be_held_weakly
from minijs.runtime import errors
from minijs.runtime.calls import call
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import get_prototype_from_constructor
from minijs.runtime.values import UNDEFINED, is_callable, same_value
from minijs.runtime.weak import add_to_kept_objects

__all__ = ["install", "WeakRefObject", "FinalizationRegistryObject"]


class WeakRefObject(JSObject):
    __slots__ = ("ref",)
    class_name = "WeakRef"

    def __init__(self, proto, target):
        JSObject.__init__(self, proto)
        self.ref = weakref.ref(target)


def weak_ref_construct(args, new_target):                           # 26.1.1.1
    target = arg(args, 0)
    if not can_be_held_weakly(target):
        raise errors.type_error("WeakRef: invalid target")
    obj = WeakRefObject(get_prototype_from_constructor(new_target, "WeakRefPrototype"), target)
    add_to_kept_objects(target)
    return obj


def weak_ref_deref(this, args):                                     # 26.1.3.2
    if type(this) is not WeakRefObject:
        raise incompatible_receiver("WeakRef.prototype.deref", this)
    target = this.ref()
    if target is None:
        return UNDEFINED
    add_to_kept_objects(target)
    return target


class _Cell:
    """A Record of [[Cells]]: the target's weak reference, the held value
    and the unregister token's weak reference (None for undefined)."""

    __slots__ = ("target", "held", "token")


class FinalizationRegistryObject(JSObject):
    __slots__ = ("cleanup", "cells", "pending", "realm")
    class_name = "FinalizationRegistry"

    def __init__(self, proto, cleanup, realm):
        JSObject.__init__(self, proto)
        self.cleanup = cleanup
        self.cells = []
        self.pending = []          # cells whose target died, cleanup not yet run
        self.realm = realm

    def register(self, target, held, token):
        cell = _Cell()
        cell.held = held
        cell.token = None if token is UNDEFINED else weakref.ref(token)
        cell.target = weakref.ref(target, lambda _ref: self._target_died(cell))
        self.cells.append(cell)

    def unregister(self, token):
        kept = [c for c in self.cells if c.token is None or c.token() is not token]
        removed = len(kept) != len(self.cells)
        self.cells = kept
        before = len(self.pending)
        self.pending = [c for c in self.pending if c.token is None or c.token() is not token]
        return removed or before != len(self.pending)

    def _target_died(self, cell):
        """The collector's callback: only bookkeeping, no JS code."""
        if cell not in self.cells:
            return
        self.cells.remove(cell)
        self.pending.append(cell)
        if len(self.pending) == 1:
            from minijs.runtime.jobs import enqueue_cleanup_job
            enqueue_cleanup_job(self.realm, self.run_cleanup)

    def run_cleanup(self):
        """CleanupFinalizationRegistry (9.13): call the cleanup callback
        with each pending held value."""
        while self.pending:
            cell = self.pending.pop(0)
            call(self.cleanup, UNDEFINED, (cell.held,))


def finalization_registry_construct(args, new_target):              # 26.2.1.1
    from minijs.runtime import realm as realms
    cleanup = arg(args, 0)
    if not is_callable(cleanup):
        raise errors.type_error("FinalizationRegistry: cleanup must be callable")
    proto = get_prototype_from_constructor(new_target, "FinalizationRegistryPrototype")
    return FinalizationRegistryObject(proto, cleanup, realms.current())


def _this_registry(this, name):
    if type(this) is not FinalizationRegistryObject:
        raise incompatible_receiver("FinalizationRegistry.prototype." + name, this)
    return this


def registry_register(this, args):                                  # 26.2.3.2
    registry = _this_registry(this, "register")
    target, held, token = arg(args, 0), arg(args, 1), arg(args, 2)
    if not can_be_held_weakly(target):
        raise errors.type_error("FinalizationRegistry.prototype.register: invalid target")
    if same_value(target, held):
        raise errors.type_error(
            "FinalizationRegistry.prototype.register: target and holdings must not be same")
    if token is not UNDEFINED and not can_be_held_weakly(token):
        raise errors.type_error("Invalid unregisterToken ('%s')" % errors.display_value(token))
    registry.register(target, held, token)
    return UNDEFINED


def registry_unregister(this, args):                                # 26.2.3.3
    registry = _this_registry(this, "unregister")
    token = arg(args, 0)
    if not can_be_held_weakly(token):
        raise errors.type_error("Invalid unregisterToken ('%s')" % errors.display_value(token))
    return registry.unregister(token)


def install(realm):
    object_proto = realm.intrinsics["ObjectPrototype"]
    proto = JSObject(object_proto)
    make_constructor(realm, "WeakRef", 1, requires_new("WeakRef"), weak_ref_construct, proto)
    define_methods(realm, proto, [("deref", weak_ref_deref, 0)])
    define_tag(proto, "WeakRef")

    proto = JSObject(object_proto)
    make_constructor(realm, "FinalizationRegistry", 1, requires_new("FinalizationRegistry"),
                     finalization_registry_construct, proto)
    define_methods(realm, proto, [
        ("register", registry_register, 2), ("unregister", registry_unregister, 1),
    ])
    define_tag(proto, "FinalizationRegistry")

