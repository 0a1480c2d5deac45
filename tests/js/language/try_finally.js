function f(x) { try { if (x) return "ret"; } finally { console.log("fin", x); } return "after"; }
console.log(f(1), f(0));
function g() { for (var i = 0; i < 3; i++) { try { if (i == 1) continue; if (i == 2) break; console.log("body", i); } finally { console.log("f", i); } } return i; }
console.log(g());
function h() { try { throw new Error("x"); } catch (e) { return "caught " + e.message; } finally { console.log("h fin"); } }
console.log(h());
function k() { try { try { throw 1; } finally { console.log("inner"); } } catch (e) { return e; } }
console.log(k());
function m() { try { return 1; } finally { return 2; } }
console.log(m());
function n() { out: try { try { break out; } finally { console.log("n1"); } } finally { console.log("n2"); } return "n"; }
console.log(n());
/* expected
fin 1
fin 0
ret after
body 0
f 0
f 1
f 2
2
h fin
caught x
inner
1
2
n1
n2
n
*/
