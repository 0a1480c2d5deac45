// error: Octal escape sequences are not allowed in strict mode.
function f() {
  'use strict';
  return '\01';
}
