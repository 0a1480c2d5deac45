// error: Unexpected token 'export'
export default 1;
