export default a + b * c
var a = 1, b = 2, c = 3;
