// logical assignment
var a = 0, b = 1, c = null, d;
a ||= 5; b &&= 7; c ??= "def"; d ??= a;
console.log(a, b, c, d);
var calls = 0;
function rhs() { calls++; return "rhs"; }
var t = "truthy"; t ||= rhs(); var f = 0; f &&= rhs(); var n = 1; n ??= rhs();
console.log(t, f, n, calls);
var o = { x: 0, y: 1, z: undefined, get g() { console.log("get g"); return 1; }, set g(v) { console.log("set g", v); } };
o.x ||= 10; o.y &&= 20; o.z ??= 30; o["w"] ??= 40; o.g ||= 50; o.g &&= 60;
console.log(o.x, o.y, o.z, o.w);
var k = 0; var arr = [null, 2];
arr[k++] ??= "filled"; arr[k++] ??= "not";
console.log(arr, k);
const cst = 1;
cst ||= 2;
try { cst &&= 3; } catch (e) { console.log(e.constructor.name, e.message); }
var fnName; fnName ||= function () {}; var arrow; arrow ??= () => 1;
console.log(fnName.name, arrow.name);
console.log((o.q ||= 3) + 1, o.q);
// optional chaining
var obj = { p: { q: { r: 42 } }, m() { return this.tag; }, tag: "T", arr: [1, [2]], fn: null };
var nul = null, und;
console.log(obj?.p?.q?.r, nul?.p, und?.p.q.r, obj.missing?.q.r, nul?.[0], obj.arr?.[1]?.[0]);
console.log(obj.m?.(), obj.fn?.(), obj.nope?.(1), nul?.m(), obj?.m(), obj?.["m"]());
var sideEffects = 0;
nul?.[sideEffects++]; und?.x(sideEffects++); obj.fn?.(sideEffects++);
console.log(sideEffects);
console.log((nul?.p)?.q, typeof (obj?.m));
console.log(delete nul?.p, delete obj?.tag, obj.tag);
try { obj.missing.q?.r; } catch (e) { console.log(e.constructor.name); }
try { (nul?.p).q; } catch (e) { console.log(e.constructor.name); }
function fnOpt(g) { return g?.(2) ?? "none"; }
console.log(fnOpt(x => x * 2), fnOpt(), fnOpt(null));
var eval2 = eval;
console.log(eval?.("1 + 1"));
console.log(obj.p?.q.r.toString?.().length);
// tagged templates
function tag(strings, ...vals) { return JSON.stringify({ strings, raw: strings.raw, vals }); }
console.log(tag`a${1}b${"x"}c`);
console.log(tag`\n${2}\x41`);
console.log(tag`bad \unicode and \u{41}`);
function site() { return (s => s)`same`; }
console.log(site() === site(), Object.isFrozen(site()), Object.isFrozen(site().raw));
console.log(Object.getOwnPropertyDescriptor(site(), "raw").enumerable, Array.isArray(site()));
var holder = { name: "H", t(s) { return this.name + s[0]; } };
console.log(holder.t`x`, holder["t"]`y`);
console.log(String.raw`a\tb${1 + 1}\n`);
console.log(((s, ...v) => s.length + ":" + v.length)``);
function twoSites() { return [(s => s)`x`, (s => s)`x`]; }
var ts = twoSites(); console.log(ts[0] === ts[1]);
// new.target
function NT() { return new.target === NT; }
console.log(new NT() instanceof NT, NT());
function NTArrow() { this.v = (() => new.target)() === NTArrow; }
console.log(new NTArrow().v);
function NTplain() { return typeof new.target; }
console.log(NTplain());
var deep = { k: "p" };
console.log(obj?.[deep?.k]?.q.r, obj?.[nul?.k], [1, 2].map(v => obj.arr?.[v - 1]));
console.log(`${obj?.p?.q?.r}`, (obj?.p.q).r, !nul?.x, nul?.x ? 1 : 2);
/* expected
5 7 def 5
truthy 0 1 0
get g
get g
set g 60
10 20 30 40
[ 'filled', 2 ] 2
TypeError Assignment to constant variable.
fnName arrow
4 3
42 undefined undefined undefined undefined 2
T undefined undefined undefined T T
0
undefined function
true true undefined
TypeError
TypeError
4 none none
2
2
{"strings":["a","b","c"],"raw":["a","b","c"],"vals":[1,"x"]}
{"strings":["\n","A"],"raw":["\\n","\\x41"],"vals":[2]}
{"strings":[null],"raw":["bad \\unicode and \\u{41}"],"vals":[]}
true true true
false true
Hx Hy
a\tb2\n
1:0
false
true false
true
undefined
42 undefined [ 1, [ 2 ] ]
42 42 true 2
*/
