// Classes: constructors, methods, accessors, statics, inheritance, super.
const show = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ": " + e.message); } };

class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get norm() { return Math.hypot(this.x, this.y); }
  set norm(v) { const k = v / this.norm; this.x *= k; this.y *= k; }
  toString() { return `(${this.x}, ${this.y})`; }
  static origin() { return new Point(0, 0); }
  static ["comp" + "uted"]() { return "computed static"; }
}
const p = new Point(3, 4);
console.log(p.norm, String(p), String(Point.origin()), Point.computed());
p.norm = 10;
console.log(p.x, p.y, typeof Point, Point.name, Point.length);
console.log(Object.getOwnPropertyNames(Point), Object.getOwnPropertyNames(Point.prototype));
console.log(Object.keys(Point.prototype), Point.prototype.constructor === Point);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(Point, "prototype")));
show(() => Point(1, 2));
show(() => new p.toString());

class Point3 extends Point {
  constructor(x, y, z) { super(x, y); this.z = z; }
  toString() { return super.toString() + "+" + this.z; }
  static origin() { return "3d " + super.origin(); }
}
const q = new Point3(1, 2, 3);
console.log(String(q), Point3.origin(), q instanceof Point, Object.getPrototypeOf(Point3) === Point);

// this before super(), super twice, return overrides
class Base { constructor() { this.made = true; } }
show(() => new (class extends Base { constructor() { this.x = 1; super(); } })());
show(() => new (class extends Base { constructor() { } })());
show(() => new (class extends Base { constructor() { super(); super(); } })());
show(() => new (class extends Base { constructor() { super(); return 1; } })());
show(() => new (class extends Base { constructor() { return { other: 1 }; } })().other);
show(() => new (class extends Base { constructor() { super(); return undefined; } })().made);
show(() => new (class extends Base { constructor() { try { return 0; } catch (e) { return; } } })());
show(() => new (class extends Base { constructor() { const f = () => super(); f(); this.y = 2; } })().y);
show(() => { class A extends null {} return new A(); });
show(() => { class A extends 3 {} });
show(() => { function F() {} F.prototype = 3; class A extends F {} });
show(() => { class A extends Object { constructor() { super(); } } return new A() instanceof A; });

// built-ins as superclasses
class MyError extends Error { constructor(m) { super(m); this.name = "MyError"; } }
const e = new MyError("boom");
console.log(e instanceof MyError, e instanceof Error, String(e), Object.prototype.toString.call(e));
class Stack extends Array { top() { return this[this.length - 1]; } }
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.top(), Array.isArray(s), s instanceof Stack);

// fields, private members, static blocks
let counter = 0;
class Counter {
  #count = 0;
  static #instances = 0;
  id = ++counter;
  ["computed" + "Field"] = "cf";
  fn = function () {};
  arrow = () => this.id;
  static created = Counter.#instances;
  constructor() { Counter.#instances++; }
  #secret() { return "secret " + this.#count; }
  get #double() { return this.#count * 2; }
  set #double(v) { this.#count = v / 2; }
  inc() { this.#count++; return this; }
  reveal() { return [this.#count, this.#double, this.#secret()]; }
  setDouble(v) { this.#double = v; return this.#count; }
  static count() { return Counter.#instances; }
  static has(o) { return #count in o; }
  static { this.ready = "static block ran, created = " + this.created; }
}
const c1 = new Counter().inc().inc();
const c2 = new Counter();
console.log(c1.reveal(), c2.reveal(), c1.setDouble(10), Counter.count(), Counter.ready);
console.log(c1.id, c2.id, c1.computedField, c1.fn.name, c1.arrow(), Object.keys(c1));
console.log(Counter.has(c1), Counter.has({}));
class Other { static get(o) { return o.#p; } static set(o) { o.#p = 1; } static call(o) { return o.#m(); } #p; #m() {} }
show(() => Other.get({}));
show(() => Other.set({}));
show(() => Other.call({}));
class Trojan { constructor(o) { return o; } }
class Stamp extends Trojan { #mark = "stamped"; static mark(o) { return o.#mark; } }
const target = {};
new Stamp(target);
console.log(Stamp.mark(target));
show(() => new Stamp(target));

// class bindings: the inner name is constant, the outer one is not
class Named { static self() { return Named; } }
const Keep = Named;
show(() => { Named = 1; return Keep.self() === Keep; });
show(() => { class Inner { m() { Inner = 1; } } new Inner().m(); });
show(() => { new Late(); class Late {} });
const Anonymous = class {};
console.log(Anonymous.name, (class {}).name, (class { static name() {} }).name.length);

// Symbol.hasInstance, instanceof, toString
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
console.log(String(class A { m() {} }));
console.log(Point.prototype.toString.toString(), Object.getOwnPropertyDescriptor(Point.prototype, "norm").get.toString());
console.log(String(Point3.origin));

// super in object literals
const proto = { hello() { return "proto hello"; }, x: 1 };
const obj = { __proto__: proto, hello() { return "obj > " + super.hello(); }, get x() { return super.x + 1; } };
console.log(obj.hello(), obj.x);
show(() => { const o = { m() { delete super.x; } }; o.m(); });
show(() => new obj.hello());

// fields are defined (not assigned): non-extensible and frozen receivers throw
class FieldsOn extends Trojan { x = 1; }
show(() => new FieldsOn(Object.preventExtensions({})));
show(() => new FieldsOn(Object.freeze({ x: 2 })));
/* expected
5 (3, 4) (0, 0) computed static
6 8 function Point 2
[ 'length', 'name', 'prototype', 'origin', 'computed' ] [ 'constructor', 'norm', 'toString' ]
[] true
{"value":{},"writable":false,"enumerable":false,"configurable":false}
TypeError: Class constructor Point cannot be invoked without 'new'
TypeError: p.toString is not a constructor
(1, 2)+3 3d (0, 0) true true
ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor
ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor
ReferenceError: Super constructor may only be called once
TypeError: Derived constructors may only return object or undefined
1
true
TypeError: Derived constructors may only return object or undefined
2
TypeError: Super constructor null of A is not a constructor
TypeError: Class extends value 3 is not a constructor or null
TypeError: Class extends value does not have valid prototype property 3
true
true true MyError: boom [object Error]
3 3 true true
[ 2, 4, 'secret 2' ] [ 0, 0, 'secret 0' ] 5 2 static block ran, created = 0
1 2 cf fn 1 [ 'id', 'computedField', 'fn', 'arrow' ]
true false
TypeError: Cannot read private member #p from an object whose class did not declare it
TypeError: Cannot write private member #p to an object whose class did not declare it
TypeError: Receiver must be an instance of class Other
stamped
TypeError: Cannot initialize #mark twice on the same object
true
TypeError: Assignment to constant variable.
ReferenceError: Cannot access 'Late' before initialization
Anonymous  0
true false
class A { m() {} }
toString() { return `(${this.x}, ${this.y})`; } get norm() { return Math.hypot(this.x, this.y); }
origin() { return "3d " + super.origin(); }
obj > proto hello 2
ReferenceError: Unsupported reference to 'super'
TypeError: obj.hello is not a constructor
TypeError: Cannot define property x, object is not extensible
TypeError: Cannot redefine property: x
*/
