// error: Unexpected private field
class A extends B {
  #x;
  m() { return super.#x; }
}
