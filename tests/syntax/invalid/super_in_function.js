// error: 'super' keyword unexpected here
function f() { return super.x; }
