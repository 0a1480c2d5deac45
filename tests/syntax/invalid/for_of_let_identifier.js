// error: Unexpected identifier 'x'
for (let of x) {}
