// Circular references, prototypes, constructor names, toStringTag.
var o = { a: 1 };
o.self = o;
console.log(o);
var a = { name: "a" };
var b = { name: "b", a: a };
a.b = b;
console.log({ list: [a, b], a: a });
var arr = [1];
arr.push(arr);
console.log(arr);
console.log(Object.create(null), Object.assign(Object.create(null), { a: 1, b: [2] }));
console.log(Object.create(Object.create(null)));
console.log(Object.setPrototypeOf([1, 2], null));
function Foo() { this.x = 1; this.y = "z"; }
console.log(new Foo(), [new Foo()], { f: new Foo() });
function Bar() {}
console.log(new Bar());
Object.defineProperty(Bar.prototype, Symbol.toStringTag, { value: "Tagged", configurable: true });
console.log(new Bar(), [new Bar()]);
var t = {};
t[Symbol.toStringTag] = "own";
console.log(t);
console.log(Array.prototype, Object.prototype);
console.log((function () { return arguments; })(1, "two"));
/* expected
<ref *1> { a: 1, self: [Circular *1] }
{
  list: [ { name: 'a', b: [Object] }, { name: 'b', a: [Object] } ],
  a: <ref *1> { name: 'a', b: { name: 'b', a: [Circular *1] } }
}
<ref *1> [ 1, [Circular *1] ]
[Object: null prototype] {} [Object: null prototype] { a: 1, b: [ 2 ] }
Object <[Object: null prototype] {}> {}
[Array(2): null prototype] [ 1, 2 ]
Foo { x: 1, y: 'z' } [ Foo { x: 1, y: 'z' } ] { f: Foo { x: 1, y: 'z' } }
Bar {}
Bar [Tagged] {} [ Bar [Tagged] {} ]
{ [Symbol(Symbol.toStringTag)]: 'own' }
Object(0) [] [Object: null prototype] {}
[Arguments] { '0': 1, '1': 'two' }
*/
