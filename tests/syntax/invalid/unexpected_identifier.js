// error: Unexpected identifier 'bar'
var foo bar;
