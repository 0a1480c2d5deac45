// A var of eval code in a parameter expression may not redeclare a
// parameter (the parameters' environment sits between that code and the
// function's variable environment); other vars it declares are visible
// to later parameters and the body.
function t(name, f) { try { console.log(name, JSON.stringify(f())); } catch (e) { console.log(name, e.constructor.name, e.message); } }
t("param", () => { function f(a, b = eval("var a = 5")) { return a; } return f(1); });
t("arrow", () => { const f = (arguments, b = eval("var arguments")) => 1; return f(1); });
t("other", () => { function f(a, b = eval("var z = 5"), c = z) { return [c, typeof z]; } return f(1); });
t("body var", () => { function f(a, b = eval("var z = 5")) { var z; return [z]; } return f(1); });
t("closure", () => { function f(a, b = () => eval("var a = 7")) { b(); return a; } return f(1); });
t("body eval", () => { function f(a, b = 1) { eval("var a = 7"); return a; } return f(1); });
t("body arguments", () => { function f(a, b = 1) { eval("var arguments = 7"); return arguments; } return f(1); });
t("body new var", () => { function f(a, b = 1) { return eval("var c = 3; c + a"); } return f(1); });
t("param to param", () => { function f(a, b = eval("var q = a + 1"), c = q) { return [q, c]; } return f(1); });
t("simple params", () => { function f(a) { eval("var a = 9"); return a; } return f(1); });
/* expected
param SyntaxError Identifier 'a' has already been declared
arrow SyntaxError Identifier 'arguments' has already been declared
other [5,"number"]
body var [null]
closure 1
body eval 7
body arguments 7
body new var 4
param to param [2,2]
simple params 9
*/
