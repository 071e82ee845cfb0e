/**
 * Mode arguments as chmod and find -perm take them: octal (`755`) or symbolic (`u+x,go=r`), the
 * latter applied to a base mode without the umask (find -perm uses base 0).
 */
export function parseMode(spec: string, base = 0, isDir = false): number | null {
  if (/^[0-7]+$/.test(spec)) {
    const n = parseInt(spec, 8);
    return n > 0o7777 ? null : n;
  }
  let mode = base;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)((?:[+\-=][rwxXstugo]*)+)$/.exec(clause);
    if (!m) return null;
    const who = m[1] === '' || m[1]!.includes('a') ? 'ugo' : m[1]!;
    let mask = 0;
    if (who.includes('u')) mask |= 0o4700;
    if (who.includes('g')) mask |= 0o2070;
    if (who.includes('o')) mask |= 0o1007;
    for (const [, op, perms] of m[2]!.matchAll(/([+\-=])([rwxXstugo]*)/g)) {
      let bits = 0;
      for (const p of perms!) {
        if (p === 'r') bits |= 0o444;
        else if (p === 'w') bits |= 0o222;
        else if (p === 'x') bits |= 0o111;
        else if (p === 'X') bits |= isDir || mode & 0o111 ? 0o111 : 0;
        else if (p === 's') bits |= 0o6000;
        else if (p === 't') bits |= 0o1000;
        else {
          // copy another class's bits (g=u)
          const src = p === 'u' ? (mode >> 6) & 7 : p === 'g' ? (mode >> 3) & 7 : mode & 7;
          bits |= src * 0o111;
        }
      }
      bits &= mask;
      if (op === '+') mode |= bits;
      else if (op === '-') mode &= ~bits;
      else mode = (mode & ~mask) | bits;
    }
  }
  return mode & 0o7777;
}
