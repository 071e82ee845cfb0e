import type { Redirection } from 'unbash';
import { FsError } from '../../kernel/fs/errors.ts';
import { type FdTable, OpenFile } from '../../kernel/proc/fd-table.ts';
import { StringIn } from '../../kernel/stream.ts';
import { expandWordFields, expandWordString } from './expand.ts';
import { ShellAbort } from './control.ts';
import type { Shell } from './shell.ts';
import { checkNewFd } from '../../kernel/proc/rlimits.ts';
import { expandHereDoc } from './heredoc.ts';

/** A redirection failed; bash printed why and the command does not run (status 1). */
export class RedirectFailed extends ShellAbort {
  constructor(status = 1) {
    super(status);
  }
}

/** Special files bash handles itself in redirections. */
function specialFd(path: string): number | undefined {
  const m = /^\/dev\/(?:fd\/(\d+)|(stdin|stdout|stderr))$/.exec(path);
  if (!m) return undefined;
  if (m[1] !== undefined) return Number(m[1]);
  return { stdin: 0, stdout: 1, stderr: 2 }[m[2] as 'stdin'];
}

async function target(sh: Shell, r: Redirection): Promise<string> {
  if (r.type === 'HereDoc' || !r.target) return '';
  const fields = await expandWordFields(sh, r.target);
  if (fields.length !== 1) {
    await sh.diag(`${r.target.text}: ambiguous redirect`);
    throw new RedirectFailed();
  }
  return fields[0]!;
}

async function fail(sh: Shell, path: string, e: unknown, writing = true): Promise<never> {
  if (e instanceof FsError) {
    await sh.diag(e.code === 'EEXIST' ? `${path}: cannot overwrite existing file` : sh.words.redirect(path, e.code, writing));
    throw new RedirectFailed(sh.words.redirectStatus);
  }
  throw e;
}

/** Applies redirections to `fds` in order, as the child side of fork does. */
export async function applyRedirects(sh: Shell, redirs: readonly Redirection[], fds: FdTable): Promise<void> {
  for (const r of redirs) {
    const desc = r.descriptor?.type === 'FileDescriptor' ? r.descriptor.value : undefined;
    if (r.type === 'HereDoc') {
      const body = await expandHereDoc(sh, r);
      fds.set(desc ?? 0, new OpenFile(new StringIn(body), null, 'pipe'));
      continue;
    }
    if (r.type === 'HereString') {
      const text = await expandWordString(sh, r.target!);
      fds.set(desc ?? 0, new OpenFile(new StringIn(`${text}\n`), null, 'pipe'));
      continue;
    }
    const path = await target(sh, r);
    const op = r.operator;
    if (op === '>&' || op === '<&') {
      const fd = desc ?? (op === '>&' ? 1 : 0);
      if (path === '-') {
        fds.close(fd);
        continue;
      }
      const m = /^(\d+)(-?)$/.exec(path);
      if (m) {
        const src = fds.get(Number(m[1]));
        if (!src) {
          await sh.diag(`${m[1]}: Bad file descriptor`);
          throw new RedirectFailed();
        }
        fds.set(fd, src.ref());
        if (m[2]) fds.close(Number(m[1]));
        continue;
      }
      if (op === '>&' && desc === undefined) {
        await openOut(sh, fds, path, [1, 2], false, false);
        continue;
      }
      await sh.diag(`${path}: ambiguous redirect`);
      throw new RedirectFailed();
    }
    if (op === '<' || op === '<>') {
      const fd = desc ?? 0;
      const special = specialFd(path);
      if (special !== undefined) {
        // A <(…) descriptor is opened on the shell while the redirection is expanded.
        const src = fds.get(special) ?? sh.fds.get(special);
        if (src) fds.set(fd, src.ref());
        continue;
      }
      try {
        // `<>` opens O_RDWR|O_CREAT: create first, then read the same file.
        checkNewFd(sh.proc, fds.free());
        const output = op === '<>' ? sh.vfs.openWrite(path, { noTrunc: true }) : null;
        fds.set(fd, new OpenFile(sh.vfs.openRead(path), output, absolute(sh, path)));
      } catch (e) {
        await fail(sh, path, e, false);
      }
      continue;
    }
    if (op === '&>' || op === '&>>') {
      await openOut(sh, fds, path, [1, 2], op === '&>>', false);
      continue;
    }
    const clobberCheck = op === '>' && sh.opts.noclobber;
    await openOut(sh, fds, path, [desc ?? 1], op === '>>', clobberCheck);
  }
}

async function openOut(sh: Shell, fds: FdTable, path: string, targets: number[], append: boolean, noclobber: boolean): Promise<void> {
  const special = specialFd(path);
  if (special !== undefined) {
    const src = fds.get(special) ?? sh.fds.get(special);
    for (const t of targets) if (src) fds.set(t, src.ref());
    return;
  }
  try {
    checkNewFd(sh.proc, fds.free());
    const out = sh.vfs.openWrite(path, { append, noclobber });
    const file = new OpenFile(null, out, absolute(sh, path));
    fds.set(targets[0]!, file);
    for (const t of targets.slice(1)) fds.set(t, file.ref());
  } catch (e) {
    await fail(sh, path, e);
  }
}

/** Runs `body` with redirections applied to the shell's own descriptors, then restores them. */
export async function withRedirects(sh: Shell, redirs: readonly Redirection[], body: () => Promise<number>): Promise<number> {
  if (redirs.length === 0) return body();
  const saved = sh.fds.clone();
  try {
    try {
      await applyRedirects(sh, redirs, sh.fds);
    } catch (e) {
      if (e instanceof RedirectFailed) return e.status;
      throw e;
    }
    return await body();
  } finally {
    if (sh.keepRedirects) {
      sh.keepRedirects = false;
      saved.closeAll();
    } else {
      const cur = sh.proc.fds;
      sh.proc.fds = saved;
      cur.closeAll();
    }
  }
}

/** The name an open file is known by (/proc/PID/fd links): absolute, as the kernel records it. */
function absolute(sh: Shell, path: string): string {
  if (path.startsWith('/')) return path;
  const parts: string[] = [];
  for (const c of `${sh.cwd}/${path}`.split('/')) {
    if (c === '' || c === '.') continue;
    if (c === '..') parts.pop();
    else parts.push(c);
  }
  return `/${parts.join('/')}`;
}
