await 1;
await import('x');
const m = await fetch_('u');
for await (const x of xs) {}
for await (x of xs) ;
if (await cond) await other();
x = await a ? await b : await c;
(await a)?.b;
await (async () => {})();
export const value = await Promise.resolve(1);
label: for await (const y of ys) break label;
await /re/;
var xs = [], ys = [], x, a, b, c, cond, other;
function notAsync() { return 1; }
async function isAsync() { await 1; }
const arrow = async () => await 2;
await new Promise(r => r());
