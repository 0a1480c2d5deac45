// error: Label 'l' has already been declared
l: l: x;
