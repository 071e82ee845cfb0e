import type { Word } from 'unbash';
import { evaluateArithmetic } from './arith.ts';
import { expandWordFields, expandWordString, reparse } from './expand.ts';
import type { Shell } from './shell.ts';
import { arithEnv, arithmeticExpansion } from './substitute.ts';
import type { Var } from './vars.ts';

/** One element of `name=( ... )`: `[key]=value` (key still unevaluated) or a plain word's field. */
export interface LiteralItem {
  key?: string;
  value: string;
  /** Source text of a keyed element, for bash's `[-9]=x: bad array subscript`. */
  text?: string;
  append?: boolean;
}

// `[subscript]=value` / `[subscript]+=value`; quotes inside the subscript may hide a `]`.
const KEYED = /^\[((?:[^\]\\'"]|\\.|'[^']*'|"(?:[^"\\]|\\.)*")*)\](\+?)=/s;

/** Expands a literal's elements: keyed ones like assignments (no splitting), others into fields. */
export async function expandArrayLiteral(sh: Shell, elements: readonly Word[]): Promise<LiteralItem[]> {
  const items: LiteralItem[] = [];
  for (const el of elements) {
    const m = KEYED.exec(el.text);
    if (m) {
      const valueText = el.text.slice(m[0].length);
      const key = await expandWordString(sh, reparse(escapeBlanks(m[1]!)));
      const value = valueText === '' ? '' : await expandWordString(sh, reparse(valueText));
      items.push({ key, value, append: m[2] === '+', text: el.text });
    } else {
      for (const value of await expandWordFields(sh, el)) items.push({ value });
    }
  }
  return items;
}

/** A subscript keeps its blanks (`[a b]=c`): escape the unquoted ones before re-reading it as a word. */
function escapeBlanks(text: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') {
        out += c + (text[++i] ?? '');
        continue;
      }
    } else if (c === '\\') {
      out += c + (text[++i] ?? '');
      continue;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === ' ' || c === '\t') {
      out += `\\${c}`;
      continue;
    }
    out += c;
  }
  return out;
}

/** Source text for the same items, every part quoted, for declaration builtins to re-read. */
export function literalText(items: LiteralItem[]): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `(${items.map((it) => (it.key === undefined ? q(it.value) : `[${q(it.key)}]${it.append ? '+' : ''}=${q(it.value)}`)).join(' ')})`;
}

async function intValue(sh: Shell, v: Var, value: string): Promise<string> {
  return v.integer ? String(await evaluateArithmetic(value, arithEnv(sh))) : value;
}

/** Stores a literal into `v` (already indexed or associative), as `v=(...)` or `v+=(...)`. */
export async function storeArrayLiteral(sh: Shell, v: Var, items: LiteralItem[], append: boolean): Promise<void> {
  if (v.kind === 'assoc') {
    const m = append ? (v.value as Map<string, string>) : new Map<string, string>();
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.key !== undefined) {
        const val = await intValue(sh, v, it.value);
        m.set(it.key, it.append ? (m.get(it.key) ?? '') + val : val);
      } else {
        // bash 5.1+: unkeyed words of an associative literal are key value pairs.
        const val = await intValue(sh, v, items[i + 1]?.value ?? '');
        m.set(it.value, val);
        i++;
      }
    }
    v.value = m;
    v.unsetValue = false;
    return;
  }
  const m = append && v.kind === 'indexed' ? (v.value as Map<number, string>) : new Map<number, string>();
  if (append && v.kind === 'scalar' && !v.unsetValue) m.set(0, v.value as string);
  let next = m.size === 0 ? 0 : Math.max(...m.keys()) + 1;
  for (const it of items) {
    let idx = next;
    if (it.key !== undefined) {
      idx = Number(await arithmeticExpansion(sh, it.key));
      if (idx < 0) idx += m.size === 0 ? 0 : Math.max(...m.keys()) + 1;
      if (idx < 0) {
        await sh.diag(`${it.text}: bad array subscript`);
        continue;
      }
    }
    const val = await intValue(sh, v, it.value);
    m.set(idx, it.append ? (m.get(idx) ?? '') + val : val);
    next = idx + 1;
  }
  v.kind = 'indexed';
  v.value = m;
  v.unsetValue = false;
}
