// error: Duplicate export of 'a'
export let a = 1;
export { a };
