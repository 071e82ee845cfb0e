import type { Fields } from './schema.ts';
import type { Check, CheckContext, CheckResult, Lang } from './types.ts';

/** A predicate over the lab state: typed arguments (its `fields`) in, a goal and a verdict out. */
export interface LeafPredicate<A> {
  kind: 'leaf';
  fields: Fields;
  /** One line for docs/checkers.md. */
  doc: string;
  /** Checks beyond the field types (combinations), at compile time; throws CheckSyntaxError. */
  validate?(args: A, path: string): void;
  evaluate(args: A, ctx: CheckContext): Promise<CheckResult>;
}

/** all / any / not: built from compiled children. */
export interface CombinatorPredicate {
  kind: 'combinator';
  doc: string;
  compile(raw: unknown, path: string, compileItem: (raw: unknown, path: string) => Check): Check;
}

export type Predicate = LeafPredicate<never> | CombinatorPredicate;

/** Declares a leaf predicate; the table in registry.ts erases its argument type. */
export function leaf<A>(p: Omit<LeafPredicate<A>, 'kind'>): LeafPredicate<never> {
  return { kind: 'leaf', ...p } as unknown as LeafPredicate<never>;
}

/** A predicate's sentences in both languages. */
export type Texts<T> = Record<Lang, T>;

export const result = (ok: boolean, label: string, detail?: string): CheckResult => (ok || detail === undefined ? { ok, label } : { ok, label, detail });
