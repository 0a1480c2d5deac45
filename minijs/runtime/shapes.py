"""Hidden classes (V8 maps): the layout of an object's named properties.

A Shape maps each property key (str or JSSymbol; never an array index,
those live in the object's elements) to an *entry*, one int:

    entry = (slot << 4) | flags        flags = WRITABLE | ENUMERABLE |
                                               CONFIGURABLE | ACCESSOR

so an own data load is `e = shape.table.get(key, NOT_FOUND)`,
`if e < shape.limit and not e & ACCESSOR: value = obj.slots[e >> 4]`:
one dict lookup, one compare, one list index.  An accessor property's
slot holds an `Accessor` (getter, setter) pair; its WRITABLE bit is 0.

Invariants:

* A fast (non-dictionary) Shape is immutable in everything a lookup can
  see: its keys, their order, slots and flags.  Slots are numbered in
  insertion order 0..nprops-1, so `len(obj.slots) == shape.nprops`.
* Transitions: `shape.add(key, flags)` and `shape.reconfigure(key, flags)`
  return the same child Shape each time (cached under `(key, flags)`;
  adds and reconfigurations cannot collide since one needs the key
  absent, the other present), so objects built the same way share shapes.
  At most MAX_TRANSITIONS children are cached per shape.  When a table
  is full it is swept of children nothing else refers to (no object,
  cache or descendant: CPython's reference count tells; V8 keeps
  transitions weak and lets its GC clear them), so keys that came and
  went (symbols, dictionary-like use) cannot fill it for good; if it is
  still full the new child is a valid fast shape, only not shared.
* Descriptor sharing (V8's shared DescriptorArray): a chain of add
  transitions shares ONE table dict; a shape sees the first `nprops`
  entries of it.  `limit = nprops << 4` makes the one compare above reject
  keys a descendant added.  A shape extends the table in place only when
  it is the table's last user (`len(table) == nprops`); otherwise, and for
  every reconfiguration, it copies its prefix.  Entries in a shared table
  never change.  So building n properties costs O(n) memory, not O(n^2).
* NOT_FOUND (the lookup default) is >= every shape's `limit`.
* A dictionary Shape (V8's dictionary-mode map) belongs to exactly one
  object and is mutated in place: keys are added, removed and
  reconfigured in its own table; `limit` is NOT_FOUND so every present
  entry passes the compare; removed slots hold None until compaction.
  Its `id` is unique, but since its layout changes under that id an
  inline cache must never cache a dictionary shape (check `dictionary`).
* Every Shape has a unique small positive int `id`, never reused, for
  feedback vectors and native-code guards.
* Prototypes are not part of a Shape (they live on the object), so one
  shape serves objects of every realm: ROOT is the realm-independent
  empty root; `Shape.root()` makes another root for a separate tree.
"""

import itertools
import sys

__all__ = [
    "WRITABLE", "ENUMERABLE", "CONFIGURABLE", "ACCESSOR", "WEC", "FLAG_MASK",
    "NOT_FOUND", "MAX_FAST_PROPERTIES", "MAX_TRANSITIONS", "Shape", "ROOT",
    "entry_slot", "entry_flags",
]

WRITABLE = 1
ENUMERABLE = 2
CONFIGURABLE = 4
ACCESSOR = 8
WEC = WRITABLE | ENUMERABLE | CONFIGURABLE     # a plain data property
FLAG_MASK = 15

NOT_FOUND = 1 << 62
MAX_FAST_PROPERTIES = 1000     # adding one more goes to dictionary mode
MAX_TRANSITIONS = 1024         # cached children per shape

_ids = itertools.count(1)


def entry_slot(e):
    """The slot index of a table entry."""
    return e >> 4


def entry_flags(e):
    """The attribute flags of a table entry."""
    return e & FLAG_MASK


class Shape:
    """A hidden class; see the module docstring for the invariants.

    Fields: `id`, `table` (key -> entry, possibly shared with descendants),
    `nprops` (how many entries of `table` this shape has), `limit`,
    `transitions` (None until the first child), `parent` (the shape an add
    transition started from, else None: lets a delete of the last added
    property roll the object back), `dictionary`, `free` (dictionary
    mode: removed slots not yet compacted; fast mode: adds to wait before
    sweeping a full transition table again)."""

    __slots__ = ("id", "table", "nprops", "limit", "transitions", "parent",
                 "dictionary", "free")

    def __init__(self, table, nprops, parent=None, dictionary=False):
        self.id = next(_ids)
        self.table = table
        self.nprops = nprops
        self.parent = parent
        self.dictionary = dictionary
        self.limit = NOT_FOUND if dictionary else nprops << 4
        self.transitions = None
        self.free = 0

    @classmethod
    def root(cls):
        """A new empty root shape (the start of a transition tree)."""
        return cls({}, 0)

    # -- queries ---------------------------------------------------------

    def lookup(self, key):
        """The entry of `key`, or None if this shape does not have it."""
        e = self.table.get(key, NOT_FOUND)
        return e if e < self.limit else None

    def __contains__(self, key):
        return self.table.get(key, NOT_FOUND) < self.limit

    def __len__(self):
        return len(self.table) if self.dictionary else self.nprops

    def keys(self):
        """The keys in insertion order (strings and symbols interleaved)."""
        if self.dictionary or len(self.table) == self.nprops:
            return list(self.table)
        return list(itertools.islice(self.table, self.nprops))

    def items(self):
        """(key, entry) pairs in insertion order."""
        if self.dictionary or len(self.table) == self.nprops:
            return list(self.table.items())
        return list(itertools.islice(self.table.items(), self.nprops))

    def _own_table(self):
        """A fresh copy of this shape's prefix of the table."""
        if len(self.table) == self.nprops:
            return dict(self.table)
        return dict(itertools.islice(self.table.items(), self.nprops))

    # -- fast-mode transitions -------------------------------------------

    def _child(self, tkey):
        t = self.transitions
        return None if t is None else t.get(tkey)

    def _remember(self, tkey, child):
        t = self.transitions
        if t is None:
            self.transitions = t = {}
        elif len(t) >= MAX_TRANSITIONS:
            # Sweep; after a sweep that freed less than a quarter, wait a
            # quarter table's worth of adds before the next one.
            if self.free > 0:
                self.free -= 1
            else:
                self._sweep_transitions()
                if len(t) > MAX_TRANSITIONS * 3 // 4:
                    self.free = MAX_TRANSITIONS // 4
        if len(t) < MAX_TRANSITIONS:
            t[tkey] = child

    def _sweep_transitions(self):
        """Forget the children whose whole subtree nothing outside the
        transition tree refers to."""
        if _LOCAL_REFS is None:
            return
        t = self.transitions
        for tkey in list(t):
            if _is_garbage(t, tkey):
                del t[tkey]

    def add(self, key, flags):
        """The shape with `key` appended (slot `nprops`) with `flags`.
        `key` must be absent; the caller checks MAX_FAST_PROPERTIES."""
        assert not self.dictionary
        tkey = (key, flags)
        child = self._child(tkey)
        if child is not None:
            return child
        table = self.table
        n = self.nprops
        if len(table) != n:
            table = dict(itertools.islice(table.items(), n))
        table[key] = (n << 4) | flags
        child = Shape(table, n + 1, parent=self)
        self._remember(tkey, child)
        return child

    def reconfigure(self, key, flags):
        """The shape where the present `key` has `flags` instead (same slot,
        same order).  A changed attribute never touches shared entries."""
        assert not self.dictionary
        e = self.lookup(key)
        if (e & FLAG_MASK) == flags:
            return self
        tkey = (key, flags)
        child = self._child(tkey)
        if child is not None:
            return child
        table = self._own_table()
        table[key] = (e & ~FLAG_MASK) | flags
        child = Shape(table, self.nprops)
        self._remember(tkey, child)
        return child

    def with_integrity(self, frozen):
        """The shape with every property non-configurable, and if `frozen`
        every data property also non-writable: the one-step transition of
        Object.seal / Object.freeze (V8's integrity-level transitions).
        A dictionary shape is changed in place and returned."""
        clear = CONFIGURABLE | WRITABLE if frozen else CONFIGURABLE
        if self.dictionary:
            table = self.table
            for key, e in table.items():
                table[key] = e & ~(clear if not e & ACCESSOR else CONFIGURABLE)
            return self
        tkey = ("#integrity", frozen)
        child = self._child(tkey)
        if child is not None:
            return child
        table = self._own_table()
        for key, e in table.items():
            table[key] = e & ~(clear if not e & ACCESSOR else CONFIGURABLE)
        child = Shape(table, self.nprops)
        self._remember(tkey, child)
        return child

    def to_dictionary(self):
        """A new dictionary shape with this shape's entries (same slots),
        owned by the one object that switches to it."""
        return Shape(self._own_table(), self.nprops, dictionary=True)

    # -- dictionary mode (in place) --------------------------------------

    def dict_add(self, key, flags, slot):
        """Dictionary mode: append `key` at `slot` (the caller appends the
        value to the object's slots)."""
        self.table[key] = (slot << 4) | flags
        self.nprops += 1

    def dict_set_flags(self, key, flags):
        """Dictionary mode: change the flags of the present `key`."""
        e = self.table[key]
        self.table[key] = (e & ~FLAG_MASK) | flags

    def dict_remove(self, key):
        """Dictionary mode: remove `key`; returns its slot index."""
        e = self.table.pop(key)
        self.nprops -= 1
        self.free += 1
        return e >> 4

    def compacted_slots(self, slots):
        """Dictionary mode: renumber the entries 0..n-1 in order and return
        the matching new slots list (drops removed slots)."""
        table = self.table
        new_slots = []
        for i, (key, e) in enumerate(table.items()):
            new_slots.append(slots[e >> 4])
            table[key] = (i << 4) | (e & FLAG_MASK)
        self.free = 0
        return new_slots

    def __repr__(self):
        kind = "dictionary " if self.dictionary else ""
        return "<%sShape #%d %r>" % (kind, self.id, self.keys())


def _is_garbage(table, tkey):
    """True when the only references to the child `table[tkey]` and to
    every shape below it are the tree's own: the transition-table entry
    holding each and the `parent` pointers of their children.  Iterative
    (trees can be deep); stops at the first shape something else uses.
    A miscount can only cost sharing, never correctness: an object keeps
    its shape whether or not the tree still lists it."""
    getrefcount = sys.getrefcount
    stack = [table[tkey]]
    while stack:
        s = stack.pop()
        expected = 1
        t = s.transitions
        if t:
            expected += sum(1 for c in t.values() if c.parent is s)
            stack.extend(t.values())
        if getrefcount(s) - _LOCAL_REFS > expected:
            return False
    return True


def _calibrate():
    """How many references `s = stack.pop(); getrefcount(s)` itself holds
    (None where there are no reference counts)."""
    if not hasattr(sys, "getrefcount"):
        return None
    t = {0: Shape({}, 0)}
    stack = [t[0]]
    s = stack.pop()
    return sys.getrefcount(s) - 1


_LOCAL_REFS = _calibrate()

ROOT = Shape.root()
