"""Arguments objects (ECMA-262 10.4.4).

* Unmapped (strict code, non-simple parameters): an ordinary object with
  the argument values, `length`, `callee` throwing accessors... V8 prints
  it as `[Arguments]`; class_name "Arguments".
* Mapped (sloppy code with simple parameters): index properties alias the
  parameters while the mapping lasts.  The scope analysis put every
  parameter of such a function in a context slot, so the map is
  index -> (context, slot); writing either side is seen by the other.
"""

from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import ordinary_define_own_property
from minijs.runtime.shapes import CONFIGURABLE, WRITABLE
from minijs.runtime.values import WELL_KNOWN, array_index

__all__ = ["create_mapped_arguments", "create_unmapped_arguments", "ArgumentsObject"]


class ArgumentsObject(JSObject):
    """An arguments object; `mapped` is None (unmapped) or a dict
    index -> (context, slot) of the aliased parameters."""

    __slots__ = ("mapped",)

    class_name = "Arguments"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.mapped = None

    # The mapped exotic methods (10.4.4.1-5); unmapped objects are ordinary.
    def _map(self, key):
        m = self.mapped
        if not m:
            return None
        idx = array_index(key)
        return None if idx is None else m.get(idx)

    def get_own_property(self, key):
        desc = JSObject.get_own_property(self, key)
        if desc is not None and self.mapped:
            where = self._map(key)
            if where is not None:
                desc.value = where[0].slots[where[1]]
        return desc

    def define_own_property(self, key, desc):
        where = self._map(key)
        if where is None:
            return ordinary_define_own_property(self, key, desc)
        new_desc = desc
        if desc.is_data() and desc.value is None and desc.writable is False:
            new_desc = desc.copy()
            new_desc.value = where[0].slots[where[1]]
        if not ordinary_define_own_property(self, key, new_desc):
            return False
        if desc.is_accessor():
            del self.mapped[array_index(key)]
        else:
            if desc.value is not None:
                where[0].slots[where[1]] = desc.value
            if desc.writable is False:
                del self.mapped[array_index(key)]
        return True

    def get(self, key, receiver=None):
        where = self._map(key) if type(key) is str else None
        if where is not None:
            return where[0].slots[where[1]]
        return JSObject.get(self, key, receiver)

    def get_fast(self, key):
        return None if self.mapped else JSObject.get_fast(self, key)

    def get_index_fast(self, idx):
        if self.mapped and idx in self.mapped:
            c, slot = self.mapped[idx]
            return c.slots[slot]
        return JSObject.get_index_fast(self, idx)

    def set_index_fast(self, idx, value):
        return False

    def set(self, key, value, receiver=None):
        where = self._map(key) if type(key) is str else None
        if where is not None and (receiver is None or receiver is self):
            ok = JSObject.set(self, key, value, receiver)
            if ok:
                where[0].slots[where[1]] = value
            return ok
        return JSObject.set(self, key, value, receiver)

    def delete(self, key):
        where = self._map(key) if type(key) is str else None
        ok = JSObject.delete(self, key)
        if ok and where is not None:
            del self.mapped[array_index(key)]
        return ok

    @property
    def exotic(self):
        return bool(self.mapped)


def _fill(obj, frame):
    args = frame.args
    for i, v in enumerate(args):
        obj.define_own_property(str(i), PropertyDescriptor(v, True, None, None, True, True))
    obj._add_named("length", len(args), WRITABLE | CONFIGURABLE)


def create_unmapped_arguments(frame):
    """CreateUnmappedArgumentsObject (10.4.4.6)."""
    realm = frame.realm
    obj = ArgumentsObject(realm.intrinsics["ObjectPrototype"])
    _fill(obj, frame)
    obj._add_named(WELL_KNOWN.iterator, realm.intrinsics["ArrayPrototype"].get("values"),
                   WRITABLE | CONFIGURABLE)
    thrower = realm.intrinsics.get("ThrowTypeError")
    if thrower is not None:
        obj.define_own_property("callee", PropertyDescriptor(None, None, thrower, thrower, False, False))
    return obj


def create_mapped_arguments(frame, where):
    """CreateMappedArgumentsObject (10.4.4.7); `where[i]` says where
    parameter i lives: ("c", slot) in the function's context, ("r", reg),
    or None when a later parameter has the same name."""
    realm = frame.realm
    obj = ArgumentsObject(realm.intrinsics["ObjectPrototype"])
    _fill(obj, frame)
    obj._add_named(WELL_KNOWN.iterator, realm.intrinsics["ArrayPrototype"].get("values"),
                   WRITABLE | CONFIGURABLE)
    obj._add_named("callee", frame.func, WRITABLE | CONFIGURABLE)
    mapped = {}
    for i in range(min(len(frame.args), len(where))):
        w = where[i]
        if w is not None and w[0] == "c":
            mapped[i] = (frame.context, w[1])
    obj.mapped = mapped
    return obj
