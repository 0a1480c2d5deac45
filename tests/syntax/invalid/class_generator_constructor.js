// error: Class constructor may not be a generator
class A {
  *constructor() {}
}
