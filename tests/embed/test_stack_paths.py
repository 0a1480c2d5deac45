"""The stack limit holds on every path that re-enters JS: the program
ends with a catchable "RangeError: Maximum call stack size exceeded"
(or, where minijs recurses less than V8, completes): never a Python
RecursionError, never a C stack overflow (a crashed worker process)."""

import pytest

import minijs

CASES = [
    ('plain',
     'function f(){ return f() } f()'),
    ('getter',
     'var o = { get x() { return this.x } }; o.x'),
    ('toString',
     'var o = { toString() { return String(this) } }; String(o)'),
    ('valueOf',
     'var o = { valueOf() { return +this } }; +o'),
    ('proxy-get',
     'var p = new Proxy({}, { get(t, k, r) { return r[k] } }); p.x'),
    ('proxy-has',
     "var p = new Proxy({}, { has(t, k) { return k in p } }); 'x' in p"),
    ('json-deep',
     'var o = {}; for (let i = 0; i < 200000; i++) o = {a: o}; JSON.stringify(o)'),
    ('json-toJSON',
     'var o = { toJSON() { return JSON.stringify(this) } }; JSON.stringify(o)'),
    ('join-nested',
     'var a = []; for (let i = 0; i < 200000; i++) a = [a]; a.join()'),
    ('tostring-nested',
     'var a = []; for (let i = 0; i < 200000; i++) a = [a]; String(a)'),
    ('sort',
     'function s(){ [2,1].sort(() => s()) } s()'),
    ('regex-replace',
     "function r(){ return 'a'.replace(/a/, () => r()) } r()"),
    ('generator',
     'function* g(){ yield* g() } [...g()]'),
    ('generator-next',
     'function* g(){ yield g().next() } g().next()'),
    ('promise-then',
     'function p(){ return Promise.resolve().then.call({constructor: undefined}, p) } ;(function f(){ new Promise(f) })()'),
    ('array-from',
     'function f(){ return Array.from({length: 1}, f) } f()'),
    ('map-foreach',
     'function f(){ new Map([[1,1]]).forEach(f) } f()'),
    ('bind',
     'var f = function(){ return g() }; var g = f.bind(null); f()'),
    ('apply',
     'function f(){ return Reflect.apply(f, null, []) } f()'),
    ('construct',
     'function F(){ return Reflect.construct(F, []) } new F()'),
    ('class-extends',
     'class A { constructor(){ new B() } }; class B extends A {}; new B()'),
    ('eval',
     "function e(){ return eval('e()') } e()"),
    ('Function',
     "var f = Function('return f()'); f()"),
    ('tagged',
     'function t(){ return t`x` } t`y`'),
    ('spread-iter',
     'var it = { [Symbol.iterator]() { return [...it][Symbol.iterator]() } }; [...it]'),
    ('instanceof',
     'var C = { [Symbol.hasInstance](v) { return v instanceof C } }; 1 instanceof C'),
    ('toPrimitive',
     'var o = { [Symbol.toPrimitive]() { return `${o}` } }; `${o}`'),
    ('deep-parse',
     "eval('('.repeat(100000) + '1' + ')'.repeat(100000))"),
    ('deep-array-literal',
     "eval('['.repeat(100000) + ']'.repeat(100000))"),
    ('deep-json-parse',
     "JSON.parse('['.repeat(200000) + ']'.repeat(200000))"),
    ('proxy-chain',
     'var p = {}; for (let i = 0; i < 100000; i++) p = new Proxy(p, {}); p.x'),
    ('proto-chain-proxy',
     'var p = new Proxy({}, { getPrototypeOf(t) { return Object.getPrototypeOf(p) } }); Object.getPrototypeOf(p)'),
    ('async-recursion',
     "async function a(){ await a() } a().catch(e => out.push(e.name + ': ' + e.message))"),
    ('with-getter',
     "var o = {}; Object.defineProperty(o, 'x', { get(){ with(o) return x } }); o.x"),
    ('string-raw',
     'function r(){ return String.raw({ raw: { length: 1, get 0(){ return r() } } }) } r()'),
    ('localeCompare',
     "var o = { toString(){ return 'a'.localeCompare(o) } }; String(o)"),
    ('array-flat',
     'var a = []; for (let i = 0; i < 100000; i++) a = [a]; a.flat(Infinity)'),
    ('object-assign-getter',
     'var o = { get x(){ return Object.assign({}, o) } }; Object.assign({}, o)'),
]

OVERFLOW = ["caught", "RangeError: Maximum call stack size exceeded"]


@pytest.mark.parametrize("name,source", CASES, ids=[c[0] for c in CASES])
def test_deep_recursion_is_a_range_error(name, source):
    ctx = minijs.Context(time_limit=60)
    ctx.eval("var out = []")
    try:
        ctx.eval("try { %s } catch (e) { out.push('caught', e.name + ': ' + e.message) }" % source)
        ctx.run_until_idle()
    except minijs.JSError as e:     # thrown from a job (promises) or by the parser
        assert (e.name, e.message) == ("RangeError", "Maximum call stack size exceeded")
        return
    out = ctx.get("out")
    assert out in ([], OVERFLOW, ["RangeError: Maximum call stack size exceeded"]), out
