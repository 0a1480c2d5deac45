// process.exitCode and process.exit(code) accept integers, integer
// strings, null and undefined, and throw node's errors for the rest.
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(process, "exitCode")), typeof Object.getOwnPropertyDescriptor(process, "exitCode").get);
for (const v of ["2", "abc", 1.5, null, undefined, 3, "", true, 2**40, -0, "0x10"]) { try { process.exitCode = v; console.log("ok", JSON.stringify(v), process.exitCode); } catch (e) { console.log(e.name, e.code, e.message); } }
process.exitCode = undefined;
try { process.exit("x") } catch (e) { console.log(e.code, e.message); }
process.exitCode = "6";
// exit: 6
/* expected
{"enumerable":true,"configurable":false} function
ok "2" 2
TypeError ERR_INVALID_ARG_TYPE The "code" argument must be of type number. Received type string ('abc')
RangeError ERR_OUT_OF_RANGE The value of "code" is out of range. It must be an integer. Received 1.5
ok null null
ok undefined undefined
ok 3 3
TypeError ERR_INVALID_ARG_TYPE The "code" argument must be of type number. Received type string ('')
TypeError ERR_INVALID_ARG_TYPE The "code" argument must be of type number. Received type boolean (true)
ok 1099511627776 1099511627776
ok 0 -0
ok "0x10" 0x10
ERR_INVALID_ARG_TYPE The "code" argument must be of type number. Received type string ('x')
*/
