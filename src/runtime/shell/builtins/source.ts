import { FsError } from '../../kernel/fs/errors.ts';
import { ReturnSignal } from '../interpreter/control.ts';
import { runSourceText } from '../interpreter/script.ts';
import type { Builtin } from './types.ts';

/** `source FILE [ARGS]`: looks in PATH when FILE has no slash, then the current directory. */
const source: Builtin = {
  special: true,
  async run(sh, argv) {
    const file = argv[1];
    if (file === undefined) {
      await sh.diag(`${argv[0]}: filename argument required`);
      await sh.err(`${argv[0]}: usage: ${argv[0]} filename [arguments]\n`);
      return 2;
    }
    let path = file;
    if (!file.includes('/')) {
      for (const dir of (sh.vars.get('PATH') ?? '').split(':')) {
        const cand = `${dir || '.'}/${file}`;
        try {
          if (sh.vfs.stat(cand).type === 'file') {
            path = cand;
            break;
          }
        } catch {
          // keep looking
        }
      }
    }
    let text: string;
    try {
      text = sh.vfs.readFile(path);
    } catch (e) {
      if (e instanceof FsError) {
        await sh.diag(e.code === 'EISDIR' ? `${argv[0]}: ${file}: is a directory` : `${file}: ${e.text}`);
        return 1;
      }
      throw e;
    }
    const savedPos = sh.positional;
    if (argv.length > 2) sh.positional = argv.slice(2);
    const line = sh.lineno;
    sh.sourcing++;
    try {
      return await runSourceText(sh, text, file);
    } catch (e) {
      if (e instanceof ReturnSignal) return e.status;
      throw e;
    } finally {
      sh.sourcing--;
      sh.lineno = line;
      if (argv.length > 2) sh.positional = savedPos;
    }
  },
};
export default source;
