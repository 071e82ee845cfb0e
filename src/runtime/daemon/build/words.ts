/**
 * The Dockerfile shell lexer (BuildKit's shell.Lex as the 20.10 builder vendors it): quotes,
 * the escape character and `$VAR`, `${VAR}`, `${VAR:-x}`, `${VAR:+x}` (and the forms without
 * the colon). Applied by ENV, ARG, LABEL, COPY, ADD, WORKDIR, EXPOSE, VOLUME, USER, STOPSIGNAL
 * and FROM; never by RUN, CMD or ENTRYPOINT (the shell in the container expands those).
 */
export type Lookup = (name: string) => string | undefined;

export class WordError extends Error {}

/** One word: quotes removed, variables expanded. */
export function processWord(word: string, env: Lookup, escape = '\\'): string {
  return processWords(word, env, escape, false).join('');
}

/** Whitespace-separated words after expansion (EXPOSE, VOLUME, FROM): quoted spaces stay inside. */
export function splitProcessed(text: string, env: Lookup, escape = '\\'): string[] {
  return processWords(text, env, escape, true);
}

function processWords(text: string, env: Lookup, escape: string, split: boolean): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let i = 0;
  const expand = (): string => {
    const r = expandAt(text, i, env, escape);
    i = r.end;
    return r.value;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (split && /\s/.test(ch)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (ch === escape) {
      cur += text[i + 1] ?? '';
      i += 2;
    } else if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new WordError('unexpected end of statement while looking for matching single-quote');
      cur += text.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new WordError('unexpected end of statement while looking for matching double-quote');
        const c = text[i]!;
        if (c === '"') break;
        if (c === escape && i + 1 < text.length && (text[i + 1] === '"' || text[i + 1] === '$' || text[i + 1] === escape)) {
          cur += text[i + 1];
          i += 2;
        } else if (c === '$') cur += expand();
        else {
          cur += c;
          i++;
        }
      }
      i++;
    } else if (ch === '$') cur += expand();
    else {
      cur += ch;
      i++;
    }
  }
  if (inWord || !split) out.push(cur);
  return out;
}

/** `$…` at `start`: the value and where the reference ends. */
function expandAt(text: string, start: number, env: Lookup, escape: string): { value: string; end: number } {
  let i = start + 1;
  const c = text[i];
  if (c === '{') {
    i++;
    const m = /^[A-Za-z0-9_]+/.exec(text.slice(i));
    if (!m) throw new WordError(`failed to process "${text}": missing ':' in substitution`);
    const name = m[0];
    i += name.length;
    if (text[i] === '}') return { value: env(name) ?? '', end: i + 1 };
    const colon = text[i] === ':';
    if (colon) i++;
    const op = text[i];
    if (op !== '-' && op !== '+') throw new WordError(`failed to process "${text}": unsupported modifier (${op}) in substitution`);
    i++;
    let depth = 1;
    let j = i;
    for (; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) break;
    }
    if (j >= text.length) throw new WordError(`failed to process "${text}": syntax error: missing '}'`);
    const word = processWord(text.slice(i, j), env, escape);
    const v = env(name);
    const set = v !== undefined && (!colon || v !== '');
    return { value: op === '-' ? (set ? v! : word) : set ? word : '', end: j + 1 };
  }
  const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9]/.exec(text.slice(i));
  if (!m) return { value: '$', end: i };
  return { value: env(m[0]) ?? '', end: i + m[0].length };
}

/** Splits on unquoted whitespace keeping quotes and escapes (the parser's parseWords, for name=value lists). */
export function rawWords(text: string, escape = '\\'): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!quote && /\s/.test(ch)) {
      if (cur) out.push(cur);
      cur = '';
      continue;
    }
    if (ch === escape && quote !== "'" && i + 1 < text.length) {
      cur += ch + text[++i];
      continue;
    }
    if (quote && ch === quote) quote = '';
    else if (!quote && (ch === '"' || ch === "'")) quote = ch;
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}
