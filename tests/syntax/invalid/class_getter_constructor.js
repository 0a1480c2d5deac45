// error: Class constructor may not be an accessor
class A {
  get constructor() {}
}
