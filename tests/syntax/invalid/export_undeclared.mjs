// error: Export 'notDeclared' is not defined in module
export { notDeclared };
