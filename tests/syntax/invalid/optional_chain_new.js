// error: Invalid optional chain from new expression
new a?.b();
