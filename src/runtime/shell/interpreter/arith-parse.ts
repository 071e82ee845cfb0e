import { type ArithmeticExpression, parse } from 'unbash';
import { ArithError } from './arith.ts';

const cache = new Map<string, ArithmeticExpression | null>();

/**
 * Parses arithmetic text with unbash by wrapping it in `((...))`. Positions in the result are
 * rebased onto `text` so error tokens quote the right slice.
 */
export function parseArithmetic(text: string): ArithmeticExpression | null {
  if (cache.has(text)) return cache.get(text)!;
  if (text.trim() === '') return null;
  const script = parse(`((${text}))`);
  const cmd = script.commands[0]?.command;
  if (script.errors?.length || !cmd || cmd.type !== 'ArithmeticCommand' || !cmd.expression || script.commands.length !== 1) {
    throw new ArithError(text.trim(), 'syntax error: operand expected', errorToken(text));
  }
  const expr = rebase(cmd.expression, 2);
  if (cache.size > 1000) cache.clear();
  cache.set(text, expr);
  return expr;
}

function errorToken(text: string): string {
  const t = text.trim();
  const m = /[^\w\s$()]+.*$/.exec(t);
  return m ? m[0] : t;
}

function rebase(e: ArithmeticExpression, by: number): ArithmeticExpression {
  const walk = (n: unknown): unknown => {
    if (!n || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(walk);
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(n as Record<string, unknown>)) {
      o[k] = (k === 'pos' || k === 'end') && typeof v === 'number' ? v - by : k === 'script' ? v : walk(v);
    }
    return o;
  };
  return walk(e) as ArithmeticExpression;
}
