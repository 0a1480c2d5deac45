// The completion value of eval code: loops, if, switch, try and with
// complete with UpdateEmpty(result, undefined), so an empty body leaves
// undefined, not the value of an earlier statement; a finally block that
// ends normally keeps the value of the try / catch part.
const cases = [
  "1; do { } while (false)", "2; do { 3; } while (false)", "1; while (false) {}", "1; for (;false;) {}",
  "1; for (var k in {}) {}", "1; for (var k of []) {}", "1; for (var k in {a: 1}) { 5; }",
  "1; if (true) {}", "1; if (false) {}", "1; if (false) {} else {}", "1; if (true) 2; else 3;",
  "1; do { 2; if (true) { 3; break; } 4; } while (false)", "5; do { 6; if (true) { break; } 7; } while (false)",
  "8; do { 9; if (true) { 10; continue; } 11; } while (false)", "12; do { 13; if (true) { continue; } 14; } while (false)",
  "1; switch (1) {}", "1; switch (1) { case 1: }", "1; switch (1) { case 1: 2; }", "1; switch (1) { case 1: 2; case 2: break; }",
  "1; switch (1) { case 1: 2; break; default: }", "1; switch (3) { case 1: 2; default: }",
  "1; try {} catch (e) {}", "1; try { 2; } catch (e) {}", "1; try { throw 0 } catch (e) { 3; }", "1; try { throw 0 } catch (e) { }",
  "1; try { 2; } finally { 3; }", "1; try { } finally { 3; }", "1; try { throw 1 } catch (e) { 2 } finally { 3; }",
  "1; with ({}) {}", "1; with ({}) { 2; }", "1; l: { 2; break l; }", "1; l: { break l; }", "1; {}", "1; var x = 2;",
  "for (var i = 0; i < 2; ++i) { if (i) { try { throw null; } catch (e) { break; } } 'bad'; }",
  "for (var i = 0; i < 2; ++i) { if (i) { try { } finally { break; } } 'bad'; }",
  "1; do { 2; try { 3; } finally { break; } } while (false)",
  "1; do { 2; try { 3; break; } finally { 4; } } while (false)",
  "1; function f() {} ", "1; class C {}", "1; let y = 3;",
  "1; x: while (true) { 2; break x; }", "1; x: do { 2; { 3; break x; } } while(false)",
];
for (const c of cases) console.log(JSON.stringify(c), String(eval(c)));
// and at the top level of a script run by indirect eval
console.log((0, eval)("7; for (var q = 0; q < 1; q++) {}"), (0, eval)("7; if (1) { 8; }"));
/* expected
"1; do { } while (false)" undefined
"2; do { 3; } while (false)" 3
"1; while (false) {}" undefined
"1; for (;false;) {}" undefined
"1; for (var k in {}) {}" undefined
"1; for (var k of []) {}" undefined
"1; for (var k in {a: 1}) { 5; }" 5
"1; if (true) {}" undefined
"1; if (false) {}" undefined
"1; if (false) {} else {}" undefined
"1; if (true) 2; else 3;" 2
"1; do { 2; if (true) { 3; break; } 4; } while (false)" 3
"5; do { 6; if (true) { break; } 7; } while (false)" undefined
"8; do { 9; if (true) { 10; continue; } 11; } while (false)" 10
"12; do { 13; if (true) { continue; } 14; } while (false)" undefined
"1; switch (1) {}" undefined
"1; switch (1) { case 1: }" undefined
"1; switch (1) { case 1: 2; }" 2
"1; switch (1) { case 1: 2; case 2: break; }" 2
"1; switch (1) { case 1: 2; break; default: }" 2
"1; switch (3) { case 1: 2; default: }" undefined
"1; try {} catch (e) {}" undefined
"1; try { 2; } catch (e) {}" 2
"1; try { throw 0 } catch (e) { 3; }" 3
"1; try { throw 0 } catch (e) { }" undefined
"1; try { 2; } finally { 3; }" 2
"1; try { } finally { 3; }" undefined
"1; try { throw 1 } catch (e) { 2 } finally { 3; }" 2
"1; with ({}) {}" undefined
"1; with ({}) { 2; }" 2
"1; l: { 2; break l; }" 2
"1; l: { break l; }" 1
"1; {}" 1
"1; var x = 2;" 1
"for (var i = 0; i < 2; ++i) { if (i) { try { throw null; } catch (e) { break; } } 'bad'; }" undefined
"for (var i = 0; i < 2; ++i) { if (i) { try { } finally { break; } } 'bad'; }" undefined
"1; do { 2; try { 3; } finally { break; } } while (false)" undefined
"1; do { 2; try { 3; break; } finally { 4; } } while (false)" 3
"1; function f() {} " 1
"1; class C {}" 1
"1; let y = 3;" 1
"1; x: while (true) { 2; break x; }" 2
"1; x: do { 2; { 3; break x; } } while(false)" 3
undefined 8
*/
