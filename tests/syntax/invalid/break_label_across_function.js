// error: Undefined label 'l'
l: while (1) {
  (function () { break l; })();
}
