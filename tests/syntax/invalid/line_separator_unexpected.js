// error: Unexpected token ';'
var a = 1 +;
