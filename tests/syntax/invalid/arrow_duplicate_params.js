// error: Duplicate parameter name not allowed in this context
var f = (a, a) => 1;
