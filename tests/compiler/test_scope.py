"""Scope analysis (minijs.compiler.scope): resolutions, captured bindings,
TDZ checks, register / context numbering, hoisting (Annex B included),
eval and with.

A few facts the analysis encodes (Annex B hoisting, parameter scopes) are
also checked against node when it is on PATH: the program is run and the
observable outcome must agree with what the analysis predicts.

Run:  .venv/bin/python -m pytest tests/compiler/test_scope.py
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from minijs.syntax import parse
from minijs.syntax.ast import walk
from minijs.compiler.scope import analyze, analyze_eval, dump


# ---------------------------------------------------------------- helpers

def scan(src, module=False):
    return analyze(parse(src, module), module)


def refs(info, name):
    """Resolutions of every occurrence of `name`, in source order."""
    found = [(info.positions[key], res) for key, res in info.resolution.items()
             if res.name == name]
    found.sort(key=lambda e: e[0])
    return [res for _, res in found]


def ref(info, name, n=0):
    return refs(info, name)[n]


def func(info, name):
    """The function scope of the function (or method key) called `name`."""
    for s in info.all_scopes:
        if s.kind != "function":
            continue
        ident = getattr(s.node, "id", None)
        if ident is not None and ident.name == name and s.role == "function":
            return s
    raise KeyError(name)


def scopes(info, kind=None, role=None):
    return [s for s in info.all_scopes
            if (kind is None or s.kind == kind) and (role is None or s.role == role)]


def where(res):
    """Compact text of a resolution: r0, ctx0/1 (depth/slot), global, ..."""
    if res.kind == "register":
        return f"r{res.index}"
    if res.kind == "context":
        return f"ctx{res.depth}/{res.index}"
    return res.kind


# ------------------------------------------------------------ registers

def test_parameters_first_then_locals_in_order():
    info = scan("function f(a, b) { var c; let d; return a + b + c + d; }")
    f = func(info, "f")
    assert [where(r) for r in refs(info, "a")] == ["r0", "r0"]
    assert [where(r) for r in refs(info, "b")] == ["r1", "r1"]
    assert where(ref(info, "c")) == "r2"
    assert where(ref(info, "d")) == "r3"
    assert f.register_count == 4
    assert not f.needs_context and f.context_slots == 0


def test_pattern_and_rest_parameters_keep_their_positions():
    info = scan("function f(a, {b, c}, ...d) { var e; }")
    f = func(info, "f")
    assert [p.name if p else None for p in f.params] == ["a", None, "d"]
    assert f.bindings["a"].location == ("register", 0)
    assert f.bindings["d"].location == ("register", 2)
    assert f.bindings["b"].location == ("register", 3)
    assert f.bindings["c"].location == ("register", 4)
    assert f.bindings["e"].location == ("register", 5)
    assert f.has_rest and not f.simple_params and not f.has_param_expressions


def test_duplicate_parameters_bind_the_last_position():
    info = scan("function f(a, a) { return a }")
    b = func(info, "f").bindings["a"]
    assert b.param_index == 1 and b.location == ("register", 1)
    assert [where(r) for r in refs(info, "a")] == ["r1", "r1", "r1"]


def test_block_bindings_take_registers_of_their_function():
    info = scan("function f() { let a; { let b; { const c = 1; } } for (let i of x) {} }")
    f = func(info, "f")
    assert [where(ref(info, n)) for n in "abci"] == ["r0", "r1", "r2", "r3"]
    assert f.register_count == 4
    assert all(not s.needs_context for s in f.walk())


def test_empty_blocks_get_no_scope():
    info = scan("function f() { { x; } { var y; } if (1) { z } }")
    assert scopes(info, kind="block") == []
    assert func(info, "f").bindings["y"].kind == "var"


# ------------------------------------------------------- closures, contexts

def test_captured_binding_moves_to_context():
    info = scan("function f() { let x = 1, y = 2; return () => x; }")
    f = func(info, "f")
    assert f.bindings["x"].captured and f.bindings["x"].location == ("context", 0)
    assert not f.bindings["y"].captured and f.bindings["y"].location == ("register", 0)
    assert f.needs_context and f.context_slots == 1
    assert [where(r) for r in refs(info, "x")] == ["ctx0/0", "ctx0/0"]


def test_context_depth_counts_only_scopes_with_a_context():
    src = """
    function f() {
      let x;
      return function g() {
        let y;
        { let unused;
          return () => x + y;
        }
      };
    }"""
    info = scan(src)
    assert where(ref(info, "y", 1)) == "ctx0/0"   # g's context
    assert where(ref(info, "x", 1)) == "ctx1/0"   # one hop: g's, then f's
    assert ref(info, "unused").kind == "register"


def test_context_slots_per_scope():
    src = """
    function f(p) {
      let a, b;
      { let c, d; g = () => c + a; }
      return () => p;
    }"""
    info = scan(src)
    f = func(info, "f")
    assert f.bindings["p"].location == ("context", 0)
    assert f.bindings["a"].location == ("context", 1)
    assert f.bindings["b"].location == ("register", 1)
    block = scopes(info, role="block")[0]
    assert block.bindings["c"].location == ("context", 0)
    assert block.bindings["d"].location == ("register", 2)
    assert block.context_slots == 1 and f.context_slots == 2
    arrow_refs = [r for r in refs(info, "a") if r.scope.is_arrow]
    assert where(arrow_refs[0]) == "ctx1/1"


def test_script_top_level_is_global():
    info = scan("var a = 1; let b = 2; const c = 3; class D {} function e() { return a + b + u; }")
    root = info.root
    for name in "abce":
        assert root.bindings[name].location == ("global", name)
    assert root.bindings["D"].location == ("global", "D")
    assert ref(info, "u").kind == "global" and ref(info, "u").binding is None
    assert ref(info, "a", 1).kind == "global" and ref(info, "a", 1).binding is root.bindings["a"]
    inner = scopes(info, kind="class")[0].bindings["D"]    # class scope, in the script frame
    assert inner.kind == "class_name" and inner.location == ("register", 0)
    assert root.register_count == 1


def test_typeof_and_delete_modes():
    info = scan("typeof x; delete y; z++; w += 1; v = 1; [q] = r;")
    assert [ref(info, n).mode for n in "xyzwvqr"] == [
        "typeof", "delete", "readwrite", "readwrite", "write", "write", "read"]


# --------------------------------------------------------------- hoisting

def test_var_hoists_out_of_blocks_and_loops():
    info = scan("function f() { x; { var x = 1; } for (var i = 0;;) { var i; } return x + i; }")
    f = func(info, "f")
    assert set(f.bindings) == {"x", "i"}
    assert all(r.binding is f.bindings["x"] for r in refs(info, "x"))


def test_function_declaration_hoists_and_var_merges():
    info = scan("function f() { g(); var g = 1; function g() {} function g() { 2 } return g; }")
    f = func(info, "f")
    g = f.bindings["g"]
    assert g.kind == "function"
    assert all(r.binding is g for r in refs(info, "g"))
    # only the last declaration of a name is instantiated (10.2.11 step 36)
    assert len(f.hoisted_functions) == 1
    assert f.hoisted_functions[0] is g.node


def test_function_declaration_overrides_parameter_in_same_binding():
    info = scan("function f(a) { function a() {} return a }")
    f = func(info, "f")
    assert f.bindings["a"].kind == "param"
    assert [fd.id.name for fd in f.hoisted_functions] == ["a"]


def test_let_const_class_are_block_scoped():
    info = scan("function f() { { let a = 1; const b = 2; class C {} } return a + b + C; }")
    block = scopes(info, role="block")[0]
    assert {n: b.kind for n, b in block.bindings.items()} == {"a": "let", "b": "const", "C": "class"}
    assert ref(info, "a", 1).kind == "global"
    assert ref(info, "C", 1).kind == "global"


def test_var_in_catch_block_assigns_the_catch_parameter():
    info = scan("function f() { try {} catch (e) { var e = 1; var x = e; } return e; }")
    f = func(info, "f")
    catch = scopes(info, role="catch")[0]
    assert f.bindings["e"].kind == "var"
    occurrences = refs(info, "e")
    assert occurrences[0].mode == "declare" and occurrences[0].binding is catch.bindings["e"]
    assert occurrences[1].mode == "write" and occurrences[1].binding is catch.bindings["e"]
    assert occurrences[2].binding is catch.bindings["e"]            # x = e
    assert occurrences[3].binding is f.bindings["e"]                # return e


def test_var_without_initializer_is_a_declaration_of_the_var():
    info = scan("function f() { try {} catch (e) { var e; } }")
    res = ref(info, "e", 1)
    assert res.mode == "declare" and res.binding.kind == "var"


def test_catch_parameter_scope_and_destructuring_tdz():
    info = scan("try {} catch ({a = b, b}) { let c = a; }")
    catch = scopes(info, role="catch")[0]
    assert set(catch.bindings) == {"a", "b"}
    body = scopes(info, role="block")[0]
    assert body.parent is catch and set(body.bindings) == {"c"}
    assert ref(info, "b", 0).needs_tdz            # the default reads b first
    assert not ref(info, "a", 1).needs_tdz


# ------------------------------------------------------------- Annex B

ANNEX_B_CASES = [
    # (function body, hoisted?)
    ("{ function f() {} }", True),
    ("if (1) function f() {}", True),
    ("if (0) ; else function f() {}", True),
    ("switch (1) { case 1: function f() {} }", True),
    ("{ { function f() {} } }", True),
    ("var f = 1; { function f() {} }", True),
    ("{ l: function f() {} }", True),
    ("{ function f() {} function f() {} }", True),
    ("try { throw 0 } catch (f) { { function f() {} } }", True),
    ("try { throw {} } catch ({f}) { { function f() {} } }", False),
    ("let f; { function f() {} }", False),
    ("{ let f; { function f() {} } }", False),
    ("for (let f of [1]) { function f() {} }", False),
    ("for (let f = 0; f < 1; f++) { function f() {} }", False),
    ("{ function* f() {} }", False),
    ("{ async function f() {} }", False),
    ("'use strict'; { function f() {} }", False),
]


def _annex_b_source(body):
    return f"(function () {{ {body}; return typeof f; }})()"


@pytest.mark.parametrize("body,hoisted", ANNEX_B_CASES)
def test_annex_b_function_in_block(body, hoisted):
    info = scan(_annex_b_source(body))
    fn = scopes(info, role="function")[0]
    blocks = [b for s in info.all_scopes for b in s.bindings.values()
              if b.kind == "block_function"]
    last = refs(info, "f")[-1]                    # `typeof f` at function level
    if hoisted:
        assert blocks and all(b.annex_b_target is fn.bindings["f"] for b in blocks)
        assert last.binding is fn.bindings["f"]
    else:
        assert all(b.annex_b_target is None for b in blocks)
        assert last.binding is None or last.binding.kind != "var" or body.startswith("var")


def test_annex_b_skips_parameter_names():
    info = scan("function g(f) { { function f() {} } return f }")
    g = func(info, "g")
    assert g.bindings["f"].kind == "param"
    block = scopes(info, role="block")[0]
    assert block.bindings["f"].annex_b_target is None
    assert ref(info, "f", -1).binding is g.bindings["f"]


def test_annex_b_with_parameter_expressions_uses_the_body_var_scope():
    info = scan("function g(a = 1) { { function f() {} } return f }")
    g = func(info, "g")
    assert "f" in g.body_scope.bindings and "f" not in g.bindings


def test_annex_b_at_script_level_is_a_global_var():
    info = scan("{ function f() {} } f();")
    assert info.root.bindings["f"].location == ("global", "f")
    update = info.extra[(id(info.program.body[0].body[0]), "annex_b")]
    assert update.kind == "global" and update.mode == "write"


def test_annex_b_update_resolution_from_the_block():
    info = scan("function g() { { function f() {} } }")
    fdecl = info.program.body[0].body.body[0].body[0]
    update = info.extra[(id(fdecl), "annex_b")]
    assert update.binding is func(info, "g").bindings["f"]
    assert update.kind == "register"


NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="node not on PATH")
def test_annex_b_cases_agree_with_node():
    sources = [_annex_b_source(body) for body, _ in ANNEX_B_CASES]
    script = "const r = []; for (const s of %s) { r.push((0, eval)(s)); } " \
             "console.log(JSON.stringify(r));" % json.dumps(sources)
    out = subprocess.run([NODE, "-e", script], capture_output=True, text=True, timeout=30)
    got = json.loads(out.stdout)
    expected = []
    for body, hoisted in ANNEX_B_CASES:
        if hoisted:
            expected.append("function")
        elif body.startswith("let f;"):
            expected.append("undefined")
        else:
            expected.append("undefined")
    assert got == expected


# -------------------------------------------------------------------- TDZ

def test_tdz_same_scope_before_and_after():
    info = scan("function f() { x; let x = x + 1; x; }")
    assert [r.needs_tdz for r in refs(info, "x")] == [True, False, True, False]
    assert func(info, "f").bindings["x"].needs_tdz


def test_no_tdz_binding_needs_no_hole():
    info = scan("function f() { let x = 1; return x; }")
    assert not func(info, "f").bindings["x"].needs_tdz
    assert not ref(info, "x", 1).needs_tdz


def test_tdz_from_closures():
    src = """
    function f() {
      g();
      const early = () => x;
      let x = 1;
      const late = () => x;
      function g() { return x; }
      return [early, late];
    }"""
    info = scan(src)
    r = refs(info, "x")
    # early arrow (before), declaration, late arrow (after), hoisted g
    assert [res.mode for res in r] == ["read", "declare", "read", "read"]
    assert [res.needs_tdz for res in r] == [True, False, False, True]


def test_tdz_block_function_hoisted_to_block_start():
    info = scan("function f() { let x = 1; { function g() { return x } } }")
    assert not ref(info, "x", 1).needs_tdz      # block entered after x's init
    info = scan("function f() { { function g() { return x } let x = 1; } }")
    assert ref(info, "x", 0).needs_tdz


def test_tdz_in_switch_is_always_checked():
    info = scan("switch (v) { case 0: let z = 1; z; case 1: z; }")
    assert [r.needs_tdz for r in refs(info, "z")] == [False, True, True]


def test_tdz_in_for_of_head_expression():
    info = scan("for (let x of x) { x; }")
    assert [r.needs_tdz for r in refs(info, "x")] == [False, True, False]
    info = scan("for (const [a = b, b] of []) ;")
    assert ref(info, "b", 0).needs_tdz and not ref(info, "a").needs_tdz


def test_tdz_for_statement_head():
    info = scan("for (let i = i; i < 3; i++) { i; }")
    assert [r.needs_tdz for r in refs(info, "i")] == [False, True, False, False, False]


def test_tdz_default_parameters():
    info = scan("function f(a, b = a, c = d, d) { return c; }")
    f = func(info, "f")
    assert not ref(info, "a", 1).needs_tdz
    assert ref(info, "d", 0).needs_tdz
    assert not ref(info, "c", 1).needs_tdz
    assert all(b.tdz for b in f.bindings.values() if b.kind == "param")


def test_tdz_parameter_closures():
    info = scan("function f(a = () => b, b, c = () => b) { return () => b; }")
    assert [r.needs_tdz for r in refs(info, "b")] == [True, False, False, False]


def test_simple_parameters_have_no_tdz():
    info = scan("function f(a) { return () => a }")
    assert not func(info, "f").bindings["a"].tdz


def test_tdz_class_name():
    src = "class C extends (C, B) { static [C] = 1; m() { return C; } static x = C; }"
    info = scan(src)
    r = refs(info, "C")
    assert r[0].mode == "declare" and r[0].binding.kind == "class"
    inner = r[1].binding
    assert inner.kind == "class_name" and inner.scope.kind == "class"
    assert [res.needs_tdz for res in r[1:]] == [True, True, False, False]


def test_tdz_outer_class_binding():
    info = scan("function f() { C; class C { m() { return C } } C; }")
    r = refs(info, "C")
    assert r[0].needs_tdz and r[0].binding.kind == "class"
    assert not r[-1].needs_tdz


def test_tdz_of_derived_constructor_this():
    info = scan("class A extends B { constructor() { this.x = 1; super(); this.y = 2; } }")
    ctor = scopes(info, role="constructor")[0]
    assert ctor.is_derived_constructor
    assert ctor.bindings["this"].needs_tdz
    this_refs = [r for r in info.resolution.values() if r.name == "this"]
    assert this_refs and all(r.needs_tdz for r in this_refs)
    info = scan("class A { constructor() { this.x = 1; } }")
    assert not [r for r in info.resolution.values() if r.name == "this"][0].needs_tdz


def test_tdz_script_lexical_from_functions():
    info = scan("let a = 1; function f() { return a } const g = () => a;")
    assert [r.needs_tdz for r in refs(info, "a")] == [False, True, False]


# ----------------------------------------------------------------- loops

def test_per_iteration_only_when_a_closure_captures_the_loop_variable():
    info = scan("for (let i = 0; i < 3; i++) { fs.push(() => i); }")
    head = scopes(info, role="for")[0]
    assert head.per_iteration and head.bindings["i"].captured
    info = scan("for (let i = 0; i < 3; i++) { use(i); }")
    head = scopes(info, role="for")[0]
    assert not head.per_iteration and head.bindings["i"].location == ("register", 0)


def test_const_for_head_needs_no_copies():
    info = scan("for (const k = {}; ; ) { fs.push(() => k); break; }")
    head = scopes(info, role="for")[0]
    assert head.needs_context and not head.per_iteration


def test_for_in_of_lexical_heads():
    info = scan("for (const k in o) { fs.push(() => k); } for (let v of a) { v; }")
    in_head = scopes(info, role="for-in")[0]
    of_head = scopes(info, role="for-of")[0]
    assert in_head.per_iteration and not of_head.per_iteration
    assert ref(info, "v", 1).kind == "register"


def test_loop_body_block_scope_inside_head():
    info = scan("for (let i = 0; ; ) { let j = i; fs.push(() => j); }")
    head = scopes(info, role="for")[0]
    body = scopes(info, role="block")[0]
    assert body.parent is head and body.needs_context and not head.per_iteration


# ------------------------------------------------- named function expressions

def test_named_function_expression_has_its_own_scope():
    info = scan("var g = function h(n) { return h; }; h;")
    name_scope = scopes(info, role="function-name")[0]
    fn = scopes(info, kind="function")[0]
    assert fn.parent is name_scope and fn.name_scope is name_scope
    assert name_scope.bindings["h"].kind == "function_name"
    assert [r.kind for r in refs(info, "h")] == ["callee", "callee", "global"]
    assert not name_scope.needs_context


def test_named_function_expression_captured_by_inner_closure():
    info = scan("(function h() { return () => h; })")
    name_scope = scopes(info, role="function-name")[0]
    b = name_scope.bindings["h"]
    assert b.captured and b.location == ("context", 0) and name_scope.needs_context
    assert [where(r) for r in refs(info, "h")] == ["ctx0/0", "ctx0/0"]


def test_function_name_shadowed_by_declarations():
    info = scan("(function g(g) { return g })")
    assert ref(info, "g", 2).binding.kind == "param"
    info = scan("(function g() { var g = 1; return g })")
    assert ref(info, "g", 2).binding.kind == "var"
    info = scan("(function g() { g = 1; })")
    assert ref(info, "g", 1).mode == "write" and not ref(info, "g", 1).binding.mutable


# ------------------------------------------------------------- parameters

def test_parameter_expressions_separate_the_body_var_scope():
    src = "function f(a, b = () => a + x) { var a = 2; var x = 3; let y; return b(); }"
    info = scan(src)
    f = func(info, "f")
    body = f.body_scope
    assert body is not None and body.role == "body" and body.parent is f
    assert set(f.bindings) == {"a", "b"}
    assert set(body.bindings) == {"a", "x", "y"}
    assert body.bindings["a"].init_from is f.bindings["a"]
    assert body.bindings["x"].init_from is None
    arrow_a, arrow_x = ref(info, "a", 1), ref(info, "x", 0)
    assert arrow_a.binding is f.bindings["a"]
    assert arrow_x.kind == "global"                # body vars invisible to params


def test_simple_parameters_share_the_var_scope():
    info = scan("function f(a, {b}) { var a; return a }")
    f = func(info, "f")
    assert f.body_scope is None and f.bindings["a"].kind == "param"


@pytest.mark.skipif(NODE is None, reason="node not on PATH")
def test_parameter_scope_agrees_with_node():
    src = ("var x = 'outer'; function f(a = () => x) { var x = 'inner'; return a(); } "
           "function g(a, b = () => a) { var a = 2; return [a, b()]; } "
           "console.log(JSON.stringify([f(), g(1)]));")
    info = scan(src)
    assert ref(info, "x", 1).binding is info.root.bindings["x"]
    out = subprocess.run([NODE, "-e", src], capture_output=True, text=True, timeout=30)
    assert json.loads(out.stdout) == ["outer", [2, 1]]


def test_function_length():
    cases = {"function f(a, b) {}": 2, "function f(a, b = 1, c) {}": 1,
             "function f(...r) {}": 0, "function f({a}, [b], c = 2) {}": 2,
             "function f() {}": 0}
    for src, length in cases.items():
        assert func(scan(src), "f").param_count == length, src


# -------------------------------------------------------------- arguments

def test_arguments_only_when_used():
    assert not func(scan("function f(a) { return a }"), "f").uses_arguments
    info = scan("function f(a) { return arguments }")
    f = func(info, "f")
    assert f.uses_arguments and f.arguments_mapped
    assert f.bindings["arguments"].kind == "arguments"
    # mapped arguments alias the parameters: V8 context-allocates them
    assert f.bindings["a"].captured


def test_arguments_unmapped_in_strict_or_non_simple():
    for src in ("function f(a) { 'use strict'; return arguments }",
                "function f(a = 1) { return arguments }",
                "function f(...a) { return arguments }"):
        f = func(scan(src), "f")
        assert f.uses_arguments and not f.arguments_mapped, src
        assert not f.bindings["a"].captured, src


def test_arrows_inherit_arguments():
    info = scan("function f() { return () => arguments[0]; }")
    f = func(info, "f")
    arrow = scopes(info, role="arrow")[0]
    assert f.uses_arguments and not arrow.uses_arguments
    assert "arguments" not in arrow.bindings
    assert f.bindings["arguments"].captured


def test_arguments_shadowed():
    for src, kind in (("function f(arguments) { return arguments }", "param"),
                      ("function f() { let arguments; return arguments }", "let"),
                      ("function f() { function arguments() {} return arguments }", "function")):
        info = scan(src)
        f = func(info, "f")
        assert not f.uses_arguments, src
        assert ref(info, "arguments", -1).binding.kind == kind, src


def test_var_arguments_is_the_arguments_object():
    info = scan("function f() { var arguments; return arguments }")
    f = func(info, "f")
    assert f.bindings["arguments"].kind == "arguments" and f.uses_arguments


def test_arguments_at_top_level_is_global():
    info = scan("arguments; () => arguments;")
    assert all(r.kind == "global" for r in refs(info, "arguments"))


def test_arguments_in_parameter_expressions_and_body_var():
    info = scan("function f(a = arguments) { var arguments; return arguments }")
    f = func(info, "f")
    assert f.bindings["arguments"].kind == "arguments"
    body_var = f.body_scope.bindings["arguments"]
    assert body_var.init_from is f.bindings["arguments"]


# ------------------------------------------------- this, new.target, super

def test_this_used_by_arrow_is_kept_in_context():
    info = scan("function f() { return () => () => this; }")
    f = func(info, "f")
    assert f.uses_this and f.bindings["this"].captured
    res = [r for r in info.resolution.values() if r.name == "this"][0]
    assert res.kind == "context" and res.depth == 0 and res.binding.scope is f


def test_this_in_plain_function_stays_in_a_register():
    info = scan("function f() { return this; }")
    f = func(info, "f")
    assert f.uses_this and f.bindings["this"].location[0] == "register"


def test_top_level_this():
    info = scan("this; () => this;")
    assert info.root.uses_this and info.root.bindings["this"].captured
    info = scan("this", module=True)
    assert info.root.bindings["this"].location == ("register", 0)


def test_new_target_and_super_through_arrows():
    src = "class A extends B { m() { return () => super.m(); } constructor() { (() => new.target)(); super(); } }"
    info = scan(src)
    m = scopes(info, role="method")[0]
    ctor = scopes(info, role="constructor")[0]
    assert m.uses_super and m.bindings["super"].captured
    assert ctor.uses_new_target and ctor.bindings["new.target"].captured
    assert not ctor.bindings["super"].captured


def test_super_call_in_arrow_captures_this_new_target_and_function():
    info = scan("class A extends B { constructor() { const f = () => super(); f(); } }")
    ctor = scopes(info, role="constructor")[0]
    for marker in ("this", "new.target", "super"):
        assert ctor.bindings[marker].captured, marker
    call = [n for n in walk(info.program) if n.type == "CallExpression"
            and n.callee.type == "Super"][0]
    assert info.extra[(id(call), "this")].mode == "write"
    assert info.extra[(id(call), "new.target")].kind == "context"
    assert info.resolve(call.callee).binding is ctor.bindings["super"]


def test_object_literal_methods_provide_super():
    info = scan("({ m() { return super.x }, get g() { return this } })")
    m, g = scopes(info, role="method")[0], scopes(info, role="get")[0]
    assert m.uses_super and g.uses_this


# ------------------------------------------------------------------- eval

def test_sloppy_direct_eval_makes_outer_lookups_dynamic():
    src = "var g; function f(a) { let b; eval(s); return a + b + g + u; }"
    info = scan(src)
    f = func(info, "f")
    assert f.has_direct_eval and f.calls_sloppy_eval and f.needs_context
    assert ref(info, "a", 1).kind == "context"     # found in the eval scope itself
    assert ref(info, "b", 1).kind == "context"
    g = ref(info, "g", 1)
    assert g.kind == "dynamic" and g.via == "eval" and g.binding is info.root.bindings["g"]
    assert ref(info, "u").kind == "dynamic"
    assert ref(info, "s").kind == "dynamic"


def test_eval_captures_everything_visible_and_creates_implicit_bindings():
    src = "function f(a) { let b; { let c; eval(s); } { let d; } return () => 1; }"
    info = scan(src)
    f = func(info, "f")
    assert f.bindings["a"].captured and f.bindings["b"].captured
    assert f.uses_arguments and f.uses_this and f.uses_new_target
    blocks = scopes(info, role="block")
    assert blocks[0].bindings["c"].captured
    assert not blocks[1].bindings["d"].captured        # not visible from eval
    assert info.eval_sites and list(info.eval_sites.values())[0] is blocks[0]
    assert f.bindings["b"].needs_tdz                    # eval code may read it early


def test_eval_in_nested_function_captures_outer_bindings_but_not_dynamic():
    info = scan("function f() { let x; function g() { eval(s); } return x; }")
    f = func(info, "f")
    assert f.bindings["x"].captured
    assert ref(info, "x", 1).kind == "context"        # f itself has no eval
    assert not f.calls_sloppy_eval and func(info, "g").calls_sloppy_eval


def test_strict_eval_is_not_dynamic_but_still_captures():
    info = scan("function f() { 'use strict'; let x; eval(s); return x + y; }")
    f = func(info, "f")
    assert f.has_direct_eval and not f.calls_sloppy_eval
    assert f.bindings["x"].captured
    assert ref(info, "x", 1).kind == "context" and ref(info, "y").kind == "global"


def test_only_plain_eval_calls_are_direct():
    assert not func(scan("function f() { eval?.(s); }"), "f").has_direct_eval
    assert not func(scan("function f() { o.eval(s); }"), "f").has_direct_eval
    assert not func(scan("function f() { (0, eval)(s); }"), "f").has_direct_eval
    assert func(scan("function f() { (eval)(s); }"), "f").has_direct_eval


def test_eval_in_arrow_forces_the_enclosing_function():
    info = scan("function f() { return () => eval(s); }")
    f = func(info, "f")
    arrow = scopes(info, role="arrow")[0]
    assert arrow.has_direct_eval and not f.has_direct_eval
    assert f.uses_this and f.uses_arguments and f.bindings["this"].captured
    assert arrow.calls_sloppy_eval and arrow.needs_context


def test_eval_in_parameters():
    info = scan("function f(a = eval(s), b = a) { var c; return b + c + z; }")
    f = func(info, "f")
    assert f.calls_sloppy_eval and not f.body_scope.calls_sloppy_eval
    assert ref(info, "a", 1).kind == "context"
    assert ref(info, "z").kind == "dynamic"          # crosses f's scope


def test_top_level_sloppy_eval_keeps_globals_global():
    info = scan("var a; eval(s); a; b; function f() { return a; }")
    assert [r.kind for r in refs(info, "a")] == ["global", "global", "global"]
    assert ref(info, "b").kind == "global"
    assert info.root.bindings["a"].location == ("global", "a")
    # the only context slot: the top-level `this` eval code may read
    assert [b.name for b in info.root.bindings.values() if b.location[0] == "context"] == ["this"]


# ------------------------------------------------------------------- with

def test_with_makes_inner_lookups_dynamic():
    src = "function f(o) { var x; with (o) { x; y; var z = 1; (function () { x; }); } return x; }"
    info = scan(src)
    f = func(info, "f")
    w = scopes(info, kind="with")[0]
    assert f.has_with and w.needs_context and w.context_slots == 0
    xs = refs(info, "x")
    assert [r.kind for r in xs] == ["context", "dynamic", "dynamic", "context"]
    assert xs[1].via == "with" and xs[1].binding is f.bindings["x"]
    assert f.bindings["x"].captured            # reachable by name at run time
    assert ref(info, "y").kind == "dynamic" and ref(info, "y").binding is None
    z = refs(info, "z")
    assert f.bindings["z"].kind == "var" and z[0].kind == "dynamic" and z[0].mode == "write"


def test_with_object_expression_is_outside_the_with_scope():
    info = scan("function f(o) { with (o) ; }")
    assert ref(info, "o", 1).kind == "register"


def test_block_inside_with():
    info = scan("with (o) { let a = 1; a; b; }")
    assert ref(info, "a", 1).kind == "register"
    assert ref(info, "b").kind == "dynamic"


# ---------------------------------------------------------------- classes

def test_class_scope_private_names_and_initializers():
    src = """
    class A {
      #x = 1;
      static #s() {}
      y = this.#x;
      static z = A;
      static { var v = this; }
      m(o) { return #x in o; }
      get #g() { return 1 } set #g(v) {}
    }"""
    info = scan(src)
    cls = scopes(info, kind="class")[0]
    assert cls.strict
    assert {n: b.kind for n, b in cls.bindings.items()} == {
        "A": "class_name", "#x": "private", "#s": "private", "#g": "private"}
    inst = scopes(info, role="initializer")[0]
    static = scopes(info, role="static-initializer")[0]
    block = scopes(info, role="static-block")[0]
    assert inst.parent is cls and static.parent is cls and block.parent is static
    assert block.is_var_scope and "v" in block.bindings
    assert inst.uses_this and static.uses_this
    private_x = [r for r in info.resolution.values() if r.name == "#x"]
    assert [r.mode for r in private_x] == ["declare", "read", "read"]
    assert all(r.binding is cls.bindings["#x"] for r in private_x)
    assert cls.bindings["#x"].captured
    assert cls.bindings["#g"].captured       # the initializer adds its brand
    assert info.scopes_of(info.program.body[0])[0] is cls


def test_private_names_in_heritage_resolve_outside():
    src = "class A { #p; m() { return class extends (o => o.#p) { #p; n(o) { o.#p } } } }"
    info = scan(src)
    outer, inner = scopes(info, kind="class")
    ps = [r for r in info.resolution.values() if r.name == "#p" and r.mode == "read"]
    assert ps[0].binding is outer.bindings["#p"]
    assert ps[1].binding is inner.bindings["#p"]


def test_class_expression_name_is_only_inside():
    info = scan("var K = class C { m() { return C } }; C;")
    r = refs(info, "C")
    assert r[0].mode == "declare" and r[0].binding.kind == "class_name"
    assert r[1].binding is r[0].binding and r[1].kind == "context"
    assert r[2].kind == "global"


def test_class_methods_are_strict_functions():
    info = scan("class A { m() {} static n() {} get g() {} set g(v) {} }")
    roles = sorted(s.role for s in scopes(info, kind="function"))
    assert roles == ["get", "method", "method", "set"]
    assert all(s.strict for s in scopes(info, kind="function"))


# ---------------------------------------------------------------- modules

def test_module_bindings():
    src = """
    import d, { a as b, c } from "m";
    import * as ns from "n";
    export let x = b;
    let hidden = 1, kept = 2;
    export { hidden as shown };
    export default function () { return x + d + ns.y + kept; }
    """
    info = scan(src, module=True)
    root = info.root
    assert root.kind == "module" and root.strict
    assert root.bindings["b"].location == ("module", "import", "m", "a")
    assert root.bindings["d"].location == ("module", "import", "m", "default")
    assert root.bindings["ns"].location == ("module", "import", "n", "*")
    assert root.bindings["x"].location == ("module", "export", "x")
    assert root.bindings["hidden"].exported == ("shown",)
    assert root.bindings["*default*"].kind == "function"
    assert root.bindings["kept"].location == ("context", 0)
    assert not root.bindings["b"].mutable
    assert ref(info, "b", 1).kind == "module" and ref(info, "b", 1).needs_tdz
    assert not ref(info, "ns", 1).needs_tdz
    assert ref(info, "hidden", 1).mode == "export"


def test_module_default_expression_and_top_level_await():
    info = scan("export default await 1;", module=True)
    assert info.root.bindings["*default*"].kind == "const"
    assert info.root.contains_await
    assert (id(info.program.body[0]), "default") in info.extra


def test_module_functions_are_strict_and_lexical():
    info = scan("function f() { return this } f();", module=True)
    f = func(info, "f")
    assert f.strict and info.root.bindings["f"].location == ("register", 0)


# ------------------------------------------------------------------ flags

def test_function_flags():
    info = scan("async function* g() { yield 1; await 2; } const a = async () => { await 1 };"
                "function* h() { const k = function () { yield_ }; }")
    g = func(info, "g")
    assert g.is_async and g.is_generator and g.contains_yield and g.contains_await
    a = scopes(info, role="arrow")[0]
    assert a.is_arrow and a.is_async and a.contains_await and not a.contains_yield
    h = func(info, "h")
    assert h.is_generator and not h.contains_yield


def test_strictness():
    info = scan("function s() { 'use strict'; function t() {} } function u() {} class C { m() {} }")
    assert func(info, "s").strict and func(info, "t").strict and not func(info, "u").strict
    assert scopes(info, role="method")[0].strict
    info = scan("'use strict'; function f() {}")
    assert info.root.strict and func(info, "f").strict
    assert not scan("'use\\x20strict'; x").root.strict


def test_for_await_marks_contains_await():
    assert func(scan("async function f() { for await (const x of y) ; }"), "f").contains_await


# ------------------------------------------------------- eval code analysis

def _caller(src):
    info = scan(src)
    return info, list(info.eval_sites.values())


def test_sloppy_eval_code_declares_in_the_caller():
    info, sites = _caller("function f(a) { let b; eval(s); }")
    code = analyze_eval(parse("var v = a + b; let w = v; function z() { return w; }"), sites[0])
    root = code.root
    assert root.kind == "eval" and root.parent is sites[0]
    assert root.bindings["v"].location == ("dynamic", "v")
    assert root.bindings["z"].location == ("dynamic", "z")
    assert root.bindings["w"].location == ("context", 0)
    a = ref(code, "a")
    assert a.kind == "context" and a.depth == 1 and a.binding.scope is sites[0]
    assert ref(code, "b").needs_tdz
    assert ref(code, "v", 0).kind == "dynamic" and ref(code, "v", 0).via == "eval"
    # the caller's tree is read, never changed
    assert root not in sites[0].children


def test_strict_and_indirect_eval_code():
    info, sites = _caller("function f() { 'use strict'; eval(s); }")
    code = analyze_eval(parse("var v = this; v"), sites[0], strict=True)
    assert code.root.bindings["v"].location[0] == "register"
    this = [r for r in code.resolution.values() if r.name == "this"][0]
    assert this.binding.scope is sites[0] and this.kind == "context"
    code = analyze_eval(parse("var v; let w; this"), None)
    assert code.root.bindings["v"].location == ("global", "v")
    assert code.root.bindings["w"].location[0] == "register"
    assert code.root.bindings["this"].kind == "this"


# ----------------------------------------------------------- completeness

NON_REFERENCE = {
    ("MemberExpression", "property"), ("Property", "key"), ("MethodDefinition", "key"),
    ("PropertyDefinition", "key"), ("LabeledStatement", "label"),
    ("BreakStatement", "label"), ("ContinueStatement", "label"),
    ("MetaProperty", "meta"), ("MetaProperty", "property"),
    ("ImportSpecifier", "imported"), ("ExportSpecifier", "exported"),
    ("ExportAllDeclaration", "exported"),
}

BIG_PROGRAM = """
var a = 1, {b, c: [d = a]} = o;
let e = () => a + e;
function f(g, h = g, ...i) {
  l: for (const j of i) { if (j) continue l; else break l; }
  try { g() } catch ({k}) { k } finally { h }
  switch (g) { case h: let m = 1; default: m++ }
  class N extends (g) { #p = 1; static q = this; [h] = 2; r() { return super.r() + this.#p + new.target } }
  return { s: 1, t, [g]: h, u() {}, get v() { return arguments } , ...i };
}
with (o) { x = y; }
lbl: { break lbl; }
for (var w in o) ;
for (x of o) ;
[a, ...b] = [c];
({ a, b: { c } } = o);
typeof z; delete z; z ||= 1;
"""

MODULE_PROGRAM = """
import def, { imp as local, 'str' as s2 } from 'm';
import * as ns from 'n';
export { local as again, def };
export * as all from 'x';
export { y as z } from 'y';
export const c = import.meta;
export default class { m() { return c + s2 + ns; } }
"""


def _unresolved(info):
    missing = []
    parents = {}
    for node in walk(info.program):
        for field, value in node.iter_fields():
            items = value if isinstance(value, list) else [value]
            for item in items:
                if getattr(item, "type", None) in ("Identifier", "PrivateIdentifier"):
                    parents[id(item)] = (node, field)
    for node in walk(info.program):
        if node.type not in ("Identifier", "PrivateIdentifier"):
            continue
        parent, field = parents[id(node)]
        if (parent.type, field) in NON_REFERENCE and not (
                node.type == "PrivateIdentifier" or getattr(parent, "computed", False)):
            continue
        if parent.type == "ExportSpecifier" and field == "local" and _from_source(info, parent):
            continue
        if id(node) not in info.resolution:
            missing.append((node.name, node.start))
    return missing


def _from_source(info, spec):
    for node in walk(info.program):
        if node.type == "ExportNamedDeclaration" and spec in node.specifiers:
            return node.source is not None
    return False


def test_every_identifier_is_resolved():
    assert _unresolved(scan(BIG_PROGRAM)) == []
    assert _unresolved(scan(MODULE_PROGRAM, module=True)) == []


def test_non_references_are_not_resolved():
    info = scan("o.p; ({ q: 1 }); l: break l; class A { r() {} s = 1 }")
    assert {r.name for r in info.resolution.values()} == {"o", "A"}


# ------------------------------------------------------------------ dump

def test_dump():
    text = dump(scan("function f(a) { let b; return () => a + b + c; }"))
    assert text.splitlines()[:9] == [
        "script #0 sloppy regs=0",
        "  function f: global f",
        "  function f #1 sloppy params=(a) length=1 regs=1 ctx=2",
        "    param a: context 0 captured",
        "    let b: context 1 captured",
        "    function:arrow #2 sloppy params=() length=0 regs=0 [is_arrow]",
        "references:",
        "  @9 f declare #0 -> global f (function f of #0)",
        "  @11 a declare #1 -> context[0][0] (param a of #1)",
    ]
    assert "  @40 b read #2 -> context[0][1] (let b of #1)" in text
    assert "  @44 c read #2 -> global c" in text


def test_dump_shows_flags_and_dynamic():
    text = dump(scan("function f() { with (o) x; eval(s); return () => this; }"))
    assert "[uses_arguments arguments_mapped uses_this uses_new_target has_direct_eval " \
           "has_with calls_eval calls_sloppy_eval]" in text
    assert "x read #2 -> dynamic x via with" in text


# ---------------------------------------------------------- more corners

def test_derived_constructor_always_has_this():
    info = scan("class A extends B { constructor() { return {}; } }")
    ctor = scopes(info, role="constructor")[0]
    assert ctor.uses_this and ctor.bindings["this"].needs_tdz
    info = scan("class A { constructor() {} }")
    assert "this" not in scopes(info, role="constructor")[0].bindings


def test_eval_in_field_initializer_creates_no_arguments():
    info = scan("function f() { class A { x = eval(s); static { eval(t); } } }")
    assert not func(info, "f").uses_arguments
    inst = scopes(info, role="initializer")[0]
    assert inst.uses_this and inst.has_direct_eval and not inst.calls_sloppy_eval


def test_eval_in_loop_body_forces_per_iteration_copies():
    info = scan("function f() { for (let i = 0; i < 2; i++) { eval(s); } }")
    head = scopes(info, role="for")[0]
    assert head.bindings["i"].captured and head.per_iteration


def test_annex_b_inside_with_updates_the_var_directly():
    info = scan("function f(o) { with (o) { function g() {} } return g; }")
    f = func(info, "f")
    fdecl = [n for n in walk(info.program) if n.type == "FunctionDeclaration"][1]
    update = info.extra[(id(fdecl), "annex_b")]
    assert update.kind == "register" and update.binding is f.bindings["g"]
    assert ref(info, "g", -1).kind == "register"


def test_hoisted_function_in_switch_and_if_scopes():
    info = scan("function f(x) { switch (x) { case 1: function g() {} } if (x) function h() {} }")
    switch = scopes(info, role="switch")[0]
    if_scope = scopes(info, role="if-function")[0]
    assert switch.bindings["g"].kind == "block_function"
    assert [fd.id.name for fd in switch.hoisted_functions] == ["g"]
    assert if_scope.bindings["h"].kind == "block_function"
    assert func(info, "f").bindings["h"].kind == "var"


def test_scopes_opened_by_nodes():
    info = scan("var f = function g(a = 1) { { let x; } }; for (let i of o) {}")
    fexpr = info.program.body[0].declarations[0].init
    assert [s.role for s in info.scopes_of(fexpr)] == ["function-name", "function", "body"]
    assert info.scope_of(fexpr).role == "function-name"
    assert info.function_scope(fexpr).role == "function"
    assert info.scope_of(fexpr, "body") is info.function_scope(fexpr).body_scope
    block = fexpr.body.body[0]
    assert info.scope_of(block).bindings["x"].kind == "let"
    assert info.scope_of(info.program.body[1]).role == "for-of"
    assert info.scope_of(info.program) is info.root
