// error: new.target expression is not allowed here
x = new.target;
