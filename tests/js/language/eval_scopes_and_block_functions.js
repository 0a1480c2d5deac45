function a() { return eval("let q = 1; (() => q)()"); }
console.log(a());
function b() { eval("var v = 1; var get = function(){ return v; }; v = 2"); return get(); }
console.log(b());
function c() { eval("{ function bf() { return 'bf'; } }"); return typeof bf; }
console.log(c());
{ function blockFn() { return 1; } }
console.log(typeof blockFn);
function d() { if (true) { function inner() { return "i"; } } return inner(); }
console.log(d());
function e() { "use strict"; return eval("function sf() { return 1; } typeof sf"); }
console.log(e(), typeof sf);
var cnt = 0;
function loop() { for (var i = 0; i < 200; i++) cnt += eval("i"); return cnt; }
console.log(loop());
function args2() { return eval("arguments[1]"); }
console.log(args2(1, 2));
function deepScopes(x) { { let y = 2; { const z = 3; return eval("x + y + z"); } } }
console.log(deepScopes(1));
function evalInArrowInFn() { var local = "L"; return (() => eval("local"))(); }
console.log(evalInArrowInFn());
function closureSeesEvalVar() { var f = () => typeof ev1; eval("var ev1 = 1"); return f(); }
console.log(closureSeesEvalVar());
function paramShadow(p) { eval("var p = 'shadowed'"); return p; }
console.log(paramShadow("orig"));
function fnDeclOverwrite() { function x() { return 1; } eval("function x() { return 2; }"); return x(); }
console.log(fnDeclOverwrite());
console.log(typeof eval("(function(){})"), eval("[1,2]").length, eval("({a:1})").a);
function withTry() { try { eval("throw new TypeError('from eval')"); } catch (e) { return e instanceof TypeError && e.message; } }
console.log(withTry());
function stackTrace() { try { eval("null.x"); } catch (e) { return e.message; } }
console.log(stackTrace());
/* expected
1
2
function
function
i
function undefined
19900
2
6
L
number
shadowed
2
function 2 1
from eval
Cannot read properties of null (reading 'x')
*/
