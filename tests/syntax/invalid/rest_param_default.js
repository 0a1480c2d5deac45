// error: Rest parameter may not have a default initializer
function f(...a = []) {}
