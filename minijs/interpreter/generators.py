"""Generators (ECMA-262 27.5): generator objects keep a suspended
interpreter Frame.

A call of a generator function runs the frame like any call: the
arguments are bound, then GENERATOR_START creates the generator object
(which keeps the frame) and makes it the call's result.  `next`, `throw`
and `return` resume the frame with a nested run of the interpreter loop
(loop.execute) as an entry frame whose parent is the resumer's frame; the
resume value and mode (RESUME_*) are pushed on its operand stack, where
YIELD left off.  YIELD finishes the nested run with a `Suspended`
completion (never a JS value: only `resume` sees it); returning or
throwing finishes the generator.  No Python generator or thread ever holds
a JS frame, so the frame is plain data (pc, registers, stack, context).

Generator code stays in the generic loop (loop.tier_up skips it): the
baseline tier does not resume in the middle of a function.
"""

from minijs.bytecode import opcodes as O
from minijs.bytecode.code import CodeFlag
from minijs.interpreter import ops as H
from minijs.interpreter.fast_iteration import FAST_NEXT
from minijs.interpreter.function import JSFunction
from minijs.interpreter.state import STATE
from minijs.runtime import errors
from minijs.runtime import operations as ops
from minijs.runtime.calls import call
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import WRITABLE
from minijs.runtime.values import UNDEFINED, to_boolean

__all__ = ["JSGenerator", "resume", "make_generator_closure", "Suspended"]

_ASYNC = int(CodeFlag.ASYNC)
_GENERATOR = int(CodeFlag.GENERATOR)

START, SUSPENDED, EXECUTING, COMPLETED = "suspendedStart", "suspendedYield", "executing", "completed"


class JSGenerator(JSObject):
    """A generator instance (27.5.2): [[GeneratorState]] and the frame."""

    __slots__ = ("state", "frame")
    class_name = "Generator"

    def __init__(self, proto, frame):
        JSObject.__init__(self, proto)
        self.state = START
        self.frame = frame


class Suspended:
    """The completion of a frame that yielded: the iterator result the
    resumer returns."""

    __slots__ = ("result",)

    def __init__(self, result):
        self.result = result


def create_iter_result(value, done):
    from minijs.builtins.array_iterator import create_iter_result as make
    return make(value, done)


def make_generator_closure(frame, code):
    """A generator function object (15.5.3 InstantiateGeneratorFunctionObject):
    kind "generator" (not a constructor), [[Prototype]] %GeneratorFunction.prototype%,
    `prototype` a new object inheriting %GeneratorPrototype% (no `constructor`)."""
    realm = frame.realm
    intrinsics = realm.intrinsics
    flags = int(code.flags)             # IntFlag operators are slow
    if flags & _ASYNC:
        if flags & _GENERATOR:
            from minijs.interpreter.async_generators import make_async_generator_closure
            return make_async_generator_closure(frame, code)
        from minijs.interpreter.async_functions import make_async_closure
        return make_async_closure(frame, code)
    fn = JSFunction(code, frame.context, realm, intrinsics["GeneratorFunctionPrototype"], "generator")
    proto = JSObject(intrinsics["GeneratorPrototype"])
    fn._add_named("prototype", proto, WRITABLE)
    if code.script is None:
        code.script = frame.code.script
    return fn


# -- opcodes --------------------------------------------------------------------



@H.handler("GENERATOR_START")
def _generator_start(frame, reg):
    """EvaluateGeneratorBody steps 2-4: after FunctionDeclarationInstantiation,
    the generator object becomes the result of the call."""
    if int(frame.code.flags) & _ASYNC:
        from minijs.interpreter.async_generators import start
        frame.completion = start(frame, reg)
        return H.RETURNED
    fn = frame.func
    proto = fn.get("prototype", fn)
    if not isinstance(proto, JSObject):
        proto = fn.realm.intrinsics["GeneratorPrototype"]
    frame.completion = JSGenerator(proto, frame)
    return H.RETURNED


@H.handler("YIELD")
def _yield(frame, arg):
    frame.completion = Suspended(create_iter_result(frame.stack.pop(), False))
    return H.RETURNED


@H.handler("YIELD_ITER_RESULT")
def _yield_iter_result(frame, arg):
    frame.completion = Suspended(frame.stack.pop())
    return H.RETURNED


@H.handler("GENERATOR_RESUME")
def _generator_resume(frame, target):
    s = frame.stack
    mode = s.pop()
    if mode == O.RESUME_THROW:
        raise JSThrow(s.pop())
    if mode == O.RESUME_RETURN:
        frame.pc = target


@H.handler("YIELD_STAR_STEP")
def _yield_star_step(frame, arg):
    """One round of yield* (15.5.5 step 7) with a sync iterator."""
    s = frame.stack
    mode = s.pop()
    received = s.pop()
    nxt = s[-1]
    it = s[-2]
    if nxt is FAST_NEXT:                   # an array walked without an iterator object
        if mode == O.RESUME_NEXT:
            step = it.step()
            if step.done:
                s.extend((step.value, 1))
            else:
                s.extend((create_iter_result(step.value, False), 0))
            return
        method = UNDEFINED
    elif mode == O.RESUME_NEXT:
        method = nxt
    else:
        method = ops.get_method(it, "throw" if mode == O.RESUME_THROW else "return")
    if method is UNDEFINED:
        if mode == O.RESUME_RETURN:
            s.extend((received, 2))
            return
        # throw without a `throw` method: close the iterator, then TypeError
        if nxt is not FAST_NEXT:
            from minijs.interpreter.iteration import iterator_close
            iterator_close(it)
        raise errors.type_error("The iterator does not provide a 'throw' method.")
    result = call(method, it, (received,))
    if not isinstance(result, JSObject):
        raise errors.type_error("Iterator result %s is not an object" % errors.display_value(result))
    if to_boolean(result.get("done", result)):
        s.extend((result.get("value", result), 2 if mode == O.RESUME_RETURN else 1))
    else:
        s.extend((result, 0))


# -- resumption (27.5.3.3 GeneratorResume, 27.5.3.4 GeneratorResumeAbrupt) -----------------

def resume(gen, value, mode):
    """Resume generator `gen` with `value` in `mode` (RESUME_*): the
    iterator result, or raises JSThrow."""
    state = gen.state
    if state == EXECUTING:
        raise errors.type_error("Generator is already running")
    if state == START and mode != O.RESUME_NEXT:
        gen.state = state = COMPLETED
        gen.frame = None
    if state == COMPLETED:
        if mode == O.RESUME_THROW:
            raise JSThrow(value)
        return create_iter_result(value if mode == O.RESUME_RETURN else UNDEFINED, True)
    from minijs.interpreter.loop import execute
    frame = gen.frame
    if state == SUSPENDED:
        frame.stack.append(value)
        frame.stack.append(mode)
    gen.state = EXECUTING
    frame.parent = STATE.frame
    frame.entry = True
    try:
        result = execute(frame)
    except BaseException:
        gen.state = COMPLETED
        gen.frame = None
        raise
    if type(result) is Suspended:
        gen.state = SUSPENDED
        return result.result
    gen.state = COMPLETED
    gen.frame = None
    return create_iter_result(result, True)
