"use strict";
var a = 1;
let b = 2;
function f(x, y) { return x + y; }
var o = { a, b, get c() { return 1; } };
class C extends Object { static #p = 1; static get p() { return C.#p; } }
delete o.a;
delete o[a];
x = 0o17 + 0x1F + 0b11 + 0;
x = '\0';
x = "no octal escapes";
var argumentsLike = arguments_;
x = function () { return this; };
label: for (;;) break label;
x = [1, 2, 3].map(n => n * 2);
x = async function* () { yield* await f(); };
