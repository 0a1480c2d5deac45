// error: Unexpected identifier 'yield'
function* g() {
  var yield;
}
