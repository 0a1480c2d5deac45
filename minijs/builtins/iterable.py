"""The iterator protocol as the built-ins consume it (ECMA-262 7.4):
GetIterator, IteratorStep, IteratorClose, IterableToList, with V8's
messages.

Used by Object.fromEntries and AggregateError (and anyone else who needs
to walk an iterable from Python).

Invariants:

* Everything observable is the spec's: @@iterator is read once, `next`
  is read once (IteratorRecord), each step calls `next` and reads `done`
  then `value`; when the consumer throws, `return` is called and its own
  errors are swallowed (IteratorClose with a throw completion, 7.4.10).
* Until Array.prototype[@@iterator] exists (the iterator family is
  installed later or not at all), an array without an @@iterator is
  walked by index up to its live length: the result is what
  %ArrayIteratorPrototype%.next would produce.
"""

from minijs.runtime import errors
from minijs.runtime.arrays import JSArray
from minijs.runtime.calls import call
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import get_v
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, is_callable, to_boolean, type_of)

__all__ = ["not_iterable_message", "get_iterator", "for_each_value",
           "iterable_to_list", "iterator_close"]


def not_iterable_message(v):
    """V8's "X is not iterable (cannot read property Symbol(Symbol.iterator))":
    numbers and booleans show their value, null is "object null",
    other types show only their typeof."""
    if v is UNDEFINED:
        subject = "undefined"
    elif v is NULL:
        subject = "object null"
    else:
        t = type(v)
        if t is bool or t is int or t is float:
            subject = "%s %s" % (type_of(v), errors.display_value(v))
        else:
            subject = type_of(v)
    return subject + " is not iterable (cannot read property Symbol(Symbol.iterator))"


class _IndexIterator:
    """Stands in for an array iterator while @@iterator is not installed."""

    __slots__ = ("array", "index")

    def __init__(self, array):
        self.array = array
        self.index = 0


def get_iterator(obj):
    """GetIterator(obj, sync) (7.4.2): an iterator record (iterator, next)."""
    if obj is UNDEFINED or obj is NULL:
        raise errors.type_error(not_iterable_message(obj))
    method = get_v(obj, WELL_KNOWN.iterator)
    if method is UNDEFINED or method is NULL:
        if isinstance(obj, JSArray):
            return _IndexIterator(obj), None
        raise errors.type_error(not_iterable_message(obj))
    if not is_callable(method):
        raise errors.type_error(not_iterable_message(obj))
    iterator = call(method, obj, ())
    if not isinstance(iterator, JSObject):
        raise errors.type_error("Result of the Symbol.iterator method is not an object")
    return iterator, iterator.get("next", iterator)


def _step(record):
    """IteratorStep + IteratorValue: (done, value)."""
    iterator, next_method = record
    if type(iterator) is _IndexIterator:
        a = iterator.array
        i = iterator.index
        if i >= a.get("length", a):
            return True, UNDEFINED
        iterator.index = i + 1
        return False, a.get(str(i), a)
    if not is_callable(next_method):
        raise errors.type_error("%s is not a function" % errors.display_value(next_method))
    result = call(next_method, iterator, ())
    if not isinstance(result, JSObject):
        raise errors.type_error("Iterator result %s is not an object" % errors.display_value(result))
    if to_boolean(result.get("done", result)):
        return True, UNDEFINED
    return False, result.get("value", result)


def iterator_close(record):
    """IteratorClose (7.4.10) with a throw completion: call `return` and
    ignore whatever it does (the original exception wins)."""
    iterator = record[0]
    if type(iterator) is _IndexIterator:
        return
    try:
        ret = iterator.get("return", iterator)
        # GetMethod's TypeError for a non-callable `return` is dropped
        # like any other error here.
        if ret is not UNDEFINED and ret is not NULL and is_callable(ret):
            call(ret, iterator, ())
    except errors.JSThrow:
        pass


def for_each_value(obj, fn):
    """Call fn(value) for each value `obj` iterates; if fn throws, close
    the iterator and re-raise (the spec's IfAbruptCloseIterator)."""
    record = get_iterator(obj)
    while True:
        done, value = _step(record)
        if done:
            return
        try:
            fn(value)
        except errors.JSThrow:
            iterator_close(record)
            raise


def iterable_to_list(obj):
    """IterableToList (7.4.13): the values as a Python list."""
    record = get_iterator(obj)
    values = []
    while True:
        done, value = _step(record)
        if done:
            return values
        values.append(value)
