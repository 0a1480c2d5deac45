// marked: Markdown to HTML (regex-heavy lexer, renderer overrides).
const { marked } = require("marked");

const doc = `# Title *with* \`code\`

Some **bold**, _em_, a [link](http://x.org "t") and <span>html</span> & entities.

- one
- two
  1. nested
  2. list

> quote
> > deeper

\`\`\`js
const x = 1 < 2;
\`\`\`

| a | b |
|:--|--:|
| 1 | 2 |

Line  
break ~~gone~~ https://auto.link
`;
console.log(marked.parse(doc, { gfm: true, headerIds: false, mangle: false }));
console.log(marked.lexer("a\n\n---\n\n* b").map((t) => t.type).join(","));
const renderer = new marked.Renderer();
renderer.heading = (text, level) => `<h${level} class="x">${text.toUpperCase()}</h${level}>\n`;
console.log(marked.parse("## hi *there*", { renderer, headerIds: false, mangle: false }));
console.log(marked.parseInline("**x** `y`"));
