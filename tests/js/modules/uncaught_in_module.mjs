// An error thrown by module code ends the process with status 1 after
// what ran before it, like node.
// exit: 1
import { label } from './fixtures/counter.mjs';
console.log('before the error', label);
process.on('exit', (code) => console.log('exit event', code));
null.property;
console.log('never printed');
/* expected
before the error counter
exit event 1
*/
