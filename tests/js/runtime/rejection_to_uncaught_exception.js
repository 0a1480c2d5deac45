// With an 'uncaughtException' listener and none for 'unhandledRejection',
// unhandled rejections reach it with origin 'unhandledRejection' (a
// non-error reason wrapped in node's ERR_UNHANDLED_REJECTION error); an
// immediate that throws does not stop the next one.
process.on("uncaughtException", (e, origin) => {
  console.log("uncaughtException:", e.message, e.code, origin);
});
Promise.reject(new Error("rejected with an error"));
Promise.reject(7);
setImmediate(() => { console.log("immediate 1"); throw new Error("immediate 1 throws"); });
setImmediate(() => console.log("immediate 2 still runs"));
process.on("exit", (code) => console.log("exit", code));
/* expected
uncaughtException: rejected with an error undefined unhandledRejection
uncaughtException: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "7". ERR_UNHANDLED_REJECTION unhandledRejection
immediate 1
uncaughtException: immediate 1 throws undefined uncaughtException
immediate 2 still runs
exit 0
*/
