// error: Missing initializer in const declaration
const a;
