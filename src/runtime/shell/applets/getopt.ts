/**
 * GNU getopt_long as coreutils uses it: bundled short options (`-la`), `-d,` attached values,
 * `--long=value`, unambiguous long prefixes, `--` ending options, options after operands
 * (permutation) unless POSIXLY_CORRECT or `stopAtOperand`.
 */
export interface OptSpec {
  /** Short options; a following ':' takes a value, '::' an optional attached value. */
  short?: string;
  /** Long option name → { arg, key } where key is the name reported (defaults to the long name). */
  long?: Record<string, { arg?: 'required' | 'optional'; key?: string }>;
  stopAtOperand?: boolean;
  /** Treat `-N` (digits) as an operand-like option (head -5, tail -20). */
  allowNumeric?: boolean;
}

export interface ParsedOpts {
  /** Each option occurrence in order: [key, value]. Short options use their letter. */
  list: [string, string | undefined][];
  operands: string[];
}

export class OptError extends Error {
  constructor(message: string) {
    super(message);
  }
}

export function getopt(args: string[], spec: OptSpec): ParsedOpts {
  const list: [string, string | undefined][] = [];
  const operands: string[] = [];
  const short = spec.short ?? '';
  const longs = spec.long ?? {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const exact = Object.hasOwn(longs, name) ? name : undefined;
      const candidates = exact ? [exact] : Object.keys(longs).filter((l) => l.startsWith(name));
      if (candidates.length === 0) throw new OptError(`unrecognized option '${a}'`);
      if (candidates.length > 1 && !candidates.every((c) => (longs[c]!.key ?? c) === (longs[candidates[0]!]!.key ?? candidates[0]))) {
        throw new OptError(`option '${a.slice(0, eq < 0 ? undefined : eq)}' is ambiguous; possibilities:${candidates.map((c) => ` '--${c}'`).join('')}`);
      }
      const full = candidates[0]!;
      const def = longs[full]!;
      const key = def.key ?? full;
      if (eq >= 0) {
        if (!def.arg) throw new OptError(`option '--${full}' doesn't allow an argument`);
        list.push([key, a.slice(eq + 1)]);
      } else if (def.arg === 'required') {
        if (i + 1 >= args.length) throw new OptError(`option '--${full}' requires an argument`);
        list.push([key, args[++i]]);
      } else list.push([key, undefined]);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      if (spec.allowNumeric && /^-\d+$/.test(a)) {
        list.push(['#', a.slice(1)]);
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const at = short.indexOf(c);
        if (at < 0 || c === ':') throw new OptError(`invalid option -- '${c}'`);
        if (short[at + 1] === ':') {
          const optional = short[at + 2] === ':';
          const rest = a.slice(j + 1);
          if (rest !== '') list.push([c, rest]);
          else if (optional) list.push([c, undefined]);
          else if (i + 1 < args.length) list.push([c, args[++i]]);
          else throw new OptError(`option requires an argument -- '${c}'`);
          break;
        }
        list.push([c, undefined]);
      }
      continue;
    }
    if (spec.stopAtOperand) {
      operands.push(...args.slice(i));
      break;
    }
    operands.push(a);
  }
  return { list, operands };
}

/** Convenience: set of flags seen, and last value per key. */
export function flagsOf(p: ParsedOpts): { has: (k: string) => boolean; value: (k: string) => string | undefined; values: (k: string) => string[] } {
  return {
    has: (k) => p.list.some(([key]) => key === k),
    value: (k) => {
      for (let i = p.list.length - 1; i >= 0; i--) if (p.list[i]![0] === k) return p.list[i]![1];
      return undefined;
    },
    values: (k) => p.list.filter(([key]) => key === k).map(([, v]) => v ?? ''),
  };
}
