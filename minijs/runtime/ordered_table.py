"""The storage of Map and Set ([[MapData]] / [[SetData]], ECMA-262 24.1,
24.2): an insertion-ordered table keyed by SameValueZero that iterators
can walk while it changes.

Invariants:

* `keys[i]` (and, for a Map, `values[i]`) is the entry at position i, or
  EMPTY where an entry was deleted; `index` maps the hash key of every
  present entry (see `hash_key`) to its position; `size` counts present
  entries.  Entries are only ever appended, so position order is
  insertion order (the spec's List of Records with ~empty~ holes).
* A walk is a `Cursor`, a position into `keys`.  Deleted entries are
  skipped and entries appended during a walk are visited, exactly as
  the spec's iterators over the live List do.
* When more than half the positions are holes the lists are compacted
  (so a Map used as a queue does not grow without bound); every live
  cursor (the table keeps them in a WeakSet) is moved to the position of
  the same next entry.  `clear` empties the lists and rewinds cursors to 0,
  so entries added after a clear are still visited.
"""

import weakref

__all__ = ["OrderedTable", "Cursor", "EMPTY", "hash_key", "canonical_key"]


class _Empty:
    __slots__ = ()

    def __repr__(self):
        return "<empty>"


EMPTY = _Empty()


class _Marker:
    """A hash key standing for a JS value Python would confuse with
    another (booleans equal 0 and 1, NaN equals nothing)."""

    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_NAN = _Marker("NaN")
_TRUE = _Marker("true")
_FALSE = _Marker("false")


def hash_key(v):
    """A Python dict key that is equal for two JS values exactly when they
    are SameValueZero (7.2.11): +0 and -0 meet, every NaN is one key, true
    is not 1.  Objects and symbols hash by identity, BigInts by value."""
    t = type(v)
    if t is float:
        if v != v:
            return _NAN
        if v == 0:
            return 0
        return v            # 2.0 == 2 and hashes alike: one number
    if t is bool:
        return _TRUE if v else _FALSE
    return v


def canonical_key(v):
    """The key as stored: -0 becomes +0 (Map.prototype.set step 5)."""
    if type(v) is float and v == 0:
        return 0
    return v


class Cursor:
    """A position in a table, kept up to date across compactions."""

    __slots__ = ("table", "position", "__weakref__")

    def __init__(self, table):
        self.table = table
        self.position = 0

    def next_position(self):
        """The position of the next present entry (advancing past it), or
        -1 when the walk is at the end."""
        keys = self.table.keys
        i = self.position
        n = len(keys)
        while i < n:
            if keys[i] is not EMPTY:
                self.position = i + 1
                return i
            i += 1
        self.position = i
        return -1


class OrderedTable:
    """[[MapData]] (with values) or [[SetData]] (values None)."""

    __slots__ = ("keys", "values", "index", "size", "cursors")

    def __init__(self, with_values):
        self.keys = []
        self.values = [] if with_values else None
        self.index = {}
        self.size = 0
        self.cursors = weakref.WeakSet()

    def cursor(self):
        c = Cursor(self)
        self.cursors.add(c)
        return c

    def find(self, key):
        """The position of `key` (a JS value), or -1."""
        return self.index.get(hash_key(key), -1)

    def has(self, key):
        return hash_key(key) in self.index

    def get(self, key, default):
        i = self.index.get(hash_key(key), -1)
        return default if i < 0 else self.values[i]

    def set(self, key, value=None):
        """Add `key` (-0 stored as +0) or, for a Map, replace its value."""
        h = hash_key(key)
        i = self.index.get(h, -1)
        if i >= 0:
            if self.values is not None:
                self.values[i] = value
            return
        self.index[h] = len(self.keys)
        self.keys.append(canonical_key(key))
        if self.values is not None:
            self.values.append(value)
        self.size += 1

    def delete(self, key):
        i = self.index.pop(hash_key(key), -1)
        if i < 0:
            return False
        self.keys[i] = EMPTY
        if self.values is not None:
            self.values[i] = EMPTY
        self.size -= 1
        n = len(self.keys)
        if n > 32 and self.size * 2 < n:
            self._compact()
        return True

    def clear(self):
        self.keys = []
        if self.values is not None:
            self.values = []
        self.index = {}
        self.size = 0
        for c in self.cursors:
            c.position = 0

    def _compact(self):
        """Drop the holes; move every cursor to the same next entry."""
        old_keys = self.keys
        new_position = []           # old position -> new position
        keys = []
        values = [] if self.values is not None else None
        index = {}
        for i, k in enumerate(old_keys):
            new_position.append(len(keys))
            if k is not EMPTY:
                index[hash_key(k)] = len(keys)
                keys.append(k)
                if values is not None:
                    values.append(self.values[i])
        new_position.append(len(keys))
        for c in self.cursors:
            c.position = new_position[min(c.position, len(old_keys))]
        self.keys = keys
        self.values = values
        self.index = index

    def live_keys(self):
        return [k for k in self.keys if k is not EMPTY]

    def live_items(self):
        return [(k, v) for k, v in zip(self.keys, self.values) if k is not EMPTY]
