"""`process` as an EventEmitter (node's lib/events.js, the part `process`
needs): on/addListener, once, off/removeListener, prependListener,
prependOnceListener, removeAllListeners, emit, listeners, rawListeners,
listenerCount, eventNames.

Listeners live in Python (`Emitter.listeners`: event key -> list of
entries); a `once` entry is removed before its listener runs, as node's
onceWrapper does.  `emit` calls a snapshot of the list with `this` the
process object and returns whether there was a listener; emitting
'error' with none throws the argument (node's unhandled 'error').
"""

from minijs.builtins.support import arg, define_value, make_function
from minijs.runtime import errors
from minijs.runtime.arrays import create_array_from_list
from minijs.runtime.calls import call
from minijs.runtime.values import UNDEFINED, is_callable

__all__ = ["Emitter", "install_emitter"]


class _Entry:
    __slots__ = ("listener", "once")

    def __init__(self, listener, once):
        self.listener = listener
        self.once = once


class Emitter:
    """The listener table of one emitter object."""

    def __init__(self, target):
        self.target = target
        self.listeners = {}

    def add(self, event, listener, once=False, prepend=False):
        entries = self.listeners.setdefault(event, [])
        entry = _Entry(listener, once)
        if prepend:
            entries.insert(0, entry)
        else:
            entries.append(entry)

    def remove(self, event, listener):
        """Remove the most recently added entry for `listener` (node
        searches from the end)."""
        entries = self.listeners.get(event)
        if not entries:
            return
        for i in range(len(entries) - 1, -1, -1):
            if entries[i].listener is listener:
                del entries[i]
                break
        if not entries:
            del self.listeners[event]

    def has_listeners(self, event):
        return bool(self.listeners.get(event))

    def emit(self, event, args):
        """Call the listeners of `event`; True if there was one."""
        entries = self.listeners.get(event)
        if not entries:
            if event == "error":
                raise errors.JSThrow(args[0] if args else errors.make_error(
                    "Error", "Unhandled error."))
            return False
        for entry in list(entries):
            if entry.once:
                if entry not in self.listeners.get(event, ()):
                    continue
                self.listeners[event].remove(entry)
                if not self.listeners[event]:
                    del self.listeners[event]
            call(entry.listener, self.target, tuple(args))
        return True


def _check_listener(listener):
    if not is_callable(listener):
        from minijs.host.node_errors import invalid_arg_type
        raise invalid_arg_type("listener", "of type function", listener)


def install_emitter(realm, target, holder=None):
    """Give `target` (a JSObject) the EventEmitter methods, defined on
    `holder` (default: target itself; for process, its EventEmitter
    prototype); returns the Emitter that holds its listeners."""
    emitter = Emitter(target)

    def adder(once, prepend):
        def add(this, args):
            listener = arg(args, 1)
            _check_listener(listener)
            emitter.add(arg(args, 0), listener, once, prepend)
            return this
        return add

    def remove(this, args):
        listener = arg(args, 1)
        _check_listener(listener)
        emitter.remove(arg(args, 0), listener)
        return this

    def remove_all(this, args):
        if args and args[0] is not UNDEFINED:
            emitter.listeners.pop(args[0], None)
        else:
            emitter.listeners.clear()
        return this

    def emit(this, args):
        return emitter.emit(arg(args, 0), args[1:])

    def listeners(this, args):
        return create_array_from_list(
            [e.listener for e in emitter.listeners.get(arg(args, 0), ())],
            realm.intrinsics["ArrayPrototype"])

    def listener_count(this, args):
        return len(emitter.listeners.get(arg(args, 0), ()))

    def event_names(this, args):
        return create_array_from_list(list(emitter.listeners),
                                      realm.intrinsics["ArrayPrototype"])

    on = adder(False, False)
    off = remove
    for name, fn, length in (
            ("on", on, 2), ("addListener", on, 2), ("once", adder(True, False), 2),
            ("prependListener", adder(False, True), 2),
            ("prependOnceListener", adder(True, True), 2),
            ("off", off, 2), ("removeListener", off, 2),
            ("removeAllListeners", remove_all, 1), ("emit", emit, 1),
            ("listeners", listeners, 1), ("rawListeners", listeners, 1),
            ("listenerCount", listener_count, 1), ("eventNames", event_names, 0)):
        define_value(target if holder is None else holder, name,
                     make_function(realm, fn, name, length))
    return emitter
