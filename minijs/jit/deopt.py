"""Deoptimization: native code hands back its frame state and the
interpreter resumes at the exact bytecode where a guard failed.

Native code stores the live values raw into a buffer and calls
`deopt_packed(site, room, this, address)` (through the C API, with the
GIL held) where `site` describes the guard: the code, the bytecode
offset, and for each value whether it is a register or an operand-stack
slot and where its raw bits are.  A Frame is built from them and run to completion by the
interpreter (a nested trampoline, as when a built-in calls back into
JS); its result goes back to the native code, which returns it.  Nothing
before the guard has a side effect native code could repeat: guards come
before the operation they protect, and a call that comes back with a
result of another type deopts *after* the call (its result is pushed).

Policy (V8's, simplified): an eager deopt throws the native code away,
so the function goes back to the interpreter and re-tiers later with the
feedback the failed guard added; int32 overflows mark the site to use
float64 next time; functions that keep deoptimising stop being optimised.
"""

import ctypes
import sys

from minijs.interpreter.direct_calls import construct_direct
from minijs.interpreter.frame import Frame
from minijs.interpreter.stackwalk import NATIVE_CALLERS, NATIVE_TOP, OSR_CONTINUATIONS
from minijs.interpreter.state import STATE, stack_overflow
from minijs.jit.ir import BOOL, BOXED, F64, I32, is_object_type
from minijs.jit.layout import NATIVE_FRAMES, STATUS
from minijs.jit.options import OPTIONS
from minijs.bytecode.code import CodeFlag
from minijs.runtime.values import NULL, UNDEFINED

__all__ = ["DeoptSite", "deopt", "deopt_packed", "raise_stack_overflow"]

class DeoptSite:
    """One place where native code can give up (a guard)."""
    __slots__ = ("code", "closure", "pc", "layout", "reason", "count", "unit", "osr")

    def __init__(self, code, closure, pc, layout, reason, osr=False):
        self.code = code
        self.closure = closure
        self.pc = pc
        self.layout = layout          # [(kind "r"/"s", index, IR type, raw slot or constant)]
        self.reason = reason
        self.count = 0
        self.unit = None              # the compiled unit (set when installed)
        self.osr = osr                # in OSR code: the activation is an interpreter frame already


def raise_stack_overflow(code, fn, room):
    """Native code of `fn` found no room for its frame: the RangeError,
    with the native activations in its stack trace."""
    NATIVE_TOP[:] = [_frame_stub(code, fn, 0)] + _native_callers(room)
    try:
        error = stack_overflow()
    finally:
        del NATIVE_TOP[:]
    raise error


def _frame_stub(code, fn, pc):
    """A Frame that only describes a native activation (for stack walks)."""
    stub = Frame(code, fn, None, fn.context, UNDEFINED, UNDEFINED, (), None, fn.realm)
    stub.pc = pc
    return stub


_F64 = ctypes.c_double
_I64 = ctypes.c_int64
_decref = ctypes.pythonapi.Py_DecRef
_decref.argtypes = (ctypes.c_void_p,)


def deopt_packed(site, room, this, address):
    """What native code calls: the live values are raw 64-bit slots at
    `address`, described by `site.layout` (kind, index, IR type, slot or
    constant)."""
    values = []
    for _kind, _index, typ, where in site.layout:
        if typ == I32:
            v = _I64.from_address(address + 8 * where).value
        elif typ == F64:
            v = _F64.from_address(address + 8 * where).value
        elif typ == BOOL:
            v = _I64.from_address(address + 8 * where).value != 0
        elif is_object_type(typ):       # a borrowed reference
            v = ctypes.cast(ctypes.c_void_p(_I64.from_address(address + 8 * where).value),
                            ctypes.py_object).value
        elif typ == BOXED:              # a new reference native code hands over
            p = _I64.from_address(address + 8 * where).value
            v = ctypes.cast(ctypes.c_void_p(p), ctypes.py_object).value
            _decref(p)
        else:
            v = where                   # a constant (undefined, a function)
        values.append(v)
    return deopt(site, room, this, *values)


def deopt(site, room, this, *values):
    code = site.code
    site.count += 1
    if OPTIONS.trace_deopt:
        sys.stdout.write("[bailout (kind: deopt-eager, reason: %s): begin. deoptimizing %s, "
                         "bytecode offset %d]\n" % (site.reason, code.name or "(anonymous)", site.pc))
        sys.stdout.flush()
    from minijs.jit.tiering import after_deopt
    after_deopt(site)
    regs = [UNDEFINED] * code.register_count
    stack = []
    for (kind, index, _typ, _where), v in zip(site.layout, values):
        if kind == "r":
            regs[index] = v
        else:
            stack.append(v)
    fn = site.closure
    if (this is UNDEFINED or this is NULL) and not code.flags & CodeFlag.STRICT:
        this = fn.realm.global_object        # what the sloppy callee's prologue made of it
    callers = () if site.osr else _native_callers(room)
    constructing = not callers and _constructing(fn)
    frame = Frame(code, fn, regs, fn.context, this, fn if constructing else UNDEFINED, (),
                  STATE.frame, fn.realm)
    frame.construct = constructing
    frame.pc = site.pc
    frame.stack = stack
    frame.depth = STATE.stack_limit - room
    frame.entry = True
    from minijs.interpreter.loop import execute
    if site.osr:
        # the activation that entered the OSR code goes on as this frame:
        # a stack trace shows it once (and OSR code has no native callers)
        OSR_CONTINUATIONS.add(id(frame))
        try:
            return execute(frame, generic=True)
        finally:
            OSR_CONTINUATIONS.discard(id(frame))
    if not callers:
        return execute(frame, generic=True)
    NATIVE_CALLERS[id(frame)] = callers
    try:
        return execute(frame, generic=True)
    finally:
        del NATIVE_CALLERS[id(frame)]


def _constructing(fn):
    """Did [[Construct]] of `fn` enter the native code that deoptimized
    (direct_calls.construct_direct called its entry)?  Then the frame is
    `new fn` (stack traces say so).  Frames: 0 here, 1 deopt, 2
    deopt_packed, 3 the Python code that called the native entry."""
    entered_from = sys._getframe(3)
    return (entered_from.f_code is construct_direct.__code__
            and entered_from.f_locals.get("fn") is fn)


def _native_callers(room):
    """Frames of the native activations that called the one at `room`."""
    frames = []
    for info, pc in NATIVE_FRAMES.chain(room + 1):
        code, fn = ctypes.cast(ctypes.c_void_p(info), ctypes.py_object).value
        frames.append(_frame_stub(code, fn, pc))
    return frames
