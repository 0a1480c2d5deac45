// printf-style format strings (util.format).
console.log("%s|%s|%s|%s|%s", "str", 42, -0, { a: 1 }, [1, [2, [3]]]);
console.log("%s %s %s %s", null, undefined, Symbol("x"), 3n);
console.log("%d %d %d %d %d", "42.5", 7, "x", 10n, Symbol());
console.log("%i %i %f %f %i", "42.9px", -3.7, "1e3", "abc", "0x1A");
console.log("100%% %s %% %x %", "sure");
console.log("a %s", "b", "c", 4, { d: 5 });
console.log("%s and %d and %%", "one");
console.log("%cstyled%c %O", "color: red", "", { a: { b: { c: { d: 1 } } } });
console.log("%o", { a: [1, 2], b: "x" });
console.log("%j %j", { a: [1, "x"] }, "s");
var circ = {};
circ.self = circ;
console.log("%j", circ);
console.log({ a: 1 }, "%s", 2);
console.log("50%", 1);
console.log("%s", { toString: function () { return "custom"; } });
console.log("%s", new Date(0));
console.log();
console.log("");
/* expected
str|42|-0|{ a: 1 }|[ 1, [Array] ]
null undefined Symbol(x) 3n
42.5 7 NaN 10n NaN
42 -3 1000 NaN 26
100% sure % %x %
a b c 4 { d: 5 }
one and %d and %
styled { a: { b: { c: [Object] } } }
{ a: [ 1, 2, [length]: 2 ], b: 'x' }
{"a":[1,"x"]} "s"
[Circular]
{ a: 1 } %s 2
50% 1
custom
1970-01-01T00:00:00.000Z


*/
