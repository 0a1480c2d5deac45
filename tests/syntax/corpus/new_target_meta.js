function F() {
  if (!new.target) throw 1;
  new.target;
  new.target.prototype;
  new new.target();
  var arrow = () => new.target;
  var nested = () => () => new.target;
  return new.target === F;
}
var fe = function () { return new.target; };
class C {
  constructor() { new.target; }
  m() { return new.target; }
  static s() { return new.target; }
  field = new.target;
  static sfield = new.target;
  static { new.target; }
  get g() { return new.target; }
}
var o = { m() { return new.target; }, get g() { return new.target; } };
function G() { new.
  target; }
function H() { new . target; }
