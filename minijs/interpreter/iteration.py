"""Iteration support for the interpreter: for-in enumeration (14.7.5.9
EnumerateObjectProperties) and the iterator protocol (7.4) used by
spread, destructuring and for-of.
"""

from minijs.runtime import errors
from minijs.runtime import operations as ops
from minijs.runtime.arrays import JSArray
from minijs.runtime.calls import call
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import NOT_FOUND
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN, JSSymbol, to_boolean

__all__ = ["ForInEnumerator", "get_iterator", "iterate_values", "iterator_close"]


class ForInEnumerator:
    """The keys a for-in loop visits: own enumerable string keys, then
    the prototype's, skipping shadowed and deleted ones, in V8's order
    (integer keys ascending first, then insertion order)."""

    __slots__ = ("obj", "keys", "index", "visited")

    def __init__(self, value):
        self.obj = None if value is UNDEFINED or value is NULL else ops.to_object(value)
        self.keys = []
        self.index = 0
        self.visited = set()
        if self.obj is not None:
            self._load(self.obj)

    def _load(self, obj):
        self.keys = [k for k in obj.own_property_keys() if type(k) is not JSSymbol]
        self.index = 0

    def next(self):
        """The next key, or undefined when done."""
        while self.obj is not None:
            obj = self.obj
            keys = self.keys
            while self.index < len(keys):
                key = keys[self.index]
                self.index += 1
                if key in self.visited:
                    continue
                desc = obj.get_own_property(key)
                if desc is None:
                    continue            # deleted during the loop
                self.visited.add(key)
                if desc.enumerable:
                    return key
            proto = obj.get_prototype_of()
            self.obj = None if proto is NULL else proto
            if self.obj is not None:
                self._load(self.obj)
        return UNDEFINED


def get_iterator(value, method=None):
    """GetIterator(value, sync) (7.4.2): (iterator, next method).  `method`
    is @@iterator when the caller has already read it (read it once)."""
    if method is None:
        method = ops.get_method(value, WELL_KNOWN.iterator) if value is not UNDEFINED and value is not NULL else UNDEFINED
    if method is UNDEFINED:
        raise errors.type_error("%s is not iterable" % _describe(value))
    it = call(method, value, ())
    if not isinstance(it, JSObject):
        raise errors.type_error("Result of the Symbol.iterator method is not an object")
    return it, it.get("next", it)


def _describe(value):
    if isinstance(value, JSObject):
        return "object" if not value.callable else "function"
    return errors.display_value(value) if type(value) is not str else '"%s"' % value


def _array_fast(value):
    """The elements of a dense array iterated by the original
    %Array.prototype.values% (spreading it cannot be observed), else None."""
    if type(value) is not JSArray:
        return None
    from minijs.runtime.realm import current
    realm = current()
    proto = realm.intrinsics.get("ArrayPrototype")
    shape = value.shape
    if value.proto is not proto or shape.table.get(WELL_KNOWN.iterator, NOT_FOUND) < shape.limit:
        return None
    original = realm.intrinsics.get("ArrayPrototypeValues")
    if original is None or proto.get(WELL_KNOWN.iterator, proto) is not original:
        return None
    it_proto = realm.intrinsics.get("ArrayIteratorPrototype")
    if it_proto is None or it_proto.get("next", it_proto) is not realm.intrinsics.get("ArrayIteratorPrototypeNext"):
        return None
    el = value.elements
    if el is None:
        return [] if value.length == 0 else None
    if type(el) is list and len(el) == value.length:
        from minijs.runtime.objects import HOLE
        if HOLE not in el:
            return list(el)
    return None


def iterate_values(value, method=None):
    """Yield the values of an iterable (spread, Array.from, ...)."""
    fast = _array_fast(value)
    if fast is not None:
        yield from fast
        return
    it, nxt = get_iterator(value, method)
    while True:
        result = call(nxt, it, ())
        if not isinstance(result, JSObject):
            raise errors.type_error("Iterator result %s is not an object" % errors.display_value(result))
        if to_boolean(result.get("done", result)):
            return
        yield result.get("value", result)


def iterator_close(it, quiet=False):
    """IteratorClose (7.4.8); `quiet` for a throw completion (errors of
    `return` ignored)."""
    try:
        ret = ops.get_method(it, "return")
        if ret is UNDEFINED:
            return
        result = call(ret, it, ())
    except errors.JSThrow:
        if quiet:
            return
        raise
    if not quiet and not isinstance(result, JSObject):
        raise errors.type_error("Iterator result %s is not an object" % errors.display_value(result))
