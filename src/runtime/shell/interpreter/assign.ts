import type { Assignment } from 'unbash';
import { evaluateArithmetic } from './arith.ts';
import { expandArrayLiteral, storeArrayLiteral } from './array-literal.ts';
import { expandWordFields, expandWordString, tildePrefix } from './expand.ts';
import { arithEnv, arithmeticExpansion } from './substitute.ts';
import type { Shell } from './shell.ts';
import { ReadonlyError } from './vars.ts';
import { quoteForXtrace } from './xtrace.ts';

/**
 * Performs `name=value`, `name+=value`, `name[i]=value`, `name=(a b)`. `temp` assignments live
 * in the innermost scope and are exported (prefix assignments of a command).
 * Returns false after printing bash's error (readonly variable).
 */
export async function assignVariable(sh: Shell, a: Assignment, scope: 'global' | 'temp' | 'local', trace = false): Promise<boolean> {
  const name = a.name;
  // set -x shows an array literal as written and a scalar with its expanded value.
  const traceValue = async (value: string | null): Promise<void> => {
    if (!trace || !sh.opts.xtrace) return;
    if (value === null) await sh.trace(a.text);
    else await sh.trace(`${name}${a.index ? `[${a.index.text}]` : ''}${a.append ? '+=' : '='}${quoteForXtrace(value)}`);
  };
  try {
    if (scope === 'temp' && sh.vars.lookup(name)?.readonly) {
      // `x=2 cmd` with x readonly: bash complains but still runs cmd.
      await sh.diag(`${name}: readonly variable`);
      return true;
    }
    if (scope !== 'global') {
      const v = sh.vars.declareLocal(name);
      if (v.readonly) throw new ReadonlyError(name);
      if (scope === 'temp') v.exported = true;
      const outer = outerValue(sh, name);
      if (a.append && outer !== undefined) v.value = outer;
    }
    if (a.value.type === 'ArrayValue') {
      const items = await expandArrayLiteral(sh, a.value.elements);
      await traceValue(null);
      let v = sh.vars.lookup(name);
      if (v?.readonly) throw new ReadonlyError(name);
      if (!v || (v.kind === 'scalar' && !a.append)) v = sh.vars.setArray(name, []);
      await storeArrayLiteral(sh, v, items, !!a.append);
      return true;
    }
    let value = await expandWordString(sh, a.value);
    value = assignmentTilde(sh, a.value.text, value);
    await traceValue(value);
    if (a.index) {
      const v = sh.vars.lookup(name);
      if (v?.kind === 'assoc') {
        const key = await expandWordString(sh, a.index);
        const m = v.value as Map<string, string>;
        m.set(key, a.append ? (m.get(key) ?? '') + value : value);
        v.unsetValue = false;
        return true;
      }
      let idx = Number(await arithmeticExpansion(sh, a.index.text));
      let arr = v;
      if (!arr || arr.kind === 'scalar') arr = sh.vars.setArray(name, arr && !arr.unsetValue ? [arr.value as string] : []);
      const m = arr.value as Map<number, string>;
      // A negative index counts back from the end; before the start it is an error.
      if (idx < 0) idx += m.size === 0 ? 0 : Math.max(...m.keys()) + 1;
      if (idx < 0) {
        await sh.diag(`${name}[${a.index.text}]: bad array subscript`);
        return false;
      }
      m.set(idx, a.append ? (m.get(idx) ?? '') + value : value);
      arr.unsetValue = false;
      return true;
    }
    const v = sh.vars.lookup(name);
    if (v?.integer) {
      const n = await evaluateArithmetic(value, arithEnv(sh));
      const cur = a.append ? BigInt(sh.vars.get(name) || '0') : 0n;
      value = String(a.append ? cur + n : n);
    } else if (a.append) value = (sh.vars.get(name) ?? '') + value;
    const target = sh.vars.set(name, value);
    if (sh.opts.allexport) target.exported = true;
    return true;
  } catch (e) {
    if (e instanceof ReadonlyError) {
      await sh.diag(`${name}: readonly variable`);
      return false;
    }
    throw e;
  }
}

function outerValue(sh: Shell, name: string): string | undefined {
  return sh.vars.get(name);
}

/** In assignments, `~` is expanded after `=` and after each `:` (PATH=~/bin:~/x). */
function assignmentTilde(sh: Shell, raw: string, value: string): string {
  if (!raw.includes('~')) return value;
  return value
    .split(':')
    .map((seg, i) => {
      const rawSeg = raw.split(':')[i] ?? '';
      if (!rawSeg.startsWith('~') || !seg.startsWith('~')) return seg;
      const slash = seg.indexOf('/');
      const user = seg.slice(1, slash < 0 ? undefined : slash);
      const home = tildePrefix(sh, user);
      return home === undefined ? seg : home + (slash < 0 ? '' : seg.slice(slash));
    })
    .join(':');
}
