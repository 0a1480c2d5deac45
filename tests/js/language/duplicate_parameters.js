// Duplicate parameter names (sloppy functions): the last one wins, also
// for closures and the arguments object.
function f1(x, x) { return x; }
function f2(x, x, x){ return x*x*x; }
function f3(x, x) { return 'a' + x; }
function f4(x,a,b,x){ return x; }
function f5(x,x,x,x) { return x; }
console.log(f1(1, 2), f2(1, 2, 3), f3(1, 2), f4(1,2,3,4), f5(1, 2), f1(1));
function f6(x, x) { return () => x; }
function f7(x, x) { return arguments.length + ":" + x + ":" + arguments[0]; }
function f8(x, x) { x = 5; return arguments[1] + "," + arguments[0]; }
console.log(f6(1, 2)(), f7(1, 2), f8(1, 2));
/* expected
2 27 a2 4 undefined undefined
2 2:2:1 5,1
*/
