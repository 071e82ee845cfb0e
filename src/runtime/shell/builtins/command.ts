import { classify } from './type.ts';
import { loadBuiltin } from './registry.ts';
import type { Builtin } from './types.ts';
import { findInPath, execProgram } from '../interpreter/external.ts';
import { waitForeground } from '../interpreter/exec.ts';
import { statusCode } from '../../kernel/proc/process.ts';

/** `command [-pVv] name [args]`: skips functions; -v/-V describe. */
const command: Builtin = {
  async run(sh, argv) {
    let i = 1;
    let mode = '';
    for (; i < argv.length && argv[i]!.startsWith('-') && argv[i]!.length > 1; i++) {
      if (argv[i] === '--') {
        i++;
        break;
      }
      const bad = /[^pvV]/.exec(argv[i]!.slice(1));
      if (bad) {
        await sh.diag(`command: -${bad[0]}: invalid option`);
        await sh.err('command: usage: command [-pVv] command [arg ...]\n');
        return 2;
      }
      mode += argv[i]!.slice(1);
    }
    const name = argv[i];
    if (name === undefined) return 0;
    if (mode.includes('v') || mode.includes('V')) {
      let found = false;
      for (const n of argv.slice(i)) {
        const k = classify(sh, n);
        if (!k) {
          if (mode.includes('V')) await sh.diag(`command: ${n}: not found`);
          continue;
        }
        found = true;
        if (mode.includes('V')) {
          const text = k.kind === 'alias' ? `${n} is aliased to \`${k.value}'` : k.kind === 'file' ? `${n} is ${k.path}` : k.kind === 'keyword' ? `${n} is a shell keyword` : k.kind === 'function' ? `${n} is a function` : `${n} is a shell builtin`;
          await sh.out(`${text}\n`);
        } else await sh.out(`${k.kind === 'alias' ? `alias ${n}='${k.value}'` : k.kind === 'file' ? k.path : n}\n`);
      }
      return found ? 0 : 1;
    }
    const builtin = await loadBuiltin(name);
    if (builtin) return builtin.run(sh, argv.slice(i));
    const found = findInPath(sh, name);
    if (found.kind === 'missing') {
      await sh.diag(found.message);
      return found.status;
    }
    const child = execProgram(sh, found.path, argv.slice(i), sh.environment(), sh.fds.clone());
    if (typeof child === 'number') return child;
    return statusCode(await waitForeground(sh, child));
  },
};
export default command;
