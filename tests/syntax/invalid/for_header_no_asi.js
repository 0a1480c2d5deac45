// error: Unexpected identifier 'b'
for (a
b; c) {}
