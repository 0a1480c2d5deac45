// Sloppy-mode legacy octal numbers and escapes.
010;
0777;
00;
08;
09;
08.5;
09e1;
0789;
019.5;
x = '\0';
x = '\00';
x = '\01';
x = '\012';
x = '\123';
x = '\377';
x = '\400';
x = '\7';
x = '\08';
x = '\8';
x = '\9';
x = "\1\2\3";
x = 07.toString;
function f() { return 010 + '\1'; }
