import type { AppletContext } from '../types.ts';
import { parseDate } from './date-parse.ts';
import { loadIds } from './ids.ts';
import { compileMode } from './modes.ts';
import type { TarRun } from './tar.ts';

/**
 * Fills r.create from --owner/--group/--mode/--mtime. A name keeps the file's id when the
 * name is unknown (GNU tar stores it as given); a number gets the name the system has for it.
 * Returns a fatal message (tar exits 2) or undefined.
 */
export function headerOverrides(ctx: AppletContext, r: TarRun, v: (k: string) => string | undefined): string | undefined {
  const ids = loadIds(ctx);
  const owner = v('owner');
  if (owner !== undefined) {
    const n = /^\+?(\d+)$/.exec(owner);
    const id = n ? Number(n[1]) : ids.userId(owner);
    r.create.owner = id === undefined ? [-1, owner] : [id, n ? ids.userName(id) ?? '' : owner];
  }
  const group = v('group');
  if (group !== undefined) {
    const n = /^\+?(\d+)$/.exec(group);
    const id = n ? Number(n[1]) : ids.groupId(group);
    r.create.group = id === undefined ? [-1, group] : [id, n ? ids.groupName(id) ?? '' : group];
  }
  const mode = v('mode');
  if (mode !== undefined) {
    const ch = compileMode(mode);
    if (!ch) return 'Invalid mode given on option\ntar: Error is not recoverable: exiting now';
    r.create.mode = ch;
  }
  const mtime = v('mtime');
  if (mtime !== undefined) {
    // A name starting with `/` or `.` is a reference file, anything else a date.
    let ms: number | null = null;
    if (/^[/.]/.test(mtime)) {
      try {
        ms = ctx.fs.stat(mtime).mtime;
      } catch {
        ms = null;
      }
    } else ms = parseDate(mtime, ctx.kernel.clock.now);
    if (ms !== null) r.create.mtime = Math.floor(ms / 1000);
  }
  return undefined;
}
