"""No path from JS to Python (issue 9).

1. The whole built-in graph: every object reachable from the global
   object and the realm's intrinsics (own properties of every kind,
   prototypes, getter results) is checked to be a JS value of the
   engine's value classes: never a raw Python object JS could walk.
2. Escape probes modelled on js2py's CVE-2024-28397 (a Python object
   handed to JS, walked to `object.__subclasses__()`) and on node `vm`
   escapes (constructor chains, Function('return this'), stack
   inspection, callee.caller, proxies, array buffers, symbol registry):
   each probe hands what it reaches to `__check`, a native function of
   this test that walks the same graph from its arguments in Python.
"""

import math

import pytest

import minijs
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, UNDEFINED, JSBigInt, JSNull, JSSymbol, JSUndefined

PRIMITIVES = (bool, str, float, JSUndefined, JSNull, JSBigInt, JSSymbol)


class Leak(AssertionError):
    pass


def check_value(v, where):
    t = type(v)
    if t is int:
        if abs(v) > 2 ** 53:
            raise Leak("%s: an int outside the safe range: %r" % (where, v))
        return
    if t in PRIMITIVES:
        if t is JSBigInt and type(v.value) is not int:
            raise Leak("%s: a BigInt holding %r" % (where, type(v.value)))
        return
    if not isinstance(v, JSObject):
        raise Leak("%s: a Python %s reached JS: %r" % (where, t.__name__, v))


class GraphWalk:
    """Breadth-first over objects: prototypes, own keys and descriptors,
    getter results (called on the object that holds them)."""

    def __init__(self, call_getters=True):
        self.seen = set()
        self.objects = 0
        self.values = 0
        self.call_getters = call_getters

    def walk(self, roots):
        queue = list(roots)
        while queue:
            where, obj = queue.pop()
            check_value(obj, where)
            self.values += 1
            if not isinstance(obj, JSObject) or id(obj) in self.seen:
                continue
            self.seen.add(id(obj))
            self.objects += 1
            for label, v in self._edges(obj, where):
                queue.append((label, v))

    def _edges(self, obj, where):
        try:
            proto = obj.get_prototype_of()
        except JSThrow as exc:
            proto = exc.value
        yield where + ".[[Prototype]]", proto
        try:
            keys = obj.own_property_keys()
        except JSThrow as exc:
            yield where + ".<ownKeys threw>", exc.value
            return
        for key in keys:
            if type(key) is not str and type(key) is not JSSymbol:
                raise Leak("%s: a property key of type %s" % (where, type(key).__name__))
            label = "%s.%s" % (where, key if type(key) is str else "[%s]" % key.description)
            try:
                desc = obj.get_own_property(key)
            except JSThrow as exc:
                yield label + "<threw>", exc.value
                continue
            if desc is None:
                continue
            for field in ("value", "get", "set"):
                v = getattr(desc, field)
                if v is not None:
                    yield "%s<%s>" % (label, field), v
            if self.call_getters and desc.get is not None and desc.get is not UNDEFINED:
                try:
                    v = desc.get.call(obj, ())
                except JSThrow as exc:
                    v = exc.value
                yield label + "<get()>", v


def install_checker(ctx, walk):
    """A native `__check(...values)` that walks its arguments (test only:
    the JS values reach Python unconverted)."""
    from minijs.builtins.support import define_value, make_function

    def check(this, args):
        walk.walk([("__check arg %d" % i, a) for i, a in enumerate(args)])
        return True

    def setup():
        define_value(ctx._realm.global_object, "__check", make_function(ctx._realm, check, "__check", 0))
    ctx._run(setup)


def test_the_whole_builtin_graph_is_js_values():
    ctx = minijs.Context(time_limit=120)
    walk = GraphWalk()

    def run():
        realm = ctx._realm
        roots = [("globalThis", realm.global_object)]
        roots += [("%" + name + "%", v) for name, v in realm.intrinsics.items()
                  if not name.startswith("_")]
        walk.walk(roots)
    ctx._run(run)
    # the graph is big: the walk did reach it
    print("built-in graph: %d objects, %d values" % (walk.objects, walk.values))
    assert walk.objects > 400, walk.objects
    assert walk.values > 2000, walk.values


def test_every_intrinsic_is_a_js_value():
    ctx = minijs.Context()
    bad = ctx._run(lambda: [name for name, v in ctx._realm.intrinsics.items()
                            if not isinstance(v, JSObject) and type(v) not in PRIMITIVES])
    assert bad == []


PROBES = {
    # js2py CVE-2024-28397: a built-in result walked to Python's object graph
    "python-dunders": """
        const names = ['__class__', '__subclasses__', '__globals__', '__builtins__', '__dict__',
                       '__init__', '__import__', '__getattribute__', '__reduce__', '__mro__',
                       'func_globals', 'gi_frame', 'f_globals', 'tb_frame', '__code__', '__self__'];
        const seen = new Set(); const todo = [globalThis]; let hits = [];
        while (todo.length) {
            const o = todo.pop();
            if (o === null || (typeof o !== 'object' && typeof o !== 'function') || seen.has(o)) continue;
            seen.add(o);
            for (const n of names) { try { if (o[n] !== undefined) hits.push(n) } catch (e) {} }
            for (const k of Reflect.ownKeys(o)) {
                try { const d = Reflect.getOwnPropertyDescriptor(o, k); todo.push(d.value, d.get, d.set) } catch (e) {}
            }
            todo.push(Reflect.getPrototypeOf(o));
        }
        __check(hits); [hits.length, seen.size > 400]""",
    "getOwnPropertyNames": """
        const all = [globalThis, Object, Function, Array.prototype, Object.prototype]
            .flatMap(o => Object.getOwnPropertyNames(o).concat(Object.getOwnPropertySymbols(o)));
        __check(all, Object.getOwnPropertyDescriptors(globalThis)); all.every(k => typeof k === 'string' || typeof k === 'symbol')""",
    "constructor-chains": """
        const g = ({}).constructor.constructor('return this')();
        const h = [].constructor.constructor('return globalThis')();
        const k = (async function () {}).constructor('return this');
        const gen = (function* () {}).constructor('yield this')().next().value;
        __check(g, h, k, gen, (() => {}).constructor.constructor);
        [g === globalThis, h === globalThis, gen === globalThis, typeof process, typeof require]""",
    "Function-return-this": """
        const f = Function('return this')();
        __check(f, Function.prototype.constructor, Function('return arguments')(1, 2));
        [f === globalThis, Object.keys(f).includes('process')]""",
    "error-stack": """
        let frames;
        Error.prepareStackTrace = (e, s) => { frames = s; return 'custom' };
        const e = new Error('x');
        const stack = e.stack;
        const o = {}; if (Error.captureStackTrace) Error.captureStackTrace(o);
        delete Error.prepareStackTrace;
        __check(e, stack, frames, o, o.stack, new Error('y').stack);
        [typeof stack, frames === undefined || Array.isArray(frames)]""",
    "callsite-methods": """
        let frames = [];
        Error.prepareStackTrace = (e, s) => s;
        function f() { return new Error().stack }
        const s = f(); delete Error.prepareStackTrace;
        const got = [];
        if (Array.isArray(s)) for (const cs of s) for (const m of ['getThis', 'getFunction', 'getTypeName', 'getFileName', 'getEvalOrigin'])
            try { got.push(cs[m]()) } catch (e) { got.push(e) }
        __check(s, got); true""",
    "callee-caller": """
        function sloppy() { try { return [arguments.callee, arguments.callee.caller] } catch (e) { return [e] } }
        function viaBuiltin() { return [1].map(function inner() { try { return inner.caller } catch (e) { return e } }) }
        __check(sloppy(), viaBuiltin(), Object.getOwnPropertyDescriptor(Function.prototype, 'caller'),
                Object.getOwnPropertyDescriptor(Function.prototype, 'arguments'));
        true""",
    "proto-walk": """
        const chain = []; let o = [];
        while (o !== null) { chain.push(o, o.__proto__, Object.getOwnPropertyDescriptor(Object.prototype, '__proto__')); o = Object.getPrototypeOf(o) }
        ({}).__proto__.__defineGetter__('leak', function () { return this });
        __check(chain, 1..leak, 'str'.leak, Symbol().leak);
        delete Object.prototype.leak; chain.length""",
    "symbol-registry": """
        const s = Symbol.for('app'); const w = Object.getOwnPropertyNames(Symbol).map(n => Symbol[n]);
        __check(s, Symbol.keyFor(s), w, Symbol.iterator.description, Symbol.prototype[Symbol.toPrimitive]);
        Symbol.keyFor(s)""",
    "array-buffers": """
        const b = new ArrayBuffer(16); const v = new DataView(b); const u8 = new Uint8Array(b);
        const sab = new SharedArrayBuffer(8); const rs = new ArrayBuffer(8, { maxByteLength: 16 });
        const out = [];
        for (const f of [() => new Uint8Array(b, 0, 100), () => v.getFloat64(12), () => u8.subarray(-1e9, 1e9),
                         () => new Float64Array(b, 3), () => rs.resize(1e9), () => b.slice(-1e9),
                         () => structuredClone?.(b)])
            try { out.push(f()) } catch (e) { out.push(e) }
        __check(b, v, u8, sab, rs, out, [...u8], u8.buffer, Object.getPrototypeOf(Uint8Array));
        u8[100] = 1; [u8[100], u8.length]""",
    "proxy-traps": """
        const got = [];
        const logger = new Proxy({}, { get(_, trap) { return (...args) => { got.push(trap, args); return Reflect[trap](...args) } } });
        const p = new Proxy(function () {}, logger);
        try { p.x; p.y = 1; 'z' in p; delete p.x; Object.keys(p); Object.getOwnPropertyDescriptor(p, 'y');
              Object.defineProperty(p, 'w', { value: 1, configurable: true }); Object.getPrototypeOf(p);
              Object.setPrototypeOf(p, null); Object.isExtensible(p); Object.preventExtensions(p); p(); new p() } catch (e) { got.push(e) }
        const { proxy, revoke } = Proxy.revocable({}, {}); revoke();
        try { proxy.x } catch (e) { got.push(e) }
        __check(got, p, logger); got.length > 10""",
    "internal-errors": """
        const caught = [];
        for (const f of [() => null.x, () => undefined(), () => new (class extends null {})(),
                         () => BigInt(1.5), () => 'x'.repeat(-1), () => new Intl.Foo(), () => import('os'),
                         () => JSON.parse('{'), () => new RegExp('('), () => eval('{'),
                         () => Reflect.construct(Date, [], Math.max), () => new WeakRef(1)])
            try { const r = f(); caught.push(r); if (r && r.then) r.then(v => caught.push(v), e => caught.push(e)) }
            catch (e) { caught.push(e, e.stack, e.constructor) }
        globalThis.later = caught;
        __check(caught); caught.length""",
    "promise-rejections": """
        const got = [];
        Promise.reject(new Error('x')).catch(e => got.push(e));
        import('fs').catch(e => got.push(e)); import('./x.js').catch(e => got.push(e));
        Promise.all([1, Promise.reject(2)]).catch(e => got.push(e));
        Promise.any([Promise.reject(3)]).catch(e => got.push(e, e.errors));
        new Promise((res, rej) => got.push(res, rej));
        globalThis.rejections = got; true""",
    "generators-and-async": """
        function* g() { const x = yield 1; yield x }
        const it = g(); const steps = [it.next(), it.next(it), it.return(5), it.throw instanceof Function];
        async function* ag() { yield 1 }
        const ai = ag(); const an = ai.next();
        __check(it, steps, ai, an, Object.getPrototypeOf(g), Object.getPrototypeOf(ag), it[Symbol.toStringTag]);
        steps.length""",
    "regexp-statics": """
        /(a)(b)?/.exec('xab'); const r = /(?<n>a)/d.exec('a');
        __check(RegExp, RegExp.$1, RegExp.lastMatch, RegExp.input, r, r.indices, r.groups,
                'aXb'.split(/(x)/i), 'ab'.matchAll(/./g).next(), Object.getOwnPropertyNames(RegExp).map(n => { try { return RegExp[n] } catch (e) { return e } }));
        true""",
    "weakrefs-and-registries": """
        const target = {}; const w = new WeakRef(target); const held = [];
        const reg = new FinalizationRegistry(h => held.push(h)); reg.register(target, 'held');
        const wm = new WeakMap([[target, 1]]); const ws = new WeakSet([target]);
        __check(w, w.deref(), reg, wm, ws, held); true""",
    "with-and-eval-scopes": """
        const o = { x: 1 };
        let r; with (o) { r = eval('x + 1') }
        const indirect = (0, eval)('this');
        const fnScope = new Function('a', 'return typeof a + typeof this')(1);
        __check(r, indirect, fnScope, eval('(function(){ return this })()')); indirect === globalThis""",
    "dates-math-json-intl": """
        const d = new Date(8.64e15); const got = [d.toString(), new Date(NaN).toString(), d.toISOString(),
            Math.max(), JSON.parse('{"__proto__": 1}'), JSON.stringify({ a: [new Date(0)] }), new Date().getTimezoneOffset(),
            typeof Intl === 'object' ? Object.getOwnPropertyNames(Intl) : [], (1e21).toLocaleString(), 'ß'.localeCompare('ss')];
        __check(got); got.length""",
    "timers": """
        const t = setTimeout(() => {}, 1e6); const i = setImmediate(() => {});
        __check(t, i, +t, t.ref(), t.unref(), t.hasRef(), t[Symbol.toPrimitive]());
        clearTimeout(t); clearImmediate(i); true""",
    "exposed-function": """
        __check(pyfn, pyfn.name, pyfn.length, pyfn(1, [2], { a: null }), Object.getPrototypeOf(pyfn),
                pyfn.constructor('return this')(), (() => { try { pyfail() } catch (e) { return [e, e.stack, e.constructor] } })());
        true""",
}


@pytest.mark.parametrize("name", list(PROBES))
def test_escape_probe_stays_in_js(name):
    ctx = minijs.Context(time_limit=60)
    walk = GraphWalk()
    install_checker(ctx, walk)
    ctx.expose("pyfn", lambda *args: {"echo": list(args)})

    def fail():
        raise RuntimeError("boom")
    ctx.expose("pyfail", fail)
    result = ctx.eval(PROBES[name])
    ctx.run_until_idle()
    if name == "python-dunders":
        assert result == [0, True]
    if name == "constructor-chains":
        assert result == [True, True, True, "undefined", "undefined"]
    if name == "Function-return-this":
        assert result == [True, False]
    if name == "symbol-registry":
        assert result == "app"
    # what the probes left behind for later (promise results) is JS too
    ctx._run(lambda: walk.walk([("globalThis", ctx._realm.global_object)]))
    assert walk.objects > 0


def test_the_host_capabilities_are_absent():
    ctx = minijs.Context()
    assert ctx.eval("['require', 'process', 'module', 'exports', 'global', 'Buffer', 'fetch', "
                    "'XMLHttpRequest', 'WebAssembly', 'Deno', 'Bun', '__check']"
                    ".filter(n => n in globalThis)") == []
    assert ctx.eval("var r; import('fs').catch(e => r = e.message); 0") == 0
    assert "loads no modules" in ctx.get("r")


def test_js_cannot_reach_python_through_the_conversion_proxies():
    ctx = minijs.Context()
    f = ctx.eval("(function () { return this })")
    # a Python-side proxy of a JS function hands JS nothing of Python
    assert f() is None or isinstance(f(), dict)
    ctx.set("proxyBack", f)
    assert ctx.eval("typeof proxyBack === 'function' && Object.getPrototypeOf(proxyBack) === Function.prototype")


def test_numbers_crossing_in_stay_js_numbers():
    ctx = minijs.Context()
    walk = GraphWalk()
    install_checker(ctx, walk)
    ctx.set("big", 2 ** 80)
    ctx.set("neg", -(2 ** 80))
    ctx.set("vals", [math.inf, -0.0, 10 ** 400, True, 7])
    assert ctx.eval("__check(big, neg, vals)")
    assert ctx.eval("[big === 2 ** 80, vals[2] === Infinity]") == [True, True]


def test_the_walk_finds_a_planted_python_object():
    """The checker is not vacuous: a Python object hidden deep in the
    built-in graph (a non-enumerable property of a prototype's method)
    is found."""
    from minijs.builtins.support import define_value
    ctx = minijs.Context()

    def plant_and_walk():
        at = ctx._realm.intrinsics["ArrayPrototype"].get("at")
        define_value(at, "hidden", object(), 0)
        GraphWalk().walk([("globalThis", ctx._realm.global_object)])
    with pytest.raises(Leak, match="hidden"):
        ctx._run(plant_and_walk)
