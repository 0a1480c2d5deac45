outer: for (;;) {
  inner: for (;;) {
    if (a) continue outer;
    if (b) break inner;
    break outer;
  }
}
block: {
  if (a) break block;
  b();
}
a: b: c: d();
loop: while (true) { continue loop; }
label: do { break label } while (0)
sw: switch (x) { case 1: break sw; }
lbl: if (a) break lbl;
lbl: try { break lbl } finally {}
fn: function labelled() {}
x: ;
yield: 1;
await: 2;
async: 3;
of: for (;;) break of;
