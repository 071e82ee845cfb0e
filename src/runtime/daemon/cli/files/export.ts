import type { Stat } from '../../../kernel/fs/types.ts';
import { emptyFileEntry, treeTar } from '../../container/archive.ts';
import { rootfsVfs } from '../../container/fsview.ts';
import { type Command, daemonFailure } from '../command.ts';

/** The files the engine bind-mounts: in the rootfs they stay the empty 0755 files its init layer made. */
const MOUNT_TARGETS = new Set(['/etc/hostname', '/etc/hosts', '/etc/resolv.conf']);

/** `docker export [-o FILE] CONTAINER`: a tar of the container's merged rootfs (no kernel mounts). */
const exportCmd: Command = async (call) => {
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
  const file = call.opts.str('output');
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
    await call.err(`failed to export container: ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
};

export default exportCmd;
