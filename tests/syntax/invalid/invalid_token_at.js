// error: Invalid or unexpected token
var a = @;
