import { compileRegex, type Matcher } from '../regex/posix-regex.ts';

/**
 * tac -r compiles with re_compile_pattern and the default (Emacs) syntax: `+ ? *` are operators,
 * `\|` alternates, `( ) | { }` are literal. Rewritten as an ERE for the shared engine.
 * Groups `\(…\)` never match in real tac (its register handling), so they yield null.
 */
export function compileEmacs(src: string): Matcher | null {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j++;
      out += src.slice(i, j + 1);
      i = j;
    } else if (c === '\\') {
      const n = src[i + 1];
      if (n === '(' || n === ')') return null;
      if (n === '|') out += '|';
      else if (n === undefined) out += '\\\\';
      else out += `\\${n}`;
      i++;
    } else if ('(){}|'.includes(c)) out += `\\${c}`;
    else out += c;
  }
  return compileRegex(out, { extended: true, dialect: 'grep', icase: false }).regex;
}

/** Separator matches found the way tac searches: backwards, each start taking its longest match. */
export function backwardMatches(data: string, re: Matcher): [number, number][] {
  const cuts: [number, number][] = [];
  let subject = data;
  for (let pos = subject.length - 1; pos >= 0; pos--) {
    const m = re.exec(subject, pos);
    if (!m || m.start !== pos || m.end === m.start) continue;
    cuts.push([m.start, m.end]);
    subject = subject.slice(0, m.start);
  }
  return cuts.reverse();
}
