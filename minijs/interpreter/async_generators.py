"""Async generators (ECMA-262 27.6): a request queue in front of a
suspended interpreter Frame.

`next` / `return` / `throw` queue a request (its completion and promise
capability) and resume the frame when it is suspended (27.6.3.3
AsyncGeneratorResume).  Inside, GENERATOR_START (its register holds the
generator, which AWAIT resumes too), AWAIT as in async functions, and

    ASYNC_GENERATOR_YIELD r   AsyncGeneratorYield (27.6.3.8): settle the
                              first request with {value, done: false};
                              go on at once with the next queued request,
                              or suspend until one comes

The frame finishing settles the first request with done: true (or
rejects it) and drains the queue (AsyncGeneratorDrainQueue, 27.6.3.10); a
`return` request on a finished generator awaits its value first
(AsyncGeneratorAwaitReturn, 27.6.3.9).
"""

from collections import deque

from minijs.bytecode import opcodes as O
from minijs.interpreter import ops as H
from minijs.interpreter.function import JSFunction
from minijs.interpreter.generators import Suspended, create_iter_result
from minijs.interpreter.state import STATE
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import WRITABLE
from minijs.runtime.values import UNDEFINED

__all__ = ["JSAsyncGenerator", "make_async_generator_closure", "enqueue"]

START, SUSPENDED, EXECUTING, AWAITING_RETURN, COMPLETED = (
    "suspendedStart", "suspendedYield", "executing", "awaiting-return", "completed")
NEXT, THROW, RETURN = O.RESUME_NEXT, O.RESUME_THROW, O.RESUME_RETURN


class JSAsyncGenerator(JSObject):
    """An async generator instance: state, frame and request queue of
    (mode, value, capability)."""

    __slots__ = ("state", "frame", "queue", "realm")
    class_name = "AsyncGenerator"

    def __init__(self, proto, frame, realm):
        JSObject.__init__(self, proto)
        self.state = START
        self.frame = frame
        self.queue = deque()
        self.realm = realm

    def resume(self, value, mode):
        """Continue the frame after an await (AWAIT's callbacks)."""
        _run(self, value, mode)


def make_async_generator_closure(frame, code):
    """An async generator function (15.6.3): not a constructor; its
    `prototype` inherits %AsyncGeneratorPrototype%."""
    realm = frame.realm
    intrinsics = realm.intrinsics
    fn = JSFunction(code, frame.context, realm, intrinsics["AsyncGeneratorFunctionPrototype"],
                    "generator")
    fn._add_named("prototype", JSObject(intrinsics["AsyncGeneratorPrototype"]), WRITABLE)
    if code.script is None:
        code.script = frame.code.script
    return fn


def start(frame, reg):
    """GENERATOR_START of an async generator function."""
    fn = frame.func
    proto = fn.get("prototype", fn)
    if not isinstance(proto, JSObject):
        proto = fn.realm.intrinsics["AsyncGeneratorPrototype"]
    gen = JSAsyncGenerator(proto, frame, frame.realm)
    frame.regs[reg] = gen
    return gen


# -- running the frame ------------------------------------------------------------

def _run(gen, value, mode, push=True):
    from minijs.interpreter.loop import execute
    frame = gen.frame
    if push:
        frame.stack.append(value)
        frame.stack.append(mode)
    frame.parent = STATE.frame
    frame.entry = True
    gen.state = EXECUTING
    try:
        result = execute(frame)
    except JSThrow as exc:
        _finish(gen, THROW, exc.value)
        return
    if type(result) is Suspended:
        return                              # awaiting, or yielded with nothing queued
    _finish(gen, NEXT, result)


def _finish(gen, mode, value):
    gen.state = COMPLETED
    gen.frame = None
    _complete_step(gen, mode, value, True)
    _drain(gen)


def _complete_step(gen, mode, value, done):
    """AsyncGeneratorCompleteStep (27.6.3.4)."""
    _, _, capability = gen.queue.popleft()
    if mode == THROW:
        capability.reject(value)
    else:
        capability.resolve(create_iter_result(value, done))


def _drain(gen):
    """AsyncGeneratorDrainQueue (27.6.3.10) of a completed generator."""
    queue = gen.queue
    while queue:
        mode, value, _ = queue[0]
        if mode == RETURN:
            gen.state = AWAITING_RETURN
            _await_return(gen)
            return
        _complete_step(gen, mode, value if mode == THROW else UNDEFINED, True)


def _await_return(gen):
    """AsyncGeneratorAwaitReturn (27.6.3.9)."""
    from minijs.builtins.promise_core import perform_then, promise_resolve
    _, value, _ = gen.queue[0]
    try:
        promise = promise_resolve(gen.realm, value)
    except JSThrow as exc:
        _finish(gen, THROW, exc.value)
        return

    def fulfilled(v):
        _finish(gen, NEXT, v)

    def rejected(reason):
        _finish(gen, THROW, reason)

    perform_then(promise, fulfilled, rejected)


def enqueue(gen, mode, value, capability):
    """AsyncGenerator.prototype.next / return / throw after validation
    (27.6.1.2 - 27.6.1.4)."""
    state = gen.state
    if mode == THROW and state == START:
        gen.state = state = COMPLETED
        gen.frame = None
    if state == COMPLETED:
        if mode == NEXT:
            capability.resolve(create_iter_result(UNDEFINED, True))
            return
        if mode == THROW:
            capability.reject(value)
            return
    gen.queue.append((mode, value, capability))
    if mode == RETURN and state in (START, COMPLETED):
        gen.state = AWAITING_RETURN
        gen.frame = None
        _await_return(gen)
    elif state == START:
        _run(gen, value, mode, push=False)
    elif state == SUSPENDED:
        _run(gen, value, mode)


# -- opcodes ----------------------------------------------------------------------------



@H.handler("ASYNC_YIELD_STAR_CALL")
def _async_yield_star_call(frame, arg):
    """15.5.5 step 7 for an async generator: the call part of one round
    (the compiled code awaits the result and tests it)."""
    from minijs.runtime import errors
    from minijs.runtime import operations as ops
    from minijs.runtime.calls import call
    s = frame.stack
    mode = s.pop()
    received = s.pop()
    nxt, it = s[-1], s[-2]
    if mode == NEXT:
        if not getattr(nxt, "callable", False):
            raise errors.type_error("%s is not a function" % errors.display_value(nxt))
        s.extend((call(nxt, it, (received,)), NEXT))
        return
    method = ops.get_method(it, "throw" if mode == THROW else "return")
    if method is not UNDEFINED:
        s.extend((call(method, it, (received,)), mode))
    elif mode == RETURN:
        s.extend((received, 3))
    else:
        close = ops.get_method(it, "return")
        if close is UNDEFINED:
            raise errors.type_error("The iterator does not provide a 'throw' method.")
        s.extend((call(close, it, ()), 4))


@H.handler("ASYNC_GENERATOR_YIELD")
def _async_generator_yield(frame, reg):
    gen = frame.regs[reg]
    value = frame.stack.pop()
    _complete_step(gen, NEXT, value, False)
    if gen.queue:                           # go on with the next request at once
        mode, received, _ = gen.queue[0]
        frame.stack.append(received)
        frame.stack.append(mode)
        return None
    gen.state = SUSPENDED
    frame.completion = Suspended(None)
    return H.RETURNED
