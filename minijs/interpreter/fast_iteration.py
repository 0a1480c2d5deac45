"""Unobservable array iteration for for-of and array destructuring.

GET_ITERATOR on a plain array whose iteration is untouched (no own
@@iterator, %Array.prototype.values% and %ArrayIteratorPrototype%.next
original, no `return` reachable from an array iterator) pushes an
`ArrayWalk` and the marker FAST_NEXT instead of a real %ArrayIterator%
and its `next`: the iterator record lives only on the operand stack, so JS
code can never tell.  The walk follows 23.1.5.1 %ArrayIteratorPrototype%
.next exactly: each step reads the array's current length and element
(live, holes read through the prototype chain), and once done it stays
done.  ITERATOR_NEXT then pushes a `Step` instead of a result object,
which ITERATOR_DONE / ITERATOR_VALUE read directly; ITERATOR_CLOSE has
nothing to call.
"""

from minijs.runtime import operations as ops
from minijs.runtime.arrays import JSArray
from minijs.runtime.values import UNDEFINED, WELL_KNOWN

__all__ = ["FAST_NEXT", "ArrayWalk", "Step", "walk_for", "DONE"]


class _FastNext:
    __slots__ = ()

    def __repr__(self):
        return "<array walk next>"


FAST_NEXT = _FastNext()


class Step:
    """An iterator result that never reaches JS code."""
    __slots__ = ("done", "value")

    def __init__(self, done, value):
        self.done = done
        self.value = value


DONE = Step(True, UNDEFINED)


class ArrayWalk:
    __slots__ = ("array", "index")

    def __init__(self, array):
        self.array = array
        self.index = 0

    def step(self):
        a = self.array
        if a is None:
            return DONE
        i = self.index
        if i >= a.length:
            self.array = None
            return DONE
        self.index = i + 1
        v = a.get_index_fast(i)
        if v is None:
            v = a.get(ops.key_for(i), a)
        return Step(False, v)


def walk_for(value, realm):
    """An ArrayWalk for `value` when iterating it cannot be observed, else None."""
    if type(value) is not JSArray:
        return None
    intr = realm.intrinsics
    proto = intr.get("ArrayPrototype")
    if value.proto is not proto or value.shape.table.get(WELL_KNOWN.iterator) is not None:
        return None
    original = intr.get("ArrayPrototypeValues")
    if original is None or proto.get(WELL_KNOWN.iterator, proto) is not original:
        return None
    it_proto = intr.get("ArrayIteratorPrototype")
    if it_proto is None or it_proto.get("next", it_proto) is not intr.get("ArrayIteratorPrototypeNext"):
        return None
    if it_proto.get("return", it_proto) is not UNDEFINED:
        return None
    return ArrayWalk(value)
