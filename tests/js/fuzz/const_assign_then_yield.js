// Found by the fuzzer (minijs/fuzz): a yield after an assignment to a const in
// the same generator was a compile error (the throw left the stack depth unknown).
function* g() { const c = 1; c = 2; yield 1; }
try { g().next(); } catch (e) { console.log(e.name, e.message); }
function* h() { const v1 = 'x'; yield (v1 -= 1); }
const it = h();
try { it.next(); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.stringify(it.next()));
function* k() { const a = 0; const r = [1, (a = 2), yield 3]; return r; }
const ik = k();
try { console.log(JSON.stringify(ik.next())); } catch (e) { console.log(e.name, e.message); }
async function* ag() { const c = 1; f(c = 2, yield 1, await 2); }
ag().next().then(v => console.log('resolved', v), e => console.log('rejected', e.name));
/* expected
TypeError Assignment to constant variable.
TypeError Assignment to constant variable.
{"done":true}
TypeError Assignment to constant variable.
rejected ReferenceError
*/
