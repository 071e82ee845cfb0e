// pflag's FlagSet.Parse with docker's value types: combined shorthands, --x=y, -xVALUE, `--`,
// SetInterspersed(false), deprecation notices and the exact error texts.
import type { FlagDef } from './types.ts';
import type { OptValues, FlagValue } from './opts.ts';
import { ValueError, parseBool, parseInt, parseUint, parseFloat, ramInBytes, parseDuration, parseNanoCpus } from './values.ts';
import { validators } from './validators.ts';

export class FlagError extends Error {}

export interface Parsed {
  args: string[];
  /** index in args where `--` was seen, -1 if none */
  dashAt: number;
  help: boolean;
  stdout: string;
  stderr: string;
}

const INT_BITS: Record<string, number> = { int: 64, int64: 64, int32: 32, int16: 16, int8: 8 };
const UINT_BITS: Record<string, number> = { uint: 64, uint64: 64, uint32: 32, uint16: 16, uint8: 8 };

export function initialValue(f: FlagDef): FlagValue | undefined {
  const d = f.def;
  if (f.type === 'bool') return d === 'true';
  if (f.type in INT_BITS || f.type in UINT_BITS || f.type === 'float') return d === undefined ? 0 : Number(d);
  if (f.type === 'duration') return d === undefined ? 0 : parseDuration(d);
  if (f.type === 'string') return d ?? '';
  if (f.type === 'strings' && d !== undefined && d !== '[]') return d.replace(/^\[|\]$/g, '').split(',');
  if (f.type === 'bytes' || f.type === 'decimal') return 0;
  return d === undefined || /^(\[\]|map\[\])$/.test(d) ? [] : undefined;
}

function convert(f: FlagDef, raw: string, prev: FlagValue | undefined, first: boolean): FlagValue {
  const t = f.type;
  if (t === 'bool') return parseBool(raw);
  if (t in INT_BITS) return parseInt(raw, INT_BITS[t]);
  if (t in UINT_BITS) return parseUint(raw, UINT_BITS[t]);
  if (t === 'float') return parseFloat(raw);
  if (t === 'string') return raw;
  if (t === 'duration') return parseDuration(raw);
  if (t === 'decimal') return parseNanoCpus(raw);
  if (t === 'bytes') return f.long === 'memory-swap' && raw === '-1' ? -1 : ramInBytes(raw);
  const list = Array.isArray(prev) ? prev : [];
  if (t === 'strings') return [...(first ? [] : list), ...(raw === '' ? [] : raw.split(','))];
  if (t === 'stringToString') {
    const out = first ? [] : [...list];
    for (const kv of raw === '' ? [] : raw.split(',')) {
      if (!kv.includes('=')) throw new ValueError(`${kv} must be formatted as key=value`);
      out.push(kv);
    }
    return out;
  }
  if (t === 'filter') {
    const v = raw.trim();
    if (v === '') return list;
    const i = v.indexOf('=');
    if (i < 0) throw new ValueError('bad format of filter (expected name=value)');
    return [...list, v.slice(0, i).trim().toLowerCase() + '=' + v.slice(i + 1).trim()];
  }
  if (t === 'map' && f.long === 'sysctl' && !/^(kernel\.(msg|sem|shm)|fs\.mqueue\.|net\.)/.test(raw.split('=')[0]))
    throw new ValueError(`sysctl '${raw}' is not allowed`);
  const v = validators[f.long] ? validators[f.long](raw) : raw;
  return [...list, v];
}

export function parseFlags(defs: readonly FlagDef[], argv: readonly string[], interspersed: boolean, values: OptValues): Parsed {
  const out: Parsed = { args: [], dashAt: -1, help: false, stdout: '', stderr: '' };
  const byLong = new Map(defs.map((d) => [d.long, d]));
  const byShort = new Map(defs.filter((d) => d.short).map((d) => [d.short, d]));
  const first = new Set<string>();

  const apply = (f: FlagDef, raw: string): void => {
    const key = f.same ?? f.long;
    try {
      const v = convert(f, raw, values.values.get(key), !first.has(key));
      values.values.set(key, v);
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      const name = f.short && !f.shortDeprecated ? `-${f.short}, --${f.long}` : `--${f.long}`;
      throw new FlagError(`invalid argument ${JSON.stringify(raw)} for ${JSON.stringify(name)} flag: ${e.message}`);
    }
    first.add(key);
    values.set.add(f.long);
    if (f.same) values.set.add(f.same);
    if (f.long === 'help') out.help = values.values.get('help') === true;
    if (f.deprecated) out.stdout += `Flag --${f.long} has been deprecated, ${f.deprecated}\n`;
  };

  let rest = [...argv];
  while (rest.length) {
    const s = rest.shift()!;
    if (s.length < 2 || s[0] !== '-') {
      out.args.push(s);
      if (!interspersed) { out.args.push(...rest); break; }
      continue;
    }
    if (s === '--') { out.dashAt = out.args.length; out.args.push(...rest); break; }
    if (s[1] === '-') {
      const body = s.slice(2);
      if (body[0] === '-' || body[0] === '=') throw new FlagError(`bad flag syntax: ${s}`);
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      const f = byLong.get(name);
      if (!f) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) apply(f, body.slice(eq + 1));
      else if (f.type === 'bool') apply(f, 'true');
      else if (f.noOpt !== undefined) apply(f, f.noOpt);
      else if (rest.length) apply(f, rest.shift()!);
      else throw new FlagError(`flag needs an argument: ${s}`);
      continue;
    }
    let shorts = s.slice(1);
    while (shorts.length) {
      const c = shorts[0];
      const f = byShort.get(c);
      if (!f) throw new FlagError(`unknown shorthand flag: '${c}' in -${shorts}`);
      let value: string;
      let next = shorts.slice(1);
      if (shorts.length > 2 && shorts[1] === '=') { value = shorts.slice(2); next = ''; }
      else if (f.type === 'bool') value = 'true';
      else if (f.noOpt !== undefined) value = f.noOpt;
      else if (shorts.length > 1) { value = shorts.slice(1); next = ''; }
      else if (rest.length) value = rest.shift()!;
      else throw new FlagError(`flag needs an argument: '${c}' in -${shorts}`);
      if (f.shortDeprecated) out.stderr += `Flag shorthand -${f.short} has been deprecated, ${f.shortDeprecated}\n`;
      apply(f, value);
      shorts = next;
    }
  }
  return out;
}
