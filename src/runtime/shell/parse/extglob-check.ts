import type { Script } from 'unbash';

/**
 * The parser always reads extended globs, but bash only does when `extglob` is on while the line
 * is parsed: `shopt -s extglob; echo !(x)` is a syntax error at `(`. Patterns after `==`/`!=` in
 * [[ ]] are the exception (bash enables extglob there). Returns the offset of the first extended
 * glob bash would reject, or -1. bash parses a line at a time, so a `shopt -s extglob` on an
 * earlier line may have turned it on in time; then the pattern is left to the run.
 */
export function rejectedExtglob(text: string, script: Script): number {
  if (!/[?*+@!]\(/.test(text)) return -1;
  let found = -1;
  const walk = (node: unknown, inTest: boolean): void => {
    if (found >= 0 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) walk(n, inTest);
      return;
    }
    const o = node as { type?: string; pos?: number };
    if (o.type === 'ExtendedGlob' && !inTest && !enabledBefore(text, o.pos ?? 0)) {
      found = o.pos ?? 0;
      return;
    }
    const test = inTest || o.type === 'TestCommand';
    for (const v of Object.values(o)) walk(v, test);
  };
  // The AST materialises word parts lazily; its JSON form has them all.
  walk(JSON.parse(JSON.stringify(script)), false);
  return found;
}

function enabledBefore(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return /shopt\b[^\n]*\bextglob\b/.test(text.slice(0, lineStart));
}
