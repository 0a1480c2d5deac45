"""Promise abstract operations (ECMA-262 27.2.1 - 27.2.2, 27.2.4.7,
27.2.5.4.1), shared by the Promise built-ins and by the compiler's async
functions.

API for the rest of the engine (async functions, await, async generators):

    new_capability(realm=None) -> Resolvers (a capability record)
        NewPromiseCapability(%Promise%) of `realm` (the running realm by
        default) without running JS code: `cap.promise` is a fresh pending
        promise, `cap.resolve(value)` / `cap.reject(reason)` are its
        resolving functions as Python callables (the first call wins;
        resolve adopts thenables with the spec's extra job).
        An async function's result promise is one of these.

    promise_resolve(realm, value) -> JSPromise
        PromiseResolve(%Promise%, value) (27.2.4.7.1), step 2 of Await:
        `value` itself when it is a promise whose `constructor` is
        %Promise%, else a new promise resolved with it.  Can raise JSThrow
        (a `constructor` getter, a `then` getter runs later, in a job).

    perform_then(promise, on_fulfilled, on_rejected, capability=None)
        PerformPromiseThen (27.2.5.4.1).  Each handler is a JS function, a
        Python callable `handler(value) -> value`, or None (pass the value
        through).  It runs later as a job; with no capability its result
        is ignored and a JSThrow it raises goes to the host as an
        uncaught error, so Python handlers should not raise.  Returns
        capability.promise (or undefined).

    await_value(realm, value, on_fulfilled, on_rejected)
        Await's steps 2-9 for a caller that resumes itself: PromiseResolve
        then PerformPromiseThen with two Python callables.

    is_promise(v), JSPromise.promise_state / promise_result
        IsPromise (27.2.1.6); state "pending" | "fulfilled" | "rejected".

Invariants:

* A JSPromise has the spec's slots: promise_state, promise_result,
  reactions, is_handled.  [[PromiseFulfillReactions]] and
  [[PromiseRejectReactions]] are kept as one list of (capability or
  None, on_fulfilled, on_rejected) triples, made on the first `then`
  (None before and after settling): the two spec lists always have the
  same length and order.
* Every job is enqueued on the running realm's host (runtime/jobs.py);
  nothing here runs JS code synchronously except what the spec calls in
  place (`then` getters of resolutions, executors, species lookups).
* Capabilities of the intrinsic %Promise% are made without the executor
  dance (not observable: %Promise%.prototype cannot change); their JS
  resolving functions are created only if JS code needs them.
"""

from minijs.builtins.support import make_function
from minijs.runtime import errors
from minijs.runtime import jobs
from minijs.runtime import realm as realms
from minijs.runtime.calls import call, construct
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import get_prototype_from_constructor
from minijs.runtime.values import UNDEFINED, is_callable, is_constructor

__all__ = [
    "JSPromise", "Capability", "is_promise", "new_capability",
    "new_promise_capability", "promise_resolve", "promise_resolve_with",
    "perform_then", "await_value", "create_resolving_functions",
    "reject_promise", "PENDING", "FULFILLED", "REJECTED",
]

PENDING, FULFILLED, REJECTED = "pending", "fulfilled", "rejected"


class JSPromise(JSObject):
    """An object with the Promise internal slots (27.2.6)."""

    __slots__ = ("promise_state", "promise_result", "reactions", "is_handled")

    class_name = "Promise"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.promise_state = PENDING
        self.promise_result = UNDEFINED
        self.reactions = None
        self.is_handled = False


def is_promise(v):
    """IsPromise (27.2.1.6)."""
    return type(v) is JSPromise or isinstance(v, JSPromise)


# -- settling (27.2.1.4 FulfillPromise, 27.2.1.7 RejectPromise) ---------------

def _settle(promise, state, value):
    reactions = promise.reactions
    promise.promise_result = value
    promise.reactions = None
    promise.promise_state = state
    if reactions:
        realm = realms.current()
        fulfilled = state is FULFILLED
        for capability, on_fulfilled, on_rejected in reactions:    # TriggerPromiseReactions
            _enqueue_reaction(realm, capability, on_fulfilled if fulfilled else on_rejected,
                              state, value)


def fulfill_promise(promise, value):
    _settle(promise, FULFILLED, value)


def reject_promise(promise, reason):
    _settle(promise, REJECTED, reason)
    if not promise.is_handled:
        jobs.track_rejection(realms.current(), promise, "reject")


def _resolve(promise, resolution):
    """Steps 7-16 of a promise resolve function (27.2.1.3.2)."""
    if resolution is promise:
        reject_promise(promise, errors.make_error(
            "TypeError", "Chaining cycle detected for promise #<Promise>"))
        return
    if not isinstance(resolution, JSObject):
        fulfill_promise(promise, resolution)
        return
    try:
        then = resolution.get("then", resolution)
    except errors.JSThrow as exc:
        reject_promise(promise, exc.value)
        return
    if not is_callable(then):
        fulfill_promise(promise, resolution)
        return
    realm = realms.current()

    def resolve_thenable_job():                    # 27.2.2.2 NewPromiseResolveThenableJob
        resolve, reject = create_resolving_functions(promise, realms.current())
        try:
            call(then, resolution, (resolve, reject))
        except errors.JSThrow as exc:
            call(reject, UNDEFINED, (exc.value,))
    jobs.enqueue_job(realm, resolve_thenable_job, jobs.function_realm(then, None))


class Resolvers:
    """CreateResolvingFunctions (27.2.1.3): the pair shares one
    [[AlreadyResolved]] record; `resolve`/`reject` are the Python side,
    `functions(realm)` the JS function objects (made once, on demand).

    It is also the PromiseCapability Record of a capability of the
    intrinsic %Promise% (one object per `then` instead of three)."""

    __slots__ = ("promise", "already_resolved", "js_functions")

    def __init__(self, promise):
        self.promise = promise
        self.already_resolved = False
        self.js_functions = None

    def resolve(self, resolution):
        if self.already_resolved:
            return
        self.already_resolved = True
        _resolve(self.promise, resolution)

    def reject(self, reason):
        if self.already_resolved:
            return
        self.already_resolved = True
        reject_promise(self.promise, reason)

    def functions(self, realm):
        if self.js_functions is None:
            def resolve(this, args):
                self.resolve(args[0] if args else UNDEFINED)
                return UNDEFINED

            def reject(this, args):
                self.reject(args[0] if args else UNDEFINED)
                return UNDEFINED
            self.js_functions = (make_function(realm, resolve, "", 1),
                                 make_function(realm, reject, "", 1))
        return self.js_functions

    def resolve_function(self):
        return self.functions(realms.current())[0]

    def reject_function(self):
        return self.functions(realms.current())[1]


def create_resolving_functions(promise, realm):
    """CreateResolvingFunctions: (resolve, reject) JS functions."""
    return Resolvers(promise).functions(realm)


# -- capabilities (27.2.1.1, 27.2.1.5) ---------------------------------------

class Capability:
    """A PromiseCapability Record made by a constructor other than the
    intrinsic %Promise%: `resolve(v)` / `reject(r)` call its JS
    [[Resolve]] / [[Reject]]; `resolve_function()` / `reject_function()`
    are those functions.  (Resolvers has the same interface.)"""

    __slots__ = ("promise", "resolve_fn", "reject_fn")

    def __init__(self, promise, resolve_fn, reject_fn):
        self.promise = promise
        self.resolve_fn = resolve_fn
        self.reject_fn = reject_fn

    def resolve(self, value):
        call(self.resolve_fn, UNDEFINED, (value,))

    def reject(self, reason):
        call(self.reject_fn, UNDEFINED, (reason,))

    def resolve_function(self):
        return self.resolve_fn

    def reject_function(self):
        return self.reject_fn


def new_capability(realm=None):
    """NewPromiseCapability(%Promise%) of `realm` (see the module doc)."""
    realm = realm or realms.current()
    return Resolvers(JSPromise(realm.intrinsics["PromisePrototype"]))


def _is_intrinsic_promise(c):
    realm = realms.current()
    return realm is not None and c is realm.intrinsics.get("Promise")


def new_promise_capability(c):
    """NewPromiseCapability(C) (27.2.1.5)."""
    if _is_intrinsic_promise(c):
        return new_capability()
    if not is_constructor(c):
        raise errors.type_error("%s is not a constructor" % errors.display_value(c))
    slots = [UNDEFINED, UNDEFINED]

    def executor(this, args):                      # GetCapabilitiesExecutor
        if slots[0] is not UNDEFINED or slots[1] is not UNDEFINED:
            raise errors.type_error(
                "Promise executor has already been invoked with non-undefined arguments")
        slots[0] = args[0] if len(args) > 0 else UNDEFINED
        slots[1] = args[1] if len(args) > 1 else UNDEFINED
        return UNDEFINED
    promise = construct(c, (make_function(realms.current(), executor, "", 2),))
    if not is_callable(slots[0]) or not is_callable(slots[1]):
        raise errors.type_error("Promise resolve or reject function is not callable")
    return Capability(promise, slots[0], slots[1])


def create_promise(new_target, executor):
    """The Promise constructor's steps 3-11 (27.2.3.1)."""
    promise = JSPromise(get_prototype_from_constructor(new_target, "PromisePrototype"))
    resolvers = Resolvers(promise)
    resolve, reject = resolvers.functions(realms.current())
    try:
        call(executor, UNDEFINED, (resolve, reject))
    except errors.JSThrow as exc:
        resolvers.reject(exc.value)
    return promise


# -- PromiseResolve (27.2.4.7.1) ---------------------------------------------

def promise_resolve_with(c, x):
    """PromiseResolve(C, x)."""
    if isinstance(x, JSPromise):
        if x.get("constructor", x) is c:
            return x
    capability = new_promise_capability(c)
    capability.resolve(x)
    return capability.promise


def promise_resolve(realm, value):
    """PromiseResolve(%Promise% of `realm`, value)."""
    previous = realms.set_current(realm) if realm is not realms.current() else None
    try:
        return promise_resolve_with(realm.intrinsics["Promise"], value)
    finally:
        if previous is not None:
            realms.set_current(previous)


# -- reactions (27.2.2.1 NewPromiseReactionJob, 27.2.5.4.1) -------------------

def _enqueue_reaction(realm, capability, handler, state, argument):
    """HostEnqueuePromiseJob(NewPromiseReactionJob(reaction, argument))."""
    if handler is None:
        if capability is None:
            return
        if state is FULFILLED:
            def job():
                capability.resolve(argument)
        else:
            def job():
                capability.reject(argument)
        jobs.enqueue_job(realm, job, None)
        return
    if isinstance(handler, JSObject):
        run = handler.call
        args = (UNDEFINED, (argument,))
        job_realm = jobs.function_realm(handler, None)
    else:
        run = handler
        args = (argument,)
        job_realm = None

    def job():
        try:
            result = run(*args)
        except errors.JSThrow as exc:
            if capability is None:
                raise
            capability.reject(exc.value)
            return
        if capability is not None:
            capability.resolve(result)
    jobs.enqueue_job(realm, job, job_realm)


def _handler(h):
    """A handler slot: JS functions and Python callables kept, anything
    else (non-callable JS values, None) means "empty"."""
    if h is None:
        return None
    if isinstance(h, JSObject):
        return h if is_callable(h) else None
    if callable(h) and not isinstance(h, (str, int, float, bool)):
        return h
    return None


def perform_then(promise, on_fulfilled, on_rejected, capability=None):
    """PerformPromiseThen (27.2.5.4.1); see the module doc."""
    on_fulfilled = _handler(on_fulfilled)
    on_rejected = _handler(on_rejected)
    state = promise.promise_state
    if state is PENDING:
        reaction = (capability, on_fulfilled, on_rejected)
        if promise.reactions is None:
            promise.reactions = [reaction]
        else:
            promise.reactions.append(reaction)
    elif state is FULFILLED:
        _enqueue_reaction(realms.current(), capability, on_fulfilled, FULFILLED,
                          promise.promise_result)
    else:
        realm = realms.current()
        if not promise.is_handled:
            jobs.track_rejection(realm, promise, "handle")
        _enqueue_reaction(realm, capability, on_rejected, REJECTED, promise.promise_result)
    promise.is_handled = True
    return UNDEFINED if capability is None else capability.promise


def await_value(realm, value, on_fulfilled, on_rejected):
    """Await (27.7.5.3) steps 2-9, resuming through Python callables."""
    promise = promise_resolve(realm, value)
    perform_then(promise, on_fulfilled, on_rejected)
