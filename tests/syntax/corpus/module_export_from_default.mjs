export { default } from 'def';
export * from 'a';
export * from 'b';
