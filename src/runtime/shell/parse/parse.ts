import { type HereDoc, type Script, parse } from 'unbash';

export interface ParseResult {
  script: Script;
  /** bash's diagnostic without the `bash: -c: line N: ` prefix, or null. */
  error: string | null;
  /** Line number bash would report the error on. */
  errorLine: number;
  /** The second line bash prints for token errors: the offending source line. */
  errorContext: string | null;
  /** The input ends inside a construct: a terminal would read another line. */
  incomplete: boolean;
  /** A here-document was still open at end of input. */
  openHereDoc: string | null;
  /** Every here-document still open at end of input, in order (bash warns about each). */
  openHereDocs: string[];
  /** The error in dialect-neutral terms, for dash/ash wording. */
  errorKind?: 'token' | 'eof' | 'match';
  errorDetail?: string;
}

const MATCHING: Record<string, string> = {
  'unterminated double quote': '"',
  'unterminated single quote': "'",
  'unterminated backtick': '`',
  'unterminated parameter expansion': '}',
  'unterminated command substitution': ')',
  'unterminated arithmetic command': ')',
  'unterminated arithmetic expansion': ')',
  'unterminated extended glob': ')',
};

const cache = new Map<string, ParseResult>();

/** Parses shell source and translates unbash's errors into bash's texts. */
export function parseScript(source: string): ParseResult {
  const hit = cache.get(source);
  if (hit) return hit;
  const script = parse(source);
  const result = classify(source, script);
  if (cache.size > 500) cache.clear();
  cache.set(source, result);
  return result;
}

function lineAt(source: string, pos: number): number {
  let n = 1;
  for (let i = 0; i < pos && i < source.length; i++) if (source[i] === '\n') n++;
  return n;
}

function classify(source: string, script: Script & { errors?: readonly { message: string; pos: number }[] }): ParseResult {
  const base: ParseResult = { script, error: null, errorLine: 0, errorContext: null, incomplete: false, openHereDoc: null, openHereDocs: findOpenHereDocs(script) };
  base.openHereDoc = base.openHereDocs[0] ?? null;
  const errors = script.errors ?? [];
  const lines = source.split('\n').length;
  if (errors.length === 0) {
    if (base.openHereDoc) return { ...base, incomplete: true };
    return base;
  }
  const e = errors[0]!;
  // `for`/`case`/`select` with nothing after them: bash wanted a name and found the line end.
  if (/(?:^|[;&|({\n]|\b(?:do|then|else)\s)\s*(?:for|case|select)[ \t]*$/.test(source)) {
    const line = lineAt(source, source.length);
    const text = source.split('\n')[line - 1] ?? '';
    return { ...base, error: "syntax error near unexpected token `newline'", errorLine: line, errorContext: `\`${text}'`, errorKind: 'token', errorDetail: 'newline' };
  }
  const tok = /^unexpected token '(.*)'$/.exec(e.message);
  if (tok) {
    const line = lineAt(source, e.pos);
    const text = source.split('\n')[line - 1] ?? '';
    return { ...base, error: `syntax error near unexpected token \`${tok[1]}'`, errorLine: line, errorContext: `\`${text}'`, errorKind: 'token', errorDetail: tok[1] };
  }
  const missing = /^expected (redirect target|command after '.*'|command in subshell|word after '(?:for|case|select)')$/.exec(e.message);
  if (missing) {
    // bash names the token it found instead: `;`, `|`, `then`... or `newline` after a bare `>`.
    const from = missing[1] === 'command in subshell' ? source.indexOf('(', e.pos) + 1 : e.pos;
    const next = nextToken(source, from);
    if (next !== null || missing[1] === 'redirect target') {
      const at = next?.pos ?? source.length;
      const line = lineAt(source, at);
      const text = source.split('\n')[line - 1] ?? '';
      const token = next?.text ?? 'newline';
      return { ...base, error: `syntax error near unexpected token \`${token}'`, errorLine: line, errorContext: `\`${text}'`, errorKind: 'token', errorDetail: token };
    }
  }
  const match = MATCHING[e.message];
  const atEnd = source.slice(e.pos).trim() === '' || match !== undefined;
  if (match !== undefined) {
    // bash blames the line where a quote opened, the last line of an unfinished (( )) or
    // array, and the line after the last one for an unfinished $( ).
    const contentLine = lineAt(source, source.trimEnd().length);
    const eofLine = match !== ')' ? lineAt(source, e.pos) : e.message === 'unterminated command substitution' ? contentLine + 1 : contentLine;
    return { ...base, incomplete: true, error: `unexpected EOF while looking for matching \`${match}'`, errorLine: eofLine, errorKind: 'match', errorDetail: match };
  }
  if (atEnd || /^expected /.test(e.message)) {
    const expecting = errors.map((x) => /^expected '([^']+)' to close/.exec(x.message)?.[1]).find((x) => x !== undefined) ?? '';
    return { ...base, incomplete: true, error: 'syntax error: unexpected end of file', errorLine: lines + 1, errorKind: 'eof', errorDetail: expecting };
  }
  return { ...base, error: `syntax error: ${e.message}`, errorLine: lineAt(source, e.pos) };
}

/** The shell token at `pos` (after blanks), `newline` for a line end; null at the end of input. */
function nextToken(source: string, pos: number): { text: string; pos: number } | null {
  let i = pos;
  while (i < source.length && (source[i] === ' ' || source[i] === '\t')) i++;
  if (i >= source.length) return null;
  const rest = source.slice(i);
  const op = /^(?:;;&|;;|;&|\|\||&&|\|&|>>|<<|[;&|()<>\n])/.exec(rest);
  if (op) return { text: op[0] === '\n' ? 'newline' : op[0], pos: i };
  return { text: /^[^\s;&|()<>]+/.exec(rest)![0], pos: i };
}

function findOpenHereDocs(script: Script): string[] {
  const open: string[] = [];
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const o = n as Record<string, unknown>;
    if (o.type === 'HereDoc') {
      const h = o as unknown as HereDoc;
      if (!h.closing) open.push(h.delimiter?.value ?? '');
      return;
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'parent' && typeof v === 'object') visit(v);
  };
  visit(script.commands);
  return open;
}
