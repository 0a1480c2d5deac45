// error: Unexpected token 'class'
if (a) class B {}
