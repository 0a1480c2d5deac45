"""ParseModule's entry lists and the module cell layout
(compiler/module_entries.py)."""

from minijs.compiler.module_entries import ALL, ALL_BUT_DEFAULT, NAMESPACE_OBJECT
from minijs.engine import compile_module


def layout(src):
    return compile_module(src, "m.mjs").module_layout


def entries(lst):
    return [(e.export_name, e.module_request, e.import_name, e.local_name) for e in lst]


def test_requested_modules_in_source_order_once():
    got = layout("import a from 'x'; export * from 'y'; import 'x'; export { b } from 'z'; import 'y';")
    assert got.requested == ["x", "y", "z"]


def test_import_entries():
    got = layout("import d, { a as b, 'str' as s } from 'm'; import * as ns from 'n';")
    assert [(i.module_request, i.import_name, i.local_name) for i in got.imports] == [
        ("m", "default", "d"), ("m", "a", "b"), ("m", "str", "s"), ("n", NAMESPACE_OBJECT, "ns")]


def test_export_entry_lists():
    got = layout("""
        export let x = 1; var y; export { y as why };
        export default function () {}
        export * from 'a'; export * as all from 'b'; export { q as qq } from 'c';
        import { imp } from 'd'; export { imp as reexported };
        import * as ns from 'e'; export { ns };
    """)
    assert entries(got.local_exports) == [
        ("x", None, None, "x"), ("why", None, None, "y"), ("default", None, None, "*default*")]
    assert entries(got.indirect_exports) == [
        ("all", "b", ALL, None), ("qq", "c", "q", None), ("reexported", "d", "imp", None),
        ("ns", "e", ALL, None)]
    assert entries(got.star_exports) == [(None, "a", ALL_BUT_DEFAULT, None)]


def test_cells_exports_positive_imports_negative():
    got = layout("import { a } from 'm'; import * as ns from 'n'; export let x; export var v; "
                 "let local = 1;")
    assert got.cells == {-1: ("a", "import"), -2: ("ns", "namespace"),
                         1: ("x", "hole"), 2: ("v", "undefined")}
    assert "local" not in got.index


def test_top_level_await():
    assert layout("await 1;").has_tla
    assert not layout("async function f() { await 1; }").has_tla
