import { FsError } from '../../kernel/fs/errors.ts';
import type { AppletContext, TextWriter } from '../../shell/applets/types.ts';

const DESCRIPTOR = /^\/(?:dev\/(stdout|stderr)|proc\/self\/fd\/([12])|dev\/fd\/([12]))$/;

/**
 * A server's log file as open(2) gives it: the images link their log files to /dev/stdout and
 * /dev/stderr (`ln -sf /dev/stderr /var/log/nginx/error.log`), so writes land in the container's
 * output; any other path is appended to. Follows the symlink chain itself so the link's target
 * (the process's own descriptor) is found whatever /dev holds.
 */
export function openLog(ctx: AppletContext, path: string): TextWriter {
  let p = path;
  for (let hops = 0; hops < 8; hops++) {
    const m = DESCRIPTOR.exec(p);
    if (m) return m[1] === 'stdout' || (m[2] ?? m[3]) === '1' ? ctx.stdout : ctx.stderr;
    let target: string;
    try {
      if (ctx.fs.lstat(p).type !== 'symlink') break;
      target = ctx.fs.readlink(p);
    } catch (e) {
      if (e instanceof FsError) break;
      throw e;
    }
    p = target.startsWith('/') ? target : `${p.slice(0, p.lastIndexOf('/'))}/${target}`;
  }
  const out = ctx.fs.openWrite(path, { append: true });
  return { tty: false, write: (data) => out.write(ctx.proc, data) };
}
