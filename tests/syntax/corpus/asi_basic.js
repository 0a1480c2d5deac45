var a = 1
var b = 2, c = 3
let d = 4
const e = 5
a = b
b = c
f()
g()
x = a
(function () {})()
y = b
[0].forEach(h)
z = c
+d
w = c
-d
v = a
/re/g
u = a
`tpl`
a
.b
.c()
i++
j--
{ a } { b }
var k = function () {}
if (a) b
else c
while (a) b
do x
while (y)
for (;;) break
label: a
void 0
debugger
throw x
function noSemi() { return 1 }
;[1, 2].forEach(f)
;(function () {})()
var last = 1
