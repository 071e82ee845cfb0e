import { FsError } from '../../../kernel/fs/errors.ts';
import { saveArchive } from '../../image/save.ts';
import { type Command, daemonFailure } from '../command.ts';

const lower = (e: FsError) => e.message.toLowerCase();

/** command.ValidateOutputPath: the directory must exist and the target must not be a directory. */
function outputPathError(call: Parameters<Command>[0], path: string): string | undefined {
  const fs = call.ctx.fs;
  const clean = path.replace(/\/+$/, '') || '/';
  const i = clean.lastIndexOf('/');
  const dir = i < 0 ? '.' : clean.slice(0, i) || '/';
  if (dir !== '.') {
    try {
      if (fs.stat(dir).type !== 'dir') return `invalid output path: ${JSON.stringify(dir)} must be a directory`;
    } catch (e) {
      if (e instanceof FsError) return `invalid output path: stat ${dir}: ${lower(e)}`;
      throw e;
    }
  }
  try {
    if (fs.stat(clean).type === 'dir') return `invalid output path: ${JSON.stringify(path)} is a directory`;
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
  }
  return undefined;
}

/** `docker save [-o FILE] IMAGE...`: the archive to a file (mode 0600, as the CLI's temp-file rename leaves it) or stdout. */
const save: Command = async (call) => {
  const file = call.opts.str('output');
  if (file === '' && call.ctx.stdout.tty) {
    await call.err('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
    return 1;
  }
  if (file !== '') {
    const bad = outputPathError(call, file);
    if (bad) {
      await call.err(`failed to save image: ${bad}\n`);
      return 1;
    }
  }
  let tar: string;
  try {
    tar = saveArchive(call.engine, call.args);
  } catch (e) {
    return daemonFailure(call, e);
  }
  if (file === '') {
    for (let i = 0; i < tar.length; i += 65536) await call.ctx.stdout.write(tar.slice(i, i + 65536));
    return 0;
  }
  try {
    call.ctx.fs.writeFile(file, tar, { mode: 0o600 });
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    await call.err(`failed to save image: open ${file}: ${lower(e)}\n`);
    return 1;
  }
  return 0;
};

export default save;
