"""node's timer globals (lib/timers.js, lib/internal/timers.js):
setTimeout / setInterval / clearTimeout / clearInterval with `Timeout`
objects (ref, unref, hasRef, refresh, close, [Symbol.toPrimitive]),
setImmediate / clearImmediate with `Immediate` objects (ref, unref,
hasRef), and queueMicrotask.  The scheduling itself is event_loop.py's.

node's rules kept here:
* the callback is validated first (ERR_INVALID_ARG_TYPE), then the delay
  is coerced with ToNumber; a delay that is not in [1, 2**31 - 1] becomes
  1 (above the maximum with a TimeoutOverflowWarning);
* a timer callback runs with `this` the Timeout, extra arguments passed;
* clearTimeout accepts the Timeout, or the number / string id a Timeout
  gave through [Symbol.toPrimitive]; clearInterval is the same function;
* `refresh()` restarts the timer from now, even one that already fired
  (but not one that was cleared).
"""

from minijs.builtins.support import (
    CONFIGURABLE, ENUMERABLE, WRITABLE, arg, define_value, make_function)
from minijs.host.event_loop import TIMEOUT_MAX
from minijs.host.host_classes import host_class
from minijs.host.node_errors import invalid_arg_type
from minijs.runtime import operations as ops
from minijs.runtime.calls import call
from minijs.runtime.objects import JSObject
from minijs.runtime.values import UNDEFINED, WELL_KNOWN, is_callable

__all__ = ["install_timers", "TimeoutObject", "ImmediateObject"]


class TimeoutObject(JSObject):
    """A node Timeout: the loop's timer fields plus the JS callback."""

    __slots__ = ("idle_timeout", "idle_start", "repeat", "refed", "destroyed",
                 "timers_list", "callback", "args", "async_id", "has_primitive")

    def __init__(self, proto, callback, after, args, repeat, async_id):
        JSObject.__init__(self, proto)
        self.idle_timeout = after
        self.idle_start = 0
        self.repeat = after if repeat else None
        self.refed = True
        self.destroyed = False
        self.timers_list = None
        self.callback = callback
        self.args = args
        self.async_id = async_id
        self.has_primitive = False

    def has_callback(self):
        return self.callback is not None

    def fire(self):
        call(self.callback, self, self.args)


class ImmediateObject(JSObject):
    """A node Immediate."""

    __slots__ = ("refed", "destroyed", "callback", "args")

    def __init__(self, proto, callback, args):
        JSObject.__init__(self, proto)
        self.refed = True
        self.destroyed = False
        self.callback = callback
        self.args = args

    def fire(self):
        callback = self.callback
        self.callback = None
        call(callback, self, self.args)


def _validate_callback(callback):
    if not is_callable(callback):
        raise invalid_arg_type("callback", "of type function", callback)


def _delay(after, warn):
    """Timeout's `after *= 1` and the range check."""
    after = ops.to_number(after)
    if not (after >= 1 and after <= TIMEOUT_MAX):
        if after > TIMEOUT_MAX:
            warn("%s does not fit into a 32-bit signed integer.\n"
                 "Timeout duration was set to 1." % ops.to_string(after),
                 "TimeoutOverflowWarning")
        after = 1
    return after


def install_timers(realm, loop, warn):
    """Define the timer globals on realm.global_object, scheduling on
    `loop` (an EventLoop); `warn(message, type)` emits a process warning."""
    known_by_id = {}
    next_id = [1]

    def timeout_this(this):
        return this if isinstance(this, TimeoutObject) else None

    def ref(this, args):
        t = timeout_this(this)
        if t is not None:
            loop.set_ref(t, True)
        elif isinstance(this, ImmediateObject):
            _immediate_ref(this, True)
        return this

    def unref(this, args):
        t = timeout_this(this)
        if t is not None:
            loop.set_ref(t, False)
        elif isinstance(this, ImmediateObject):
            _immediate_ref(this, False)
        return this

    def has_ref(this, args):
        if isinstance(this, (TimeoutObject, ImmediateObject)):
            return bool(this.refed)
        return False

    def refresh(this, args):
        t = timeout_this(this)
        if t is not None and t.callback is not None:
            loop.activate(t, t.refed)
        return this

    def close(this, args):
        t = timeout_this(this)
        if t is not None:
            clear(t)
        return this

    def to_primitive(this, args):
        t = timeout_this(this)
        if t is None:
            return UNDEFINED
        if not t.has_primitive:
            t.has_primitive = True
            known_by_id[t.async_id] = t
        return t.async_id

    def _immediate_ref(immediate, refed):
        if immediate.destroyed or immediate.refed == refed:
            return
        immediate.refed = refed
        loop.immediate_ref_count += 1 if refed else -1

    timeout_proto = host_class(realm, "Timeout", [
        ("refresh", refresh, 0), ("unref", unref, 0), ("ref", ref, 0),
        ("hasRef", has_ref, 0), ("close", close, 0)])
    define_value(timeout_proto, WELL_KNOWN.toPrimitive,
                 make_function(realm, to_primitive, "[Symbol.toPrimitive]", 0))
    immediate_proto = host_class(realm, "Immediate", [
        ("ref", ref, 0), ("unref", unref, 0), ("hasRef", has_ref, 0)])

    def new_timeout(args, repeat):
        callback = arg(args, 0)
        _validate_callback(callback)
        after = _delay(arg(args, 1), warn)
        next_id[0] += 1
        t = TimeoutObject(timeout_proto, callback, after, tuple(args[2:]), repeat, next_id[0])
        loop.timer_ref_count += 1
        loop.insert(t, after)
        return t

    def set_timeout(this, args):
        return new_timeout(args, False)

    def set_interval(this, args):
        return new_timeout(args, True)

    def clear(t):
        t.callback = None
        loop.unenroll(t)
        if t.has_primitive:
            known_by_id.pop(t.async_id, None)

    def clear_timeout(this, args):
        timer = arg(args, 0)
        if isinstance(timer, TimeoutObject):
            if timer.callback is not None:
                clear(timer)
            return UNDEFINED
        if type(timer) in (int, float, str):
            key = timer
            if type(key) is str:
                n = ops.to_number(key)
                key = int(n) if n == n and n == int(n) else None
            elif type(key) is float and key == key and key == int(key):
                key = int(key)
            t = known_by_id.get(key)
            if t is not None:
                clear(t)
        return UNDEFINED

    def set_immediate(this, args):
        callback = arg(args, 0)
        _validate_callback(callback)
        immediate = ImmediateObject(immediate_proto, callback, tuple(args[1:]))
        loop.add_immediate(immediate)
        return immediate

    def clear_immediate(this, args):
        immediate = arg(args, 0)
        if isinstance(immediate, ImmediateObject):
            immediate.callback = None
            loop.clear_immediate(immediate)
        return UNDEFINED

    def queue_microtask(this, args):
        callback = arg(args, 0)
        _validate_callback(callback)
        loop.microtasks.enqueue_job(lambda: call(callback, UNDEFINED, ()), None)
        return UNDEFINED

    g = realm.global_object
    for name, fn, length in (                  # in node's order
            ("clearImmediate", clear_immediate, 1), ("setImmediate", set_immediate, 4),
            ("clearInterval", clear_timeout, 1), ("clearTimeout", clear_timeout, 1),
            ("setInterval", set_interval, 5), ("setTimeout", set_timeout, 5),
            ("queueMicrotask", queue_microtask, 1)):
        define_value(g, name, make_function(realm, fn, name, length),
                     WRITABLE | ENUMERABLE | CONFIGURABLE)
