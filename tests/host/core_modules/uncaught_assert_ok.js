const assert = require('assert');
const answer = 41;
assert.ok(answer === 42 &&
  typeof answer === 'number');
