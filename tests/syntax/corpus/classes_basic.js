class A {}
class B extends A {}
class C extends (a, b) {}
class D extends f() {}
class E extends a.b.c {}
class F extends class {} {}
class G extends null {}
var expr = class {};
var named = class Named extends A {};
class Methods extends A {
  constructor(a, b) {
    super(a);
    super.method();
    super["computed"];
    this.x = () => super.y;
  }
  method() { return super.method(); }
  static staticMethod() {}
  get getter() { return 1; }
  set setter(v) {}
  static get sg() {}
  static set ss(v) {}
  ['computed' + 1]() {}
  [Symbol.iterator]() {}
  static [k]() {}
  'string key'() {}
  123() {}
  0x10() {}
  1.5() {}
  1n() {}
  *gen() {}
  async am() {}
  async *agm() {}
  ;
  ;;
}
class Empty { ; }
class CtorString { "constructor"() {} }
class StaticCtor { static constructor() {} }
(class {});
new class {}();
class HasGetCtor { get constructor2() {} }
