"""Calls made by baseline direct code (baseline.py), whose activations
are Python frames rather than interpreter Frames.

Direct code passes `room` along its calls: how many more JS frames the
stack limit (STATE.stack_limit) admits below the callee, so the check is
one comparison.  An interpreter Frame of depth d has room
`stack_limit - d`.

When direct code calls something that is not direct code, it goes
through one of the functions here, whose Python frames the stack walker
(stackwalk.py) recognises: `call_native` shows as the built-in's line
(`at Array.forEach (<anonymous>)`); `call_js` / `construct_js` run a
nested trampoline whose Frames it expands.
"""

from minijs.interpreter.frame import Frame
from minijs.interpreter.state import STATE, stack_overflow
from minijs.runtime import errors
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import get_prototype_from_constructor
from minijs.runtime.values import UNDEFINED

__all__ = ["call_js", "call_native", "construct_js", "construct_direct", "detached_frame", "run_nested",
           "stack_room", "stack_overflow", "register_direct_code", "DIRECT_CODES"]

# The Python code objects of every direct entry (the stack walker's test).
DIRECT_CODES = set()


def register_direct_code(pycode):
    DIRECT_CODES.add(pycode)


def stack_room(frame):
    """The room below an interpreter Frame."""
    return STATE.stack_limit - frame.depth


def _frame_at(frame, room):
    """Give a Frame made for direct code its depth (and check it)."""
    depth = STATE.stack_limit - room
    frame.depth = depth
    if room < 0:
        raise stack_overflow()
    return frame


def detached_frame(fn, context, this, room):
    """The Frame of a direct activation, made when a slow path needs one
    (interpreter handlers and some helpers take a Frame).  It is not on
    any frame chain: the walker finds the activation by its Python frame."""
    code = fn.code
    new_target = fn.lexical_new_target if fn.kind == "arrow" else UNDEFINED
    frame = Frame(code, fn, [], context, this,
                  UNDEFINED if new_target is None else new_target, (), None, fn.realm)
    frame.depth = STATE.stack_limit - room
    return frame


def run_nested(frame):
    """Run a Frame to completion in a nested trampoline; its value."""
    from minijs.interpreter.loop import execute
    frame.entry = True
    return execute(frame)


def call_js(fn, this, args, room):
    """[[Call]] of a JSFunction without direct code, from direct code."""
    from minijs.interpreter.loop import execute, new_frame
    if fn.is_class:
        raise errors.type_error(errors.msg_class_call(fn.name))
    frame = new_frame(fn, this, args, STATE.frame, None, True)
    _frame_at(frame, room - 1)
    frame.entry = True
    return execute(frame)


def call_native(fn, pc, callee, this, args):
    """A call of anything but a JSFunction from direct code of `fn` (the
    call at offset `pc`, for V8's "x is not a function" text)."""
    if not getattr(callee, "callable", False):
        from minijs.interpreter.ops import not_callable
        raise not_callable(fn, pc, callee)
    return callee.call(this, args)


def construct_direct(fn, args, room):
    """[[Construct]] (10.2.2) of a base constructor whose code has a direct
    entry and never reads new.target (`code.direct_construct`): the new
    object is made here and passed as `this`; the walker shows the frame
    above this one as `new F`."""
    proto = fn.get_fast("prototype")
    if not isinstance(proto, JSObject):
        proto = get_prototype_from_constructor(fn, "ObjectPrototype")
    this = JSObject(proto)
    result = fn.code.direct(fn, this, room, *args)
    return result if isinstance(result, JSObject) else this


def construct_js(frame, pc, callee, args):
    """`new callee(...args)` from direct code (`frame`: its detached Frame)."""
    from minijs.interpreter.function import JSFunction
    from minijs.interpreter.ops import construct_frame, construct_other
    if type(callee) is JSFunction:
        if callee.constructible and callee.code.direct_construct:
            return construct_direct(callee, args, STATE.stack_limit - frame.depth - 1)
        return run_nested(construct_frame(callee, args, callee, frame))
    return construct_other(frame, pc, callee, args)
