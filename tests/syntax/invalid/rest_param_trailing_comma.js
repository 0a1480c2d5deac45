// error: Rest parameter must be last formal parameter
function f(...a,) {}
