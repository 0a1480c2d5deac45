"""The interpreter loop (Ignition analogue): runs frames of CodeObjects.

One loop runs a whole chain of JS-to-JS calls without Python recursion:
a call builds the callee's Frame and the loop goes on with it; a return
pushes the value onto the caller's operand stack and goes on with the
caller.  Only calls *from Python* (a built-in calling a JS callback, a
getter reached from the object model) start a nested loop, whose first
frame is marked `entry`.

Dispatch: the hottest opcodes are tested first in one if-chain over
local variables (the cheapest dispatch CPython offers); every other
opcode goes through `HANDLERS[op](frame, arg)` (minijs/interpreter/ops.py).
`check_dispatch` proves at import time that every opcode has a handler.

Exceptions: a JSThrow raised by an instruction unwinds to the innermost
handler of the handler table covering it; without one the frame is
popped and the search goes on in the caller, until an entry frame, where
the exception goes back to Python.  The loop resumes at any `frame.pc`,
which is what the deoptimiser and generators need.
"""

import sys

from minijs.bytecode import opcodes as O
from minijs.bytecode.code import CodeFlag
from minijs.interpreter import ops as H
from minijs.interpreter.direct_calls import construct_direct
from minijs.interpreter.feedback import HINTS, OTHER, record_call
from minijs.interpreter.frame import Frame
from minijs.interpreter.function import JSFunction
from minijs.interpreter.state import STATE, stack_overflow
from minijs.runtime import errors
from minijs.runtime import operations as ops
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, UNDEFINED, to_boolean

__all__ = ["execute", "call_function", "construct_function", "new_frame"]

MAX_SAFE = 2 ** 53

LOAD_REG = O.LOAD_REG
STORE_REG = O.STORE_REG
LOAD_CONST = O.LOAD_CONST
LOAD_SMI = O.LOAD_SMI
LOAD_UNDEFINED = O.LOAD_UNDEFINED
POP = O.POP
DUP = O.DUP
ADD = O.ADD
SUB = O.SUB
LT = O.LT
GT = O.GT
LE = O.LE
GE = O.GE
STRICT_EQ = O.STRICT_EQ
STRICT_NE = O.STRICT_NE
JUMP = O.JUMP
JUMP_LOOP = O.JUMP_LOOP
JUMP_IF_FALSE = O.JUMP_IF_FALSE
JUMP_IF_TRUE = O.JUMP_IF_TRUE
GET_NAMED = O.GET_NAMED
GET_METHOD = O.GET_METHOD
SET_NAMED = O.SET_NAMED
GET_KEYED = O.GET_KEYED
SET_KEYED = O.SET_KEYED
LOAD_GLOBAL = O.LOAD_GLOBAL
LOAD_CONTEXT = O.LOAD_CONTEXT
STORE_CONTEXT = O.STORE_CONTEXT
CALL = O.CALL
CALL_UNDEFINED = O.CALL_UNDEFINED
CONSTRUCT = O.CONSTRUCT
RETURN = O.RETURN
RETURN_UNDEFINED = O.RETURN_UNDEFINED
MUL = O.MUL
INC = O.INC
DEC = O.DEC
TO_NUMERIC = O.TO_NUMERIC
LOAD_TRUE = O.LOAD_TRUE
LOAD_FALSE = O.LOAD_FALSE
NOT = O.NOT
SWAP = O.SWAP

HANDLERS = H.HANDLERS
O.check_dispatch(HANDLERS, "interpreter")


def new_frame(fn, this, args, parent, new_target=None, fresh=False):
    """The frame of a call of JSFunction `fn` (10.2.1.1 PrepareForOrdinaryCall
    + OrdinaryCallBindThis + the argument registers).  `fresh`: `args` is a
    new list nobody else holds (the caller built it for this call)."""
    code = fn.code
    n = code.param_count
    argc = len(args)
    if argc == n and fresh and not code.reads_arguments:
        regs = args
        rest = code.register_count - n
    elif argc >= n:
        regs = list(args[:n]) if argc > n else list(args)
        rest = code.register_count - n
    else:
        regs = list(args)
        rest = code.register_count - argc
    if rest:
        regs.extend([UNDEFINED] * rest)
    kind = fn.kind
    if kind == "arrow":
        this = fn.lexical_this
        new_target = fn.lexical_new_target
    elif not fn.strict and new_target is None:
        if this is UNDEFINED or this is NULL:
            this = fn.realm.global_object
        elif not isinstance(this, JSObject):
            this = ops.to_object(this)
    frame = Frame(code, fn, regs, fn.context, this,
                  UNDEFINED if new_target is None else new_target, args, parent, fn.realm)
    if frame.depth > STATE.stack_limit:
        raise stack_overflow()
    code.invocation_count += 1
    if code.invocation_count >= BASELINE_CALLS and not code.tiering_failed \
            and (code.baseline is None or code.direct_deferred):
        tier_up(code, code.invocation_count > BASELINE_CALLS)
    return frame


# Tiering to the baseline tier (baseline.py): after a few calls, or a loop
# that has run long enough in the generic loop.
BASELINE_CALLS = 2
BASELINE_OSR_EDGES = 200
BASELINE_ENABLED = True
_SUSPENDS = CodeFlag.GENERATOR | CodeFlag.ASYNC   # resumed mid-function: generic loop only


def tier_up(code, frame_entry=False):
    """Compile `code` for the baseline tier: its direct entry first when
    it may have one (calls then bypass frames altogether), the frame entry
    when frames of it still run (constructs, OSR, no direct entry).  On
    any failure stay in the generic loop (never a wrong result, never a
    crash)."""
    if not _baseline_possible(code):
        return
    from minijs.interpreter.baseline import compile_baseline, compile_direct, direct_ok
    try:
        code.direct_deferred = False
        if code.direct is None and direct_ok(code):
            compile_direct(code)
        if code.baseline is None and (frame_entry or code.direct is None):
            compile_baseline(code)
    except Exception:                       # noqa: BLE001 - a translator bug must not break the program
        _tiering_failed(code)


def tier_up_running(code):
    """A loop of a frame in the generic loop ran long: compile the frame
    entry the frame goes on in, and leave the direct entry to the next
    call (new_frame).  A function called once (a script's top level, a
    kernel) never pays for an entry nothing would run."""
    if not _baseline_possible(code):
        return
    from minijs.interpreter.baseline import compile_baseline, direct_ok
    try:
        compile_baseline(code)
        code.direct_deferred = code.direct is None and direct_ok(code)
    except Exception:                       # noqa: BLE001 - as in tier_up
        _tiering_failed(code)


def _baseline_possible(code):
    if not BASELINE_ENABLED or code.stack_depths is None or code.flags & _SUSPENDS:
        _tiering_failed(code)
        return False
    return True


def _tiering_failed(code):
    code.baseline = None
    code.direct = None
    code.direct_deferred = False
    code.tiering_failed = True
    code.back_edges = -(1 << 62)            # do not try again


def call_function(fn, this, args):
    """[[Call]] of a JSFunction from Python: run a nested loop."""
    if fn.is_class:
        raise errors.type_error(errors.msg_class_call(fn.name))
    parent = STATE.frame
    entry = fn.code.direct
    if entry is not None:
        return entry(fn, this, STATE.stack_limit - (parent.depth + 1 if parent else 0), *args)
    frame = new_frame(fn, this, args, parent)
    frame.entry = True
    return execute(frame)


def construct_function(fn, args, new_target):
    """[[Construct]] of a JSFunction from Python (10.2.2)."""
    frame = H.construct_frame(fn, args, new_target, STATE.frame)
    frame.entry = True
    return execute(frame)


def execute(frame, generic=False):
    """Run `frame` (and every frame it calls) until the entry frame
    returns; return its value.  JS exceptions leaving the entry frame
    propagate as JSThrow.  `generic`: run `frame` itself in this loop,
    never in baseline code (which resumes only at block starts; a
    deoptimized frame resumes at any bytecode)."""
    state = STATE
    saved = state.frame
    try:
        return _run(frame, state, frame if generic else None)
    finally:
        state.frame = saved


def _run(frame, state, generic_frame=None):
    while True:
        state.frame = frame
        code = frame.code
        baseline = code.baseline
        if baseline is not None and frame is not generic_frame:
            try:
                nxt = baseline(frame)
            except JSThrow as exc:
                frame = _unwind(frame, frame.pc - 1, exc)
                continue
            if nxt is None:
                v = frame.completion
                if frame.entry:
                    return v
                frame = frame.parent
                frame.stack.append(v)
            else:
                frame = nxt
            continue
        ops_ = code.ops
        args_ = code.args
        consts = code.constants
        names = code.names
        fbv = code.feedback_vector      # type feedback, recorded for every operator
        fbi = code.feedback
        stack = frame.stack
        regs = frame.regs
        push = stack.append
        pop = stack.pop
        pc = frame.pc
        try:
            while True:
                op = ops_[pc]
                arg = args_[pc]
                pc += 1
                if op == LOAD_REG:
                    push(regs[arg])
                elif op == STORE_REG:
                    regs[arg] = pop()
                elif op == LOAD_CONST:
                    push(consts[arg])
                elif op == LOAD_SMI:
                    push(arg)
                elif op == POP:
                    pop()
                elif op == JUMP_IF_FALSE:
                    v = pop()
                    if v is False or (v is not True and not to_boolean(v)):
                        pc = arg
                elif op == JUMP_IF_TRUE:
                    v = pop()
                    if v is True or (v is not False and to_boolean(v)):
                        pc = arg
                elif op == JUMP:
                    pc = arg
                elif op == LT:
                    b = pop()
                    a = stack[-1]
                    k = fbi[pc - 1]
                    fbv[k] = (fbv[k] or 0) | HINTS.get(type(a), OTHER) | HINTS.get(type(b), OTHER)
                    ta = type(a)
                    if (ta is int or ta is float) and ta is type(b):
                        stack[-1] = a < b
                    else:
                        frame.pc = pc
                        r = ops.less_than(a, b)
                        stack[-1] = r is True
                elif op == ADD:
                    b = pop()
                    a = stack[-1]
                    k = fbi[pc - 1]
                    fbv[k] = (fbv[k] or 0) | HINTS.get(type(a), OTHER) | HINTS.get(type(b), OTHER)
                    ta = type(a)
                    if ta is int and type(b) is int:
                        r = a + b
                        stack[-1] = r if -MAX_SAFE <= r <= MAX_SAFE else float(r)
                    elif ta is float and type(b) is float:
                        stack[-1] = a + b
                    else:
                        frame.pc = pc
                        stack[-1] = ops.add(a, b)
                elif op == SUB:
                    b = pop()
                    a = stack[-1]
                    k = fbi[pc - 1]
                    fbv[k] = (fbv[k] or 0) | HINTS.get(type(a), OTHER) | HINTS.get(type(b), OTHER)
                    if type(a) is int and type(b) is int:
                        r = a - b
                        stack[-1] = r if -MAX_SAFE <= r <= MAX_SAFE else float(r)
                    else:
                        frame.pc = pc
                        stack[-1] = ops.sub(a, b)
                elif op == GET_NAMED:
                    obj = stack[-1]
                    fb = code.feedback_vector[code.feedback[pc - 1]]
                    if fb is not None and getattr(obj, "shape", None) is fb[0] and fb[2] is None:
                        stack[-1] = obj.slots[fb[1]]
                    else:
                        frame.pc = pc
                        stack[-1] = H.get_named(frame, obj, names[arg], pc - 1)
                elif op == LOAD_GLOBAL:
                    name = names[arg]
                    realm = frame.realm
                    v = realm.global_object.get_fast(name)
                    if v is None or name in realm.global_lexicals:   # a global let shadows it
                        frame.pc = pc
                        v = H.load_global(frame, name)
                    push(v)
                elif op == JUMP_LOOP:
                    pc = arg
                    code.back_edges += 1         # hotness (baseline OSR, later the JIT)
                    if code.back_edges > BASELINE_OSR_EDGES:
                        if code.baseline is None and not code.tiering_failed:
                            tier_up_running(code)
                        frame.pc = pc
                        # a loop header is a block start, so a deoptimized
                        # frame may go on in baseline code (and OSR) from here
                        if frame is generic_frame and code.baseline is not None:
                            generic_frame = None
                        break                    # the trampoline enters the baseline code here
                elif op == LOAD_CONTEXT:
                    depth, slot = arg
                    c = frame.context
                    while depth:
                        c = c.parent
                        depth -= 1
                    push(c.slots[slot])
                elif op == STORE_CONTEXT:
                    depth, slot = arg
                    c = frame.context
                    while depth:
                        c = c.parent
                        depth -= 1
                    c.slots[slot] = pop()
                elif op == DUP:
                    push(stack[-1])
                elif op == STRICT_EQ:
                    b = pop()
                    a = stack[-1]
                    stack[-1] = ops.strict_equals(a, b)
                elif op == STRICT_NE:
                    b = pop()
                    a = stack[-1]
                    stack[-1] = not ops.strict_equals(a, b)
                elif op == CALL or op == CALL_UNDEFINED:
                    if op == CALL:
                        n = arg + 2
                        callee = stack[-n]
                        this = stack[-n + 1]
                    else:
                        n = arg + 1
                        callee = stack[-n]
                        this = UNDEFINED
                    argv = stack[len(stack) - arg:]
                    del stack[-n:]
                    record_call(fbv, fbi[pc - 1], callee)
                    if type(callee) is JSFunction and callee.kind != "class":
                        frame.pc = pc
                        entry = callee.code.direct
                        if entry is not None:        # baseline direct code: a Python call
                            push(entry(callee, this, state.stack_limit - frame.depth - 1, *argv))
                            continue
                        frame = new_frame(callee, this, argv, frame, None, True)
                        break
                    frame.pc = pc
                    if not getattr(callee, "callable", False):
                        raise H.not_callable(frame, pc - 1, callee)
                    frame.native = callee              # for stack traces through built-ins
                    frame.native_this = this
                    push(callee.call(this, argv))
                    frame.native = None
                elif op == RETURN or op == RETURN_UNDEFINED:
                    v = pop() if op == RETURN else UNDEFINED
                    if frame.construct and not isinstance(v, JSObject):
                        frame.pc = pc
                        v = H.construct_result(frame, v)
                    if frame.entry:
                        return v
                    frame = frame.parent
                    frame.stack.append(v)
                    break
                elif op == CONSTRUCT:
                    n = arg + 1
                    callee = stack[-n]
                    argv = stack[len(stack) - arg:]
                    del stack[-n:]
                    frame.pc = pc
                    if type(callee) is JSFunction:
                        if callee.code.direct_construct and callee.constructible:
                            push(construct_direct(callee, argv, state.stack_limit - frame.depth - 1))
                            continue
                        frame = H.construct_frame(callee, argv, callee, frame)
                        break
                    push(H.construct_other(frame, pc - 1, callee, argv))
                elif op == SET_NAMED:
                    v = pop()
                    obj = pop()
                    frame.pc = pc
                    H.set_named(frame, obj, names[arg], v, pc - 1)
                elif op == GET_KEYED:
                    key = pop()
                    obj = stack[-1]
                    if type(key) is int and key >= 0 and type(obj) in H.FAST_ELEMENT_TYPES:
                        v = obj.get_index_fast(key)
                        if v is None:
                            frame.pc = pc
                            v = H.get_keyed(frame, obj, key)
                        stack[-1] = v
                    else:
                        frame.pc = pc
                        stack[-1] = H.get_keyed(frame, obj, key)
                elif op == SET_KEYED:
                    v = pop()
                    key = pop()
                    obj = pop()
                    if not (type(key) is int and key >= 0 and type(obj) in H.FAST_ELEMENT_TYPES
                            and obj.set_index_fast(key, v)):
                        frame.pc = pc
                        H.set_keyed(frame, obj, key, v)
                elif op == GET_METHOD:
                    obj = stack[-1]
                    frame.pc = pc
                    stack[-1] = H.get_named(frame, obj, names[arg], pc - 1)
                    push(obj)
                elif op == MUL:
                    b = pop()
                    a = stack[-1]
                    k = fbi[pc - 1]
                    fbv[k] = (fbv[k] or 0) | HINTS.get(type(a), OTHER) | HINTS.get(type(b), OTHER)
                    if type(a) is float and type(b) is float:
                        stack[-1] = a * b
                    else:
                        frame.pc = pc
                        stack[-1] = ops.mul(a, b)
                elif op == GT:
                    b = pop()
                    a = stack[-1]
                    k = fbi[pc - 1]
                    fbv[k] = (fbv[k] or 0) | HINTS.get(type(a), OTHER) | HINTS.get(type(b), OTHER)
                    ta = type(a)
                    if (ta is int or ta is float) and ta is type(b):
                        stack[-1] = a > b
                    else:
                        frame.pc = pc
                        stack[-1] = ops.less_than(b, a, False) is True
                elif op == LE:
                    b = pop()
                    a = stack[-1]
                    k = fbi[pc - 1]
                    fbv[k] = (fbv[k] or 0) | HINTS.get(type(a), OTHER) | HINTS.get(type(b), OTHER)
                    ta = type(a)
                    if (ta is int or ta is float) and ta is type(b):
                        stack[-1] = a <= b
                    else:
                        frame.pc = pc
                        r = ops.less_than(b, a, False)
                        stack[-1] = r is False
                elif op == GE:
                    b = pop()
                    a = stack[-1]
                    k = fbi[pc - 1]
                    fbv[k] = (fbv[k] or 0) | HINTS.get(type(a), OTHER) | HINTS.get(type(b), OTHER)
                    ta = type(a)
                    if (ta is int or ta is float) and ta is type(b):
                        stack[-1] = a >= b
                    else:
                        frame.pc = pc
                        r = ops.less_than(a, b)
                        stack[-1] = r is False
                elif op == INC:
                    a = stack[-1]
                    k = fbi[pc - 1]
                    fbv[k] = (fbv[k] or 0) | HINTS.get(type(a), OTHER)
                    if type(a) is int and a < MAX_SAFE:
                        stack[-1] = a + 1
                    else:
                        frame.pc = pc
                        stack[-1] = ops.increment(a)
                elif op == DEC:
                    a = stack[-1]
                    k = fbi[pc - 1]
                    fbv[k] = (fbv[k] or 0) | HINTS.get(type(a), OTHER)
                    if type(a) is int and a > -MAX_SAFE:
                        stack[-1] = a - 1
                    else:
                        frame.pc = pc
                        stack[-1] = ops.decrement(a)
                elif op == TO_NUMERIC:
                    a = stack[-1]
                    if type(a) is not int and type(a) is not float:
                        frame.pc = pc
                        stack[-1] = ops.to_numeric(a)
                elif op == LOAD_UNDEFINED:
                    push(UNDEFINED)
                elif op == LOAD_TRUE:
                    push(True)
                elif op == LOAD_FALSE:
                    push(False)
                elif op == NOT:
                    stack[-1] = not to_boolean(stack[-1])
                elif op == SWAP:
                    stack[-1], stack[-2] = stack[-2], stack[-1]
                else:
                    frame.pc = pc
                    nxt = HANDLERS[op](frame, arg)
                    if nxt is not None:
                        if nxt is H.RETURNED:
                            v = frame.completion
                            if frame.entry:
                                return v
                            frame = frame.parent
                            frame.stack.append(v)
                            break
                        frame = nxt
                        break
                    pc = frame.pc
        except JSThrow as exc:
            frame = _unwind(frame, pc - 1, exc)
        except RecursionError:
            frame = _unwind(frame, pc - 1, stack_overflow())
        except (KeyboardInterrupt, SystemExit):
            raise
        except H.HostExit:
            raise
        except Exception as exc:            # an engine bug must not leak as a Python error
            frame = _unwind(frame, pc - 1, H.internal_error(exc))


def _unwind(frame, pc, exc):
    """Find the handler for an exception raised at `pc` of `frame`:
    returns the frame to continue with (its pc at the handler), or
    re-raises `exc` when it leaves the entry frame."""
    H.attach_position(exc, frame, pc)
    while True:
        for h in frame.code.handlers:
            if h.start <= pc < h.end:
                del frame.stack[h.depth:]
                frame.stack.append(exc.value)
                frame.pc = h.handler
                frame.native = None          # a built-in that threw is no longer running
                return frame
        if frame.entry:
            raise exc
        frame = frame.parent
        pc = frame.pc - 1


def _set_recursion_limit():
    if sys.getrecursionlimit() < 20000:
        sys.setrecursionlimit(20000)


_set_recursion_limit()


H.new_frame = new_frame        # the baseline tier's generated code calls it
