// error: Invalid destructuring assignment target
({ a: 1 } = b);
