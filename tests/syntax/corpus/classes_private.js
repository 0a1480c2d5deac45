class P {
  #a;
  #b = 1;
  static #c = 2;
  #m() { return this.#a; }
  get #g() { return 1; }
  set #g(v) {}
  static #sm() {}
  static get #sg() {}
  async #am() {}
  *#gen() {}
  async *#agen() {}
  has(o) { return #a in o; }
  hasStatic(o) { return #c in o && #m in o; }
  access(o) {
    o.#a = 1;
    o.#b += 2;
    o?.#a;
    o?.x.#b;
    this.#m();
    P.#c;
    P.#sm();
    [this.#a] = [1];
    ({ x: this.#b } = {});
    this.#a++;
    delete this.#a.x;
    return #a in o ? 1 : 2;
  }
  nested() {
    return class { #a = 1; m(o) { return o.#a; } f(o) { return o.#b; } };
  }
  static { this.#c = 3; }
}
