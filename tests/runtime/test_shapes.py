"""Tests for minijs.runtime.shapes (hidden classes) and how JSObject uses
them: transitions and sharing, descriptor-table sharing, reconfiguration,
integrity transitions, dictionary mode (after deletes, past
MAX_FAST_PROPERTIES), the delete-last rollback, ids, and the fast paths
that read the shape."""

import pytest

from minijs.runtime import shapes
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.objects import Accessor, JSObject
from minijs.runtime.ordinary import create_data_property
from minijs.runtime.shapes import (
    ACCESSOR, CONFIGURABLE, ENUMERABLE, MAX_FAST_PROPERTIES, NOT_FOUND, ROOT,
    WEC, WRITABLE, Shape, entry_flags, entry_slot)
from minijs.runtime.values import UNDEFINED, JSSymbol


def build(*keys, proto=None):
    o = JSObject() if proto is None else JSObject(proto)
    for i, k in enumerate(keys):
        assert o.set(k, i)
    return o


# -- flags and entries -----------------------------------------------------

def test_flag_bits():
    flags = [WRITABLE, ENUMERABLE, CONFIGURABLE, ACCESSOR]
    assert len(set(flags)) == 4
    for f in flags:
        assert f & (f - 1) == 0 and f < 16
    assert WEC == WRITABLE | ENUMERABLE | CONFIGURABLE
    e = (5 << 4) | WEC
    assert entry_slot(e) == 5 and entry_flags(e) == WEC


def test_root_is_empty_and_realm_independent():
    assert ROOT.nprops == 0 and ROOT.keys() == [] and not ROOT.dictionary
    assert JSObject().shape is ROOT
    other_root = Shape.root()
    assert other_root is not ROOT and other_root.keys() == []
    assert other_root.add("x", WEC) is not ROOT.add("x", WEC)


# -- transitions ------------------------------------------------------------

def test_same_order_shares_shape():
    a = build("x", "y", "z")
    b = build("x", "y", "z")
    assert a.shape is b.shape
    assert a.shape.keys() == ["x", "y", "z"]


def test_different_order_or_flags_different_shape():
    a = build("x", "y")
    b = build("y", "x")
    assert a.shape is not b.shape
    c = JSObject()
    c.define_own_property("x", PropertyDescriptor(0, True, None, None, False, True))
    c.define_own_property("y", PropertyDescriptor(1, True, None, None, True, True))
    assert c.shape is not a.shape
    assert ROOT.add("x", WEC) is ROOT.add("x", WEC)
    assert ROOT.add("x", WEC) is not ROOT.add("x", WRITABLE)


def test_transition_chain_parent_pointers():
    o = build("a", "b", "c")
    s = o.shape
    assert s.parent.keys() == ["a", "b"]
    assert s.parent.parent.parent is ROOT


def test_prototype_not_part_of_shape():
    p1, p2 = JSObject(), JSObject()
    assert build("x", proto=p1).shape is build("x", proto=p2).shape


def test_slots_follow_insertion_order():
    sym = JSSymbol("s")
    o = build("a", sym, "b")
    for i, k in enumerate(["a", sym, "b"]):
        e = o.shape.lookup(k)
        assert entry_slot(e) == i and entry_flags(e) == WEC
        assert o.slots[i] == i
    assert len(o.slots) == o.shape.nprops == 3


def test_ids_unique_small_ints():
    seen = set()
    for keys in (("a",), ("a", "b"), ("b",), ("c", "d", "e")):
        s = build(*keys).shape
        seen.add(s.id)
        assert type(s.id) is int and s.id > 0
    shapes_made = [Shape.root() for _ in range(10)]
    ids = [s.id for s in shapes_made]
    assert len(set(ids)) == 10 and ids == sorted(ids)


# -- descriptor table sharing -----------------------------------------------

def test_add_chain_shares_one_table():
    root = Shape.root()
    s = root
    chain = [s]
    for i in range(50):
        s = s.add("k%d" % i, WEC)
        chain.append(s)
    assert len({id(x.table) for x in chain}) == 1
    for n, x in enumerate(chain):
        assert x.nprops == n
        assert x.keys() == ["k%d" % i for i in range(n)]
        assert ("k%d" % n) not in x            # a descendant's key is invisible
        assert x.lookup("k%d" % n) is None
        if n:
            assert x.lookup("k%d" % (n - 1)) is not None


def test_branching_copies_prefix():
    root = Shape.root()
    ab = root.add("a", WEC).add("b", WEC)
    abc = ab.add("c", WEC)            # extends the shared table
    abd = ab.add("d", WEC)            # must copy
    assert abc.table is ab.table and abd.table is not ab.table
    assert abc.keys() == ["a", "b", "c"] and abd.keys() == ["a", "b", "d"]
    assert "d" not in abc and "c" not in abd
    assert ab.keys() == ["a", "b"]
    assert entry_slot(abc.lookup("c")) == entry_slot(abd.lookup("d")) == 2


def test_not_found_is_above_every_limit():
    s = Shape.root()
    for i in range(20):
        s = s.add(i, WEC)
        assert NOT_FOUND >= s.limit
    assert s.to_dictionary().limit == NOT_FOUND


# -- reconfiguration -------------------------------------------------------

def test_reconfigure_keeps_slot_and_order():
    o = build("a", "b", "c")
    old = o.shape
    o.define_own_property("b", PropertyDescriptor(enumerable=False))
    s = o.shape
    assert s is not old and not s.dictionary
    assert s.keys() == ["a", "b", "c"]
    assert entry_slot(s.lookup("b")) == 1 and entry_flags(s.lookup("b")) == WRITABLE | CONFIGURABLE
    assert entry_flags(old.lookup("b")) == WEC     # the shared entry is untouched
    p = build("a", "b", "c")
    p.define_own_property("b", PropertyDescriptor(enumerable=False))
    assert p.shape is s                           # reconfigurations are shared too
    assert old.reconfigure("b", WEC) is old


def test_data_to_accessor_keeps_slot():
    o = build("a", "b")
    o.define_own_property("a", PropertyDescriptor(get=UNDEFINED))
    e = o.shape.lookup("a")
    assert entry_slot(e) == 0
    assert entry_flags(e) & ACCESSOR and not entry_flags(e) & WRITABLE
    assert isinstance(o.slots[0], Accessor) and o.slots[1] == 1


def test_adding_after_reconfigure():
    o = build("a", "b")
    o.define_own_property("a", PropertyDescriptor(writable=False))
    o.set("c", 5)
    assert o.shape.keys() == ["a", "b", "c"] and o.get("c") == 5
    assert o.shape.parent is not None


# -- integrity transitions --------------------------------------------------

@pytest.mark.parametrize("frozen", [False, True])
def test_with_integrity(frozen):
    s = ROOT.add("a", WEC).add("g", ACCESSOR | ENUMERABLE | CONFIGURABLE)
    t = s.with_integrity(frozen)
    assert t is s.with_integrity(frozen) and t is not s
    assert entry_flags(t.lookup("a")) == (ENUMERABLE if frozen else WRITABLE | ENUMERABLE)
    assert entry_flags(t.lookup("g")) == ACCESSOR | ENUMERABLE
    assert entry_flags(s.lookup("a")) == WEC


# -- dictionary mode ----------------------------------------------------------

def test_delete_last_rolls_back():
    a = build("x", "y")
    parent = a.shape.parent
    assert a.delete("y")
    assert a.shape is parent and a.slots == [0]
    assert a.shape is build("x").shape
    a.set("y", 5)
    assert a.shape is build("x", "y").shape and a.get("y") == 5


def test_delete_middle_goes_dictionary():
    a = build("x", "y", "z")
    b = build("x", "y", "z")
    assert a.delete("x")
    s = a.shape
    assert s.dictionary and s is not b.shape
    assert s.keys() == ["y", "z"]
    assert a.get("y") == 1 and a.get("z") == 2 and a.get("x") is UNDEFINED
    assert b.get("x") == 0 and b.shape.keys() == ["x", "y", "z"]
    a.set("x", 9)                               # re-added at the end
    assert a.shape is s and s.keys() == ["y", "z", "x"] and a.get("x") == 9


def test_dictionary_shapes_are_private():
    a = build("x", "y", "z")
    b = build("x", "y", "z")
    a.delete("x")
    b.delete("x")
    assert a.shape.dictionary and b.shape.dictionary
    assert a.shape is not b.shape and a.shape.id != b.shape.id
    a.set("w", 1)
    assert "w" not in b.shape


def test_dictionary_reconfigure_in_place():
    a = build("x", "y", "z")
    a.delete("x")
    s = a.shape
    a.define_own_property("y", PropertyDescriptor(writable=False))
    assert a.shape is s
    assert a.get_own_property("y") == PropertyDescriptor(1, False, None, None, True, True)
    assert a.set("y", 5) is False


def test_dictionary_compaction():
    keys = ["k%d" % i for i in range(40)]
    o = build(*keys)
    o.delete("k0")
    for k in keys[1:30]:
        assert o.delete(k)
    assert o.shape.dictionary
    assert len(o.slots) < 40                  # compacted at least once
    assert o.shape.keys() == keys[30:]
    for i in range(30, 40):
        assert o.get("k%d" % i) == i
    for k in keys[30:]:
        e = o.shape.lookup(k)
        assert o.slots[entry_slot(e)] == keys.index(k)


def test_too_many_properties_goes_dictionary():
    o = JSObject()
    for i in range(MAX_FAST_PROPERTIES):
        o.set("p%d" % i, i)
    assert not o.shape.dictionary and o.shape.nprops == MAX_FAST_PROPERTIES
    o.set("last", -1)
    assert o.shape.dictionary
    assert o.get("p0") == 0 and o.get("p999") == 999 and o.get("last") == -1
    keys = o.own_property_keys()
    assert keys[0] == "p0" and keys[-1] == "last" and len(keys) == MAX_FAST_PROPERTIES + 1


def test_many_properties_memory_is_linear():
    o = JSObject()
    for i in range(MAX_FAST_PROPERTIES):
        o.set("m%d" % i, i)
    tables = set()
    s = o.shape
    while s is not None:
        tables.add(id(s.table))
        s = s.parent
    assert len(tables) <= 2          # ROOT's table may differ from the chain's


def test_transition_limit_still_correct(monkeypatch):
    monkeypatch.setattr(shapes, "MAX_TRANSITIONS", 4)
    root = Shape.root()
    children = [root.add("k%d" % i, WEC) for i in range(10)]   # all alive
    assert len(root.transitions) == 4
    assert root.add("k0", WEC) is children[0]
    late = root.add("k9", WEC)
    assert late is not children[9]              # uncached, still valid
    assert late.keys() == ["k9"] == children[9].keys()


def test_full_transition_table_is_swept(monkeypatch):
    monkeypatch.setattr(shapes, "MAX_TRANSITIONS", 4)
    root = Shape.root()
    keep = root.add("keep", WEC)
    for i in range(3):
        root.add(JSSymbol("gone%d" % i), WEC)    # nothing keeps these
    parent_of_child = root.add("p", WEC)
    grandchild = parent_of_child.add("q", WEC)  # keeps its parent alive
    del parent_of_child
    o = JSObject()
    o.shape = root
    o.set("used", 1)                            # an object keeps it alive
    assert set(k for k, _ in root.transitions) == {"keep", "p", "used"}
    assert root.add("keep", WEC) is keep
    assert root.add("p", WEC) is grandchild.parent
    assert root.add("used", WEC) is o.shape
    fresh = root.add("fresh", WEC)
    assert root.add("fresh", WEC) is fresh      # cached again after the sweep
    # A chain nothing uses any more goes as a whole; a used one stays.
    del grandchild, fresh
    deep = JSObject()
    deep.shape = root
    for k in ("d1", "d2", "d3"):
        deep.set(k, 0)
    live = JSObject()
    live.shape = root
    for k in ("e1", "e2", "e3"):
        live.set(k, 0)
    del deep
    assert {"d1", "e1"} <= set(k for k, _ in root.transitions)
    root.add(JSSymbol("trigger"), WEC)
    remaining = set(k for k, _ in root.transitions)
    assert "e1" in remaining and "used" in remaining and "keep" in remaining
    assert "d1" not in remaining and "p" not in remaining
    again = JSObject()
    again.shape = root
    for k in ("e1", "e2", "e3"):
        again.set(k, 1)
    assert again.shape is live.shape


def test_shape_len_contains_items_repr():
    o = build("a", "b")
    s = o.shape
    assert len(s) == 2 and "a" in s and "c" not in s
    assert [k for k, _ in s.items()] == ["a", "b"]
    assert "Shape" in repr(s)
    o.delete("a")
    assert len(o.shape) == 1 and "dictionary" in repr(o.shape)


# -- fast paths read the shape -----------------------------------------------

def test_fast_paths_in_dictionary_mode():
    o = build("x", "y", "z")
    o.delete("x")
    assert o.get_fast("y") == 1 and o.get_fast("x") is None
    assert o.set_fast("z", 7) and o.get("z") == 7
    assert not o.set_fast("x", 1)


def test_fast_paths_do_not_see_descendant_keys():
    a = build("fresh_x")          # keys no other test uses: a new branch
    b = build("fresh_x", "fresh_y")   # shares a's table, extended
    assert a.shape.table is b.shape.table
    assert a.get_fast("fresh_y") is None and not a.set_fast("fresh_y", 1)
    assert a.get("fresh_y") is UNDEFINED and not a.has_own_property("fresh_y")
    assert a.own_property_keys() == ["fresh_x"]


def test_inline_cache_style_access():
    """What an inline cache will do: remember (shape, slot) once, then
    guard on the shape identity and index the slots."""
    objs = [build("x", "y") for _ in range(5)]
    shape = objs[0].shape
    slot = entry_slot(shape.lookup("y"))
    for o in objs:
        assert o.shape is shape and o.slots[slot] == 1
    create_data_property(objs[0], "z", 1)
    assert objs[0].shape is not shape
