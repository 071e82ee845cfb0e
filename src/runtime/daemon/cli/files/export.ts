import { FsError } from '../../../kernel/fs/errors.ts';
import type { Stat } from '../../../kernel/fs/types.ts';
import type { Vfs } from '../../../kernel/fs/vfs.ts';
import { emptyFileEntry, treeTar } from '../../container/archive.ts';
import { rootfsVfs } from '../../container/fsview.ts';
import { type Command, daemonFailure } from '../command.ts';

/** The files the engine bind-mounts: in the rootfs they stay the empty 0755 files its init layer made. */
const MOUNT_TARGETS = new Set(['/etc/hostname', '/etc/hosts', '/etc/resolv.conf']);

/** `docker export [-o FILE] CONTAINER`: a tar of the container's merged rootfs (no kernel mounts). */
const exportCmd: Command = async (call) => {
  const file = call.opts.str('output');
  // The CLI checks the output path before it asks the engine for anything.
  if (file !== '') {
    const problem = outputProblem(call.ctx.fs, file.startsWith('/') ? file : `${call.ctx.proc.cwd}/${file}`, file);
    if (problem) {
      await call.err(`failed to export container: ${problem}\n`);
      return 1;
    }
  }
  let tar: string;
  try {
    const c = call.engine.get(call.args[0]!);
    const vfs = rootfsVfs(call.host, c);
    tar = treeTar(vfs, '/', {
      rebase: '',
      override: (path: string, st: Stat) => (MOUNT_TARGETS.has(path) && st.type === 'file' ? { st: { ...st, mode: 0o755, mtime: c.createdMs }, data: '' } : null),
      // runc's /dev/console bind target, which the init layer holds too.
      extra: (path: string) => (path === '/dev' ? [emptyFileEntry('dev/console', 0o755, c.createdMs)] : []),
    });
  } catch (e) {
    return daemonFailure(call, e);
  }
  if (file === '') {
    if (call.ctx.stdout.tty) {
      await call.err('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
      return 1;
    }
    for (let i = 0; i < tar.length; i += 65536) await call.ctx.stdout.write(tar.slice(i, i + 65536));
    return 0;
  }
  try {
    call.ctx.fs.writeFile(file, tar, { mode: 0o666 });
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    await call.err(`failed to export container: open ${file}: ${lower(e.text)}\n`);
    return 1;
  }
  return 0;
};

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** What the CLI's output-path check says about `-o FILE` (null when it may be written). */
function outputProblem(fs: Vfs, abs: string, shown: string): string | null {
  const cleaned = abs.replace(/\/+$/, '');
  const dir = cleaned.slice(0, cleaned.lastIndexOf('/')) || '/';
  const shownDir = shown.includes('/') ? shown.replace(/\/+$/, '').slice(0, shown.replace(/\/+$/, '').lastIndexOf('/')) || '/' : '.';
  try {
    if (fs.stat(dir).type !== 'dir') return `invalid output path: stat ${shownDir}: not a directory`;
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    return `invalid output path: stat ${shownDir}: ${lower(e.text)}`;
  }
  try {
    if (fs.stat(abs).type === 'dir') return 'cannot write to a directory';
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
  }
  return null;
}

export default exportCmd;
