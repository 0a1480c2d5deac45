// error: Invalid shorthand property initializer
x = ({ a = 1 });
