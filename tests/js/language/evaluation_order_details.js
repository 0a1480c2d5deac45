// Evaluation-order and literal details: a computed key of a destructuring
// pattern is evaluated and converted before its target's reference; a
// parenthesized optional chain keeps `this` when called; BigInt literal
// property names are their digits; eval code parses anew on each
// evaluation (fresh template objects); delete super[k] does not convert k.
const log = [];
const key = (name) => ({ toString() { log.push(name + "-tostring"); return name; } });
const target = () => { log.push("target"); return { set q(v) { log.push("set " + v); } }; };
({ [(log.push("key"), key("p"))]: target()[(log.push("target-key"), key("q"))] } = { get p() { log.push("get"); return 1; } });
console.log(log.join());
const a = { b() { return this._b; }, _b: { c: 42 }, n: null };
console.log((a?.b)().c, (a.b)?.().c, (a?.b)?.().c, (a?.["b"])().c, (a.n?.b)?.());
class K { #p() { return this.v; } v = 7; m() { return (this?.#p)(); } }
console.log(new K().m());
const o = { 999999999999999999n: true, 0x10n() { return "m"; } };
console.log(Object.keys(o), o[16]());
let { 999999999999999999n: big } = { "999999999999999999": "big" };
console.log(big);
const objs = [];
function tag(t) { objs.push(t); }
for (let i = 0; i < 2; i++) eval("(function () { for (let j = 0; j < 2; j++) tag`${i}${j}`; })();");
console.log(objs[0] === objs[1], objs[1] === objs[2], objs[2] === objs[3]);
const sup = { m() { try { delete super[{ toString() { throw new Error("converted"); } }]; } catch (e) { return e.constructor.name; } } };
console.log(sup.m());
/* expected
key,p-tostring,target,target-key,get,q-tostring,set 1
42 42 42 42 undefined
7
[ '16', '999999999999999999' ] m
big
true false true
ReferenceError
*/
