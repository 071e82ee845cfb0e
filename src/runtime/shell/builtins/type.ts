import { findInPath } from '../interpreter/external.ts';
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

const type: Builtin = {
  async run(sh, argv) {
    let flag = '';
    let i = 1;
    for (; i < argv.length && argv[i]!.startsWith('-'); i++) flag += argv[i]!.slice(1);
    let status = 0;
    for (const name of argv.slice(i)) {
      const k = classify(sh, name);
      if (!k) {
        if (!flag.includes('t') && !flag.includes('p') && !flag.includes('P')) await sh.diag(`type: ${name}: not found`);
        status = 1;
        continue;
      }
      if (flag.includes('t')) {
        await sh.out(`${k.kind}\n`);
        continue;
      }
      if (flag.includes('p') || flag.includes('P')) {
        if (k.kind === 'file') await sh.out(`${k.path}\n`);
        continue;
      }
      switch (k.kind) {
        case 'alias':
          await sh.out(`${name} is aliased to \`${k.value}'\n`);
          break;
        case 'keyword':
          await sh.out(`${name} is a shell keyword\n`);
          break;
        case 'function': {
          const fn = sh.functions.get(name)!;
          await sh.out(`${name} is a function\n${sh.functionSources.get(name) ?? ''}\n`);
          break;
        }
        case 'builtin':
          await sh.out(`${name} is a shell builtin\n`);
          break;
        case 'file':
          await sh.out(`${name} is ${k.path}\n`);
          break;
      }
    }
    return status;
  },
};
export default type;
