// error: Generators can only be declared at the top level or inside a block.
l: function* g() {}
