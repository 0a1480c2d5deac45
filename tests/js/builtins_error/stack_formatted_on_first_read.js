// V8 captures an error's frames when it is made but writes `stack` when
// it is first read: a name or message changed before that shows in it
// (custom error classes that set this.name), none changed after it does.
// The frames of a subclass's constructors are left out (V8 skips frames
// until new.target's).
const here = (stack) => stack.split("\n").filter((l) => !l.includes("node:internal"))
  .join("\n").replaceAll(__filename, "FILE");
class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = "ValidationError";
  }
}
class Deeper extends ValidationError {
  constructor() {
    super("deeper");
  }
}
class Plain extends Error {}
function make(C, ...args) {
  return new C(...args);
}
console.log(here(make(ValidationError, "bad input").stack));
console.log(here(make(Deeper).stack));
console.log(here(make(Plain, "plain").stack));
console.log(Reflect.construct(Error, ["not on the stack"], function F() {}).stack);
const renamed = new Error("a");
renamed.message = "b";
renamed.name = "Renamed";
console.log(renamed.stack.split("\n")[0]);
renamed.name = "too late";
console.log(renamed.stack.split("\n")[0]);
const described = new TypeError("t");
const desc = Object.getOwnPropertyDescriptor(described, "stack");
described.message = "changed after the descriptor was read";
console.log(typeof desc.value, desc.writable, desc.enumerable, desc.configurable,
            described.stack.split("\n")[0]);
const withGetter = new Error("g");
Object.defineProperty(withGetter, "message", { get() { console.log("message getter runs"); return "from getter"; } });
console.log(withGetter.stack.split("\n")[0]);
const throwing = new Error("x");
Object.defineProperty(throwing, "name", { get() { throw new Error("name getter throws"); } });
try { throwing.stack; } catch (e) { console.log("reading stack threw:", e.message); }
const replaced = new Error("r");
replaced.stack = "replaced before reading";
console.log(replaced.stack, Object.keys(replaced));
const defined = new Error("d");
Object.defineProperty(defined, "stack", { value: "defined", enumerable: true });
console.log(defined.stack, Object.keys(defined));
try { null.x; } catch (e) {
  e.message = "engine error, message changed";
  console.log(e.stack.split("\n")[0]);
}
console.log(Object.getOwnPropertyNames(new RangeError("m", { cause: 1 })));
console.log([make(ValidationError, "in an array")].map((e) => here(String(e.stack))));
/* expected
ValidationError: bad input
    at make (FILE:21:10)
    at Object.<anonymous> (FILE:23:18)
ValidationError: deeper
    at make (FILE:21:10)
    at Object.<anonymous> (FILE:24:18)
Error: plain
    at make (FILE:21:10)
    at Object.<anonymous> (FILE:25:18)
Error: not on the stack
Renamed: b
Renamed: b
string true false true TypeError: t
message getter runs
Error: from getter
reading stack threw: name getter throws
replaced before reading []
defined [ 'stack' ]
TypeError: engine error, message changed
[ 'stack', 'message', 'cause' ]
[
  'ValidationError: in an array\n' +
    '    at make (FILE:21:10)\n' +
    '    at Object.<anonymous> (FILE:55:14)'
]
*/
