// error: Unexpected token ','
class A extends B, C {}
