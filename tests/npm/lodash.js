// lodash: the utility belt (collections, objects, strings, functions).
const _ = require("lodash");

const users = [
  { user: "barney", age: 36, active: true, tags: ["a", "b"] },
  { user: "fred", age: 40, active: false, tags: ["b"] },
  { user: "pebbles", age: 1, active: true, tags: [] },
];
console.log(_.map(_.sortBy(users, ["age"]), "user"));
console.log(_.groupBy(users, (u) => u.age > 18 ? "adult" : "child"));
console.log(_.chain(users).filter("active").map((u) => u.user.toUpperCase()).join("+").value());
console.log(_.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] }));
const deep = { x: { y: [1, { z: new Date(0) }] } };
const copy = _.cloneDeep(deep);
console.log(_.isEqual(deep, copy), copy.x.y[1].z === deep.x.y[1].z, _.get(copy, "x.y[1].z").toISOString());
console.log(_.camelCase("Foo Bar-baz"), _.kebabCase("fooBarBaz"), _.startCase("--foo-bar--"), _.pad("abc", 9, "_-"));
console.log(_.chunk([1, 2, 3, 4, 5], 2), _.zip(["a", "b"], [1, 2]), _.uniqBy([2.1, 1.2, 2.3], Math.floor));
console.log(_.debounce, typeof _.memoize((n) => n * 2), _.range(0, 20, 5), _.sum(_.flattenDeep([1, [2, [3, [4]]]])));
const compiled = _.template("hello <%= user %>! <% _.forEach(list, function(x) { %><li><%- x %></li><% }); %>");
console.log(compiled({ user: "fred", list: ["<a>", "b"] }));
console.log(_.intersection([2, 1], [2, 3]), _.difference([2, 1], [2, 3]), _.xor([2, 1], [2, 3]));
console.log(_.pick({ a: 1, b: "2", c: 3 }, ["a", "c"]), _.omit({ a: 1, b: "2", c: 3 }, ["a", "c"]));
console.log(_.isPlainObject({}), _.isPlainObject(new Map()), _.isTypedArray(new Uint8Array(2)), _.toPairs(new Map([[1, 2]])));
const curried = _.curry((a, b, c) => a + b + c);
console.log(curried(1)(2)(3), curried(1, 2)(3), _.flow([Math.abs, (n) => n * 10])(-4));
console.log(_.VERSION);
