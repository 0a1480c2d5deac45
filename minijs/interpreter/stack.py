"""JS stack traces as V8 prints them (`    at f (/abs/file.js:3:11)`).

A frame's position is the source position of the instruction it is
running: `pc - 1`, the instruction that called the frame above it (or,
for the top frame, the one that threw).  The function part follows V8's
CallSite serialisation: `new F` for constructor calls, `Type.name` for
method calls on an object receiver (Type = the receiver's constructor
name), the bare name for plain calls, and `Object.<anonymous>` for the
CommonJS module function.
"""

from minijs.interpreter.stackwalk import js_frames
from minijs.runtime.realm import current as realm_current
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN

__all__ = ["stack_trace_lines", "frame_location", "frame_function_name", "DEFAULT_LIMIT"]

DEFAULT_LIMIT = 10


def frame_location(frame, pc=None):
    """(file name, 1-based line, 1-based column) of a frame, or None."""
    code = frame.code
    script = code.script
    if pc is None:
        pc = frame.pc - 1
    src = code.source_offset_for(max(pc, 0))
    if script is None or src is None:
        return None
    line, col = script.position(src)
    return script.filename, line, col + 1


def _constructor_name(obj):
    """JSReceiver::GetConstructorName, simplified: the `name` of the
    nearest `constructor` data property on the chain."""
    o = obj
    seen = 0
    while isinstance(o, JSObject) and seen < 100:
        ctor = o.get_fast("constructor")
        if ctor is not None and isinstance(ctor, JSObject):
            name = ctor.get_fast("name")
            if type(name) is str and name:
                return name
        o = o.proto
        seen += 1
    return "Object"


def frame_function_name(frame):
    """The function part of a stack line, or "" for an anonymous top-level
    function (then the line has no parentheses)."""
    fn = frame.func
    if fn is None:
        return ""
    name = fn.get_fast("name")
    name = name if type(name) is str else ""
    if frame.construct:
        return "new " + (name or "<anonymous>")
    this = frame.this
    if fn.kind == "arrow" or this is UNDEFINED or this is NULL \
            or this is frame.realm.global_object or not isinstance(this, JSObject):
        return name
    type_name = _constructor_name(this)
    if not name:
        return type_name + ".<anonymous>"
    if name.startswith(type_name + "."):
        return name
    return "%s.%s" % (type_name, name)


def format_frame(frame):
    loc = frame_location(frame)
    where = "%s:%d:%d" % loc if loc is not None else "<anonymous>"
    name = frame_function_name(frame)
    if name:
        return "    at %s (%s)" % (name, where)
    return "    at %s" % where


def native_frame_line(fn, this, construct=False):
    """A built-in's line: `at Array.forEach (<anonymous>)`."""
    name = fn.get_fast("name") if isinstance(fn, JSObject) else None
    name = name if type(name) is str else ""
    if construct or this is None:
        return "    at new %s (<anonymous>)" % (name or "<anonymous>")
    if isinstance(this, JSObject) and this is not realm_current().global_object:
        tag = this.get_fast(WELL_KNOWN.toStringTag)
        type_name = tag if type(tag) is str else _constructor_name(this)
        if getattr(this, "callable", False):
            type_name = "Function"
        return "    at %s.%s (<anonymous>)" % (type_name, name or "<anonymous>")
    return "    at %s (<anonymous>)" % (name or "<anonymous>")


_ERROR_CREATORS = ("Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError",
                   "EvalError", "URIError", "AggregateError")


def _creates_errors(fn, realm):
    if realm is None:
        return False
    intrinsics = realm.intrinsics
    for name in _ERROR_CREATORS:
        if intrinsics.get(name) is fn:
            return True
    error = intrinsics.get("Error")
    return error is not None and error.get_fast("captureStackTrace") is fn


def stack_trace_lines(limit=DEFAULT_LIMIT, skip_top=0):
    """The current JS call stack, innermost first, as V8's lines.  A
    built-in in the middle of a call gets a line of its own (V8 shows
    `at JSON.parse (<anonymous>)` for a built-in that throws, and
    `at Array.forEach (<anonymous>)` below a callback), except the
    built-in creating the error (the Error constructors,
    captureStackTrace)."""
    lines = []
    innermost = True
    for item in js_frames():
        if len(lines) >= limit:
            break
        if item[0] == "native":
            fn, this = item[1], item[2]
            if innermost and _creates_errors(fn, realm_current()):
                continue
            innermost = False
            lines.append(native_frame_line(fn, this))
            continue
        innermost = False
        frame = item[1]
        if skip_top:
            skip_top -= 1
        elif frame.code.script is not None and not frame.code.script.internal:
            lines.append(format_frame(frame))
    return lines
