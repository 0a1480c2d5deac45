// Module code is always strict.
var a = 0o17, b = '\0', c = 0;
function f(x) { return this; }
class C { static #x; static has(o) { return #x in o; } }
delete a.b;
label: for (;;) break label;
var d = async function () { await 1; };
var e = { async, get, set, of, from, as };
var async, get, set, of, from, as;
"use strict";
