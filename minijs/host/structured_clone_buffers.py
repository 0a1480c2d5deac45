"""structuredClone of binary data, as node v20 clones it (V8's
ValueSerializer behind a MessagePort): ArrayBuffer, SharedArrayBuffer,
typed arrays, DataView, and the `transfer` option.

* An ArrayBuffer is copied (resizable: with its maxByteLength); a view is
  cloned with its buffer (views sharing a buffer share the clone of it),
  at the same offset, fixed-length or length-tracking as it was; a typed
  array subclass comes back as the plain kind.  Extra properties of
  buffers and views are not cloned.
* A SharedArrayBuffer is not copied: the clone is a new object on the
  same memory (and, growable, the same growth).
* `transfer`: node reads the list with postMessage's rules (an array, an
  iterable, or an object whose own `transfer` is one); every entry must
  be an ArrayBuffer (else TypeError ERR_INVALID_TRANSFER_OBJECT), at most
  once (else DataCloneError).  A transferred buffer is not copied: its
  clone takes over the bytes and the original is detached, but only
  once the whole value was cloned; a failed clone leaves it intact.
  Transferring a detached buffer gives an empty one (as V8 does).
"""

from minijs.host.node_errors import node_error
from minijs.runtime.arrays import JSArray
from minijs.runtime.calls import call
from minijs.runtime.objects import JSObject
from minijs.runtime.typed_arrays import (
    ArrayBufferObject, SharedArrayBufferObject, TypedArrayObject)
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN, is_callable, to_boolean

__all__ = ["clone_binary", "is_binary", "read_transfer_list", "Transfers", "NO_TRANSFERS"]


def is_binary(value):
    from minijs.builtins.dataview import DataViewObject
    return isinstance(value, (ArrayBufferObject, TypedArrayObject, DataViewObject))


def _iterable_values(value):
    """node's ReadIterable: the values of an array or an iterable, or
    None when `value` is not iterable."""
    if not isinstance(value, JSObject):
        return None
    if isinstance(value, JSArray):
        return [value.get(str(i)) for i in range(value.get("length"))]
    method = value.get(WELL_KNOWN.iterator)
    if not is_callable(method):
        return None
    iterator = call(method, value, ())
    if not isinstance(iterator, JSObject):
        return None
    next_method = iterator.get("next")
    if not is_callable(next_method):
        return None
    values = []
    while True:
        result = call(next_method, iterator, ())
        if not isinstance(result, JSObject):
            return None
        if to_boolean(result.get("done")):
            return values
        values.append(result.get("value"))


def read_transfer_list(transfer):
    """postMessage's transferList argument (structuredClone passes
    `options.transfer`): a list of JS values."""
    if transfer is UNDEFINED or transfer is NULL:
        return []
    if not isinstance(transfer, JSObject):
        raise node_error("TypeError", "ERR_INVALID_ARG_TYPE",
                         "Optional transferList argument must be an iterable")
    values = _iterable_values(transfer)
    if values is not None:
        return values
    option = transfer.get("transfer")
    if option is UNDEFINED:
        return []
    values = _iterable_values(option)
    if values is None:
        raise node_error("TypeError", "ERR_INVALID_ARG_TYPE",
                         "Optional options.transfer argument must be an iterable")
    return values


class Transfers:
    """The ArrayBuffers of a transfer list, each with the object that
    stands for it in the clone until `complete()` moves the bytes."""

    def __init__(self, realm, values, data_clone_error):
        self.moves = []                        # (original, clone)
        self.stand_ins = set()                 # id() of each clone
        self.views = []                        # typed arrays made on a clone before its bytes
        seen = set()
        for value in values:
            if type(value) is not ArrayBufferObject:
                raise node_error("TypeError", "ERR_INVALID_TRANSFER_OBJECT",
                                 "Found invalid object in transferList")
            if id(value) in seen:
                raise data_clone_error("Transfer list contains duplicate ArrayBuffer")
            seen.add(id(value))
            clone = ArrayBufferObject(realm.intrinsics["ArrayBufferPrototype"], 0,
                                      value.max_byte_length)
            self.moves.append((value, clone))
            self.stand_ins.add(id(clone))

    def seed(self, memory):
        """Make the clone of each transferred buffer its stand-in."""
        for original, clone in self.moves:
            memory[id(original)] = (original, clone)

    def complete(self):
        """After a successful clone: each clone takes its original's
        bytes, the original is detached, views on the clones see them."""
        for original, clone in self.moves:
            data = original.data
            if data is not None:
                original.detach()
            clone.data = bytearray() if data is None else data
        for view in self.views:
            view.refresh()


NO_TRANSFERS = Transfers(None, (), None)


def clone_binary(realm, value, memory, transfers, data_clone_error):
    """The clone of an ArrayBuffer, SharedArrayBuffer, typed array or
    DataView (recorded in `memory`)."""
    if isinstance(value, ArrayBufferObject):
        copy = _clone_buffer(realm, value, data_clone_error)
        memory[id(value)] = (value, copy)
        return copy
    if _out_of_bounds(value):
        if value.buffer.data is None:
            raise data_clone_error(_DETACHED)
        # V8 names an out-of-bounds typed array "[object Object]"
        raise data_clone_error("%s could not be cloned." % (
            "[object Object]" if isinstance(value, TypedArrayObject) else value.display()))
    seen = memory.get(id(value.buffer))
    buffer = seen[1] if seen is not None else clone_binary(
        realm, value.buffer, memory, transfers, data_clone_error)
    copy = _clone_view(realm, value, buffer)
    if id(buffer) in transfers.stand_ins and isinstance(copy, TypedArrayObject):
        transfers.views.append(copy)
    memory[id(value)] = (value, copy)
    return copy


_DETACHED = "An ArrayBuffer is detached and could not be cloned."


def _out_of_bounds(view):
    if isinstance(view, TypedArrayObject):
        return view.is_out_of_bounds()
    return view.view_byte_length() is None


def _clone_buffer(realm, buffer, data_clone_error):
    if type(buffer) is SharedArrayBufferObject:
        copy = SharedArrayBufferObject(realm.intrinsics["SharedArrayBufferPrototype"], 0,
                                       buffer.max_byte_length)
        copy.data = buffer.data            # the same memory
        copy.views = buffer.views          # so a grow refreshes the views of both
        return copy
    if buffer.data is None:
        raise data_clone_error(_DETACHED)
    copy = ArrayBufferObject(realm.intrinsics["ArrayBufferPrototype"], 0, buffer.max_byte_length)
    copy.data = bytearray(buffer.data)
    return copy


def _clone_view(realm, view, buffer):
    if isinstance(view, TypedArrayObject):
        kind = view.kind
        return TypedArrayObject(realm.intrinsics[kind.proto_intrinsic], kind, buffer,
                                view.byte_offset, view.fixed_length)
    from minijs.builtins.dataview import DataViewObject
    return DataViewObject(realm.intrinsics["DataViewPrototype"], buffer, view.byte_offset,
                          view.fixed_length)
