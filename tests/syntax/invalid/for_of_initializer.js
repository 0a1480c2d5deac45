// error: for-of loop variable declaration may not have an initializer.
for (let x = 1 of y) {}
