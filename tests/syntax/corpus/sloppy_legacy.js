// Annex B and other sloppy-mode-only forms.
if (a) function f1() {}
if (a) function f2() {} else function f3() {}
if (a) ; else function f4() {}
label: function f5() {}
l1: l2: function f6() {}
with (o) { x; }
delete x;
x = 010 + 08;
x = '\07';
var arguments = 1, eval = 2;
eval = 3;
arguments++;
function dup(a, a) {}
function eval2(eval, arguments) {}
var yield = 1, let2 = 2, static = 3, implements = 4, interface = 5, package = 6, private = 7, protected = 8, public = 9;
yield;
static = implements + interface;
function static2() { var private = 1; return private; }
for (var v = 1 in obj) {}
var o = { a: 1, a: 2 };
function f7() {} function f7() {}
var f7;
try {} catch (e) { var e = 1; }
try {} catch (e) { for (var e of []) {} }
x = function eval() {};
x = function arguments() {};
if (a) function f8() {} else ;
{ function f9() {} function f9() {} }
