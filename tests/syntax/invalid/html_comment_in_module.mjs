// error: HTML comments are not allowed in modules
x = 1;
<!-- not a comment in a module
