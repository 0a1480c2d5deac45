// error: The left-hand side of a for-of loop may not be 'async'.
for (async of x) {}
