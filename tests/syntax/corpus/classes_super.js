class A extends B {
  constructor(...args) {
    super(...args);
    (() => super.x)();
    super.x = 1;
    super[y] += 2;
    super.m`tpl`;
    new super.Ctor();
  }
  static m() { return super.m(); }
  f = super.field;
  static g = super.staticField;
  static { super.x; }
  get x() { return super.x; }
  set x(v) { super.x = v; }
}
var o = {
  m() { return super.m(); },
  get g() { return super.g; },
  set s(v) { super.s = v; },
  *gen() { yield super.gen; },
  async am() { await super.am(); },
  arrow() { return () => super.m; },
};
Object.setPrototypeOf(o, { m() { return 1; } });
