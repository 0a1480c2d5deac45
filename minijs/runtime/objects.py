"""Ordinary objects (ECMA-262 10.1) on hidden classes.

A JSObject is `shape` + `slots` (named properties, see shapes.py),
`elements` (array-index properties), `proto` and `extensible`.

Invariants:

* Named properties: every key of `shape` is a str that is not an array
  index, or a JSSymbol; its value (or its `Accessor` pair) is
  `slots[entry >> 4]`.  For a fast shape `len(slots) == shape.nprops`;
  a dictionary shape belongs to this object alone and `slots` may hold
  None in removed slots.
* Array-index keys (values.array_index) never live in the shape.
  `elements` is one of
    - None: no index properties;
    - a list (dense): `elements[i]` is the value of the plain data
      property (writable, enumerable, configurable) "i", or HOLE for
      absent; every present element of a dense list has those attributes,
      and the list never ends with HOLE;
    - a dict (sparse, V8's dictionary elements): index -> (stored, flags)
      with flags as in shapes.py (stored is an Accessor for accessors).
  A property with other attributes, an accessor, or an index more than
  MAX_GAP past the end makes the elements sparse; a sparse store that is
  dense enough again (checked as it grows) becomes a list.
* `proto` is NULL or a JSObject; `extensible` a bool.  HOLE, None and
  Accessor are storage, never JS values: no method returns them.
* Class attributes: `callable` / `constructible` ([[Call]] /
  [[Construct]] exist), `exotic`, `is_proxy` (never inspect it without
  running traps), `class_name` (the builtin tag V8 shows).
* `get`, `set` and `has_property` walk the prototype chain reading
  storage directly, and hand the walk to a prototype's own method when
  it is `exotic`.  So a class with exotic behaviour sets `exotic = True`
  and overrides every internal method whose result it changes (including
  those three, `delete`, `own_property_keys`, and `_receive_set`, the
  receiver half of [[Set]]); the rest stay ordinary.
* The internal methods return what the spec returns; only JS code run by
  a getter or setter (through calls.call) can raise, and it raises
  JSThrow.  Failures are `False` results: the caller throws in strict
  code, using ordinary.set_failure_error or the errors.msg_* helpers.
  The spec's algorithms that exotic objects share (OrdinaryDefineOwnProperty,
  ValidateAndApplyPropertyDescriptor, ...) are functions in ordinary.py;
  they change storage only through `_create_own` / `_update_own`.

Fast paths (a later inline cache bypasses them by caching `(shape, slot)`):
`get_fast` / `set_fast` (own data property found via the shape) and
`get_index_fast` / `set_index_fast` (an existing dense element); each
returns None / False for "take the full path".
"""

from itertools import repeat

from minijs.runtime import errors
from minijs.runtime.calls import call
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.ordinary import (
    get_data_property, ordinary_define_own_property, ordinary_set_prototype_of)
from minijs.runtime.shapes import (
    ACCESSOR, CONFIGURABLE, ENUMERABLE, FLAG_MASK, MAX_FAST_PROPERTIES,
    NOT_FOUND, ROOT, WEC, WRITABLE)
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, array_index, is_callable)

__all__ = ["JSObject", "Accessor", "HOLE", "MAX_GAP", "ordinary_object_create"]

MAX_GAP = 1024              # largest run of holes a dense store may open
_DIGITS = frozenset("0123456789")


class _Hole:
    """The absent-element marker of dense elements (V8's the_hole)."""

    __slots__ = ()

    def __repr__(self):
        return "<hole>"


HOLE = _Hole()


class Accessor:
    """The stored value of an accessor property: the [[Get]] and [[Set]]
    attributes, each UNDEFINED or a callable object.  Treated as
    immutable: a change stores a new pair."""

    __slots__ = ("getter", "setter")

    def __init__(self, getter=UNDEFINED, setter=UNDEFINED):
        self.getter = getter
        self.setter = setter

    def __repr__(self):
        return "Accessor(%r, %r)" % (self.getter, self.setter)


def _descriptor(stored, flags):
    """The complete PropertyDescriptor of a stored property."""
    if flags & ACCESSOR:
        return PropertyDescriptor(None, None, stored.getter, stored.setter,
                                  bool(flags & ENUMERABLE), bool(flags & CONFIGURABLE))
    return PropertyDescriptor(stored, bool(flags & WRITABLE), None, None,
                              bool(flags & ENUMERABLE), bool(flags & CONFIGURABLE))


def _new_attributes(desc):
    """(flags, stored) of a property created from `desc`, absent fields
    taking their defaults (ValidateAndApplyPropertyDescriptor 2.c, 2.d)."""
    e = ENUMERABLE if desc.enumerable else 0
    c = CONFIGURABLE if desc.configurable else 0
    if desc.get is not None or desc.set is not None:
        return (ACCESSOR | e | c,
                Accessor(UNDEFINED if desc.get is None else desc.get,
                         UNDEFINED if desc.set is None else desc.set))
    w = WRITABLE if desc.writable else 0
    return w | e | c, (UNDEFINED if desc.value is None else desc.value)


def _merged_attributes(desc, current):
    """(flags, stored) of an existing property after applying `desc`
    (ValidateAndApplyPropertyDescriptor step 6); `current` is complete."""
    enumerable = current.enumerable if desc.enumerable is None else desc.enumerable
    configurable = current.configurable if desc.configurable is None else desc.configurable
    flags = (ENUMERABLE if enumerable else 0) | (CONFIGURABLE if configurable else 0)
    current_is_accessor = current.get is not None
    if desc.get is not None or desc.set is not None:
        if current_is_accessor:
            getter = current.get if desc.get is None else desc.get
            setter = current.set if desc.set is None else desc.set
        else:                                   # 6.a: data -> accessor
            getter = UNDEFINED if desc.get is None else desc.get
            setter = UNDEFINED if desc.set is None else desc.set
        return flags | ACCESSOR, Accessor(getter, setter)
    if desc.value is not None or desc.writable is not None:
        if current_is_accessor:                 # 6.b: accessor -> data
            value = UNDEFINED if desc.value is None else desc.value
            writable = bool(desc.writable)
        else:
            value = current.value if desc.value is None else desc.value
            writable = current.writable if desc.writable is None else desc.writable
        return flags | (WRITABLE if writable else 0), value
    if current_is_accessor:                     # generic: keep the kind
        return flags | ACCESSOR, Accessor(current.get, current.set)
    return flags | (WRITABLE if current.writable else 0), current.value


class JSObject:
    """An ordinary object (10.1).  Subclasses that are exotic set
    `exotic = True` and override the internal methods they change."""

    # __weakref__: WeakMap, WeakSet, WeakRef and FinalizationRegistry
    # hold their objects through Python weak references.
    # private_elements: {PrivateName: value} once a class adds one
    # (interpreter/classes.py); unset until then
    __slots__ = ("shape", "slots", "proto", "extensible", "elements", "__weakref__",
                 "private_elements")

    callable = False
    constructible = False
    exotic = False
    is_proxy = False
    class_name = "Object"

    def __init__(self, proto=NULL):
        self.shape = ROOT
        self.slots = []
        self.proto = proto
        self.extensible = True
        self.elements = None

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self.display())

    # -- [[Call]] / [[Construct]] of a non-function ----------------------

    def call(self, this, args):
        raise errors.type_error(errors.display_value(self) + " is not a function")

    def construct(self, args, new_target):
        raise errors.type_error(errors.display_value(self) + " is not a constructor")

    # -- prototype and extensibility (10.1.1 - 10.1.4) -------------------

    def get_prototype_of(self):
        """[[GetPrototypeOf]] (10.1.1, OrdinaryGetPrototypeOf)."""
        return self.proto

    def set_prototype_of(self, proto):
        """[[SetPrototypeOf]] (10.1.2): OrdinarySetPrototypeOf."""
        return ordinary_set_prototype_of(self, proto)

    def is_extensible(self):
        """[[IsExtensible]] (10.1.3, OrdinaryIsExtensible)."""
        return self.extensible

    def prevent_extensions(self):
        """[[PreventExtensions]] (10.1.4, OrdinaryPreventExtensions)."""
        self.extensible = False
        return True

    # -- [[GetOwnProperty]] (10.1.5) -------------------------------------

    def get_own_property(self, key):
        """[[GetOwnProperty]] (10.1.5, OrdinaryGetOwnProperty): a fresh
        complete PropertyDescriptor, or None (undefined)."""
        if type(key) is str and key[:1] in _DIGITS:
            idx = array_index(key)
            if idx is not None:
                return self._get_own_element(idx)
        shape = self.shape
        e = shape.table.get(key, NOT_FOUND)
        if e >= shape.limit:
            return None
        return _descriptor(self.slots[e >> 4], e & FLAG_MASK)

    def _get_own_element(self, idx):
        el = self.elements
        if el is None:
            return None
        if type(el) is list:
            if idx < len(el):
                v = el[idx]
                if v is not HOLE:
                    return PropertyDescriptor(v, True, None, None, True, True)
            return None
        p = el.get(idx)
        return None if p is None else _descriptor(p[0], p[1])

    def _has_own_element(self, idx):
        el = self.elements
        if el is None:
            return False
        if type(el) is list:
            return idx < len(el) and el[idx] is not HOLE
        return idx in el

    def has_own_property(self, key):
        """HasOwnProperty (7.3.12) for this object's own storage."""
        return self.get_own_property(key) is not None

    # -- [[DefineOwnProperty]] (10.1.6) ----------------------------------

    def define_own_property(self, key, desc):
        """[[DefineOwnProperty]] (10.1.6, OrdinaryDefineOwnProperty)."""
        return ordinary_define_own_property(self, key, desc)

    def _create_own(self, key, desc):
        """Create the absent own property `key` from `desc` (10.1.6.3
        steps 2.c / 2.d)."""
        flags, stored = _new_attributes(desc)
        idx = array_index(key)
        if idx is None:
            self._add_named(key, stored, flags)
        else:
            self._add_element(idx, stored, flags)

    def _update_own(self, key, desc, current):
        """Apply `desc` to the present own property `key` (10.1.6.3 step 6)."""
        flags, stored = _merged_attributes(desc, current)
        self._write_own(key, flags, stored)

    def _write_own(self, key, flags, stored):
        """Store `stored` with `flags` into the present own property `key`."""
        idx = array_index(key)
        if idx is not None:
            el = self.elements
            if type(el) is list:
                if flags == WEC:
                    el[idx] = stored
                    return
                el = self._elements_to_dict()
            el[idx] = (stored, flags)
            return
        shape = self.shape
        e = shape.table[key]
        if (e & FLAG_MASK) != flags:
            if shape.dictionary:
                shape.dict_set_flags(key, flags)
            else:
                self.shape = shape.reconfigure(key, flags)
        self.slots[e >> 4] = stored

    def _add_named(self, key, stored, flags):
        """Append a new named property (a shape transition, or dictionary
        mode past MAX_FAST_PROPERTIES)."""
        shape = self.shape
        if not shape.dictionary:
            if shape.nprops < MAX_FAST_PROPERTIES:
                self.shape = shape.add(key, flags)
                self.slots.append(stored)
                return
            self.shape = shape = shape.to_dictionary()
        shape.dict_add(key, flags, len(self.slots))
        self.slots.append(stored)

    def _add_element(self, idx, stored, flags):
        """Store a new element `idx` (absent before)."""
        el = self.elements
        if type(el) is not dict:
            if flags == WEC:
                if el is None and idx <= MAX_GAP:
                    self.elements = el = []
                if el is not None:
                    n = len(el)
                    if idx < n:
                        el[idx] = stored
                        return
                    if idx - n <= MAX_GAP:
                        if idx > n:
                            el.extend(repeat(HOLE, idx - n))
                        el.append(stored)
                        return
            el = self._elements_to_dict()
        el[idx] = (stored, flags)
        n = len(el)
        if n >= 64 and not n & (n - 1):
            self._maybe_densify()

    def _elements_to_dict(self):
        """Switch the elements to sparse mode; returns the dict."""
        el = self.elements
        if el is None:
            d = {}
        else:
            d = {i: (v, WEC) for i, v in enumerate(el) if v is not HOLE}
        self.elements = d
        return d

    def _maybe_densify(self):
        """Back to a dense list when every element is a plain data
        property and at least half the indices below the largest are
        present (V8's ShouldConvertToFastElements, simplified)."""
        d = self.elements
        top = max(d)
        if top >= 2 * len(d):
            return
        for _, flags in d.values():
            if flags != WEC:
                return
        el = [HOLE] * (top + 1)
        for i, (v, _) in d.items():
            el[i] = v
        self.elements = el

    # -- [[HasProperty]] (10.1.7) ----------------------------------------

    def has_property(self, key):
        """[[HasProperty]] (10.1.7, OrdinaryHasProperty), looping up the
        ordinary part of the prototype chain."""
        if type(key) is str and key[:1] in _DIGITS:
            idx = array_index(key)
            if idx is not None:
                o = self
                while True:
                    if o._has_own_element(idx):
                        return True
                    o = o.proto
                    if o is NULL:
                        return False
                    if o.exotic:
                        return o.has_property(key)
        o = self
        while True:
            shape = o.shape
            if shape.table.get(key, NOT_FOUND) < shape.limit:
                return True
            o = o.proto
            if o is NULL:
                return False
            if o.exotic:
                return o.has_property(key)

    # -- [[Get]] (10.1.8) ------------------------------------------------

    def get(self, key, receiver=None):
        """[[Get]] (10.1.8, OrdinaryGet); `receiver` defaults to self."""
        if receiver is None:
            receiver = self
        if type(key) is str and key[:1] in _DIGITS:
            idx = array_index(key)
            if idx is not None:
                return self._get_element(idx, key, receiver)
        o = self
        while True:
            shape = o.shape
            e = shape.table.get(key, NOT_FOUND)
            if e < shape.limit:
                v = o.slots[e >> 4]
                if e & ACCESSOR:
                    getter = v.getter
                    return UNDEFINED if getter is UNDEFINED else call(getter, receiver, ())
                return v
            o = o.proto
            if o is NULL:
                return UNDEFINED
            if o.exotic:
                return o.get(key, receiver)

    def _get_element(self, idx, key, receiver):
        o = self
        while True:
            el = o.elements
            if el is not None:
                if type(el) is list:
                    if idx < len(el):
                        v = el[idx]
                        if v is not HOLE:
                            return v
                else:
                    p = el.get(idx)
                    if p is not None:
                        v = p[0]
                        if p[1] & ACCESSOR:
                            getter = v.getter
                            return UNDEFINED if getter is UNDEFINED else call(getter, receiver, ())
                        return v
            o = o.proto
            if o is NULL:
                return UNDEFINED
            if o.exotic:
                return o.get(key, receiver)

    def get_fast(self, key):
        """The value of the own data property `key` found via the shape,
        or None (not there, an accessor, or an element: use `get`)."""
        shape = self.shape
        e = shape.table.get(key, NOT_FOUND)
        if e < shape.limit and not e & ACCESSOR:
            return self.slots[e >> 4]
        return None

    def get_index_fast(self, idx):
        """The value of the own dense element `idx` (an int >= 0), or None."""
        el = self.elements
        if type(el) is list and idx < len(el):
            v = el[idx]
            if v is not HOLE:
                return v
        return None

    # -- [[Set]] (10.1.9) ------------------------------------------------

    def set(self, key, value, receiver=None):
        """[[Set]] (10.1.9.1 OrdinarySet, 10.1.9.2
        OrdinarySetWithOwnDescriptor); `receiver` defaults to self.
        Returns False when the assignment is refused."""
        if receiver is None:
            receiver = self
        if type(key) is str and key[:1] in _DIGITS:
            idx = array_index(key)
            if idx is not None:
                return self._set_element(idx, key, value, receiver)
        o = self
        while True:
            shape = o.shape
            e = shape.table.get(key, NOT_FOUND)
            if e < shape.limit:
                if e & ACCESSOR:                        # step 3
                    setter = o.slots[e >> 4].setter
                    if setter is UNDEFINED:
                        return False
                    call(setter, receiver, (value,))
                    return True
                if not e & WRITABLE:                    # 2.a
                    return False
                if receiver is o:                       # 2.c - 2.d.iv
                    o.slots[e >> 4] = value
                    return True
                break
            o = o.proto
            if o is NULL:                               # 1.c
                break
            if o.exotic:                                # 1.b
                return o.set(key, value, receiver)
        if not isinstance(receiver, JSObject):          # 2.b
            return False
        return receiver._receive_set(key, value)

    def _set_element(self, idx, key, value, receiver):
        o = self
        while True:
            el = o.elements
            if el is not None:
                if type(el) is list:
                    if idx < len(el) and el[idx] is not HOLE:
                        if receiver is o:
                            el[idx] = value
                            return True
                        break
                else:
                    p = el.get(idx)
                    if p is not None:
                        flags = p[1]
                        if flags & ACCESSOR:
                            setter = p[0].setter
                            if setter is UNDEFINED:
                                return False
                            call(setter, receiver, (value,))
                            return True
                        if not flags & WRITABLE:
                            return False
                        if receiver is o:
                            el[idx] = (value, flags)
                            return True
                        break
            o = o.proto
            if o is NULL:
                break
            if o.exotic:
                return o.set(key, value, receiver)
        if not isinstance(receiver, JSObject):
            return False
        return receiver._receive_set(key, value)

    def _receive_set(self, key, value):
        """OrdinarySetWithOwnDescriptor steps 2.c - 2.e with this object as
        the Receiver: the data property found on the chain was writable
        (or there was none), now store on the receiver itself.  An exotic
        class whose own properties are not all ordinary storage overrides
        this (`receive_set_generic` is the spec's text)."""
        idx = array_index(key)
        if idx is not None:
            el = self.elements
            if type(el) is list:
                if idx < len(el) and el[idx] is not HOLE:
                    el[idx] = value
                    return True
            elif el is not None:
                p = el.get(idx)
                if p is not None:
                    if p[1] & (ACCESSOR | WRITABLE) != WRITABLE:
                        return False
                    el[idx] = (value, p[1])
                    return True
            if not self.extensible:
                return False
            self._add_element(idx, value, WEC)
            return True
        shape = self.shape
        e = shape.table.get(key, NOT_FOUND)
        if e < shape.limit:
            if e & (ACCESSOR | WRITABLE) != WRITABLE:
                return False
            self.slots[e >> 4] = value
            return True
        if not self.extensible:
            return False
        self._add_named(key, value, WEC)
        return True

    def set_fast(self, key, value):
        """Store into the own writable data property `key` found via the
        shape; False when not applicable (use `set`)."""
        shape = self.shape
        e = shape.table.get(key, NOT_FOUND)
        if e < shape.limit and e & (ACCESSOR | WRITABLE) == WRITABLE:
            self.slots[e >> 4] = value
            return True
        return False

    def set_index_fast(self, idx, value):
        """Store into the own existing dense element `idx`; False when not
        applicable (use `set`)."""
        el = self.elements
        if type(el) is list and idx < len(el) and el[idx] is not HOLE:
            el[idx] = value
            return True
        return False

    # -- [[Delete]] (10.1.10) --------------------------------------------

    def delete(self, key):
        """[[Delete]] (10.1.10, OrdinaryDelete)."""
        idx = array_index(key)
        if idx is not None:
            return self._delete_element(idx)
        shape = self.shape
        e = shape.table.get(key, NOT_FOUND)
        if e >= shape.limit:
            return True
        if not e & CONFIGURABLE:
            return False
        self._remove_named(key, e)
        return True

    def _remove_named(self, key, e):
        shape = self.shape
        slot = e >> 4
        if not shape.dictionary:
            if shape.parent is not None and slot == shape.nprops - 1:
                # The last property added: roll the shape back (V8 too).
                self.shape = shape.parent
                self.slots.pop()
                return
            self.shape = shape = shape.to_dictionary()
        shape.dict_remove(key)
        slots = self.slots
        slots[slot] = None
        if shape.free > 8 and 2 * shape.free > len(slots):
            self.slots = shape.compacted_slots(slots)

    def _delete_element(self, idx):
        el = self.elements
        if el is None:
            return True
        if type(el) is list:
            n = len(el)
            if idx < n and el[idx] is not HOLE:
                if idx == n - 1:
                    el.pop()
                    while el and el[-1] is HOLE:
                        el.pop()
                else:
                    el[idx] = HOLE
            return True
        p = el.get(idx)
        if p is None:
            return True
        if not p[1] & CONFIGURABLE:
            return False
        del el[idx]
        return True

    # -- [[OwnPropertyKeys]] (10.1.11) -----------------------------------

    def own_property_keys(self):
        """[[OwnPropertyKeys]] (10.1.11, OrdinaryOwnPropertyKeys): array
        indices ascending, then string keys, then symbol keys, each in
        creation order."""
        keys = self._index_keys()
        self._append_named_keys(keys)
        return keys

    def _index_keys(self):
        el = self.elements
        if el is None:
            return []
        if type(el) is list:
            return [str(i) for i, v in enumerate(el) if v is not HOLE]
        return [str(i) for i in sorted(el)]

    def _append_named_keys(self, keys):
        symbols = []
        for k in self.shape.keys():
            if type(k) is str:
                keys.append(k)
            else:
                symbols.append(k)
        keys.extend(symbols)

    # -- integrity levels (used by integrity.py) -------------------------

    def _set_integrity_fast(self, frozen):
        """SetIntegrityLevel's effect in one step, for objects whose own
        properties are all ordinary storage; False if not applicable."""
        if self.exotic:
            return False
        self._apply_integrity(frozen)
        return True

    def _apply_integrity(self, frozen):
        """Make every own property non-configurable (and, if `frozen`,
        every data property non-writable) and the object non-extensible."""
        self.extensible = False
        self.shape = self.shape.with_integrity(frozen)
        el = self.elements
        if el:
            if type(el) is list:
                el = self._elements_to_dict()
            for i, (stored, flags) in el.items():
                if flags & ACCESSOR or not frozen:
                    el[i] = (stored, flags & ~CONFIGURABLE)
                else:
                    el[i] = (stored, flags & ~(CONFIGURABLE | WRITABLE))

    # -- messages ---------------------------------------------------------

    def display(self):
        """How V8 shows this object in a message without running JS code
        (Object::NoSideEffectsToString): "#<Ctor>" when its toString is
        %Object.prototype.toString% and it has a named constructor, else
        "[object Tag]" (@@toStringTag if a string, else class_name)."""
        to_string = get_data_property(self, "toString")
        if to_string is not UNDEFINED and errors.is_object_to_string(to_string):
            ctor = get_data_property(self, "constructor")
            if is_callable(ctor):
                name = get_data_property(ctor, "name")
                if type(name) is str and name:
                    return "#<%s>" % name
        tag = get_data_property(self, WELL_KNOWN.toStringTag)
        return "[object %s]" % (tag if type(tag) is str else self.class_name)

    def _failure_extra(self, key, for_set=False):
        """The message for an exotic reason why a [[Set]] or
        [[DefineOwnProperty]] of `key` on this object just failed, or None
        (see set_failure_error, define_property_or_throw)."""
        return None


def ordinary_object_create(proto=NULL):
    """OrdinaryObjectCreate(proto) (10.1.12) without additional slots."""
    return JSObject(proto)
