// error: Invalid or unexpected token
var s = '😀'; var 😀 = 1;
