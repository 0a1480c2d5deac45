// error: Unexpected token '=>'
var f = (a)
=> a;
