// error: Private field '#y' must be declared in an enclosing class
class A {
  m() { return this.#y; }
}
