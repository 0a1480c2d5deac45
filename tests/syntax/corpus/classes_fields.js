class Fields {
  a;
  b = 1;
  c = this.b + 1
  d
  ['computed'] = 2;
  [k];
  'str' = 3;
  42 = 4;
  static e;
  static f = 5;
  static [g] = 6;
  arrow = () => this;
  fn = function () { return new.target; };
  args = () => 1;
  get;
  set;
  static;
  async;
  static static;
  static async;
  static get;
  static set = 1;
  get
  a2() {}
  in = 1;
  instanceof;
}
class ASI {
  a = 1
  ['b'] = 2
  c
  *d() {}
}
class Multi { a = 1; b = 2 }
