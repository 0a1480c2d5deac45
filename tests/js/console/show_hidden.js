// %o shows non-enumerable properties (showHidden) with depth 4.
console.log("%o", [1, { a: 2 }]);
console.log("%o", { a: [1, 2, { b: { c: { d: { e: 1 } } } }], s: "x" });
var o = {};
Object.defineProperty(o, "hidden", { value: 1, enumerable: false });
o.shown = 2;
console.log("%o", o);
console.log("%O", o);
var e = new Error("boom");
e.stack = "Error: boom";
console.log("%o", e);
console.log("%o", "str", 5);
/* expected
[ 1, { a: 2 }, [length]: 2 ]
{
  a: [
    1,
    2,
    { b: { c: { d: [Object] } } },
    [length]: 3
  ],
  s: 'x'
}
{ [hidden]: 1, shown: 2 }
{ shown: 2 }
[Error: boom] { [stack]: 'Error: boom', [message]: 'boom' }
'str' 5
*/
