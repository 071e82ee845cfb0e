/**
 * The order bash lists array elements in. Indexed arrays go by index. Associative arrays are
 * bash hash tables (hashlib.c): 1024 buckets chosen by FNV-1 of the key, each bucket a list with
 * the newest key first, walked bucket by bucket; scripts see that order in ${!m[@]}, so we keep
 * insertion order in the Map and derive bash's order from it.
 */
const BUCKETS = 1024;

function fnv1(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) {
    h = Math.imul(h, 16777619) >>> 0;
    h = (h ^ (key.charCodeAt(i) & 0xff)) >>> 0;
  }
  return h;
}

export function assocEntries(m: Map<string, string>): [string, string][] {
  const all = [...m.entries()];
  // bash grows the table 4x once it holds twice as many entries as buckets.
  let buckets = BUCKETS;
  while (all.length >= buckets * 2) buckets *= 4;
  const order = all.map((e, i) => ({ e, i, b: fnv1(e[0]) & (buckets - 1) }));
  order.sort((x, y) => x.b - y.b || y.i - x.i);
  return order.map((o) => o.e);
}

export function indexedEntries(m: Map<number, string>): [number, string][] {
  return [...m.entries()].sort((a, b) => a[0] - b[0]);
}
