// error: Unexpected token '=>'
var f = async x
=> x;
