// error: Invalid destructuring assignment target
var f = (a + b) => 1;
