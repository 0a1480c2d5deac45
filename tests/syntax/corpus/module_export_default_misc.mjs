export default (function () {});
(class {});
function f() {}
class C {}
export { f, C };
