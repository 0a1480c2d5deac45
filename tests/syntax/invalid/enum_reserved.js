// error: Unexpected reserved word
var enum = 1;
