import { CheckSyntaxError } from './errors.ts';
import { placeholdersIn, substitute } from './params.ts';
import type { LeafPredicate } from './predicate.ts';
import { allOf } from './predicates/all.ts';
import { PREDICATES, predicateNames } from './registry.ts';
import { coerceArgs } from './schema.ts';
import type { Check, CheckContext, CheckResult } from './types.ts';

const INVALID: Record<CheckContext['lang'], string> = { en: 'invalid check', 'zh-CN': '检查项有误' };

/** Compiles a lesson's `check:` value (a list = all must pass); `where` prefixes error paths ("check"). */
export function compileChecks(items: unknown, where: string): Check {
  if (Array.isArray(items)) {
    // An empty list would pass at once: an exercise without a goal is a lesson bug.
    if (items.length === 0) throw new CheckSyntaxError('expected at least one check item', where);
    return allOf(items.map((x, i) => compileItem(x, `${where}[${i}]`)));
  }
  return compileItem(items, where);
}

/** One item: a map with exactly one key, the predicate's name. */
export function compileItem(raw: unknown, path: string): Check {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CheckSyntaxError(`expected a map with one predicate (${predicateNames().join(', ')})`, path);
  }
  const keys = Object.keys(raw);
  if (keys.length !== 1) {
    throw new CheckSyntaxError(keys.length === 0 ? 'empty check item' : `one predicate per item, got ${keys.join(', ')}`, path);
  }
  const name = keys[0]!;
  const p = Object.hasOwn(PREDICATES, name) ? PREDICATES[name as keyof typeof PREDICATES] : undefined;
  if (!p) throw new CheckSyntaxError(`unknown predicate "${name}" (predicates: ${predicateNames().join(', ')})`, `${path}.${name}`);
  const value = (raw as Record<string, unknown>)[name];
  if (p.kind === 'combinator') return p.compile(value, `${path}.${name}`, compileItem);
  return compileLeaf(p, value, `${path}.${name}`);
}

function compileLeaf(p: LeafPredicate<never>, value: unknown, path: string): Check {
  const args = coerceArgs(value, p.fields, path, false);
  p.validate?.(args as never, path);
  if (placeholdersIn(value).size === 0) return { evaluate: (ctx) => p.evaluate(args as never, ctx) };
  // Parameters differ per student: type the substituted values when they are known.
  return {
    async evaluate(ctx: CheckContext): Promise<CheckResult> {
      let late: Record<string, unknown>;
      try {
        late = coerceArgs(substitute(value, ctx.params, path), p.fields, path, true);
        p.validate?.(late as never, path);
      } catch (e) {
        if (e instanceof CheckSyntaxError) return { ok: false, label: INVALID[ctx.lang], detail: e.message };
        throw e;
      }
      return p.evaluate(late as never, ctx);
    },
  };
}
