import { assocEntries, indexedEntries } from './array-order.ts';
import type { ParameterExpansionPart, Word } from 'unbash';
import { type ExpValue, expandWordPattern, expandWordReplacement, expandWordString, reparse } from './expand.ts';
import { patternRegex, toRegexSource } from './pattern.ts';
import { ShellAbort } from './control.ts';
import { arithmeticExpansion } from './substitute.ts';
import type { Shell } from './shell.ts';
import { transformValue, transformValues } from './param-transform.ts';

const one = (value: string): ExpValue => ({ kind: 'one', value });

/** `$x`, `$1`, `$?`, `$@` and the other special parameters, unbraced. */
export function specialParam(sh: Shell, name: string): ExpValue {
  switch (name) {
    case '@':
      return { kind: 'many', values: [...sh.positional], star: false };
    case '*':
      return { kind: 'many', values: [...sh.positional], star: true };
    case '#':
      return one(String(sh.positional.length));
    case '?':
      return one(String(sh.lastStatus));
    case '$':
      return one(String(sh.topPid || sh.proc.pid));
    case '!':
      return one(sh.lastBgPid ? String(sh.lastBgPid) : '');
    case '-':
      return one(optionFlags(sh));
    case '0':
      return one(sh.arg0);
  }
  // bash names an unset unbraced positional `$1` but a braced one `1`.
  if (/^[1-9]$/.test(name)) return one(sh.positional[Number(name) - 1] ?? nounset(sh, `$${name}`));
  const v = lookupScalar(sh, name);
  if (v === undefined) return one(nounset(sh, name));
  return one(v);
}

function nounset(sh: Shell, name: string): string {
  if (sh.opts.nounset) {
    void sh.diag(`${name}: unbound variable`);
    throw new ShellAbort(127, true);
  }
  return '';
}

export function optionFlags(sh: Shell): string {
  let f = '';
  if (sh.opts.errexit) f += 'e';
  if (sh.opts.noglob) f += 'f';
  if (sh.opts.hashall) f += 'h';
  if (sh.interactive) f += 'i';
  if (sh.opts.monitor) f += 'm';
  if (sh.opts.nounset) f += 'u';
  if (sh.opts.verbose) f += 'v';
  if (sh.opts.xtrace) f += 'x';
  if (sh.opts.braceexpand) f += 'B';
  if (sh.opts.noclobber) f += 'C';
  if (sh.opts.errtrace) f += 'E';
  if (sh.opts.histexpand) f += 'H';
  if (sh.opts.functrace) f += 'T';
  if (!sh.interactive && sh.dashC) f += 'c';
  return f;
}

/** Dynamic variables bash computes on read. */
export function lookupScalar(sh: Shell, name: string): string | undefined {
  switch (name) {
    case 'RANDOM':
      return String(sh.kernel.random.int(32768));
    case 'SECONDS':
      return String(Math.floor((sh.kernel.clock.now - sh.startTime) / 1000));
    case 'LINENO':
      return String(sh.lineno);
    case '_':
      return sh.lastArg;
    case 'BASHPID':
      return String(sh.proc.pid);
    case 'BASH_SUBSHELL':
      return String(sh.subshell);
    case 'EPOCHSECONDS':
      return String(sh.kernel.clock.seconds);
    case 'EPOCHREALTIME':
      return (sh.kernel.clock.now / 1000).toFixed(6);
    case 'PPID':
      return sh.vars.get('PPID') ?? String(sh.proc.ppid);
    case 'FUNCNAME':
      return sh.funcNames[sh.funcNames.length - 1];
    case 'BASH_SOURCE':
      // The file the running function was defined in (`environment` for a -c string's), else the script's.
      return sh.errName ?? (sh.srcLabel === '-c' ? undefined : sh.srcLabel);
    case 'PIPESTATUS':
      return String(sh.pipestatus[0] ?? 0);
  }
  return sh.vars.get(name);
}

/** Values of `name[@]`-style references and plain names, as a list. */
function arrayValues(sh: Shell, name: string): string[] {
  if (name === '@' || name === '*') return [...sh.positional];
  if (name === 'PIPESTATUS') return sh.pipestatus.map(String);
  if (name === 'FUNCNAME') return [...sh.funcNames].reverse();
  const v = sh.vars.lookup(name);
  if (!v || v.unsetValue) return [];
  if (v.kind === 'scalar') return [v.value as string];
  const m = v.value as Map<number | string, string>;
  if (v.kind === 'indexed') return indexedEntries(m as Map<number, string>).map((e) => e[1]);
  return assocEntries(m as Map<string, string>).map((e) => e[1]);
}

function arrayKeys(sh: Shell, name: string): string[] {
  const v = sh.vars.lookup(name);
  if (!v || v.unsetValue) return [];
  if (v.kind === 'scalar') return ['0'];
  if (v.kind === 'indexed') return [...(v.value as Map<number, string>).keys()].sort((a, b) => a - b).map(String);
  return assocEntries(v.value as Map<string, string>).map((e) => e[0]);
}

async function element(sh: Shell, name: string, index: Word): Promise<string | undefined> {
  const v = sh.vars.lookup(name);
  if (name === 'PIPESTATUS') return sh.pipestatus[Number(await arithmeticExpansion(sh, index.text))]?.toString();
  if (name === 'FUNCNAME') return [...sh.funcNames].reverse()[Number(await arithmeticExpansion(sh, index.text))];
  if (!v || v.unsetValue) return undefined;
  if (v.kind === 'assoc') return (v.value as Map<string, string>).get(await expandWordString(sh, index));
  let i = Number(await arithmeticExpansion(sh, index.text));
  if (v.kind === 'scalar') return i === 0 ? (v.value as string) : undefined;
  const m = v.value as Map<number, string>;
  if (i < 0) {
    i += Math.max(-1, ...m.keys()) + 1;
    if (i < 0) {
      await sh.diag(`${name}: bad array subscript`);
      return undefined;
    }
  }
  return m.get(i);
}

export async function expandParameter(sh: Shell, p: ParameterExpansionPart, quoted: boolean): Promise<ExpValue> {
  const name = p.parameter;
  const op = p.operation;
  const isAll = p.index && (p.index.text === '@' || p.index.text === '*');
  if (p.prefix === '!' && op?.type === 'Names') {
    const names = sh.vars.names().filter((n) => n.startsWith(name));
    return { kind: 'many', values: names, star: op.operator === '*' };
  }
  if (p.prefix === '!' && isAll) return { kind: 'many', values: arrayKeys(sh, name), star: p.index!.text === '*' };
  if (p.prefix === '#') {
    if (isAll || name === '@' || name === '*') return one(String(arrayValues(sh, name).length));
    const v = p.index ? await element(sh, name, p.index) : scalarOf(sh, name);
    if (v === undefined && sh.opts.nounset) return one(nounsetValue(sh, name));
    return one(String(sh.utf8Locale() ? utf8Length(v ?? '') : (v ?? '').length));
  }
  // The value (or values) before any operation.
  let values: string[] | null = null;
  let value: string | undefined;
  let indirectStar = false;
  if (isAll || name === '@' || name === '*') {
    values = arrayValues(sh, name);
  } else if (p.index) {
    value = await element(sh, name, p.index);
  } else {
    value = scalarOf(sh, name);
  }
  const own = p.prefix === '!' && !p.index ? sh.vars.lookupOwn(name) : undefined;
  if (own?.nameref) {
    // ${!ref} of a name reference is the name it refers to.
    value = own.unsetValue ? undefined : (own.value as string);
  } else if (p.prefix === '!') {
    // ${!x}: x must name a variable (set, and a valid name) or bash stops the command.
    if (value === undefined || value === '') {
      await sh.diag(value === undefined ? `${name}: invalid indirect expansion` : ': invalid variable name');
      throw new ShellAbort(1, !sh.interactive);
    }
    // The target may itself be an element or a whole array: `ref='arr[1]'`, `ref='arr[@]'`.
    const sub = /^([A-Za-z_][A-Za-z0-9_]*)\[(.+)\]$/s.exec(value);
    if (sub && (sub[2] === '@' || sub[2] === '*')) {
      values = arrayValues(sh, sub[1]!);
      indirectStar = sub[2] === '*';
      value = undefined;
    } else if (sub) value = await element(sh, sub[1]!, reparse(sub[2]!));
    else value = scalarOf(sh, value);
  }
  const star = name === '*' || p.index?.text === '*' || indirectStar;
  const wrap = (vals: string[]): ExpValue => ({ kind: 'many', values: vals, star });
  if (!op) {
    if (values) return wrap(values);
    if (value === undefined) return one(nounsetValue(sh, p.index ? `${name}[${p.index.text}]` : name));
    return one(value);
  }
  switch (op.type) {
    case 'Default': {
      const colon = op.operator.startsWith(':');
      const isSet = values ? values.length > 0 : value !== undefined;
      const isNull = values ? values.length === 0 || (values.length === 1 && values[0] === '') : value === '' || value === undefined;
      const use = colon ? isNull : !isSet;
      const kind = op.operator.replace(':', '');
      if (kind === '-') return use ? one(await expandWordString(sh, op.operand)) : values ? wrap(values) : one(value!);
      if (kind === '+') return use ? one('') : one(await expandWordString(sh, op.operand));
      if (kind === '=') {
        if (!use) return values ? wrap(values) : one(value!);
        const v = await expandWordString(sh, op.operand);
        sh.vars.set(name, v);
        return one(v);
      }
      if (use) {
        const msg = await expandWordString(sh, op.operand);
        await sh.diag(`${name}: ${msg || (colon ? 'parameter null or not set' : 'parameter not set')}`);
        throw new ShellAbort(sh.interactive ? 1 : 127, !sh.interactive);
      }
      return values ? wrap(values) : one(value!);
    }
    case 'Remove': {
      const pat = await expandWordPattern(sh, op.operand);
      const f = (s: string) => removePattern(s, pat, op.operator);
      return values ? wrap(values.map(f)) : one(f(value ?? ''));
    }
    case 'Replace': {
      const pat = await expandWordPattern(sh, op.pattern);
      const template = op.replacement ? await expandWordReplacement(sh, op.replacement) : '';
      const rep = sh.shopts.has('patsub_replacement') ? substituteMatch(template) : (_m: string) => template.replace(/\\([\\&])/g, '$1');
      const f = (s: string) => replacePattern(s, pat, rep, op.operator);
      return values ? wrap(values.map(f)) : one(f(value ?? ''));
    }
    case 'Slice': {
      const off = Number(await arithmeticExpansion(sh, op.offset.text));
      const len = op.length ? Number(await arithmeticExpansion(sh, op.length.text)) : undefined;
      if (values) {
        const base = name === '@' || name === '*' ? [sh.arg0, ...values] : values;
        let start = off < 0 ? Math.max(0, base.length + off) : off;
        if (name === '@' || name === '*') start = off < 0 ? Math.max(0, base.length + off) : off;
        const end = len === undefined ? base.length : len < 0 ? base.length + len : start + len;
        return wrap(base.slice(start, end));
      }
      return one(slice(sh, value ?? '', off, len, op.length?.text));
    }
    case 'CaseModification': {
      const pat = op.operand ? await expandWordPattern(sh, op.operand) : '?';
      const f = inLocale(sh, (s: string) => caseModify(s, op.operator, pat));
      return values ? wrap(values.map(f)) : one(f(value ?? ''));
    }
    case 'Transform': {
      if (!/^[QEPAKaUuLk]$/.test(op.operand.text)) {
        // bash checks the operator only once it has a value to transform, then exits 127.
        if (!values && value === undefined) return one('');
        await sh.diag(`${p.text}: bad substitution`);
        throw new ShellAbort(sh.interactive ? 1 : 127, !sh.interactive);
      }
      if (values) return transformValues(sh, values, op.operand.text, name, isAll ? p.index!.text : null, star);
      return one(await transformValue(sh, value, op.operand.text, name, !!p.index));
    }
    case 'Unknown':
      if (op.operator === '~' || op.operator === '~~') {
        const f = inLocale(sh, (s: string) => toggleCase(s, op.operator === '~~'));
        return values ? wrap(values.map(f)) : one(f(value ?? ''));
      }
      await sh.diag(`${p.text}: bad substitution`);
      throw new ShellAbort(1, !sh.interactive);
    default:
      await sh.diag(`${p.text}: bad substitution`);
      throw new ShellAbort(1, !sh.interactive);
  }
  void quoted;
}

/** Characters in a UTF-8 byte string: every byte that is not a continuation byte starts one. */
function utf8Length(bytes: string): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if ((bytes.charCodeAt(i) & 0xc0) !== 0x80) n++;
  return n;
}

function scalarOf(sh: Shell, name: string): string | undefined {
  if (/^[0-9]+$/.test(name)) return name === '0' ? sh.arg0 : sh.positional[Number(name) - 1];
  if ('?#$!-'.includes(name) && name.length === 1) {
    const v = specialParam(sh, name);
    return v.kind === 'one' ? v.value : undefined;
  }
  return lookupScalar(sh, name);
}

function nounsetValue(sh: Shell, name: string): string {
  if (sh.opts.nounset) {
    void sh.diag(`${name}: unbound variable`);
    throw new ShellAbort(127, true);
  }
  return '';
}

function slice(sh: Shell, s: string, off: number, len: number | undefined, lenText: string | undefined): string {
  const chars = [...s];
  let start = off < 0 ? chars.length + off : off;
  if (start < 0) return '';
  if (start > chars.length) start = chars.length;
  let end = chars.length;
  if (len !== undefined) {
    end = len < 0 ? chars.length + len : start + len;
    if (end < start) {
      void sh.diag(`${lenText}: substring expression < 0`);
      throw new ShellAbort(1, !sh.interactive);
    }
  }
  return chars.slice(start, end).join('');
}

export function removePattern(s: string, pat: string, op: string): string {
  const re = patternRegex(pat);
  if (op === '#' || op === '##') {
    const lens = op === '#' ? range(0, s.length) : range(s.length, 0);
    for (const n of lens) if (re.test(s.slice(0, n))) return s.slice(n);
    return s;
  }
  const starts = op === '%' ? range(s.length, 0) : range(0, s.length);
  for (const i of starts) if (re.test(s.slice(i))) return s.slice(0, i);
  return s;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  if (from <= to) for (let i = from; i <= to; i++) out.push(i);
  else for (let i = from; i >= to; i--) out.push(i);
  return out;
}

/** A replacement template (see expandWordReplacement) as a function of the matched text. */
function substituteMatch(template: string): (match: string) => string {
  if (!/[\\&]/.test(template)) return () => template;
  return (match) => template.replace(/\\([\s\S])|&/g, (all, c: string | undefined) => (c !== undefined ? c : match));
}

function replacePattern(s: string, pat: string, repOf: (match: string) => string, op: string): string {
  // An empty anchored pattern matches at the start or end: `${a[@]/#/x-}` prefixes.
  if (pat === '') return op === '/#' ? repOf('') + s : op === '/%' ? s + repOf('') : s;
  const whole = new RegExp(`^(?:${toRegexSource(pat)})$`, 's');
  if (op === '/#') {
    for (let j = s.length; j >= 0; j--) if (whole.test(s.slice(0, j))) return repOf(s.slice(0, j)) + s.slice(j);
    return s;
  }
  if (op === '/%') {
    for (let i = 0; i <= s.length; i++) if (whole.test(s.slice(i))) return s.slice(0, i) + repOf(s.slice(i));
    return s;
  }
  // Longest match at the leftmost position, like bash.
  let out = '';
  let i = 0;
  while (i <= s.length) {
    let matched = -1;
    for (let j = s.length; j > i; j--) {
      if (whole.test(s.slice(i, j))) {
        matched = j;
        break;
      }
    }
    if (matched > i) {
      out += repOf(s.slice(i, matched));
      i = matched;
      if (op !== '//') return out + s.slice(i);
      continue;
    }
    if (i < s.length) out += s[i];
    i++;
  }
  return out;
}

/**
 * Case changes see characters: UTF-8 ones in a UTF-8 locale; in the C locale only ASCII letters
 * change (the bytes of `À` stay as they are).
 */
export function inLocale(sh: Shell, f: (s: string) => string): (s: string) => string {
  if (sh.utf8Locale()) return (s) => Buffer.from(f(Buffer.from(s, 'latin1').toString('utf8')), 'utf8').toString('latin1');
  // Non-ASCII bytes hide as caseless private-use characters while `f` runs.
  return (s) => f(s.replace(/[\x80-\xff]/g, (c) => String.fromCharCode(0xe000 + c.charCodeAt(0)))).replace(/[\ue080-\ue0ff]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
}

function caseModify(s: string, op: string, pat: string): string {
  const re = patternRegex(pat);
  const chars = [...s];
  const up = op.startsWith('^');
  const all = op.length === 2;
  for (let i = 0; i < chars.length; i++) {
    if (re.test(chars[i]!)) chars[i] = up ? chars[i]!.toUpperCase() : chars[i]!.toLowerCase();
    if (!all) break;
  }
  return chars.join('');
}

function toggleCase(s: string, all: boolean): string {
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    chars[i] = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
    if (!all) break;
  }
  return chars.join('');
}
