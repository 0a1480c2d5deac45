"""Unhandled promise rejections as node v20 handles them (its default
--unhandled-rejections=throw mode, lib/internal/process/promises.js).

The engine calls `track(promise, operation)` (HostPromiseRejectionTracker):
"reject" records a promise rejected with no handler, "handle" forgets it
when a handler comes later.  After each microtask drain the event loop
calls `process()`, which for every promise still unhandled emits
process 'unhandledRejection' (reason, promise); with no listener the
rejection becomes an uncaught exception (an error-like reason as is,
anything else wrapped in node's ERR_UNHANDLED_REJECTION error).  A
rejection handled after it was reported emits 'rejectionHandled' (or a
PromiseRejectionHandledWarning).
"""

from collections import deque

from minijs.builtins.support import define_value
from minijs.runtime import errors
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE

__all__ = ["RejectionTracker", "unhandled_rejection_error", "is_error_like"]

_MESSAGE = ("This error originated either by throwing inside of an async function "
            "without a catch block, or by rejecting a promise which was not handled "
            "with .catch(). The promise rejected with the reason \"%s\".")


def is_error_like(v):
    """node's isErrorLike: an object with an own `stack`."""
    return isinstance(v, JSObject) and v.get_own_property("stack") is not None


def unhandled_rejection_error(reason):
    """node's generateUnhandledRejectionError (the reason shown as V8's
    NoSideEffectsToString shows it: a function as its source text)."""
    if isinstance(reason, JSObject) and reason.callable:
        from minijs.builtins.function import function_to_string
        shown = function_to_string(reason)
    else:
        shown = errors.display_value(reason)
    message = _MESSAGE % shown
    err = errors.make_error("Error", message)
    if isinstance(err, JSObject) and err.get_own_property("stack") is not None:
        err.set("stack", "UnhandledPromiseRejection: " + message)
    define_value(err, "name", "UnhandledPromiseRejection", WRITABLE | CONFIGURABLE)
    define_value(err, "code", "ERR_UNHANDLED_REJECTION", WRITABLE | ENUMERABLE | CONFIGURABLE)
    return err


class _Info:
    __slots__ = ("reason", "uid", "warned")

    def __init__(self, reason, uid):
        self.reason = reason
        self.uid = uid
        self.warned = False


class RejectionTracker:
    """`emit(event, args) -> bool` emits a process event, `fatal(value)`
    handles an uncaught exception from a promise, `warn(message, type)`
    emits a process warning."""

    def __init__(self, emit, fatal, warn):
        self.emit = emit
        self.fatal = fatal
        self.warn = warn
        self.maybe_unhandled = {}          # promise -> _Info
        self.pending = deque()             # promises to look at, in order
        self.async_handled = deque()       # (promise, uid) handled after the report
        self.last_uid = 0

    def track(self, promise, operation):
        if operation == "reject":
            self.last_uid += 1
            self.maybe_unhandled[promise] = _Info(promise.promise_result, self.last_uid)
            self.pending.append(promise)
        elif operation == "handle":
            info = self.maybe_unhandled.pop(promise, None)
            if info is not None and info.warned:
                self.async_handled.append((promise, info.uid))

    def has_work(self):
        return bool(self.pending or self.async_handled)

    def process(self):
        """processPromiseRejections: True if JS code may have queued work."""
        scheduled = bool(self.async_handled)
        while self.async_handled:
            promise, uid = self.async_handled.popleft()
            if not self.emit("rejectionHandled", (promise,)):
                self.warn("Promise rejection was handled asynchronously (rejection id: %d)"
                          % uid, "PromiseRejectionHandledWarning")
        for _ in range(len(self.pending)):
            promise = self.pending.popleft()
            info = self.maybe_unhandled.get(promise)
            if info is None:
                continue
            info.warned = True
            if not self.emit("unhandledRejection", (info.reason, promise)):
                reason = info.reason
                self.fatal(reason if is_error_like(reason) else unhandled_rejection_error(reason))
            scheduled = True
        return scheduled or bool(self.pending)
