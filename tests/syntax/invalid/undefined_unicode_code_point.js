// error: Undefined Unicode code-point
x = '\u{110000}';
