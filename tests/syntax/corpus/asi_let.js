// `let` as an identifier in sloppy scripts.
var let = 1;
let = 2;
let.x = 3;
let();
let + 1;
let
let2 = 1;
(let[0] = 4);
for (let in obj) {}
for (let.x in obj) {}
for (let; ; ) break;
for (let = 0; let < 1; let++) {}
if (a) let
x = 1;
function letFn() {}
let.let = let;
var o = { let };
var { let: l } = o;
let
x2 = 5;
let
[y] = [1];
let a3 = let;
let: for (;;) break let;
