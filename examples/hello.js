// A small program: `make run` parses it and prints its tokens and AST.
function greet(name) {
  return `Hello, ${name}!`;
}
const people = ['Ada', 'Grace', 'Barbara'];
for (const p of people) console.log(greet(p));
