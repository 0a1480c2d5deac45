// error: Yield expression not allowed in formal parameter
function* g(x = yield) {}
