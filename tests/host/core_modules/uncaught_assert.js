const assert = require('assert');
function check(value) {
  assert.deepStrictEqual(value, { a: 1, b: [1, 2, 3], c: 'same' });
}
check({ a: 2, b: [1, 2, 3], c: 'same' });
