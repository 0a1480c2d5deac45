import.meta;
import.meta.url;
const url = new URL('./x', import.meta.url);
import.meta.resolve?.('y');
function f() { return import.meta; }
class C { m() { return import.meta.url; } static x = import.meta; }
x = import('dyn').then(() => import.meta);
import . meta;
import.
  meta;
var x;
