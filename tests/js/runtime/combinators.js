// Promise.all / allSettled / any / race: results, order of settling,
// iteration protocol, and the errors they reject with.
const log = (...a) => console.log(...a);
const later = (v, ms, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(v) : res(v)), ms * 20));

Promise.all([later("a", 20), "b", Promise.resolve("c")]).then((v) => log("all", v));
Promise.all([later("a", 5), later("boom", 1, true)]).catch((e) => log("all rejects", e));
Promise.all([]).then((v) => log("all empty", v));
Promise.all("xyz").then((v) => log("all string", v));
const iterable = { [Symbol.iterator]() { let i = 0; return { next: () => ({ done: i >= 2, value: ++i }) }; } };
Promise.all(iterable).then((v) => log("all iterable", v));
Promise.allSettled([later(1, 3), later(2, 1, true), 3]).then((v) => log("allSettled", JSON.stringify(v)));
Promise.any([later(1, 10, true), later(2, 4), later(3, 8)]).then((v) => log("any", v));
Promise.any([later(1, 2, true), Promise.reject(2)]).catch((e) => {
  log("any rejects", e.constructor.name, e.message, e.errors);
  log(Object.getOwnPropertyDescriptor(e, "errors").enumerable, e instanceof AggregateError);
});
Promise.any([]).catch((e) => log("any empty", e.errors.length));
Promise.race([later("slow", 15), later("fast", 2)]).then((v) => log("race", v));
Promise.race([]).then(() => log("never"));
Promise.all(5).catch((e) => log(e.constructor.name, e.message));
Promise.all(null).catch((e) => log(e.constructor.name, e.message));

// The iterator is closed when the loop body throws, not when next() throws.
const iter = (bad) => ({
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() {
        i++;
        if (bad === "next" && i === 2) throw new Error("next threw");
        return { done: i > 3, value: i };
      },
      return() { log("return called (" + bad + ")"); return {}; },
    };
  },
});
Promise.all(iter("next")).catch((e) => log("all:", e.message));
const Bad = function (executor) { return new Promise(executor); };
Bad.resolve = () => { throw new Error("resolve threw"); };
Promise.all.call(Bad, iter("resolve")).catch((e) => log("all:", e.message));
Bad.resolve = 1;
Promise.race.call(Bad, iter("never")).catch((e) => log("race:", e.message));

// Each element is resolved with C.resolve and chained with then.
let resolves = 0;
function Counting(executor) {
  return Object.setPrototypeOf(new Promise(executor), Counting.prototype);
}
Object.setPrototypeOf(Counting, Promise);
Counting.prototype = Object.create(Promise.prototype, { constructor: { value: Counting } });
Counting.resolve = function (v) { resolves++; return Promise.resolve.call(this, v); };
Counting.all([1, 2, 3]).then((v) => log("subclass all", v, resolves, v.constructor === Array));
/* expected
return called (resolve)
all empty []
any empty 0
TypeError number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
TypeError object null is not iterable (cannot read property Symbol(Symbol.iterator))
all: next threw
all: resolve threw
race: resolve is not a function
all string [ 'x', 'y', 'z' ]
all iterable [ 1, 2 ]
subclass all [ 1, 2, 3 ] 3 true
all rejects boom
any rejects AggregateError All promises were rejected [ 1, 2 ]
false true
race fast
allSettled [{"status":"fulfilled","value":1},{"status":"rejected","reason":2},{"status":"fulfilled","value":3}]
any 2
all [ 'a', 'b', 'c' ]
*/
