"""Async functions (ECMA-262 15.8, 27.7): an activation keeps its
suspended interpreter Frame, as generators do (generators.py).

    ASYNC_START r      first instruction: creates the result promise and
                       the AsyncActivation (kept in register r, never a JS
                       value), then runs the rest of the body at once in a
                       nested loop run (AsyncFunctionStart) and makes the
                       promise the call's result
    <v> AWAIT r        Await (27.7.5.3): PromiseResolve(v), then the frame
    GENERATOR_RESUME   is suspended; a promise job resumes it with
                       [value, RESUME_NEXT] or [reason, RESUME_THROW]
                       (GENERATOR_RESUME throws the latter where the await is)

Returning resolves the promise, throwing rejects it (also when binding
the parameters throws: 15.8.4 EvaluateAsyncFunctionBody).  The tick
counts are the spec's because the jobs are the Promise machinery's
(builtins/promise_core.await_value).
"""

from minijs.bytecode import opcodes as O
from minijs.bytecode.code import CodeFlag
from minijs.interpreter import ops as H
from minijs.interpreter.function import JSFunction
from minijs.interpreter.generators import Suspended
from minijs.interpreter.state import STATE
from minijs.runtime.errors import JSThrow

__all__ = ["AsyncActivation", "make_async_closure"]

_ARROW = int(CodeFlag.ARROW)


class AsyncActivation:
    """One call of an async function: its frame and result capability."""

    __slots__ = ("frame", "capability")

    def __init__(self, frame, capability):
        self.frame = frame
        self.capability = capability

    def resume(self, value, mode):
        _run(self, value, mode)


def make_async_closure(frame, code):
    """An async function object (15.8.2 InstantiateAsyncFunctionObject and
    the arrow / method forms): not a constructor, no `prototype`."""
    realm = frame.realm
    arrow = bool(int(code.flags) & _ARROW)      # IntFlag operators are slow
    fn = JSFunction(code, frame.context, realm, realm.intrinsics["AsyncFunctionPrototype"],
                    "arrow" if arrow else "async")
    if arrow:
        fn.lexical_this = frame.this
        fn.lexical_new_target = frame.new_target
        fn.home_object = frame.func.home_object if frame.func is not None else None
    if code.script is None:
        code.script = frame.code.script
    return fn




def _run(activation, value=None, mode=None):
    """Run the activation's frame until it awaits or finishes."""
    from minijs.interpreter.loop import execute
    frame = activation.frame
    if mode is not None:
        frame.stack.append(value)
        frame.stack.append(mode)
        frame.parent = STATE.frame
    frame.entry = True
    try:
        result = execute(frame)
    except JSThrow as exc:
        activation.frame = None
        activation.capability.reject(exc.value)
        return
    if type(result) is Suspended:
        return
    activation.frame = None
    activation.capability.resolve(result)


@H.handler("ASYNC_START")
def _async_start(frame, reg):
    from minijs.builtins.promise_core import new_capability
    capability = new_capability(frame.realm)
    activation = AsyncActivation(frame, capability)
    frame.regs[reg] = activation
    entry = frame.entry
    _run(activation)
    frame.entry = entry                 # the call itself returns to its caller
    frame.completion = capability.promise
    return H.RETURNED


@H.handler("GET_ASYNC_ITERATOR")
def _get_async_iterator(frame, arg):
    from minijs.builtins.async_iteration import get_async_iterator
    s = frame.stack
    s.extend(get_async_iterator(frame.realm, s.pop()))


@H.handler("ASYNC_ITERATOR_RETURN")
def _async_iterator_return(frame, target):
    from minijs.runtime import operations as ops
    from minijs.runtime.calls import call
    from minijs.runtime.values import UNDEFINED
    s = frame.stack
    s.pop()
    it = s.pop()
    method = ops.get_method(it, "return")
    if method is UNDEFINED:
        s.append(UNDEFINED)
        frame.pc = target
        return None
    s.append(call(method, it, ()))
    return None


@H.handler("AWAIT")
def _await(frame, reg):
    from minijs.builtins.promise_core import await_value
    activation = frame.regs[reg]          # an AsyncActivation or a JSAsyncGenerator
    value = frame.stack.pop()
    await_value(frame.realm, value,
                lambda v: activation.resume(v, O.RESUME_NEXT),
                lambda reason: activation.resume(reason, O.RESUME_THROW))
    frame.completion = Suspended(None)
    return H.RETURNED
