export default async function* named() { yield* other(); }
