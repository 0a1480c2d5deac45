// Object.fromEntries over arrays and custom iterables; the Object constructor.
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); }
}
console.log(JSON.stringify(Object.fromEntries([["a", 1], ["b", 2], [3, 4]])));
console.log(JSON.stringify(Object.fromEntries([{ 0: "k", 1: "v" }])));
show(function () { return Object.fromEntries(5); });
show(function () { return Object.fromEntries(); });
show(function () { return Object.fromEntries(null); });
show(function () { return Object.fromEntries({}); });
show(function () { return Object.fromEntries([1]); });
show(function () { return Object.fromEntries(["ab"]); });
var log = [];
var iterable = {};
iterable[Symbol.iterator] = function () {
  var i = 0;
  return {
    next: function () { i++; log.push("next" + i); return { done: i > 2, value: i === 1 ? ["x", 1] : 7 }; },
    "return": function () { log.push("return"); return {}; }
  };
};
show(function () { return Object.fromEntries(iterable); });
console.log(log.join());
var bad = {};
bad[Symbol.iterator] = function () { return 1; };
show(function () { return Object.fromEntries(bad); });
bad[Symbol.iterator] = function () { return { next: function () { return 1; } }; };
show(function () { return Object.fromEntries(bad); });
console.log(typeof Object(), typeof Object(null), typeof new Object(undefined));
console.log(Object(1) instanceof Number, Object("s") instanceof String, Object(true) instanceof Boolean);
var same = {};
console.log(Object(same) === same, new Object(same) === same);
console.log(typeof Object(Symbol()), Object(Symbol("d")).description);
/* expected
{"3":4,"a":1,"b":2}
{"k":"v"}
TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
TypeError: undefined is not iterable
TypeError: undefined is not iterable
TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))
TypeError: Iterator value 1 is not an entry object
TypeError: Iterator value ab is not an entry object
TypeError: Iterator value 7 is not an entry object
next1,next2,return
TypeError: Result of the Symbol.iterator method is not an object
TypeError: Iterator result 1 is not an object
object object object
true true true
true true
object d
*/
