/**
 * Brace expansion on the source text of a word, before any other expansion, as bash does:
 * `a{b,c}d`, `{1..5}`, `{a..e..2}`, nested braces; quotes and `${...}` are left alone.
 */
export function expandBraces(text: string): string[] {
  const found = findBrace(text);
  if (!found) return [text];
  const [open, close, commas] = found;
  const pre = text.slice(0, open);
  const post = text.slice(close + 1);
  const inner = text.slice(open + 1, close);
  let alts: string[] | null;
  if (commas.length > 0) {
    alts = [];
    let last = open + 1;
    for (const c of commas) {
      alts.push(text.slice(last, c));
      last = c + 1;
    }
    alts.push(text.slice(last, close));
  } else {
    alts = sequence(inner);
  }
  if (!alts) {
    // Not a valid brace expression: keep the `{` literally and look further on.
    const rest = expandBraces(text.slice(open + 1));
    return rest.map((r) => text.slice(0, open + 1) + r);
  }
  const out: string[] = [];
  for (const a of alts) for (const r of expandBraces(pre + a + post)) out.push(r);
  return out;
}

function findBrace(text: string): [number, number, number[]] | null {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === "'") {
      i = text.indexOf("'", i + 1);
      if (i < 0) return null;
      continue;
    }
    if (c === '"') {
      i = skipDouble(text, i);
      continue;
    }
    if (c === '$' && text[i + 1] === '{') {
      i = matchClose(text, i + 1);
      if (i < 0) return null;
      continue;
    }
    if (c === '{') {
      const m = scan(text, i);
      if (m) return m;
    }
  }
  return null;
}

function skipDouble(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j;
  }
  return text.length;
}

function matchClose(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return j;
  }
  return -1;
}

function scan(text: string, open: number): [number, number, number[]] | null {
  let depth = 0;
  const commas: number[] = [];
  for (let j = open; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === "'") {
      j = text.indexOf("'", j + 1);
      if (j < 0) return null;
      continue;
    }
    if (c === '"') {
      j = skipDouble(text, j);
      continue;
    }
    if (c === '$' && text[j + 1] === '{') {
      const e = matchClose(text, j + 1);
      if (e < 0) return null;
      j = e;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        if (commas.length > 0 || /^(-?\d+\.\.-?\d+(\.\.-?\d+)?|[a-zA-Z]\.\.[a-zA-Z](\.\.-?\d+)?)$/.test(text.slice(open + 1, j))) {
          return [open, j, commas];
        }
        return null;
      }
    } else if (c === ',' && depth === 1) commas.push(j);
  }
  return null;
}

function sequence(inner: string): string[] | null {
  const num = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(inner);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[2]);
    let step = Math.abs(Number(num[3] ?? 1)) || 1;
    const width = [num[1]!, num[2]!].some((s) => /^-?0\d/.test(s)) ? Math.max(num[1]!.length, num[2]!.length) : 0;
    const out: string[] = [];
    if (a <= b) for (let i = a; i <= b; i += step) out.push(pad(i, width));
    else for (let i = a; i >= b; i -= step) out.push(pad(i, width));
    return out;
  }
  const ch = /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/.exec(inner);
  if (ch) {
    const a = ch[1]!.charCodeAt(0);
    const b = ch[2]!.charCodeAt(0);
    const step = Math.abs(Number(ch[3] ?? 1)) || 1;
    const out: string[] = [];
    if (a <= b) for (let i = a; i <= b; i += step) out.push(charWord(i));
    else for (let i = a; i >= b; i -= step) out.push(charWord(i));
    return out;
  }
  return null;
}

/** Characters between Z and a (`{A..z}`) come out literally; bash turns the backslash into an empty word. */
function charWord(code: number): string {
  const c = String.fromCharCode(code);
  if (/[A-Za-z]/.test(c)) return c;
  return c === '\\' ? "''" : `\\${c}`;
}

function pad(n: number, width: number): string {
  if (!width) return String(n);
  const s = String(Math.abs(n)).padStart(n < 0 ? width - 1 : width, '0');
  return n < 0 ? `-${s}` : s;
}
