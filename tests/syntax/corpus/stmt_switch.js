switch (a) {}
switch (a) { case 1: }
switch (a) {
  case 1:
  case 2:
    b();
    break;
  default:
    c();
  case 3: {
    let scoped = 1;
  }
  case 4:
    let lexical = 2;
    const other = 3;
    function inSwitch() {}
    class InSwitch {}
}
switch (x) { default: }
switch (x) { case a + b: case f(): case `t`: break }
switch (x)
{
  case 1: 1
  case 2: 2
}
