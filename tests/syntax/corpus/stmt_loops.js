// Iteration statements in every form.
while (a) b();
while (a) { break; }
do b(); while (a);
do { continue; } while (false);
for (;;) { break; }
for (i = 0; i < 10; i++) {}
for (var i = 0, n = a.length; i < n; ++i) continue;
for (let j = 0; j < 3; j += 1) { if (j) break; }
for (const k = 1; ; ) break;
for (; a; ) {}
for (a;;) break;
for (var p in obj) {}
for (let p in obj) {}
for (const p in obj) {}
for (p in obj) {}
for (a.b in obj) {}
for (a[0] in obj) {}
for (var x of xs) {}
for (let x of xs) {}
for (const x of xs) ;
for (x of xs) {}
for (x.y of xs) {}
for (let [k, v] of map) {}
for (const { key, value = 1 } of entries) {}
for ([a, b] of pairs) {}
for ({ a, b } of objects) {}
for (let x of [1, 2, 3]) for (let y in x) while (y) break;
for (var v of (a, b)) {}
for (x in a, b) {}
for (let z = (a in b); z; ) break;
for (var q = a ? b in c : d; ; ) break;
for (x of async => {}) {}
