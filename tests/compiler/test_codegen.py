"""Code generation: every supported construct compiles to bytecode that the
verifier accepts; unsupported ones fail loudly with CompileError."""

import pytest

from minijs.bytecode import opcodes as op
from minijs.bytecode.disassembler import disassemble
from minijs.compiler.codegen import compile_program, CompileError
from minijs.syntax import parse


def compile_src(src):
    return compile_program(parse(src), src)   # assemble() runs the verifier


def all_codes(code):
    yield code
    for child in code.children:
        yield from all_codes(child)


def names(code):
    return [op.OPCODES[o].name for o in code.ops]


SUPPORTED = [
    "var a = 1, b = 'x', c = 1.5, d = 2 ** 60, e = -0, f = null, g = true, h = /re/g;",
    "function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); } fib(10);",
    "function make(k) { let n = 0; return () => { n += k; return n; }; }",
    "let o = {a: 1, b: [1, , 3], get c() { return 1; }, set c(v) {}, ['d' + 1]: 2, m() {}, ...x};",
    "for (var i = 0; i < 10; i++) { if (i % 2) continue; if (i > 7) break; }",
    "outer: for (let j = 0; j < 3; j++) { while (true) { break outer; } }",
    "for (var k in o) { if (k) break; }",
    "o.a++; o['b'][0] += 2; --o.a; o.x = o.y = 3; delete o.a; typeof nothing;",
    "let {a, b: x = []} = o; var s = `t${a}x${x}`;",
    "x = a && b || c; y = (a ?? b) ? c : d; z = (a, b, c);",
    "f(1, 2); o.m(3); o['m'](4); new F(5); f(...args); new F(...args); o.m(...args);",
    "do { i--; } while (i > 0);",
    "function g(a, b = a + 1, {c, d} = {}, ...rest) { return a + b + c + d + rest.length; }",
    "const q = function named() { return named; };",
    "switch (x) { case 1: f(); case 2: { let y = 1; break; } default: g(); } ",
    "for (var k in o) { switch (k) { case 'a': continue; default: break; } }",
    "try { f(); } catch (e) { g(e); } try { f(); } catch { } try { f(); } catch ({message}) { g(message); }",
    "function h() { let c = 0; try { return () => c; } catch (e) { return () => e; } }",
    "'use strict'; let t = 1; t = 2;",
    "function e(a) { var v = 1; return eval('a + v'); } eval('1'); (0, eval)('2');",
    "var fs = []; for (let i = 0; i < 3; i++) fs.push(() => i);",
    "for (const k in o) fs.push(() => k); for (const v of o) fs.push(() => v);",
    "for (const [a, [b], ...c] of o) { if (a) break; if (b) continue; }",
    "function r() { out: for (var a of x) { for (var b of y) { if (b) return b; continue out; } } }",
    "function t() { for (var a of x) { try { return a; } finally { f(); } } }",
    "var [a, , b = 1, ...c] = o; [o.a, o['b'], ...o.c] = o; var {x, ...rest} = o;",
    "function p([a, b] = [], {c, ...d} = {}) {} try {} catch ([e]) {}",
    "var f = function g() { return () => g; };",
    "a ||= 1; a &&= f(); a ??= 2; o.x ||= 1; o[k] &&= 2; o.y ??= 3;",
    "x = a?.b.c; y = a?.[k]?.(1); z = o.m?.(); w = delete a?.b; f(a?.b, ...c);",
    "tag`a${1}b`; o.t`x`; o['t']`y`; function n() { return new.target; }",
    "with (o) { f(x); x = 1; for (;;) break; } { function bf() {} } bf();",
]


@pytest.mark.parametrize("src", SUPPORTED)
def test_supported_constructs_compile_and_verify(src):
    code = compile_src(src)
    for c in all_codes(code):
        assert c.max_stack >= 0
        assert len(c.ops) == len(c.args) == len(c.feedback)
    assert disassemble(code, src)


MODULES = [
    "export default 1",
    "import x from 'y'; export { x as y }; export * from 'z';",
    "export let a = 1; a++; export function f() { return a; }",
    "await import('x'); import.meta;",
]


@pytest.mark.parametrize("src", MODULES)
def test_module_code_compiles(src):
    from minijs.bytecode.code import CodeFlag
    code = compile_program(parse(src, module=True), src, module=True)
    assert code.flags & CodeFlag.MODULE and code.flags & CodeFlag.STRICT
    assert op.MODULE_INITIALIZED in code.ops
    assert code.module_layout is not None


LANGUAGE = [
    "class A extends B { #x = 1; static y = 2; constructor() { super(); } get z() { return super.z; } static { this.w = 1; } }",
    "function* g() { const x = yield 1; yield* [x]; return 2; }",
    "async function f() { for await (const x of y) { await x; } }",
    "async function* g() { yield 1; yield* h(); return await 2; }",
    "(class { #m() {} static has(o) { return #m in o; } })",
]


@pytest.mark.parametrize("src", LANGUAGE)
def test_classes_generators_async_compile_and_verify(src):
    code = compile_src(src)
    assert disassemble(code, src)


def test_function_uses_registers_and_loop_back_edges():
    code = compile_src("function f(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }")
    f = code.children[0]
    ops = names(f)
    assert "LOAD_GLOBAL" not in ops          # locals live in registers
    assert "JUMP_LOOP" in ops                # the back edge counts hotness
    assert f.param_count == 1


def test_closure_variables_live_in_contexts():
    code = compile_src("function make() { let n = 0; return () => ++n; }")
    make = code.children[0]
    assert "PUSH_CONTEXT" in names(make)
    arrow = make.children[0]
    assert "LOAD_CONTEXT" in names(arrow) and "STORE_CONTEXT" in names(arrow)


def test_const_assignment_throws_and_global_lexicals_are_initialised():
    code = compile_src("const c = 1; function f() { c = 2; }")
    assert "INIT_GLOBAL" in names(code)
    assert "THROW_CONST_ASSIGN" in names(code.children[0])


def test_small_integers_are_immediates():
    code = compile_src("x = 7; y = 2.5; z = 4294967296;")
    ops = names(code)
    assert ops.count("LOAD_SMI") == 1
    assert 2.5 in code.constants and 4294967296 in code.constants


def test_golden_disassembly_of_fib():
    src = "function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }"
    text = disassemble(compile_src(src).children[0], src)
    body = [line.split(":", 1)[1].split()[0] for line in text.splitlines() if " @ " in line]
    assert body == [
        "LOAD_REG", "LOAD_SMI", "LT", "JUMP_IF_FALSE", "LOAD_REG", "RETURN",
        "LOAD_GLOBAL", "LOAD_REG", "LOAD_SMI", "SUB", "CALL_UNDEFINED",
        "LOAD_GLOBAL", "LOAD_REG", "LOAD_SMI", "SUB", "CALL_UNDEFINED",
        "ADD", "RETURN", "RETURN_UNDEFINED",
    ]


def test_direct_eval_keeps_visible_bindings_in_named_context_slots():
    code = compile_src("function f(a) { let b = 1; return eval('a + b'); }")
    f = code.children[0]
    ops = names(f)
    assert "CALL_EVAL" in ops
    descriptors = [f.constants[arg] for o, arg in zip(ops, f.args) if o == "PUSH_CONTEXT"]
    slot_names = {n for d in descriptors for n in d.names}
    assert {"a", "b", "arguments"} <= slot_names
    assert any(d.var_env for d in descriptors)       # sloppy eval may add vars here


def test_per_iteration_bindings_copy_their_context():
    code = compile_src("var fs = []; for (let i = 0; i < 3; i++) fs.push(() => i);")
    ops = names(code)
    assert ops.count("PUSH_CONTEXT") == 3            # the loop's, then one copy per step


def test_for_of_closes_its_iterator_on_exits():
    code = compile_src("function f(x) { for (var v of x) { if (v) break; if (!v) return v; } }")
    f = code.children[0]
    ops = names(f)
    assert ops.count("ITERATOR_CLOSE") == 2          # break, return trampoline
    assert "ITERATOR_CLOSE_QUIET" in ops
    assert len(f.handlers) == 1


def test_tagged_template_sites_are_distinct_constants():
    code = compile_src("function f() { return [t`x`, t`x`]; }")
    f = code.children[0]
    ops = names(f)
    assert ops.count("GET_TEMPLATE_OBJECT") == 2
    sites = {f.args[i] for i, o in enumerate(ops) if o == "GET_TEMPLATE_OBJECT"}
    assert len(sites) == 2                          # one cached object per site
