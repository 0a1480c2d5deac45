// error: Unexpected end of input
class A extends {}
