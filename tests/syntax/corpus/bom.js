// A file that starts with a byte order mark (stripped before parsing).
var a = 1;
