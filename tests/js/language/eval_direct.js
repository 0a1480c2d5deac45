var x = "outer";
function f(a) {
  var y = 2;
  eval("var z = a + y; x = 'set by eval'");
  console.log(z, x, typeof z);
  eval("function g() { return 'g' + y; }");
  console.log(g());
  return eval("this === globalThis") + " " + eval("arguments.length") + " " + eval("a * 10");
}
console.log(f(1, 2, 3));
console.log(x);
function s() { "use strict"; eval("var q = 1"); return typeof q; }
console.log(s());
function sl() { eval("'use strict'; var q = 1"); return typeof q; }
console.log(sl());
var ge = eval;
function ind() { var loc = 1; return ge("typeof loc"); }
console.log(ind());
console.log((0, eval)("var indirectVar = 5; indirectVar"), typeof indirectVar);
function nt() { return eval("new.target"); }
console.log(new nt() === undefined, nt());
function arrowEval() { return (() => eval("this.tag"))(); }
console.log(arrowEval.call({ tag: "T" }));
function blk() { let b = 1; { let c = 2; return eval("b + c"); } }
console.log(blk());
function shadow() { var r = []; eval("var x = 'inner'"); r.push(x); return r; }
console.log(shadow(), x);
function del() { eval("var d = 1"); var r = delete d; return r + " " + typeof d; }
console.log(del());
try { eval("let x = 1; var x = 2;"); } catch (e) { console.log(e.name, e.message); }
function conflict() { let k = 1; try { eval("var k = 2"); } catch (e) { return e.name + ": " + e.message; } }
console.log(conflict());
console.log(eval("1; 2; if (true) { 3 }"), eval(42), eval("let lx = 7; lx"), typeof lx);
function counter() { var n = 0; for (var i = 0; i < 3; i++) eval("n += i"); return n; }
console.log(counter());
const cc = 1;
function constAssign() { try { eval("cc = 2"); } catch (e) { return e.message; } }
console.log(constAssign());
try { eval("a b"); } catch (e) { console.log(e.name, e.message); }
function closureInEval() { var v = 1; var fn = eval("(function () { return ++v; })"); fn(); return v; }
console.log(closureInEval());
function outer() {
  var getY = function () { return typeof y === "undefined" ? "none" : y; };
  console.log(getY());
  eval("var y = 'declared later'");
  console.log(getY());
  return function () { return y; };
}
console.log(outer()());
var arrow = () => { eval("var av = 1"); return av; };
console.log(arrow(), typeof av);
function nested() { var a = 1; eval("var b = 2; eval('var c = a + b')"); return c; }
console.log(nested());
function nestedStrict() { var a = 1; return eval("'use strict'; var b = 5; eval('b + a')"); }
console.log(nestedStrict());
function evalFn() { eval("function helper(n) { return n < 1 ? 0 : n + helper(n - 1); }"); return helper(4); }
console.log(evalFn());
function inLoop() { var out = []; for (let i = 0; i < 3; i++) { out.push(eval("i * 2")); } return out; }
console.log(inLoop());
function withParams(p = 1, q = p + 1) { eval("var r = p + q"); return r; }
console.log(withParams());
function callee() { return eval("callee"); }
console.log(typeof callee());
var named = function me() { return eval("me") === named; };
console.log(named());
function mutateParam(a) { eval("a = 99"); return [a, arguments[0]]; }
console.log(mutateParam(1));
function evalThisMethod() { return eval("this.v"); }
console.log(evalThisMethod.call({ v: 11 }));
function evalReturnsFunctionDeclValue() { return eval("function zz() {}"); }
console.log(evalReturnsFunctionDeclValue());
console.log(typeof eval("(function(){ return this; })")());
function tdz() { try { eval("q"); } catch (e) { return e.message; } let q = 1; }
console.log(tdz());
function evalVarInBlock() { { eval("var inBlock = 3"); } return inBlock; }
console.log(evalVarInBlock());
function catchVar() { try { throw 1; } catch (err) { eval("var err = 2"); return err; } }
console.log(catchVar());
var ev = "global-var";
/* expected
3 set by eval number
g2
true 3 10
set by eval
undefined
undefined
undefined
5 number
false undefined
T
3
[ 'inner' ] set by eval
true undefined
SyntaxError Identifier 'x' has already been declared
SyntaxError: Identifier 'k' has already been declared
3 42 7 undefined
3
Assignment to constant variable.
SyntaxError Unexpected identifier 'b'
2
none
declared later
declared later
1 undefined
3
6
10
[ 0, 2, 4 ]
3
function
true
[ 99, 99 ]
11
undefined
object
Cannot access 'q' before initialization
3
2
*/
