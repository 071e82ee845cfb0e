/** gnulib filevercmp (2022), which `ls -v` uses: natural ordering of names with numbers. */
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isAlpha = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** Length of S without its suffix matching (\.[A-Za-z~][A-Za-z0-9~]*)*$ (never all of S). */
function prefixLen(s: string): number {
  const n = s.length;
  let prefix = 0;
  let i = 0;
  while (i < n) {
    i++;
    prefix = i;
    while (i + 1 < n && s[i] === '.' && (isAlpha(s[i + 1]) || s[i + 1] === '~')) {
      for (i += 2; i < n && (isAlpha(s[i]) || isDigit(s[i]) || s[i] === '~'); i++);
    }
  }
  return prefix;
}

function order(s: string, pos: number, len: number): number {
  if (pos === len) return -1;
  const c = s[pos]!;
  if (isDigit(c)) return 0;
  if (isAlpha(c)) return c.charCodeAt(0);
  if (c === '~') return -2;
  return c.charCodeAt(0) + 256;
}

function verrevcmp(a: string, alen: number, b: string, blen: number): number {
  let i = 0;
  let j = 0;
  while (i < alen || j < blen) {
    let firstDiff = 0;
    while ((i < alen && !isDigit(a[i])) || (j < blen && !isDigit(b[j]))) {
      const ac = order(a, i, alen);
      const bc = order(b, j, blen);
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (i < alen && a[i] === '0') i++;
    while (j < blen && b[j] === '0') j++;
    while (i < alen && j < blen && isDigit(a[i]) && isDigit(b[j])) {
      if (!firstDiff) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (i < alen && isDigit(a[i])) return 1;
    if (j < blen && isDigit(b[j])) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

export function filevercmp(a: string, b: string): number {
  if (a === '') return b === '' ? 0 : -1;
  if (b === '') return 1;
  if (a[0] === '.') {
    if (b[0] !== '.') return -1;
    if (a === '.') return b === '.' ? 0 : -1;
    if (b === '.') return 1;
    if (a === '..') return b === '..' ? 0 : -1;
    if (b === '..') return 1;
  } else if (b[0] === '.') return 1;
  const ap = prefixLen(a);
  const bp = prefixLen(b);
  const onePass = ap === a.length && bp === b.length;
  const r = verrevcmp(a, ap, b, bp);
  return r || onePass ? r : verrevcmp(a, a.length, b, b.length);
}
