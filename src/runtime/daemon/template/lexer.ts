import { parseError } from './errors.ts';

export type TokKind =
  | 'text' | 'left' | 'right' | 'space' | 'field' | 'variable' | 'identifier' | 'dot' | 'string'
  | 'rawstring' | 'number' | 'bool' | 'nil' | 'pipe' | 'lparen' | 'rparen' | 'declare' | 'assign'
  | 'char' | 'comma' | 'keyword' | 'punct' | 'eof';

export interface Token { kind: TokKind; val: string; pos: number; line: number }

const KEYWORDS = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue']);

/** Tokenizes a template; trim markers are applied to the surrounding text here, as Go's lexer does. */
export function lex(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const lineAt = (p: number) => src.slice(0, p).split('\n').length;
  while (i < src.length) {
    let j = src.indexOf('{{', i);
    if (j < 0) j = src.length;
    let text = src.slice(i, j);
    const trimLeft = src.startsWith('{{- ', j) || src.startsWith('{{-\t', j) || src.startsWith('{{-\n', j) || src.startsWith('{{-\r', j);
    if (trimLeft) text = text.replace(/[ \t\r\n]+$/, '');
    if (text) out.push({ kind: 'text', val: text, pos: i, line: lineAt(i) });
    if (j >= src.length) break;
    i = lexAction(src, j, trimLeft, out, lineAt);
  }
  out.push({ kind: 'eof', val: '', pos: src.length, line: lineAt(src.length) });
  return out;
}

function isSpace(c: string): boolean { return c === ' ' || c === '\t' || c === '\r' || c === '\n'; }
function isAlnum(c: string): boolean { return /[A-Za-z0-9_]/.test(c) || c > '\x7f'; }

function lexAction(src: string, start: number, trimLeft: boolean, out: Token[], lineAt: (p: number) => number): number {
  let i = start + 2 + (trimLeft ? 2 : 0);
  const push = (kind: TokKind, val: string, pos: number) => out.push({ kind, val, pos, line: lineAt(pos) });
  const atRight = (p: number): [boolean, number, boolean] => {
    if (src.startsWith('}}', p)) return [true, p + 2, false];
    if (isSpace(src[p] ?? '') && src.startsWith('-}}', p + 1)) return [true, p + 4, true];
    return [false, p, false];
  };
  const finish = (end: number, trim: boolean): number => {
    if (!trim) return end;
    let k = end;
    while (k < src.length && isSpace(src[k]!)) k++;
    return k;
  };
  if (src.startsWith('/*', i)) {
    const e = src.indexOf('*/', i + 2);
    if (e < 0) throw parseError(lineAt(start), 'unclosed comment');
    const [ok, end, trim] = atRight(e + 2);
    if (!ok) throw parseError(lineAt(start), 'comment ends before closing delimiter');
    return finish(end, trim);
  }
  push('left', '{{', start);
  let paren = 0;
  for (;;) {
    const [ok, end, trim] = atRight(i);
    if (ok && paren === 0) { push('right', '}}', i); return finish(end, trim); }
    if (i >= src.length) throw parseError(lineAt(src.length), 'unclosed action');
    const c = src[i]!;
    const s = i;
    if (isSpace(c)) {
      while (i < src.length && isSpace(src[i]!) && !atRight(i)[0]) i++;
      if (src.slice(s, i).includes('\n')) throw parseError(lineAt(s), 'unclosed action');
      push('space', src.slice(s, i), s);
      if (i === s) i++;
      continue;
    }
    if (ok) { throw parseError(lineAt(i), 'unclosed left paren'); }
    if (c === '|') { push('pipe', '|', i); i++; continue; }
    if (c === '(') { paren++; push('lparen', '(', i); i++; continue; }
    if (c === ')') {
      // A stray ")" is left for the parser to report ("unexpected \")\" in command").
      if (paren > 0) paren--;
      push('rparen', ')', i); i++; continue;
    }
    if (c === ',') { push('comma', ',', i); i++; continue; }
    if (c === ':') {
      if (src[i + 1] !== '=') throw parseError(lineAt(i), 'expected :=');
      push('declare', ':=', i); i += 2; continue;
    }
    if (c === '=') { push('assign', '=', i); i++; continue; }
    if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\') i++;
        if (src[i] === '\n' || i >= src.length) throw parseError(lineAt(s), 'unterminated quoted string');
        i++;
      }
      if (i >= src.length) throw parseError(lineAt(s), 'unterminated quoted string');
      i++; push('string', src.slice(s, i), s); continue;
    }
    if (c === '`') {
      const e = src.indexOf('`', i + 1);
      if (e < 0) throw parseError(lineAt(s), 'unterminated raw quoted string');
      i = e + 1; push('rawstring', src.slice(s, i), s); continue;
    }
    if (c === "'") {
      i++;
      while (i < src.length && src[i] !== "'") { if (src[i] === '\\') i++; i++; }
      if (i >= src.length) throw parseError(lineAt(s), 'unterminated character constant');
      i++; push('char', src.slice(s, i), s); continue;
    }
    if (c === '$') {
      i++; while (i < src.length && isAlnum(src[i]!)) i++;
      checkTerminator(src, i, lineAt);
      push('variable', src.slice(s, i), s); continue;
    }
    if (c === '.') {
      if (/[0-9]/.test(src[i + 1] ?? '')) { i = lexNumber(src, i); push('number', src.slice(s, i), s); continue; }
      i++;
      if (i < src.length && isAlnum(src[i]!)) {
        while (i < src.length && isAlnum(src[i]!)) i++;
        checkTerminator(src, i, lineAt);
        push('field', src.slice(s, i), s);
      } else push('dot', '.', s);
      continue;
    }
    if (c === '+' || c === '-' || /[0-9]/.test(c)) {
      i = lexNumber(src, i);
      if (!/[0-9]/.test(src.slice(s, i))) throw parseError(lineAt(s), `illegal number syntax: ${JSON.stringify(src.slice(s, i))}`);
      push('number', src.slice(s, i), s); continue;
    }
    if (isAlnum(c)) {
      while (i < src.length && isAlnum(src[i]!)) i++;
      checkTerminator(src, i, lineAt);
      const w = src.slice(s, i);
      if (KEYWORDS.has(w)) push('keyword', w, s);
      else if (w === 'true' || w === 'false') push('bool', w, s);
      else if (w === 'nil') push('nil', w, s);
      else push('identifier', w, s);
      continue;
    }
    if (c >= ' ' && c <= '~') { push('punct', c, i); i++; continue; }
    throw parseError(lineAt(i), badChar(c));
  }
}

function lexNumber(src: string, i: number): number {
  let k = i;
  while (k < src.length && /[0-9A-Za-z_.+\-]/.test(src[k]!)) {
    if ((src[k] === '+' || src[k] === '-') && k > i && !/[eEpP]/.test(src[k - 1]!)) break;
    k++;
  }
  return k;
}

function badChar(c: string): string {
  return `bad character U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${c}'`;
}

/** Go's lexer insists that words end at a space, punctuation it knows, or the closing delimiter. */
function checkTerminator(src: string, i: number, lineAt: (p: number) => number): void {
  const c = src[i];
  if (c === undefined || isSpace(c) || '.,|:()'.includes(c) || src.startsWith('}}', i)) return;
  throw parseError(lineAt(i), badChar(c));
}
