// error: Invalid left-hand side in for-loop
for (a?.b of c) {}
