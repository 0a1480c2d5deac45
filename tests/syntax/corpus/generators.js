function* gen() {
  yield;
  yield 1;
  yield* other();
  yield yield 2;
  const x = yield;
  let y = yield a, b;
  f(yield, yield c);
  yield /re/g;
  yield
  /re/g;
  yield a ? b : c;
  yield* [1, 2];
  [yield];
  ({ a: yield });
  x = (yield) ? 1 : 2;
}
var g = function* named() { yield this; };
var o = { *m() { yield 1 }, *[Symbol.iterator]() {}, async *am() { yield* x } };
class C { *m() {} static *s() {} *[k]() {} }
function notGenerator() { var yield = 1; yield / 2 / 1; return yield; }
function* withParams(a = 1, { b } = {}) {}
function* nested() { function inner() { return yield; } }
