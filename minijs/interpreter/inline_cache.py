"""Inline caches for named property loads and stores (V8's LoadIC and
StoreIC), kept in the code's feedback vector, which the JIT reads too.

A site's feedback is one of

    None              never ran (uninitialized)
    an entry (tuple)  monomorphic
    a list of entries polymorphic (at most MAX_POLYMORPHISM)
    MEGAMORPHIC       too many: every access does the full lookup

Load entries `(shape, slot, holder, holder_shape, chain, cls)`, `cls` the
receiver's Python class (a quickened site tests it instead of getattr):
  * own data property: holder None; the value is `obj.slots[slot]`.
  * data property of a prototype: `holder.slots[slot]`, valid while the
    receiver has `shape`, its prototype chain is the same objects
    (`chain`: the `(object, shape)` pairs between the receiver and the
    holder; empty when the holder is the receiver's prototype) with the
    same shapes, and the holder has `holder_shape`.  Prototypes are not
    part of a Shape here, so the identities are checked, not implied;
    shapes are immutable (dictionary shapes are never cached), so an
    unchanged shape means no property was added, removed or changed in
    kind on that object.
Store entries `(shape, slot, new_shape, chain)`:
  * new_shape None: an own writable data property, `obj.slots[slot] = v`.
  * otherwise an add (a shape transition): valid while the receiver has
    `shape`, is extensible and its whole prototype chain (`chain`, up to
    null) is unchanged, so nothing on it can intercept the store (a
    setter, a read-only property, a proxy).

The baseline tier inlines the monomorphic own / direct-prototype load and
the own store; everything else comes here.
"""

from minijs.runtime.arrays import JSArray
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import ACCESSOR, NOT_FOUND, WRITABLE
from minijs.runtime.values import NULL

__all__ = ["MEGAMORPHIC", "MAX_POLYMORPHISM", "cached_load", "load_entry", "record",
           "cached_store", "store_entry"]

MEGAMORPHIC = "megamorphic"
MAX_POLYMORPHISM = 4
MISS = object()
_MAX_CHAIN = 4


def _plain(o):
    """Named (non-index) properties of `o` behave as an ordinary object's."""
    return (not o.exotic or type(o) is JSArray) and not o.shape.dictionary


def load_entry(obj, name):
    """The cache entry for loading `name` from `obj`, or None when the
    result is not a cacheable data property."""
    if not _plain(obj) or name == "length":
        return None
    shape = obj.shape
    e = shape.table.get(name, NOT_FOUND)
    if e < shape.limit:
        return None if e & ACCESSOR else (shape, e >> 4, None, None, (), type(obj))
    chain = []
    p = obj.proto
    while p is not NULL and len(chain) < _MAX_CHAIN:
        if not _plain(p):
            return None
        ps = p.shape
        e = ps.table.get(name, NOT_FOUND)
        if e < ps.limit:
            return None if e & ACCESSOR else (shape, e >> 4, p, ps, tuple(chain), type(obj))
        chain.append((p, ps))
        p = p.proto
    return None


def _chain_holds(p, chain):
    """Does the prototype chain from `p` start with `chain`?  Returns the
    object after it, or MISS."""
    for o, s in chain:
        if p is not o or o.shape is not s:
            return MISS
        p = o.proto
    return p


def _load(entry, obj):
    holder = entry[2]
    if holder is None:
        return obj.slots[entry[1]]
    p = _chain_holds(obj.proto, entry[4])
    if p is holder and holder.shape is entry[3]:
        return holder.slots[entry[1]]
    return MISS


def cached_load(f, obj):
    """The value the feedback `f` gives for `obj`, or MISS."""
    shape = getattr(obj, "shape", None)
    if shape is None:
        return MISS
    if type(f) is tuple:
        return _load(f, obj) if f[0] is shape else MISS
    if type(f) is list:
        for entry in f:
            if entry[0] is shape:
                v = _load(entry, obj)
                if v is not MISS:
                    return v
    return MISS


def record(vector, index, entry):
    """Add `entry` to the feedback at `vector[index]` (mono -> poly ->
    megamorphic; an entry for the same shape and holder replaces the old)."""
    f = vector[index]
    if f is None:
        vector[index] = entry
        return
    if f is MEGAMORPHIC:
        return
    entries = f if type(f) is list else [f]
    for i, old in enumerate(entries):
        if old[0] is entry[0] and old[2] is entry[2]:
            entries[i] = entry
            break
    else:
        if len(entries) >= MAX_POLYMORPHISM:
            vector[index] = MEGAMORPHIC
            return
        entries.append(entry)
    vector[index] = entries[0] if len(entries) == 1 else entries


def store_entry(obj, name, before):
    """The cache entry for a store of `name` that changed `obj` from shape
    `before` to its current shape, or None when not cacheable."""
    if type(obj) is not JSObject or obj.shape.dictionary or before.dictionary:
        return None
    shape = obj.shape
    e = shape.table.get(name, NOT_FOUND)
    if e >= shape.limit or (e & (WRITABLE | ACCESSOR)) != WRITABLE:
        return None
    if shape is before:
        return (shape, e >> 4, None, ())
    if shape.parent is not before or not obj.extensible or e >> 4 != before.nprops:
        return None          # not a single add transition
    chain = []
    p = obj.proto
    while p is not NULL:
        if len(chain) >= _MAX_CHAIN or not _plain(p) or type(p) is JSArray:
            return None
        ps = p.shape
        if ps.table.get(name, NOT_FOUND) < ps.limit:
            return None      # a setter or read-only property could have run
        chain.append((p, ps))
        p = p.proto
    return (before, e >> 4, shape, tuple(chain))


def cached_store(f, obj, value):
    """Apply the store feedback `f` to `obj`; False on a miss."""
    if type(obj) is not JSObject:
        return False
    shape = obj.shape
    for entry in (f,) if type(f) is tuple else f if type(f) is list else ():
        if entry[0] is not shape:
            continue
        new_shape = entry[2]
        if new_shape is None:
            obj.slots[entry[1]] = value
            return True
        if obj.extensible and _chain_holds(obj.proto, entry[3]) is NULL:
            obj.slots.append(value)
            obj.shape = new_shape
            return True
    return False
