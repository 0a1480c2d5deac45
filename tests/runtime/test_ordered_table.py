"""OrderedTable (minijs/runtime/ordered_table.py): SameValueZero keys,
holes, compaction that keeps open cursors on the same next entry."""

import math

from minijs.runtime.ordered_table import OrderedTable, hash_key
from minijs.runtime.values import JSBigInt


def walk(cursor):
    out = []
    while True:
        i = cursor.next_position()
        if i < 0:
            return out
        out.append(cursor.table.keys[i])


def test_same_value_zero_keys():
    t = OrderedTable(True)
    t.set(-0.0, "zero")
    t.set(math.nan, "nan")
    t.set(True, "true")
    t.set(JSBigInt(1), "big")
    assert t.get(0, None) == "zero" and t.get(float("nan"), None) == "nan"
    assert t.get(1, None) is None and t.get(True, None) == "true"
    assert t.get(JSBigInt(1), None) == "big"
    assert type(t.keys[0]) is int and t.keys[0] == 0       # -0 stored as +0
    assert hash_key(2.0) == hash_key(2) and hash_key(True) != hash_key(1)


def test_compaction_moves_cursors_to_the_same_next_entry():
    t = OrderedTable(False)
    for i in range(100):
        t.set(i)
    c = t.cursor()
    for _ in range(10):
        c.next_position()                   # next entry is 10
    for i in range(5, 90):
        t.delete(i)
    assert len(t.keys) < 100                # compacted
    assert walk(c) == list(range(90, 100))
    assert t.size == 15 and t.has(99) and not t.has(50)


def test_clear_rewinds_cursors():
    t = OrderedTable(True)
    t.set("a", 1)
    c = t.cursor()
    c.next_position()
    t.clear()
    t.set("b", 2)
    assert walk(c) == ["b"]
