// RegExp construction, flags, source, exec results and lastIndex
console.log(/a(b)?/g.exec("xab"), /(?<x>a)(?<y>b)?/d.exec("a").indices);
console.log(Object.keys(/(?<x>a)/d.exec("a")), /(?<x>a)/.exec("a").groups);
console.log(/x/dgimsuy.flags, String(/a\/b/), new RegExp("/[/]\n").source, RegExp("").source);
console.log(RegExp.prototype.source, RegExp.prototype.global, RegExp.prototype.flags);
const r = /o/g;
console.log(r.test("foo"), r.lastIndex, r.test("foo"), r.lastIndex, r.test("foo"), r.lastIndex);
const y = /a/y; y.lastIndex = 1;
console.log(y.exec("ba").index, y.lastIndex, y.exec("ba"), y.lastIndex);
const re = /a/g; console.log(RegExp(re) === re, new RegExp(re) === re, new RegExp(re, "i").flags);
console.log(Object.getOwnPropertyDescriptor(/a/, "lastIndex"));
[["(", ""], ["(", "ug"], ["a", "gg"], ["a", "x"], ["[b-a]", ""], ["?a", ""]].forEach(function (pf) {
  try { new RegExp(pf[0], pf[1]); } catch (e) { console.log(e.name + ": " + e.message); }
});
[() => RegExp.prototype.exec.call({}, "a"), () => RegExp.prototype.test.call(1, "a"),
                 () => Object.getOwnPropertyDescriptor(RegExp.prototype, "global").get.call({}),
                 () => { const f = Object.freeze(/a/g); f.exec("b"); },
                 () => { const x = /a/; x.exec = () => 5; x.test("a"); }].forEach(function (f) {
  try { f(); } catch (e) { console.log(e.name + ": " + e.message); }
});
const c = /a/g; c.lastIndex = 3; c.compile("b", "i"); console.log(c.source, c.flags, c.lastIndex);
console.log(RegExp[Symbol.species] === RegExp, RegExp.length, /a/ instanceof RegExp);
let n = 0; for (let i = 0; i < 3; i++) { const lit = /z/g; lit.lastIndex = 0; if (lit.test("z")) n++; }
console.log(n, Object.prototype.toString.call(/a/));
/* expected
[ 'ab', 'b', index: 1, input: 'xab', groups: undefined ] [
  [ 0, 1 ],
  [ 0, 1 ],
  undefined,
  groups: [Object: null prototype] { x: [ 0, 1 ], y: undefined }
]
[ '0', '1', 'index', 'input', 'groups', 'indices' ] [Object: null prototype] { x: 'a' }
dgimsuy /a\/b/ \/[/]\n (?:)
(?:) undefined 
true 2 true 3 false 0
1 2 null 0
true false i
{ value: 0, writable: true, enumerable: false, configurable: false }
SyntaxError: Invalid regular expression: /(/: Unterminated group
SyntaxError: Invalid regular expression: /(/gu: Unterminated group
SyntaxError: Invalid flags supplied to RegExp constructor 'gg'
SyntaxError: Invalid flags supplied to RegExp constructor 'x'
SyntaxError: Invalid regular expression: /[b-a]/: Range out of order in character class
SyntaxError: Invalid regular expression: /?a/: Nothing to repeat
TypeError: Method RegExp.prototype.exec called on incompatible receiver #<Object>
TypeError: Method RegExp.prototype.test called on incompatible receiver undefined
TypeError: RegExp.prototype.global getter called on non-RegExp object
TypeError: Cannot assign to read only property 'lastIndex' of object '[object RegExp]'
TypeError: RegExp exec method returned something other than an Object or null
b i 0
true 2 true
3 [object RegExp]
*/
