// Core statements and expressions of ES5.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(20));
var s = 0;
for (var i = 0; i < 10; i++) { if (i % 2) continue; s += i; }
console.log(s);
var k = "";
for (var key in {x: 1, y: 2, 10: 3, 2: 4}) k += key + ";";
console.log(k);
function counter() { var c = 0; return function () { return ++c; }; }
var cn = counter(); cn();
console.log(cn());
let t = 5; const u = 6; { let t = 7; console.log(t + u); }
console.log(typeof undefinedVar, typeof fib, typeof null, typeof 1n, typeof "");
function args() { return arguments.length + arguments[0]; }
console.log(args(10, 20));
function mapped(a) { arguments[0] = 5; return a; }
function unmapped(a) { "use strict"; arguments[0] = 5; return a; }
console.log(mapped(1), unmapped(1));
switch (3) { case 1: console.log("one"); break; case 3: console.log("three"); default: console.log("default"); }
var arrow = (a, b) => a + b;
console.log(arrow(1, 2), `tmpl ${1 + 1}`);
console.log(0.1 + 0.2, 1 / 0, -1 / 0, 2 ** 53 + 1, 7 % -3, -7 % 3, 5 / 2, 6 / 2);
console.log(1 << 31, -1 >>> 0, ~5, 5 & 3, 5 | 3, 5 ^ 3, -16 >> 2);
console.log("5" * "2", "5" + 2, 5 + "2", "a" < "b", null == undefined, null === undefined, NaN == NaN);
console.log([] + [], [] + {}, 1 + true, "3" - 1, +"", +" 12 ", +"0x10");
label: for (var a = 0; a < 3; a++) { for (var b = 0; b < 3; b++) { if (b == 1) continue label; if (a == 2) break label; console.log(a, b); } }
var x = 0; do { x++; } while (x < 5); console.log(x);
var w = 10; while (w > 0) w -= 3; console.log(w);
console.log((function () { return this; }).call(7) instanceof Number, (function () { "use strict"; return this; }).call(7));
/* expected
6765
20
2;10;x;y;
2
13
undefined function object bigint string
12
5 1
three
default
3 tmpl 2
0.30000000000000004 Infinity -Infinity 9007199254740992 1 -1 2.5 3
-2147483648 4294967295 -6 1 7 6 -4
10 52 52 true true false false
 [object Object] 2 2 0 12 16
0 0
1 0
5
-2
true 7
*/
