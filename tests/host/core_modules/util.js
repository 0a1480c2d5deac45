const util = require('util');
console.log(util.format('%s %d %i %f %j %o %O %% %c|', 'str', 42.5, 42.5, '3.5', {a: [1]}, {b: 2}, {c: {d: {e: {f: 1}}}}, 'css'), util.format('a', 1, {x: 1}), util.format(1, 2), util.format('%s', Symbol('q')), util.format('%d', '0x10'), util.format('%s:%s', 'x'));
console.log(util.inspect({a: {b: {c: {d: {}}}}}), util.inspect({a: {b: {c: {d: {}}}}}, {depth: 0}), util.inspect({a: {b: {c: {d: {}}}}}, {depth: null}), util.inspect('str'), util.inspect([1,2,3], {maxArrayLength: 1}), util.inspect(new Map([[1, 2]]), {showHidden: true}));
console.log(util.inspect({a: 1, b: 'x'.repeat(100)}, {breakLength: Infinity}), util.inspect({b: 1, a: 2}, {sorted: true}), util.inspect({a: [1, 2, {b: 3}]}, {compact: false}));
console.log(util.inspect('x'.repeat(20), {maxStringLength: 5}), util.inspect({a: 1}, false, 0), util.inspect({x: {y: {z: 1}}}, true, 0));
class Money { constructor(v) { this.v = v; } [util.inspect.custom](depth, opts, insp) { return `Money<${this.v}> ${depth} ${typeof opts.stylize} ${insp === util.inspect}`; } }
console.log(new Money(5), [new Money(1)], {m: new Money(2)}, util.inspect(new Money(3)), `${util.inspect.custom.toString()}`);
class Other { [Symbol.for('nodejs.util.inspect.custom')]() { return {replaced: true}; } }
console.log(new Other(), util.inspect(new Other(), {customInspect: false}));
const multi = { [util.inspect.custom]() { return 'line1\nline2'; } };
console.log({ nested: { multi } });
console.log(util.types.isPromise(Promise.resolve()), util.types.isPromise({then() {}}), util.types.isDate(new Date()), util.types.isRegExp(/x/), util.types.isMap(new Map()), util.types.isSet(new Set()), util.types.isTypedArray(new Uint8Array()), util.types.isUint8Array(new Uint8Array()), util.types.isUint8Array(new Int8Array()), util.types.isAsyncFunction(async () => {}), util.types.isGeneratorFunction(function* () {}), util.types.isProxy(new Proxy({}, {})), util.types.isNativeError(new TypeError()), util.types.isBoxedPrimitive(Object(1)), util.types.isNumberObject(Object(1)), util.types.isStringObject(Object('s')), util.types.isArrayBuffer(new ArrayBuffer(1)), util.types.isGeneratorObject((function*(){})()), util.types.isArgumentsObject((function(){return arguments})()));
console.log(util.isDeepStrictEqual({a: [1, {b: 2}]}, {a: [1, {b: 2}]}), util.isDeepStrictEqual([1], ['1']), util.isDeepStrictEqual(new Set([1, {a: 1}]), new Set([{a: 1}, 1])), util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0), util.isDeepStrictEqual(new Map([[{k: 1}, 'v']]), new Map([[{k: 1}, 'v']])));
function Animal(name) { this.name = name; } Animal.prototype.speak = function () { return this.name + ' speaks'; };
function Dog(name) { Animal.call(this, name); } util.inherits(Dog, Animal);
console.log(new Dog('rex').speak(), Dog.super_ === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
try { util.inherits(Dog, null); } catch (e) { console.log(e.code, e.message); }
try { util.inherits(Dog, {}); } catch (e) { console.log(e.code, e.message); }
const sleep = util.promisify((ms, cb) => setTimeout(() => cb(null, 'slept ' + ms), ms));
sleep(1).then((v) => console.log('promisify', v));
const failing = util.promisify((cb) => cb(new Error('nope')));
failing().catch((e) => console.log('rejected', e.message));
function withCustom() {} withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
util.promisify(withCustom)().then((v) => console.log(v, util.promisify(withCustom) === withCustom[util.promisify.custom]));
const cbified = util.callbackify(async (x) => x * 2);
cbified(21, (err, v) => console.log('callbackify', err, v, cbified.name, cbified.length));
util.callbackify(() => Promise.reject(null))((err) => console.log('falsy', err.code, err.message, err.reason));
try { util.promisify(1); } catch (e) { console.log(e.code, e.message); }
const dep = util.deprecate(() => 'dep result', 'old() is deprecated', 'DEP_MJ1');
console.log(dep(), dep());
const dep2 = util.deprecate(function named() { return 2; }, 'no code');
console.log(dep2());
console.log(util.isArray([]), util.isPrimitive(1), util.isPrimitive({}), util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), util.toUSVString('a\ud800b'), util._extend({a: 1}, {b: 2}));
console.log(util.formatWithOptions({depth: 0}, '%O', {a: {b: 1}}), util.formatWithOptions({compact: false}, {a: 1}));
try { util.formatWithOptions(1, 'x'); } catch (e) { console.log(e.code, e.message); }
console.log(typeof util.debuglog('foo'), util.debuglog('foo').enabled);
process.on('warning', (w) => console.log('warning event', w.name, w.message, w.code));
