import type { ParamSpec } from './types.ts';

/**
 * Per-student parameters (a port, a container name) drawn from the student's seed. The generator
 * is our own (FNV-1a to mix the seed with the exercise, then mulberry32) so a saved seed gives the
 * same values on every machine and every version of Node.
 */
export function drawParams(specs: Record<string, ParamSpec>, seed: number, lessonId: string, exerciseId: string): Record<string, string> {
  const next = mulberry32(fnv1a(`${seed}/${lessonId}/${exerciseId}`));
  const out: Record<string, string> = {};
  // Sorted names: adding a parameter later does not change the values of the others' order-wise draws.
  for (const name of Object.keys(specs).sort()) {
    const spec = specs[name]!;
    out[name] =
      spec.kind === 'int'
        ? String(spec.min + Math.floor(next() * (spec.max - spec.min + 1)))
        : spec.values[Math.floor(next() * spec.values.length)]!;
  }
  return out;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;

/** `{{name}}` → the parameter's value; unknown names are left as typed (the loader reports them). */
export function fillParams(text: string, params: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (m, name: string) => params[name] ?? m);
}

/** Go template words (`docker ps --format '{{range .Mounts}}…{{end}}'`): never parameter names. */
const GO_TEMPLATE_WORDS = new Set(['end', 'else', 'range', 'if', 'with', 'define', 'template', 'block', 'break', 'continue', 'json', 'print', 'printf', 'println', 'len', 'index', 'join', 'lower', 'upper', 'title', 'split', 'table', 'pad', 'truncate', 'slice', 'and', 'or', 'not', 'eq', 'ne', 'lt', 'le', 'gt', 'ge']);

/** The parameter names a text uses (Go template words excepted). */
export function paramsUsed(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((n) => !GO_TEMPLATE_WORDS.has(n));
}
