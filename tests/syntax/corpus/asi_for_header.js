// Semicolons in a for header are never inserted, but newlines may appear.
for (var i = 0
  ; i < 10
  ; i++
) {}
for (
  ;
  ;
) break
for (let x
  of xs) {}
for (var p
  in o) {}
for (a
  ; b
  ; c) break
