// error: Class constructor may not be an async method
class A {
  async constructor() {}
}
