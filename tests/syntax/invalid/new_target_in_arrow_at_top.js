// error: new.target expression is not allowed here
var f = () => new.target;
