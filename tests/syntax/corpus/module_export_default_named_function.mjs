export default function f() { return f; }
f();
