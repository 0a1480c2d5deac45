export default { a: 1, b() {}, ...c };
var c = {};
