"""Array iterators (ECMA-262 23.1.5) and %IteratorPrototype% (27.1.2),
plus the iterator-protocol operations Array.from needs (7.4).

An ArrayIterator keeps [[IteratedArrayLike]] (`iterated`, UNDEFINED once
exhausted), [[ArrayLikeNextIndex]] (`index`) and the kind ("key",
"value", "key+value"), which is the state the spec's CreateArrayIterator
closure captures.  %ArrayIteratorPrototype%.next reads the length anew at
every step, so an array growing during iteration is followed.

%IteratorPrototype% is created here when no earlier installer made it
(the iterator/generator family may install later and reuses it through
realm.intrinsics["IteratorPrototype"]).
"""

from minijs.runtime import errors
from minijs.runtime.calls import call
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import length_of_array_like
from minijs.runtime.ordinary import create_data_property
from minijs.runtime.arrays import create_array_from_list, JSArray
from minijs.runtime.typed_arrays import TypedArrayObject
from minijs.runtime.values import UNDEFINED, WELL_KNOWN, is_callable, to_boolean
from minijs.runtime import realm as realms

from minijs.builtins.array_common import get_index, this_object
from minijs.builtins.support import (
    CONFIGURABLE, define_method, define_value)

__all__ = [
    "ArrayIterator", "install_iterators", "create_iter_result",
    "get_iterator_from_method", "iterator_step_value", "iterator_close",
]


class ArrayIterator(JSObject):
    """An Array Iterator instance (23.1.5.1 CreateArrayIterator)."""

    __slots__ = ("iterated", "index", "kind")

    class_name = "Array Iterator"

    def __init__(self, proto, iterated, kind):
        JSObject.__init__(self, proto)
        self.iterated = iterated
        self.index = 0
        self.kind = kind


def create_iter_result(value, done):
    """CreateIterResultObject (7.4.14)."""
    o = JSObject(realms.current().intrinsics["ObjectPrototype"])
    create_data_property(o, "value", value)
    create_data_property(o, "done", done)
    return o


def array_iterator_next(this, args):
    """%ArrayIteratorPrototype%.next (23.1.5.2.1)."""
    if type(this) is not ArrayIterator:
        raise errors.type_error(
            "Method Array Iterator.prototype.next called on incompatible receiver %s"
            % errors.display_value(this))
    a = this.iterated
    if a is UNDEFINED:
        return create_iter_result(UNDEFINED, True)
    index = this.index
    if type(a) is JSArray:
        n = a.length
    elif isinstance(a, TypedArrayObject):
        if a.is_out_of_bounds():        # step 1.b.ii (detached included)
            raise errors.type_error("Cannot perform %ArrayIteratorPrototype%.next "
                                    "on a detached ArrayBuffer")
        n = a.length()
    else:
        n = length_of_array_like(a)
    if index >= n:
        this.iterated = UNDEFINED
        return create_iter_result(UNDEFINED, True)
    this.index = index + 1
    kind = this.kind
    if kind == "key":
        return create_iter_result(index, False)
    v = get_index(a, index)
    if kind == "value":
        return create_iter_result(v, False)
    realm = realms.current()
    return create_iter_result(
        create_array_from_list([index, v], realm.intrinsics["ArrayPrototype"]), False)


def _make_iterator_method(kind, name):
    def method(this, args):
        o = this_object(this, name)
        return ArrayIterator(
            realms.current().intrinsics["ArrayIteratorPrototype"], o, kind)
    return method


keys = _make_iterator_method("key", "keys")
values = _make_iterator_method("value", "values")
entries = _make_iterator_method("key+value", "entries")


def _return_this(this, args):
    return this


def install_iterators(realm):
    """Create %IteratorPrototype% (if absent) and %ArrayIteratorPrototype%."""
    intrinsics = realm.intrinsics
    iterator_proto = intrinsics.get("IteratorPrototype")
    if iterator_proto is None:
        iterator_proto = JSObject(intrinsics["ObjectPrototype"])
        define_method(realm, iterator_proto, WELL_KNOWN.iterator, _return_this, 0)
        intrinsics["IteratorPrototype"] = iterator_proto
    proto = JSObject(iterator_proto)
    define_method(realm, proto, "next", array_iterator_next, 0)
    define_value(proto, WELL_KNOWN.toStringTag, "Array Iterator", CONFIGURABLE)
    intrinsics["ArrayIteratorPrototype"] = proto
    intrinsics["ArrayIteratorPrototypeNext"] = proto.get_fast("next")
    return proto


# -- the iterator protocol (7.4) -------------------------------------------

def get_iterator_from_method(obj, method):
    """GetIteratorFromMethod (7.4.3): (iterator, next method)."""
    iterator = call(method, obj, ())
    if not isinstance(iterator, JSObject):
        raise errors.type_error("Result of the Symbol.iterator method is not an object")
    return iterator, iterator.get("next", iterator)


def iterator_step_value(iterator, next_method):
    """IteratorStep + IteratorValue (7.4.7, 7.4.5): (done, value)."""
    result = call(next_method, iterator, ())
    if not isinstance(result, JSObject):
        raise errors.type_error("Iterator result %s is not an object"
                                % errors.display_value(result))
    if to_boolean(result.get("done", result)):
        return True, UNDEFINED
    return False, result.get("value", result)


def iterator_close(iterator):
    """IteratorClose (7.4.10) for a throw completion: call `return` if
    there is one; its result, and any exception from getting or calling
    it, are ignored (the caller re-raises the original exception)."""
    try:
        ret = iterator.get("return", iterator)
        if is_callable(ret):
            call(ret, iterator, ())
    except errors.JSThrow:
        pass


METHODS = {"keys": (keys, 0), "entries": (entries, 0), "values": (values, 0)}
