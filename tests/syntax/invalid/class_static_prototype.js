// error: Classes may not have a static property named 'prototype'
class A {
  static prototype() {}
}
