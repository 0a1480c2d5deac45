// A small program: `make run` runs it with `minijs run examples/hello.js`.
function greet(name) {
  return 'Hello, ' + name + '!';
}
var people = ['Ada', 'Grace', 'Barbara'];
people.forEach(function (p) { console.log(greet(p)); });

function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.norm = function () { return Math.sqrt(this.x * this.x + this.y * this.y); };
var points = [new Point(3, 4), new Point(6, 8)];
console.log(points, points.map(function (p) { return p.norm(); }));
console.log({ nested: { deeper: { deepest: [1, 2, 3] } }, when: new Date(0), re: /a+b/g });
console.log(JSON.stringify({ a: [1, 'two', null], b: true }));
