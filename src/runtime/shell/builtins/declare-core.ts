import { parse } from 'unbash';
import { assignVariable } from '../interpreter/assign.ts';
import type { Shell } from '../interpreter/shell.ts';
import { ReadonlyError, type Var } from '../interpreter/vars.ts';
import { declareLine } from './declare-print.ts';

export interface DeclareFlags {
  set: Set<string>;
  unset: Set<string>;
  print: boolean;
  functions: boolean;
  functionNames: boolean;
  global: boolean;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parses `-aAilrux +x -p -f -F -g` style flags; returns the flags and the remaining operands. */
export function parseDeclareFlags(args: string[]): { flags: DeclareFlags; rest: string[]; bad?: string } {
  const flags: DeclareFlags = { set: new Set(), unset: new Set(), print: false, functions: false, functionNames: false, global: false };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (!/^[-+][A-Za-z]+$/.test(a)) break;
    for (const c of a.slice(1)) {
      if (!'aAilrutxpfFgn'.includes(c)) return { flags, rest: [], bad: `${a[0]}${c}` };
      if (c === 'p') flags.print = true;
      else if (c === 'f') flags.functions = true;
      else if (c === 'F') flags.functionNames = true;
      else if (c === 'g') flags.global = true;
      else (a[0] === '-' ? flags.set : flags.unset).add(c);
    }
  }
  return { flags, rest: args.slice(i) };
}

function applyAttrs(v: Var, flags: DeclareFlags): void {
  const on = flags.set;
  const off = flags.unset;
  if (on.has('x')) v.exported = true;
  if (off.has('x')) v.exported = false;
  if (on.has('i')) v.integer = true;
  if (off.has('i')) v.integer = false;
  if (on.has('l')) {
    v.lower = true;
    v.upper = false;
  }
  if (on.has('u')) {
    v.upper = true;
    v.lower = false;
  }
  if (on.has('a') && v.kind === 'scalar') {
    v.value = new Map(v.unsetValue ? [] : [[0, v.value as string]]);
    v.kind = 'indexed';
  }
  if (on.has('A') && v.kind !== 'assoc') {
    v.value = new Map();
    v.kind = 'assoc';
  }
}

/** declare/typeset/local/export/readonly share this: create, assign and set attributes. */
export async function declareNames(sh: Shell, cmd: string, flags: DeclareFlags, operands: string[], local: boolean): Promise<number> {
  let status = 0;
  for (const op of operands) {
    const eq = op.indexOf('=');
    const nameWithIndex = eq < 0 ? op : op.slice(0, eq).replace(/\+$/, '');
    const name = nameWithIndex.replace(/\[.*\]$/, '');
    if (!NAME.test(name)) {
      await sh.diag(`${cmd}: \`${op}': not a valid identifier`);
      status = 1;
      continue;
    }
    if (flags.set.has('n')) {
      status |= await declareNameref(sh, cmd, name, eq < 0 ? undefined : op.slice(eq + 1), local, flags);
      continue;
    }
    // readonly and export report it like a plain assignment; declare and local name themselves.
    const who = cmd === 'readonly' || cmd === 'export' ? '' : `${cmd}: `;
    if (local && sh.vars.lookup(name)?.readonly) {
      await sh.diag(`${who}${name}: readonly variable`);
      status = 1;
      continue;
    }
    const v = local ? sh.vars.declareLocal(name) : sh.vars.ensure(name);
    if (v.readonly && (eq >= 0 || flags.unset.has('r'))) {
      await sh.diag(`${who}${name}: readonly variable`);
      status = 1;
      continue;
    }
    const conversion = flags.set.has('A') && v.kind === 'indexed' ? 'indexed to associative' : flags.set.has('a') && v.kind === 'assoc' ? 'associative to indexed' : null;
    if (conversion) {
      await sh.diag(`${cmd}: ${name}: cannot convert ${conversion} array`);
      status = 1;
      continue;
    }
    applyAttrs(v, flags);
    if (eq >= 0) {
      const script = parse(op);
      const assign = script.commands[0]?.command;
      if (assign?.type === 'Command' && assign.prefix[0]?.type === 'Assignment') {
        // The value was already expanded; re-parse it quoted so it is taken literally.
        const value = op.slice(eq + 1);
        const literal = value.startsWith('(') && value.endsWith(')') ? value : `'${value.replace(/'/g, `'\\''`)}'`;
        const quoted = parse(`${op.slice(0, eq + 1)}${literal}`).commands[0]?.command;
        if (quoted?.type === 'Command' && quoted.prefix[0]?.type === 'Assignment') {
          try {
            if (!(await assignVariable(sh, quoted.prefix[0], local ? 'local' : 'global'))) status = 1;
          } catch (e) {
            if (e instanceof ReadonlyError) status = 1;
            else throw e;
          }
        }
      }
      v.unsetValue = false;
    }
    if (flags.set.has('r')) v.readonly = true;
  }
  return status;
}

/** declare -n NAME[=TARGET]: the variable holds a name that every later use goes through. */
async function declareNameref(sh: Shell, cmd: string, name: string, target: string | undefined, local: boolean, flags: DeclareFlags): Promise<number> {
  if (target !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*(\[.*\])?$/.test(target)) {
    await sh.diag(`${cmd}: \`${target}': invalid variable name for name reference`);
    return 1;
  }
  if (target === name) {
    await sh.diag(`${cmd}: ${name}: nameref variable self references not allowed`);
    return 1;
  }
  const v = local ? sh.vars.declareLocal(name) : (sh.vars.lookupOwn(name) ?? sh.vars.ensure(name));
  if (v.readonly) {
    await sh.diag(`${cmd}: ${name}: readonly variable`);
    return 1;
  }
  v.nameref = true;
  if (target !== undefined) {
    v.kind = 'scalar';
    v.value = target;
    v.unsetValue = false;
  }
  if (flags.set.has('r')) v.readonly = true;
  if (flags.set.has('x')) v.exported = true;
  return 0;
}

export async function printVars(sh: Shell, names: string[] | null, filter: (v: Var) => boolean): Promise<number> {
  let status = 0;
  const list = names ?? sh.vars.names();
  for (const n of list) {
    const v = sh.vars.lookupOwn(n);
    if (!v) {
      if (names) {
        await sh.diag(`declare: ${n}: not found`);
        status = 1;
      }
      continue;
    }
    if (filter(v)) await sh.out(`${declareLine(n, v)}\n`);
  }
  return status;
}
