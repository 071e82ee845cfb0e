/**
 * find_new_uid / find_new_gid: a regular id is one above the highest used in UID_MIN..UID_MAX
 * (or the lowest free one when that overflows); a system id is the highest free one below
 * UID_MIN (SYS_UID_MAX). Null when the range is full.
 */
export function newId(used: number[], system: boolean, defs: (k: string) => string | undefined, kind: 'UID' | 'GID'): number | null {
  const min = Number(defs(`${kind}_MIN`) ?? 1000);
  const max = Number(defs(`${kind}_MAX`) ?? 60000);
  const taken = new Set(used);
  if (system) {
    const sysMin = Number(defs(`SYS_${kind}_MIN`) ?? 101);
    const sysMax = Number(defs(`SYS_${kind}_MAX`) ?? min - 1);
    for (let id = sysMax; id >= sysMin; id--) if (!taken.has(id)) return id;
    return null;
  }
  const inRange = used.filter((u) => u >= min && u <= max);
  if (!inRange.length) return min;
  const next = Math.max(...inRange) + 1;
  if (next <= max) return next;
  for (let id = min; id <= max; id++) if (!taken.has(id)) return id;
  return null;
}
