// error: Cannot use 'import.meta' outside a module
x = import.meta;
