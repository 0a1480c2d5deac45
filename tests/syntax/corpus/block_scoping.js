{
  let a = 1;
  const b = 2;
  class C {}
  function f() {}
  {
    let a = 2;
    function f() {}
  }
}
let a = 0;
function shadow(a) { { let a = 1; } var b; { let b = 2; } }
if (x) { let y = 1; } else { let y = 2; }
for (let i = 0; i < 1; i++) { let i = 2; }
switch (x) { case 1: { let z; } case 2: { let z; } }
try { let t; } catch (t) { let u; } finally { let t; }
label: { let q; }
(function () { var a; let b; })();
(() => { let a; })();
var v; var v;
function g() {} var g;
