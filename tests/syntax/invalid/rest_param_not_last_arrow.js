// error: Rest parameter must be last formal parameter
var f = (...a, b) => 1;
