// The Function constructor compiles source at run time.
var add = new Function("a", "b", "return a + b");
console.log(add(1, 2), add.length, add.name);
console.log(add.toString());
console.log(Function("a, b", "c", "return a * b * c")(2, 3, 4));
console.log(Function().toString());
console.log(Function("return this")() === globalThis);
console.log(Object.getPrototypeOf(add) === Function.prototype, add instanceof Function);
try { Function("a", "return a +"); } catch (e) { console.log(e instanceof SyntaxError); }
/* expected
3 2 anonymous
function anonymous(a,b
) {
return a + b
}
24
function anonymous(
) {

}
true
true true
true
*/
