// A parameter bound by a pattern or with a default is uninitialised until
// its turn: its own initializer (or an earlier one) reading it throws.
function t(name, f) { try { console.log(name, f()); } catch (e) { console.log(name, e.constructor.name, e.message); } }
var x = 0;
t("arrow", () => { const f = (x = x) => x; return f(); });
t("fn", () => { function f(x = x) { return x; } return f(); });
t("fn2", () => { function f(a = b, b) { return a; } return f(); });
t("fn3", () => { function f(a = 1, b = a) { return b; } return f(); });
t("gen", () => { function* f(x = x) { } return f(); });
t("method", () => { const o = { m(x = x) { return x; } }; return o.m(); });
t("pattern", () => { function f({ a } = { a: a }) { return a; } return f(); });
t("pattern ok", () => { function f({ a } = { a: 2 }, b = a) { return b; } return f(); });
t("array", () => { const f = ([p, q] = [q, 1]) => p; return f(); });
t("given", () => { const f = (x = x) => x; return f(3); });
/* expected
arrow ReferenceError Cannot access 'x' before initialization
fn ReferenceError Cannot access 'x' before initialization
fn2 ReferenceError Cannot access 'b' before initialization
fn3 1
gen ReferenceError Cannot access 'x' before initialization
method ReferenceError Cannot access 'x' before initialization
pattern ReferenceError Cannot access 'a' before initialization
pattern ok 2
array ReferenceError Cannot access 'q' before initialization
given 3
*/
