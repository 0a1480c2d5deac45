"""Async iteration intrinsics: %AsyncIteratorPrototype% (27.1.3),
%AsyncFromSyncIteratorPrototype% (27.1.4), %AsyncGeneratorFunction% and
its prototypes (27.4, 27.6).

`get_async_iterator(obj)` is GetIterator(obj, async) (7.4.3) for
GET_ASYNC_ITERATOR: the @@asyncIterator method's iterator, or a sync
iterator wrapped by CreateAsyncFromSyncIterator.
"""

from minijs.bytecode import opcodes as O
from minijs.builtins.support import CONFIGURABLE, arg, define_method, define_value
from minijs.runtime import errors
from minijs.runtime.calls import call
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import get_method
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN, to_boolean

__all__ = ["install", "get_async_iterator"]


class AsyncFromSyncIterator(JSObject):
    """CreateAsyncFromSyncIterator (27.1.4.1): [[SyncIteratorRecord]]."""

    __slots__ = ("iterator", "next_method")

    def __init__(self, proto, iterator, next_method):
        JSObject.__init__(self, proto)
        self.iterator = iterator
        self.next_method = next_method


def get_async_iterator(realm, obj):
    """GetIterator(obj, async): (iterator, next method)."""
    method = UNDEFINED
    if obj is not UNDEFINED and obj is not NULL:
        method = get_method(obj, WELL_KNOWN.asyncIterator)
    if method is UNDEFINED:
        from minijs.interpreter.iteration import get_iterator
        sync_it, sync_next = get_iterator(obj)
        wrapper = AsyncFromSyncIterator(realm.intrinsics["AsyncFromSyncIteratorPrototype"],
                                        sync_it, sync_next)
        return wrapper, wrapper.get("next", wrapper)
    it = call(method, obj, ())
    if not isinstance(it, JSObject):
        raise errors.type_error("Result of the Symbol.asyncIterator method is not an object")
    return it, it.get("next", it)


def _continuation(realm, result, capability, sync_it, close_on_rejection):
    """AsyncFromSyncIteratorContinuation (27.1.4.4)."""
    from minijs.builtins.promise_core import perform_then, promise_resolve
    from minijs.interpreter.generators import create_iter_result
    done = to_boolean(result.get("done", result))
    value = result.get("value", result)
    try:
        wrapper = promise_resolve(realm, value)
    except JSThrow:
        if not done and close_on_rejection:
            from minijs.interpreter.iteration import iterator_close
            iterator_close(sync_it, quiet=True)
        raise

    def unwrap(v):
        return create_iter_result(v, done)

    on_rejected = None
    if not done and close_on_rejection:
        def on_rejected(reason):
            from minijs.interpreter.iteration import iterator_close
            iterator_close(sync_it, quiet=True)
            raise JSThrow(reason)
    perform_then(wrapper, unwrap, on_rejected, capability)
    return capability.promise


def _from_sync_method(realm, mode):
    def method(this, args):
        from minijs.builtins.promise_core import new_capability
        from minijs.interpreter.generators import create_iter_result
        capability = new_capability(realm)
        sync_it, sync_next = this.iterator, this.next_method
        try:
            if mode == O.RESUME_NEXT:
                result = call(sync_next, sync_it, tuple(args[:1]))
            else:
                name = "return" if mode == O.RESUME_RETURN else "throw"
                m = get_method(sync_it, name)
                if m is UNDEFINED:
                    if mode == O.RESUME_RETURN:
                        capability.resolve(create_iter_result(arg(args, 0), True))
                        return capability.promise
                    from minijs.interpreter.iteration import iterator_close
                    iterator_close(sync_it)
                    raise errors.type_error("The iterator does not provide a 'throw' method")
                result = call(m, sync_it, tuple(args[:1]))
            if not isinstance(result, JSObject):
                raise errors.type_error("Iterator result %s is not an object"
                                        % errors.display_value(result))
            return _continuation(realm, result, capability, sync_it, mode != O.RESUME_RETURN)
        except JSThrow as exc:
            capability.reject(exc.value)
            return capability.promise
    return method


def _async_generator_method(realm, name, mode):
    def method(this, args):
        from minijs.builtins.promise_core import new_capability
        from minijs.interpreter.async_generators import JSAsyncGenerator, enqueue
        capability = new_capability(realm)
        if type(this) is not JSAsyncGenerator:
            capability.reject(errors.type_error(
                "Method [AsyncGenerator].prototype.%s called on incompatible receiver %s"
                % (name, errors.display_value(this))).value)
            return capability.promise
        enqueue(this, mode, arg(args, 0), capability)
        return capability.promise
    return method


def _return_this(this, args):
    return this


def install(realm):
    intrinsics = realm.intrinsics
    from minijs.builtins.generator import _dynamic_constructor
    # %AsyncIteratorPrototype%
    async_iter_proto = JSObject(intrinsics["ObjectPrototype"])
    define_method(realm, async_iter_proto, WELL_KNOWN.asyncIterator, _return_this, 0)
    intrinsics["AsyncIteratorPrototype"] = async_iter_proto
    # %AsyncFromSyncIteratorPrototype%
    from_sync = JSObject(async_iter_proto)
    for name, mode in (("next", O.RESUME_NEXT), ("return", O.RESUME_RETURN),
                       ("throw", O.RESUME_THROW)):
        define_method(realm, from_sync, name, _from_sync_method(realm, mode), 1)
    intrinsics["AsyncFromSyncIteratorPrototype"] = from_sync
    # %AsyncGeneratorPrototype% (27.6.1), %AsyncGeneratorFunction.prototype% (27.4.3)
    gen_proto = JSObject(async_iter_proto)
    for name, mode in (("next", O.RESUME_NEXT), ("return", O.RESUME_RETURN),
                       ("throw", O.RESUME_THROW)):
        define_method(realm, gen_proto, name, _async_generator_method(realm, name, mode), 1)
    define_value(gen_proto, WELL_KNOWN.toStringTag, "AsyncGenerator", CONFIGURABLE)
    genfn_proto = JSObject(intrinsics["FunctionPrototype"])
    define_value(genfn_proto, "prototype", gen_proto, CONFIGURABLE)
    define_value(gen_proto, "constructor", genfn_proto, CONFIGURABLE)
    define_value(genfn_proto, WELL_KNOWN.toStringTag, "AsyncGeneratorFunction", CONFIGURABLE)
    intrinsics["AsyncGeneratorPrototype"] = gen_proto
    intrinsics["AsyncGeneratorFunctionPrototype"] = genfn_proto
    intrinsics["AsyncGeneratorFunction"] = _dynamic_constructor(
        realm, "AsyncGeneratorFunction", "asyncGenerator", genfn_proto)
