export default function* () { yield 1; }
export const x = 1;
