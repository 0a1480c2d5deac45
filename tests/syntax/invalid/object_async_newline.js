// error: Unexpected identifier 'm'
x = { async
  m() {} };
