// error: Unexpected token '['
for (let of [] ) {}
