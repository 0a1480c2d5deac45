"""Error objects (ECMA-262 20.5): %Error%, the NativeError constructors,
AggregateError (ES2021) with the `cause` option (ES2022), and V8's stack
extensions (`stack`, Error.captureStackTrace, Error.stackTraceLimit).

Invariants:

* An error instance is an ErrorObject (it has [[ErrorData]]: class_name
  "Error", so Object.prototype.toString shows "[object Error]").
* Own properties appear in V8's order: `stack`, then `message` (only when
  a message was given), `cause` (only when options has one), `errors`
  (AggregateError); all non-enumerable, writable, configurable.
* `stack` is "<Error.prototype.toString of the error>" followed by one
  line per JS frame ("    at f (file.js:3:11)", from
  minijs.interpreter.stack), at most Error.stackTraceLimit of them; if
  the limit is not a number, `stack` is undefined.  As in V8 the frames
  are captured at construction, skipping the frames up to and including
  new.target's (a subclass's constructors), but the text is made when
  `stack` is first read (or its descriptor asked for): a `name` a
  subclass constructor sets shows in it.  Until then `stack` is the
  realm's shared `error_stack_accessor` and the ErrorObject keeps the
  frames (`stack_frames`); reading it turns it into a data property in
  place.  Creating an error runs no JS code beyond ToString(message)
  and reading `cause`; reading `stack` the first time runs the getters
  of `name` and `message` as Error.prototype.toString does.
* `errors.ERROR_FACTORY` makes every error the engine throws a real
  instance of the running realm's constructor.
"""

import weakref
from minijs.builtins.iterable import iterable_to_list
from minijs.builtins.support import (
    METHOD_FLAGS, WRITABLE, CONFIGURABLE, ENUMERABLE, arg, define_methods,
    define_value, make_constructor, make_function)
from minijs.runtime import errors
from minijs.runtime.arrays import create_array_from_list
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.objects import Accessor, JSObject
from minijs.runtime.operations import (
    get_prototype_from_constructor, to_integer, to_string)
from minijs.runtime.ordinary import define_property_or_throw, get_data_property
from minijs.runtime.shapes import ACCESSOR
from minijs.runtime.values import UNDEFINED, JSSymbol, is_callable, is_primitive

__all__ = ["install", "ErrorObject", "NATIVE_ERRORS", "error_factory",
           "error_header", "stack_frames", "capture_stack"]

NATIVE_ERRORS = ("EvalError", "RangeError", "ReferenceError", "SyntaxError",
                 "TypeError", "URIError")

_HIDDEN = WRITABLE | CONFIGURABLE          # non-enumerable data property

# The %Error.prototype.toString% functions of all live realms (for
# display()); weak, so that they do not keep their realms alive.
_ERROR_TO_STRING = weakref.WeakSet()


class ErrorObject(JSObject):
    """An object with an [[ErrorData]] internal slot (20.5.1.1).
    `stack_frames`: the frame lines captured at construction while
    `stack` is not formatted yet, else None."""

    __slots__ = ("stack_frames",)

    class_name = "Error"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.stack_frames = None

    def get_own_property(self, key):
        if key == "stack" and self.stack_frames is not None:
            _format_stack(self)
        return JSObject.get_own_property(self, key)

    def display(self):
        """V8 shows an error in messages as "Name: message"."""
        header = _display_header(self)
        return header if header is not None else JSObject.display(self)


def _display_header(o):
    """Error.prototype.toString's result for `o` computed from data
    properties only, when o's toString is %Error.prototype.toString%;
    else None."""
    to_string_fn = get_data_property(o, "toString")
    try:
        if to_string_fn not in _ERROR_TO_STRING:
            return None
    except TypeError:           # a primitive: not the built-in
        return None
    return error_header(o)


def _safe_string(v, default):
    if v is UNDEFINED:
        return default
    if type(v) is str:
        return v
    if is_primitive(v) and type(v) is not JSSymbol:
        return to_string(v)
    return errors.display_value(v)


def error_header(o):
    """The first line of a stack trace: Error.prototype.toString (20.5.3.4)
    of `o` using data properties only (V8's ErrorUtils::ToString without
    side effects)."""
    name = _safe_string(get_data_property(o, "name"), "Error")
    msg = _safe_string(get_data_property(o, "message"), "")
    if not name:
        return msg
    if not msg:
        return name
    return name + ": " + msg


def stack_frames(limit, skip_top=0):
    """At most `limit` (an int >= 0) JS frames of the running code, as V8
    prints them ("    at f (file.js:3:11)"), after the `skip_top`
    innermost frames."""
    if limit <= 0:
        return []
    try:
        from minijs.interpreter.stack import stack_trace_lines
    except ModuleNotFoundError as exc:
        if exc.name not in ("minijs.interpreter.stack", "minijs.interpreter"):
            raise
        return []
    return stack_trace_lines(limit, skip_top)


def _frames_to_skip(fn):
    """How many innermost frames Error.captureStackTrace(o, fn) hides:
    those above and including the innermost call of `fn`; None when fn
    is not on the stack (then V8 records no frames at all)."""
    try:
        from minijs.interpreter.stackwalk import js_frames
    except ModuleNotFoundError:
        return None
    depth = 0
    for item in js_frames():
        if item[0] != "js":
            continue
        if item[1].func is fn:
            return depth + 1
        depth += 1
    return None


def _capture_frames(realm, skip_top=0):
    """The frame lines for a `stack` made now, or None when
    Error.stackTraceLimit is not a number (no stack); skip_top None
    means no frames."""
    error_ctor = realm.intrinsics.get("Error")
    limit = UNDEFINED if error_ctor is None else get_data_property(error_ctor, "stackTraceLimit")
    t = type(limit)
    if t is not int and t is not float:
        return None
    n = to_integer(limit)
    n = 0 if n <= 0 or skip_top is None else (2 ** 31 if n > 2 ** 31 else int(n))
    return list(stack_frames(n, skip_top)) if n else []


def _stack_value(realm, o, skip_top=0):
    """The value of `stack` for `o` made right now (Error.captureStackTrace)."""
    frames = _capture_frames(realm, skip_top)
    if frames is None:
        return UNDEFINED
    return "\n".join([error_header(o)] + frames)


def capture_stack(realm, o, header):
    """Error.captureStackTrace(o) with `header` as its first line (host
    errors whose name and message are not own data properties)."""
    text = _stack_value(realm, o)
    if type(text) is str:
        text = header + text[len(error_header(o)):]
    define_value(o, "stack", text, _HIDDEN)


def _new_error(realm, proto):
    """A fresh ErrorObject with its `stack` slot reserved first (V8's
    property order)."""
    o = ErrorObject(proto)
    o._add_named("stack", UNDEFINED, _HIDDEN)
    return o


def _finish_stack(realm, o, skip_top=0):
    """Capture the frames of a new error; its `stack` is formatted when
    first read."""
    frames = _capture_frames(realm, skip_top)
    if frames is None:
        o.set_fast("stack", UNDEFINED)
        return
    o.stack_frames = frames
    o._write_own("stack", ACCESSOR | CONFIGURABLE, realm.error_stack_accessor)


def _format_stack(o):
    """Turn the pending `stack` of ErrorObject `o` into its data property
    (unless the program replaced the property meanwhile)."""
    frames = o.stack_frames
    o.stack_frames = None
    current = JSObject.get_own_property(o, "stack")
    if current is None or current.get is None or not _is_stack_getter(current.get):
        return
    try:
        text = "\n".join([error_to_string(o)] + frames)
    except errors.JSThrow:
        o.stack_frames = frames          # the next read tries again
        raise
    flags = (CONFIGURABLE if current.configurable else 0) | (ENUMERABLE if current.enumerable else 0)
    if current.configurable or o.extensible:
        flags |= WRITABLE
    o._write_own("stack", flags, text)


# The getters of the realms' error_stack_accessor (weak: no realm kept alive).
_STACK_GETTERS = weakref.WeakSet()


def _is_stack_getter(fn):
    try:
        return fn in _STACK_GETTERS
    except TypeError:
        return False


def _stack_accessor(realm):
    """The accessor pair a new error's `stack` holds until it is read:
    the getter formats it, the setter replaces it by a data property."""
    def get_stack(this, args):
        o = this
        while isinstance(o, JSObject):
            desc = o.get_own_property("stack")   # formats a pending stack
            if desc is not None:
                return UNDEFINED if desc.value is None else desc.value
            o = o.proto
        return UNDEFINED

    def set_stack(this, args):
        if isinstance(this, JSObject):
            if isinstance(this, ErrorObject):
                this.stack_frames = None
            define_property_or_throw(this, "stack", PropertyDescriptor(
                arg(args, 0), True, None, None, False, True))
        return UNDEFINED
    getter = make_function(realm, get_stack, "stack", 0)
    _STACK_GETTERS.add(getter)
    return Accessor(getter, make_function(realm, set_stack, "stack", 1))


def error_to_string(o):
    """Error.prototype.toString (20.5.3.4) of the object `o`."""
    name = o.get("name", o)
    name = "Error" if name is UNDEFINED else to_string(name)
    msg = o.get("message", o)
    msg = "" if msg is UNDEFINED else to_string(msg)
    if not name:
        return msg
    if not msg:
        return name
    return name + ": " + msg


def _install_message_and_cause(o, message, options):
    """Steps 3-4 of Error (20.5.1.1): own `message`, InstallErrorCause."""
    if message is not UNDEFINED:
        define_value(o, "message", to_string(message), _HIDDEN)
    if isinstance(options, JSObject) and options.has_property("cause"):  # 20.5.8.1
        define_value(o, "cause", options.get("cause", options), _HIDDEN)


def error_factory(realm, name, message):
    """errors.ERROR_FACTORY: a `name` error of `realm` with `message`, as
    the engine throws it (no JS code runs)."""
    o = _new_error(realm, realm.intrinsics[name + "Prototype"])
    o._add_named("message", message, _HIDDEN)
    _finish_stack(realm, o)
    return o


def install(realm):
    """Create %Error%, the NativeErrors and %AggregateError% (20.5)."""
    intrinsics = realm.intrinsics
    object_proto = intrinsics["ObjectPrototype"]

    def make_error_constructor(name, length, parent, parent_proto, aggregate=False):
        proto = JSObject(parent_proto)

        def error_construct(args, new_target):
            # V8 skips the frames until new.target's (SKIP_UNTIL_SEEN):
            # a subclass's constructors are not in the trace
            skip = 0 if new_target is ctor else _frames_to_skip(new_target)
            o = _new_error(realm, get_prototype_from_constructor(new_target, name + "Prototype"))
            if aggregate:                                           # 20.5.7.1.1
                _install_message_and_cause(o, arg(args, 1), arg(args, 2))
                errors_list = iterable_to_list(arg(args, 0))
                define_value(o, "errors", create_array_from_list(
                    errors_list, intrinsics.get("ArrayPrototype", object_proto)), _HIDDEN)
            else:                                                   # 20.5.1.1
                _install_message_and_cause(o, arg(args, 0), arg(args, 1))
            _finish_stack(realm, o, skip)
            return o

        def error_call(this, args):
            return error_construct(args, ctor)

        ctor = make_constructor(realm, name, length, error_call, error_construct, proto)
        if parent is not None:
            ctor.proto = parent                                     # 20.5.6.2
        define_value(proto, "name", name, METHOD_FLAGS)
        define_value(proto, "message", "", METHOD_FLAGS)
        return ctor, proto

    realm.error_stack_accessor = _stack_accessor(realm)
    error, error_proto = make_error_constructor("Error", 1, None, object_proto)

    def error_to_string_method(this, args):                         # 20.5.3.4
        if not isinstance(this, JSObject):
            raise errors.type_error(
                "Method Error.prototype.toString called on incompatible receiver "
                + errors.display_value(this))
        return error_to_string(this)

    def capture_stack_trace(this, args):                            # V8 extension
        o = arg(args, 0)
        if not isinstance(o, JSObject):
            raise errors.type_error("invalid_argument")
        fn = arg(args, 1)
        skip = _frames_to_skip(fn) if is_callable(fn) else 0
        define_property_or_throw(o, "stack", PropertyDescriptor(
            _stack_value(realm, o, skip), True, None, None, False, True))
        return UNDEFINED

    define_methods(realm, error_proto, [("toString", error_to_string_method, 0)])
    _ERROR_TO_STRING.add(error_proto.get_fast("toString"))
    define_methods(realm, error, [("captureStackTrace", capture_stack_trace, 2)])
    define_value(error, "stackTraceLimit", 10, WRITABLE | ENUMERABLE | CONFIGURABLE)

    for name in NATIVE_ERRORS:
        make_error_constructor(name, 1, error, error_proto)
    make_error_constructor("AggregateError", 2, error, error_proto, aggregate=True)

    errors.ERROR_FACTORY = error_factory
    return error

