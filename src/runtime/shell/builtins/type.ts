import { findInPath } from '../interpreter/external.ts';
import { shellFunctionText } from '../interpreter/function-text.ts';
import type { Shell } from '../interpreter/shell.ts';
import { KEYWORDS, isBuiltin } from './registry.ts';
import type { Builtin } from './types.ts';

export type CommandKind = { kind: 'alias'; value: string } | { kind: 'keyword' } | { kind: 'function' } | { kind: 'builtin' } | { kind: 'file'; path: string } | null;

export function classify(sh: Shell, name: string, useAliases = true): CommandKind {
  if (useAliases && sh.aliases.has(name)) return { kind: 'alias', value: sh.aliases.get(name)! };
  if (KEYWORDS.has(name)) return { kind: 'keyword' };
  if (sh.functions.has(name)) return { kind: 'function' };
  if (isBuiltin(name)) return { kind: 'builtin' };
  const found = findInPath(sh, name);
  if (found.kind === 'found') return { kind: 'file', path: found.path };
  return null;
}

/** Every executable `name` in PATH, in PATH order (type -a). */
function pathMatches(sh: Shell, name: string): string[] {
  if (name.includes('/')) {
    const f = findInPath(sh, name);
    return f.kind === 'found' ? [f.path] : [];
  }
  const out: string[] = [];
  for (const dir of (sh.vars.get('PATH') ?? '').split(':')) {
    const cand = `${dir === '' ? '.' : dir}/${name}`;
    const p = sh.vfs.probeExec(cand);
    if (!('errno' in p) && !out.includes(cand)) out.push(cand);
  }
  return out;
}

/** What `type` reports for `name`: the first match, or with -a every match. */
function matches(sh: Shell, name: string, all: boolean, noFunctions: boolean, pathOnly: boolean): CommandKind[] {
  const aliases = sh.shopts.has('expand_aliases');
  if (!all) {
    if (pathOnly) return pathMatches(sh, name).slice(0, 1).map((path) => ({ kind: 'file', path }));
    const k = noFunctions && sh.functions.has(name) ? classifyNoFunctions(sh, name, aliases) : classify(sh, name, aliases);
    return k ? [k] : [];
  }
  const out: CommandKind[] = [];
  if (!pathOnly) {
    if (aliases && sh.aliases.has(name)) out.push({ kind: 'alias', value: sh.aliases.get(name)! });
    if (KEYWORDS.has(name)) out.push({ kind: 'keyword' });
    if (!noFunctions && sh.functions.has(name)) out.push({ kind: 'function' });
    if (isBuiltin(name)) out.push({ kind: 'builtin' });
  }
  for (const path of pathMatches(sh, name)) out.push({ kind: 'file', path });
  return out;
}

function classifyNoFunctions(sh: Shell, name: string, aliases: boolean): CommandKind {
  if (aliases && sh.aliases.has(name)) return { kind: 'alias', value: sh.aliases.get(name)! };
  if (KEYWORDS.has(name)) return { kind: 'keyword' };
  if (isBuiltin(name)) return { kind: 'builtin' };
  const found = findInPath(sh, name);
  return found.kind === 'found' ? { kind: 'file', path: found.path } : null;
}

const type: Builtin = {
  async run(sh, argv) {
    let flag = '';
    let i = 1;
    for (; i < argv.length && argv[i]!.startsWith('-') && argv[i] !== '-'; i++) {
      if (argv[i] === '--') {
        i++;
        break;
      }
      for (const c of argv[i]!.slice(1)) {
        if (!'aftpP'.includes(c)) {
          await sh.diag(`type: -${c}: invalid option`);
          await sh.err('type: usage: type [-afptP] name [name ...]\n');
          return 2;
        }
      }
      flag += argv[i]!.slice(1);
    }
    const all = flag.includes('a');
    const pathOnly = flag.includes('P');
    const pathOut = pathOnly || flag.includes('p');
    let status = 0;
    for (const name of argv.slice(i)) {
      const found = matches(sh, name, all, flag.includes('f'), pathOnly);
      if (found.length === 0) {
        if (!flag.includes('t') && !pathOut) await sh.diag(`type: ${name}: not found`);
        status = 1;
        continue;
      }
      for (const k of found) {
        if (!k) continue;
        if (flag.includes('t')) await sh.out(`${k.kind}\n`);
        else if (pathOut) {
          if (k.kind === 'file') await sh.out(`${k.path}\n`);
        } else await sh.out(describe(sh, name, k));
      }
    }
    return status;
  },
};

function describe(sh: Shell, name: string, k: NonNullable<CommandKind>): string {
  switch (k.kind) {
    case 'alias':
      return `${name} is aliased to \`${k.value}'\n`;
    case 'keyword':
      return `${name} is a shell keyword\n`;
    case 'function':
      return `${name} is a function\n${shellFunctionText(sh, name) ?? ''}\n`;
    case 'builtin':
      return `${name} is a shell builtin\n`;
    case 'file':
      return `${name} is ${k.path}\n`;
  }
}
export default type;
