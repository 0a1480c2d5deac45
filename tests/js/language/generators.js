// Generators: the protocol (next / return / throw), yield*, finally blocks,
// suspension inside expressions, generator methods and prototypes.
const show = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ": " + e.message); } };
const log = [];

function* basic(a) {
  const x = yield a;
  log.push("received " + x);
  try {
    yield x * 2;
  } finally {
    log.push("finally");
  }
  return "end";
}
const it = basic(1);
console.log(it.next("ignored"), it.next(5), it.next(), it.next(), log.splice(0));

// return() runs finally blocks; a finally that yields keeps going
const r = basic(2);
r.next(); r.next(3);
console.log(r.return(9), r.next(), log.splice(0));
function* stubborn() { try { yield 1; } finally { yield "from finally"; log.push("after"); } }
const s = stubborn();
console.log(s.next(), s.return("R"), s.next(), s.next(), log.splice(0));

// return() / throw() before start and after completion
const fresh = basic(0);
console.log(fresh.return(7), fresh.next());
show(() => basic(0).throw(new Error("before start")));
const done = basic(0);
done.next(); done.return();
show(() => done.throw(new TypeError("after end")));

// throw() is catchable inside
function* catcher() { while (true) { try { yield "ready"; } catch (e) { log.push("caught " + e); } } }
const c = catcher();
console.log(c.next().value, c.throw("x").value, c.throw("y").value, log.splice(0));

// suspension in the middle of expressions
function* exprs() {
  const arr = [1, yield "a", 3];
  const obj = { k: yield "b", ...(yield "c") };
  return Math.max(...arr) + (yield "d") + obj.k + obj.extra;
}
const e = exprs();
console.log(e.next().value, e.next(2).value, e.next(10).value, e.next({ extra: 100 }).value, e.next(1000));
const early = exprs();
early.next();
console.log(early.return("stopped in an array literal"));

// yield* delegates next/throw/return and its value
function* inner() {
  try { const got = yield "inner 1"; yield "inner got " + got; }
  finally { log.push("inner closed"); }
  return "inner result";
}
function* outer() { const v = yield* inner(); yield "outer got " + v; yield* [7, 8]; yield* "hi"; }
console.log([...outer()], log.splice(0));
const o = outer();
console.log(o.next().value, o.next("X").value, o.next().value, o.next().value);
const closing = outer();
closing.next();
console.log(closing.return("early"), log.splice(0));
const noThrow = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return() { log.push("return called"); return {}; } };
function* delegating() { yield* noThrow; }
const d = delegating();
d.next();
show(() => d.throw(new Error("x")));
console.log(log.splice(0));

// iterator closing from for-of, destructuring and spread
function* counted() { try { for (let i = 0; ; i++) yield i; } finally { log.push("closed"); } }
for (const n of counted()) { if (n === 2) break; }
const [first, second] = counted();
console.log(first, second, log.splice(0));

// generator functions and objects
function* plain() {}
const GeneratorFunction = Object.getPrototypeOf(plain).constructor;
console.log(GeneratorFunction.name, Object.prototype.toString.call(plain()), typeof plain.prototype);
console.log(Object.getPrototypeOf(plain()) === plain.prototype, plain.prototype.hasOwnProperty("constructor"));
console.log(Object.getPrototypeOf(plain.prototype) === Object.getPrototypeOf(plain).prototype);
const gen = plain();
console.log(gen[Symbol.iterator]() === gen, String(plain), String(Object.getPrototypeOf(gen)));
show(() => new plain());
show(() => { function* self() { me.next(); } const me = self(); me.next(); });
show(() => plain.prototype.next.call({}));
const made = new GeneratorFunction("a", "yield a * 2; yield a * 3;");
console.log([...made(5)], made.name);

class Tree {
  constructor(v, kids = []) { this.v = v; this.kids = kids; }
  *[Symbol.iterator]() { yield this.v; for (const k of this.kids) yield* k; }
  static *range(n) { for (let i = 0; i < n; i++) yield i; }
}
console.log([...new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)])], [...Tree.range(3)]);
const literal = { *g() { yield super.toString === Object.prototype.toString; } };
console.log([...literal.g()]);

// arguments and this inside generators
function* args() { yield arguments.length; yield this.tag; }
console.log([...args.call({ tag: "T" }, 1, 2, 3)]);
/* expected
{ value: 1, done: false } { value: 10, done: false } { value: 'end', done: true } { value: undefined, done: true } [ 'received 5', 'finally' ]
{ value: 9, done: true } { value: undefined, done: true } [ 'received 3', 'finally' ]
{ value: 1, done: false } { value: 'from finally', done: false } { value: 'R', done: true } { value: undefined, done: true } [ 'after' ]
{ value: 7, done: true } { value: undefined, done: true }
Error: before start
TypeError: after end
ready ready ready [ 'caught x', 'caught y' ]
a b c d { value: 1113, done: true }
{ value: 'stopped in an array literal', done: true }
[
  'inner 1',
  'inner got undefined',
  'outer got inner result',
  7,
  8,
  'h',
  'i'
] [ 'inner closed' ]
inner 1 inner got X outer got inner result 7
{ value: 'early', done: true } [ 'inner closed', 'inner closed' ]
TypeError: The iterator does not provide a 'throw' method.
[ 'return called' ]
0 1 [ 'closed', 'closed' ]
GeneratorFunction [object Generator] object
true false
true
true function* plain() {} [object Generator]
TypeError: plain is not a constructor
TypeError: Generator is already running
TypeError: Method [Generator].prototype.next called on incompatible receiver #<Object>
[ 10, 15 ] anonymous
[ 1, 2, 3, 4 ] [ 0, 1, 2 ]
[ true ]
[ 3, 'T' ]
*/
