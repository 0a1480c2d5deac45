async /* no newline */ function f() { await /* c */ x; }
var g = async /* c */ (a) /* c */ => /* c */ a;
var h = (a /* c */, /* c */ b) /* c */ => b;
var { /* c */ a: /* c */ b /* c */ = /* c */ 1 /* c */ } = o;
var [ /* c */ , /* c */ c /* c */ ] = arr;
x = a /* c */ ? /* c */ b /* c */ : /* c */ c;
x = a /* c */ . /* c */ b /* c */ ?. /* c */ c;
x = new /* c */ A /* c */ (/* c */);
x = /* c */ `t${ /* c */ a /* c */ }t` /* c */;
x = tag /* c */ `t`;
class /* c */ C /* c */ extends /* c */ D /* c */ { /* c */ #p /* c */ = /* c */ 1; static /* c */ { /* c */ } }
for /* c */ (/* c */ let /* c */ x /* c */ of /* c */ y /* c */) /* c */ ;
switch /* c */ (x) /* c */ { /* c */ case /* c */ 1 /* c */ : /* c */ default /* c */ : }
try /* c */ {} /* c */ catch /* c */ (/* c */ e /* c */) /* c */ {} /* c */ finally /* c */ {}
function /* c */ * /* c */ gen() { yield /* c */ * /* c */ other(); }
x = a /* c */ ++;
x = ++ /* c */ a;
x = - /* c */ a;
x = { /* c */ get /* c */ p /* c */ () /* c */ {} };
/* c */ label /* c */ : /* c */ x;
x = a /*
*/ + b;
x = a
// line
+ b;
