export default async
function f() {}
