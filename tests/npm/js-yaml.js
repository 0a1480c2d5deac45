// js-yaml: YAML parsing and dumping (anchors, tags, block scalars).
const yaml = require("js-yaml");

const doc = yaml.load("a: 1\nb: [x, y, {z: true}]\nc: |\n  multi\n  line\nd: 2024-01-02\ne: !!float 3\n&anc f: *anc\n");
console.log(JSON.stringify(doc));
console.log(yaml.dump({ a: [1, { b: "c d" }], e: null, s: "yes", n: "123", multi: "x\ny\n" }));
console.log(yaml.loadAll("---\na: 1\n---\n- b\n- c\n").map((d) => JSON.stringify(d)).join(" | "));
try { yaml.load("a: [1, 2\nb: 3"); } catch (e) { console.log(e.name, e.reason, e.mark.line); }
