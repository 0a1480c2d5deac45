import('module');
import("./relative.js");
import(specifier);
import(a + b);
import(`./${name}.js`);
import('x').then(m => m.default);
x = import('x');
x = await_ ? import('a') : import('b');
async function f() { const m = await import('m'); }
import(
  'multi-line'
);
import(import('nested'));
new Promise(r => r(import('x')));
