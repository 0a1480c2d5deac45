// Sloppy-mode with statement.
with (obj) a = b;
with (obj) { foo(); }
with ({ x: 1 }) with (other) x;
with (a.b) ;
