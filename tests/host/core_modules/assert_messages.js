const assert = require('assert');
const show = (f) => { try { f(); console.log('no throw'); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.name, e.code, typeof e.actual, e.expected); } };
const x = 2;
show(() => assert(x === 1));
show(() => assert.ok(x > 5,
  undefined));
show(() => assert.ok(
  x === 3 &&
    x === 4));
show(() => assert());
show(() => assert(0, 'custom msg'));
show(() => assert(false, new TypeError('own error')));
show(() => assert.equal(1, 2));
show(() => assert.equal({a: 1}, {a: 1}));
show(() => assert.notEqual(1, '1'));
show(() => assert.strictEqual(1, '1'));
show(() => assert.strictEqual('hello world', 'hello there'));
show(() => assert.strictEqual({a: 1}, {a: 1}));
show(() => assert.strictEqual([1, 2, 3], [1, 2, 4]));
show(() => assert.notStrictEqual(1, 1));
show(() => assert.notStrictEqual({a: 1, b: 'long string here'}, {a: 1}));
show(() => assert.deepEqual({a: 1}, {a: 2}));
show(() => assert.deepEqual([1, 2], [1, 2]));
show(() => assert.notDeepEqual({a: 1}, {a: 1}));
show(() => assert.notDeepStrictEqual({a: 1}, {a: 1}));
show(() => assert.notDeepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]));
show(() => assert.deepStrictEqual({a: 1, b: 2}, {a: 1, b: 2}));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
show(() => assert.deepStrictEqual({a: Symbol.for('x')}, {a: Symbol.for('x')}));
show(() => assert.deepStrictEqual(new Set([1]), new Set([2])));
show(() => assert.deepStrictEqual(1, 2));
show(() => assert.deepStrictEqual('a'.repeat(20), 'a'.repeat(19) + 'b'));
show(() => assert.deepStrictEqual({a: 1}, {a: 1}, 'my message'));
show(() => assert.strictEqual(1, 2, 'my message'));
show(() => assert.strictEqual(0, -0));
show(() => assert.strictEqual(NaN, 0));
show(() => assert.strictEqual(function f() {}, function g() {}));
show(() => assert.strictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(String), [1, 2, 3, 4, 5, 6, 7, 8, 9, 11].map(String)));
