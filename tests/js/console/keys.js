// Property keys: identifiers bare, others quoted, symbols in brackets.
console.log({ a: 1, "a-b": 2, _x: 3, $y: 4, 1: 5, "01": 6, "with space": 7, "it's": 8, "": 9 });
var s = Symbol("foo");
var o = { a: 1 };
o[s] = 2;
o[Symbol()] = 3;
o[Symbol("it's")] = 4;
console.log(o);
var p = {};
Object.defineProperty(p, "__proto__", { value: 2, enumerable: true });
Object.defineProperty(p, "hidden", { value: 3, enumerable: false });
console.log(p);
console.log({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {}, d: undefined });
/* expected
{
  '1': 5,
  a: 1,
  'a-b': 2,
  _x: 3,
  '$y': 4,
  '01': 6,
  'with space': 7,
  "it's": 8,
  '': 9
}
{ a: 1, [Symbol(foo)]: 2, [Symbol()]: 3, [Symbol(it\'s)]: 4 }
{ ['__proto__']: 2 }
{ a: [Getter], b: [Setter], c: [Getter/Setter], d: undefined }
*/
