class K {
  if() {}
  class() {}
  new() {}
  static static() {}
  static get get() {}
  static set set(v) {}
  get static() {}
  async async() {}
  get async() {}
  await() {}
  yield() {}
  let() {}
  delete() {}
  typeof() {}
  function() {}
  default() {}
  import() {}
  export() {}
  super() {}
  this() {}
  null() {}
  true() {}
  false() {}
  enum() {}
  of() {}
  from() {}
  as() {}
  target() {}
  meta() {}
  static prototype2() {}
  'prototype'() {}
  get 'str'() {}
  set 1(v) {}
  get [computed]() {}
  static async *static2() {}
}
