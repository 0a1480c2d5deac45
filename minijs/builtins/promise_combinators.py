"""Promise.all, Promise.allSettled, Promise.any and Promise.race
(ECMA-262 27.2.4.1 - 27.2.4.5), and Promise.allKeyed / allSettledKeyed
(the await-dictionary proposal, which test262 covers).

All four share one skeleton (`_combinator`): NewPromiseCapability(C),
GetPromiseResolve(C), GetIterator, then a loop over the iterable that
calls `promiseResolve` on each value and `then` on the result; any abrupt
completion rejects the capability's promise (IfAbruptRejectPromise), and
one thrown by the loop body (not by the iterator itself) closes the
iterator first.  The per-element resolve/reject functions are built-in
functions of length 1 and name "" that act once (their [[AlreadyCalled]]).
"""

from minijs.builtins.iterable import for_each_value
from minijs.builtins.promise_core import new_promise_capability
from minijs.builtins.support import arg, define_methods, make_function
from minijs.runtime import errors
from minijs.runtime.arrays import create_array_from_list
from minijs.runtime.calls import call
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import create_data_property_or_throw, define_property_or_throw
from minijs.runtime.values import NULL, UNDEFINED, is_callable

__all__ = ["install"]


def _get_promise_resolve(c):
    """GetPromiseResolve (27.2.4.1.1)."""
    resolve = c.get("resolve", c)
    if not is_callable(resolve):
        raise errors.type_error("resolve is not a function")
    return resolve


def _invoke_then(v, args):
    from minijs.builtins.promise import invoke_then
    return invoke_then(v, args)


class _Remaining:
    """The shared remainingElementsCount record, starting at 1."""

    __slots__ = ("count",)

    def __init__(self):
        self.count = 1

    def element_done(self, values, index, value, finish):
        """Store one element's result; `finish()` after the last one."""
        values[index] = value
        self.count -= 1
        if self.count == 0:
            finish()


def _combinator(name, c, iterable, perform):
    """The common steps of the four combinators: `perform(capability,
    promise_resolve, iterable)` is the PerformPromiseX part."""
    if not isinstance(c, JSObject):
        raise errors.type_error("Promise.%s called on non-object" % name)
    capability = new_promise_capability(c)
    try:
        promise_resolve = _get_promise_resolve(c)
        perform(capability, promise_resolve, iterable)
    except errors.JSThrow as exc:
        capability.reject(exc.value)
    return capability.promise


def _array(realm, values):
    return create_array_from_list(values, realm.intrinsics["ArrayPrototype"])


def _once_functions(realm, *actions):
    """Element functions sharing one [[AlreadyCalled]]: the first call of
    any of them runs its `action(value)`, later calls do nothing."""
    called = [False]

    def make(action):
        def element(this, args):
            if called[0]:
                return UNDEFINED
            called[0] = True
            action(args[0] if args else UNDEFINED)
            return UNDEFINED
        return make_function(realm, element, "", 1)
    return [make(action) for action in actions]


def _once(realm, action):
    return _once_functions(realm, action)[0]


def _settled_entry(realm, status, key, value):
    obj = JSObject(realm.intrinsics["ObjectPrototype"])
    create_data_property_or_throw(obj, "status", status)
    create_data_property_or_throw(obj, key, value)
    return obj


def install(realm, ctor):
    """Define the combinators on the Promise constructor `ctor`."""

    def collect(capability, promise_resolve, iterable, c, make_handlers, on_done):
        """PerformPromiseAll / AllSettled / Any's loop: `make_handlers(
        index, values, remaining)` -> the two arguments of `then`;
        `on_done(values)` when every element has settled."""
        values = []
        remaining = _Remaining()

        def each(value):
            index = len(values)
            values.append(UNDEFINED)
            next_promise = call(promise_resolve, c, (value,))
            on_fulfilled, on_rejected = make_handlers(index, values, remaining)
            remaining.count += 1
            _invoke_then(next_promise, (on_fulfilled, on_rejected))
        for_each_value(iterable, each)
        remaining.count -= 1
        if remaining.count == 0:
            on_done(values)

    def all_(this, args):                                           # 27.2.4.1
        c = this

        def perform(capability, promise_resolve, iterable):
            def finish(values):
                capability.resolve(_array(realm, values))

            def handlers(index, values, remaining):
                return (_once(realm, lambda x: remaining.element_done(
                            values, index, x, lambda: finish(values))),
                        capability.reject_function())
            collect(capability, promise_resolve, iterable, c, handlers, finish)
        return _combinator("all", c, arg(args, 0), perform)

    def all_settled(this, args):                                    # 27.2.4.2
        c = this

        def perform(capability, promise_resolve, iterable):
            def finish(values):
                capability.resolve(_array(realm, values))

            def handlers(index, values, remaining):
                def settle(status, key):
                    return lambda x: remaining.element_done(
                        values, index, _settled_entry(realm, status, key, x),
                        lambda: finish(values))
                return _once_functions(realm, settle("fulfilled", "value"),
                                       settle("rejected", "reason"))
            collect(capability, promise_resolve, iterable, c, handlers, finish)
        return _combinator("allSettled", c, arg(args, 0), perform)

    def aggregate_error(values):
        error = errors.make_error("AggregateError", "All promises were rejected")
        define_property_or_throw(error, "errors", PropertyDescriptor(
            _array(realm, values), True, None, None, False, True))
        return error

    def any_(this, args):                                           # 27.2.4.3
        c = this

        def perform(capability, promise_resolve, iterable):
            def handlers(index, values, remaining):
                return (capability.resolve_function(),
                        _once(realm, lambda x: remaining.element_done(
                            values, index, x,
                            lambda: capability.reject(aggregate_error(values)))))

            def done(values):
                raise errors.JSThrow(aggregate_error(values))
            collect(capability, promise_resolve, iterable, c, handlers, done)
        return _combinator("any", c, arg(args, 0), perform)

    def race(this, args):                                           # 27.2.4.5
        c = this

        def perform(capability, promise_resolve, iterable):
            def each(value):
                next_promise = call(promise_resolve, c, (value,))
                _invoke_then(next_promise, (capability.resolve_function(),
                                            capability.reject_function()))
            for_each_value(iterable, each)
        return _combinator("race", c, arg(args, 0), perform)

    def keyed(name, settled):
        """Promise.allKeyed / allSettledKeyed (the await-dictionary
        proposal): PerformPromiseAllKeyed over the own enumerable
        properties of an object; the result has a null prototype."""
        def combinator(this, args):
            c = this
            promises = arg(args, 0)

            def perform(capability, promise_resolve, _):
                if not isinstance(promises, JSObject):
                    capability.reject(errors.make_error(
                        "TypeError", "Promise.%s requires an object" % name))
                    return
                _perform_keyed(realm, settled, promises, c, capability, promise_resolve)
            return _combinator(name, c, None, perform)
        return combinator

    define_methods(realm, ctor, [
        ("all", all_, 1),
        ("allSettled", all_settled, 1),
        ("any", any_, 1),
        ("race", race, 1),
        ("allKeyed", keyed("allKeyed", False), 1),
        ("allSettledKeyed", keyed("allSettledKeyed", True), 1),
    ])


def _perform_keyed(realm, settled, promises, c, capability, promise_resolve):
    """PerformPromiseAllKeyed(variant, promises, C, capability, promiseResolve)."""
    keys, values = [], []
    remaining = _Remaining()

    def finish():
        result = JSObject(NULL)                     # CreateKeyedPromiseCombinatorResultObject
        for key, value in zip(keys, values):
            create_data_property_or_throw(result, key, value)
        capability.resolve(result)

    def element(index, status, key_name):
        def store(x):
            remaining.element_done(
                values, index, _settled_entry(realm, status, key_name, x) if settled else x,
                finish)
        return store

    for key in promises.own_property_keys():
        desc = promises.get_own_property(key)
        if desc is None or not desc.enumerable:
            continue
        value = promises.get(key, promises)
        index = len(values)
        keys.append(key)
        values.append(UNDEFINED)
        next_promise = call(promise_resolve, c, (value,))
        if settled:
            on_fulfilled, on_rejected = _once_functions(
                realm, element(index, "fulfilled", "value"), element(index, "rejected", "reason"))
        else:
            on_fulfilled = _once(realm, element(index, None, None))
            on_rejected = capability.reject_function()
        remaining.count += 1
        _invoke_then(next_promise, (on_fulfilled, on_rejected))
    remaining.count -= 1
    if remaining.count == 0:
        finish()
