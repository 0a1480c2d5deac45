class S {
  static {}
  static { this.x = 1; }
  static {
    var local = 2;
    let l;
    function f() {}
    try { init(); } catch {}
  }
  static x = 1;
  static { S.y = this.x; }
  static { const await2 = () => 1; }
}
var e = class { static { label: { break label; } } };
