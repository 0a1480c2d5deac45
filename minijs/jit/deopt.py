"""Deoptimization: native code hands back its frame state and the
interpreter resumes at the exact bytecode where a guard failed.

Native code calls `deopt(site, room, *values)` (through the C API, with
the GIL held) where `site` describes the guard: the code, the bytecode
offset, and for each value whether it is a register or an operand-stack
slot.  A Frame is built from them and run to completion by the
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

import sys

from minijs.interpreter.frame import Frame
from minijs.interpreter.state import STATE, stack_overflow
from minijs.jit.options import OPTIONS
from minijs.bytecode.code import CodeFlag
from minijs.runtime.values import NULL, UNDEFINED

__all__ = ["DeoptSite", "deopt", "raise_stack_overflow"]

class DeoptSite:
    """One place where native code can give up (a guard)."""
    __slots__ = ("code", "closure", "pc", "layout", "reason", "count", "unit")

    def __init__(self, code, closure, pc, layout, reason):
        self.code = code
        self.closure = closure
        self.pc = pc
        self.layout = layout          # [(kind "r"/"s", index, IR type)] in value order
        self.reason = reason
        self.count = 0
        self.unit = None              # the compiled unit (set when installed)


def raise_stack_overflow():
    raise stack_overflow()


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
    for (kind, index, _typ), v in zip(site.layout, values):
        if kind == "r":
            regs[index] = v
        else:
            stack.append(v)
    fn = site.closure
    if (this is UNDEFINED or this is NULL) and not code.flags & CodeFlag.STRICT:
        this = fn.realm.global_object        # what the sloppy callee's prologue made of it
    frame = Frame(code, fn, regs, fn.context, this, UNDEFINED, (), STATE.frame, fn.realm)
    frame.pc = site.pc
    frame.stack = stack
    frame.depth = STATE.stack_limit - room
    frame.entry = True
    from minijs.interpreter.loop import execute
    return execute(frame)
