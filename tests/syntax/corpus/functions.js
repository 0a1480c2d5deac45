function empty() {}
function params(a, b, c) { return a + b + c; }
function defaults(a = 1, b = a + 1, c = f()) {}
function rest(a, ...others) { return others; }
function restPattern(...[x, y]) {}
function trailingComma(a, b,) {}
var expr = function () {};
var named = function fact(n) { return n ? n * fact(n - 1) : 1; };
(function iife() {})();
(function () {}());
!function () {}();
void function () {}();
function outer() {
  function inner() { return arguments.length; }
  return inner;
}
function hoisted() { return later(); function later() { return 1 } }
function returns() {
  return;
}
function returnValue() { return 1, 2; }
function withDirectiveLikeExpr() { ("use strict"); }
f(function () {}, function named() {});
a = function* () {};
