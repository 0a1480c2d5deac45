// error: Unexpected reserved word
var await = 1;
