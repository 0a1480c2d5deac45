export var a = 1, b;
export let c = 2;
export const d = 3, e = 4;
export function f() {}
export function* g() {}
export async function h() {}
export async function* i() {}
export class J {}
export class K extends J {}
export { a as a2 };
export { b as default };
export { c as c2, d as dd, e as "string name", f as 'single' };
export { g as if, h as class };
export {};
export { a as "a b" , b as "\u{1F600}" };
export * from 'all';
export * as ns from 'ns';
export * as "string ns" from 'sns';
export { x } from 'x';
export { y as yy, z } from 'yz';
export { default as def1 } from 'def';
export { default as def2, "str" as str2, "s3" } from 'mod';
export { "q" as "r" } from 'q';
export var { l, m: [n] } = obj;
export let [o, ...p] = arr;
export { i as ii }
export { J as JJ, K as KK, };
var obj = {}, arr = [];
