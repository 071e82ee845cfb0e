import { findInPath } from '../interpreter/external.ts';
import type { Builtin } from './types.ts';

/** Names remembered by `hash NAME` itself, which bash lists with 0 hits until they are run. */
const unused = new WeakMap<object, Set<string>>();

/** hash [-lr] [-p pathname] [-dt] [name ...] */
const hash: Builtin = {
  async run(sh, argv) {
    let flags = '';
    let pathname: string | undefined;
    let i = 1;
    for (; i < argv.length && argv[i]!.startsWith('-') && argv[i]!.length > 1; i++) {
      const a = argv[i]!;
      if (a === '--') {
        i++;
        break;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (c === 'p') {
          pathname = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
          if (pathname === undefined) {
            await sh.diag('hash: -p: option requires an argument');
            await sh.err('hash: usage: hash [-lr] [-p pathname] [-dt] [name ...]\n');
            return 2;
          }
          break;
        }
        if (!'lrdt'.includes(c)) {
          await sh.diag(`hash: -${c}: invalid option`);
          await sh.err('hash: usage: hash [-lr] [-p pathname] [-dt] [name ...]\n');
          return 2;
        }
        flags += c;
      }
    }
    const names = argv.slice(i);
    const fresh = unused.get(sh.hashTable) ?? new Set<string>();
    unused.set(sh.hashTable, fresh);
    if (flags.includes('r')) sh.hashTable.clear();
    if (names.length === 0) {
      if (flags.includes('r') || pathname !== undefined) return 0;
      if (sh.hashTable.size === 0) {
        if (!flags.includes('l')) await sh.out('hash: hash table empty\n');
        return 0;
      }
      if (flags.includes('l')) {
        for (const [n, p] of sh.hashTable) await sh.out(`builtin hash -p ${p} ${n}\n`);
        return 0;
      }
      await sh.out('hits\tcommand\n');
      for (const [n, p] of sh.hashTable) await sh.out(`${String(fresh.has(n) ? 0 : 1).padStart(4)}\t${p}\n`);
      return 0;
    }
    let status = 0;
    for (const n of names) {
      if (pathname !== undefined) sh.hashTable.set(n, pathname);
      else if (flags.includes('d')) sh.hashTable.delete(n);
      else if (flags.includes('t')) {
        const p = sh.hashTable.get(n);
        if (p === undefined) {
          await sh.diag(`hash: ${n}: not found`);
          status = 1;
        } else await sh.out(names.length > 1 ? `${n}\t${p}\n` : `${p}\n`);
      } else {
        sh.hashTable.delete(n);
        const f = findInPath(sh, n);
        if (f.kind === 'missing') {
          await sh.diag(`hash: ${n}: not found`);
          status = 1;
        } else fresh.add(n);
      }
    }
    return status;
  },
};
export default hash;
