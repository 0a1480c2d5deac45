// console.log('%s', fn) prints String(fn) like node (the source text, or
// [native code] for built-ins); objects with built-in toString are inspected.
function foo() {} class Bar {} const arrow = () => 1;
console.log('%s|%s|%s|%s', foo, Bar, arrow, Math.max);
console.log('%s', function () {}, '%s', async function* ag() {});
console.log('%s %s %s %s %s', Symbol('x'), 12n, -0, [1, [2, [3]]], { a: { b: { c: 1 } } });
console.log('%s', new Error("boom").message, new (class Foo { toString() { return "custom"; } })());
console.log('%s', null, undefined, '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%');
console.log('%s', new Date(0), new Map([[1, 2]]), [foo]);
/* expected
function foo() {}|class Bar {}|() => 1|function max() { [native code] }
function () {} %s [AsyncGeneratorFunction: ag]
Symbol(x) 12n -0 [ 1, [Array] ] { a: [Object] }
boom Foo {}
null undefined %d %i %f %j %o %O %c %%
1970-01-01T00:00:00.000Z Map(1) { 1 => 2 } [ [Function: foo] ]
*/
