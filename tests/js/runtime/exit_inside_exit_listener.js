// process.exit() inside an 'exit' listener ends the process at once with
// its code: later listeners do not run.
process.on("exit", (code) => {
  console.log("first listener", code);
  process.exit(7);
  console.log("never");
});
process.on("exit", () => console.log("never: second listener"));
console.log("main");
// exit: 7
/* expected
main
first listener 0
*/
