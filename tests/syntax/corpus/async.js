async function af() { await x; }
async function bf() {
  const a = await f();
  await 1, await 2;
  (await p).q;
  await (async () => 1)();
  return await new Promise(r => r());
  for await (const x of xs) {}
  for await (x of xs) ;
  for await (let [a, b] of pairs) {}
  await /re/;
  -await x;
  typeof await x;
  await await x;
  !(await x);
}
var ae = async function () {};
var an = async function named() { await 0; };
var aa = async () => {};
var ab = async x => x;
var ac = async (x, y) => await x + y;
var ad = async (...rest) => rest;
var ag = async function* () { yield await 1; for await (const y of ys) yield y; };
async function* agen() { yield* other(); }
var o = { async m() {}, async *g() {}, async 'str'() {}, async [k]() {}, async 1() {} };
class C { async m() {} static async s() {} async *g() {} async #p() {} }
async
function notAsync() {}
async();
async(a, b);
async (a)
(b);
var async = 1;
async = async + 1;
function f() { var await = 1; return await; }
