/** One input line of join and its fields. */
export interface JoinLine {
  text: string;
  fields: string[];
}

const blank = (c: string) => c === ' ' || c === '\t' || c === '\n';

/** join's xfields: split on `tab` exactly, or on runs of blanks ignoring leading ones. */
export function splitFields(text: string, tab: string | null): string[] {
  if (text === '') return [];
  if (tab !== null) return text.split(tab);
  const out: string[] = [];
  let p = 0;
  while (blank(text[p]!)) if (++p === text.length) return out;
  for (;;) {
    let sep = p + 1;
    while (sep < text.length && !blank(text[sep]!)) sep++;
    out.push(text.slice(p, sep));
    if (sep === text.length) return out;
    for (p = sep + 1; p < text.length && blank(text[p]!); p++);
    if (p === text.length) break;
  }
  out.push('');
  return out;
}

const upper = (s: string) => s.replace(/[a-z]/g, (c) => c.toUpperCase());

/** keycmp: empty keys sort first; bytes compared, optionally case-folded. */
export function keycmp(a: JoinLine, b: JoinLine, f1: number, f2: number, ignoreCase: boolean): number {
  let x = a.fields[f1] ?? '';
  let y = b.fields[f2] ?? '';
  if (x === '') return y === '' ? 0 : -1;
  if (y === '') return 1;
  if (ignoreCase) {
    x = upper(x);
    y = upper(y);
  }
  return x < y ? -1 : x > y ? 1 : 0;
}

/** One -o list: `0` or FILE.FIELD items separated by commas or blanks. */
export function parseOutList(spec: string): { file: number; field: number }[] | string {
  const out: { file: number; field: number }[] = [];
  for (const item of spec.split(/[, \t]+/)) {
    if (item === '') continue;
    if (item === '0') {
      out.push({ file: 0, field: 0 });
      continue;
    }
    const m = /^([12])\.(.*)$/.exec(item);
    if (!m) return `invalid file number in field spec: '${item}'`;
    const n = /^\+?\d+$/.test(m[2]!) ? Number(m[2]) : NaN;
    if (!(n >= 1)) return `invalid field number: '${m[2]}'`;
    out.push({ file: Number(m[1]), field: n - 1 });
  }
  return out;
}
