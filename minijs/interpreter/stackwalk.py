"""Walking the JS call stack (V8's StackFrameIterator).

JS activations live in two kinds of places, interleaved on the Python
stack:

* interpreter Frames, run by a trampoline (`loop._run`): its local
  `frame` is the innermost one, and `parent` links lead down to the
  frame the trampoline was entered with (`entry`);
* baseline direct code (baseline.py), whose activations are Python
  frames of generated functions: their locals `fn`, `this`, `ip` and
  `frame` (the detached Frame, if one was made) describe them.

Built-in calls show as frames of their own: a Frame's `native` field
(set by the interpreter around a native call), or a Python frame of
`direct_calls.call_native` (direct code calling a built-in).

`js_frames()` walks the Python stack from the caller outwards and yields,
innermost first, `("js", frame)` for each activation (a Frame, or a
Frame-shaped view of a direct activation) and `("native", fn, this)` for
each built-in in the middle of a call.
"""

import sys

from minijs.interpreter import direct_calls
from minijs.interpreter.frame import Frame
from minijs.runtime.values import UNDEFINED

__all__ = ["js_frames", "NATIVE_CALLERS", "NATIVE_TOP", "OSR_CONTINUATIONS", "RUNS_CALLER_NATIVELY"]

# A deoptimized frame's id -> Frames of the native (JIT) activations that
# called it, innermost first (jit/deopt.py fills it while the frame runs):
# a trace shows them after it, as V8 shows optimized frames.
NATIVE_CALLERS = {}
# Frames of native activations above everything else on the stack, while
# native code raises an error itself (a stack overflow)
NATIVE_TOP = []
# ids of Frames that carry on an activation whose OSR code deoptimized:
# the activation that entered the OSR code, further out, is the same one
OSR_CONTINUATIONS = set()

# Code objects of Python functions that a baseline prologue calls to run
# its own activation in native code instead (the JIT's hot_call, when it
# compiled synchronously): the baseline frame below one is that same
# activation, which a deoptimization has already made a Frame of.
RUNS_CALLER_NATIVELY = set()


def _direct_view(pyframe):
    """The Frame describing a direct activation (its detached Frame if it
    has one, else a new one), positioned at its running instruction."""
    local = pyframe.f_locals
    fn = local.get("fn")
    if fn is None:
        return None
    frame = local.get("frame")
    if frame is None:
        frame = Frame(fn.code, fn, None, fn.context, local.get("this", UNDEFINED),
                      UNDEFINED, (), None, fn.realm)
    frame.pc = local.get("ip", 0)
    return frame


def js_frames():
    from minijs.interpreter.loop import _run
    trampoline = _run.__code__
    call_native = direct_calls.call_native.__code__
    construct_direct = direct_calls.construct_direct.__code__
    direct = direct_calls.DIRECT_CODES
    for frame in NATIVE_TOP:
        yield ("js", frame)
    py = sys._getframe(1)
    skip_direct = False
    continued = None            # the code of an OSR activation a deoptimized frame carries on
    while py is not None:
        pycode = py.f_code
        if pycode in RUNS_CALLER_NATIVELY:
            skip_direct = True
        elif pycode in direct and skip_direct:
            skip_direct = False
        elif pycode is trampoline:
            frame = py.f_locals.get("frame")
            if frame is not None and frame.native is not None:
                yield ("native", frame.native, frame.native_this)
            while frame is not None:
                if continued is not None and frame.code is continued:
                    continued = None            # (it entered the OSR code)
                    frame = frame.parent
                    continue
                yield ("js", frame)
                if OSR_CONTINUATIONS and id(frame) in OSR_CONTINUATIONS:
                    continued = frame.code
                if frame.entry:
                    if NATIVE_CALLERS:          # a deoptimized frame: its native callers
                        for caller in NATIVE_CALLERS.get(id(frame), ()):
                            yield ("js", caller)
                    break
                frame = frame.parent
        elif pycode in direct:
            view = _direct_view(py)
            if view is not None and continued is not None and view.code is continued:
                continued = None                # (it entered the OSR code)
            elif view is not None:
                view.construct = py.f_back is not None and py.f_back.f_code is construct_direct
                if view.native is not None:
                    yield ("native", view.native, view.native_this)
                yield ("js", view)
        elif pycode is call_native:
            local = py.f_locals
            callee = local.get("callee")
            if getattr(callee, "callable", False):     # else it is throwing "not a function"
                yield ("native", callee, local.get("this"))
        py = py.f_back
