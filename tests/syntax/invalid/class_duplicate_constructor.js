// error: A class may only have one constructor
class A {
  constructor() {}
  constructor() {}
}
