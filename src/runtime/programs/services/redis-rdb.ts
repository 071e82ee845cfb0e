import { FsError, STRERROR } from '../../kernel/fs/errors.ts';
import type { AppletContext } from '../../shell/applets/types.ts';

/**
 * An empty dataset's RDB file as redis 7.2 writes it: `REDIS0011`, the aux fields, EOF and an
 * 8-byte checksum (zeros here: the model keeps no keys yet; serving comes with networking).
 */
function rdbBytes(version: string, nowSec: number): string {
  const str = (v: string) => `${String.fromCharCode(v.length)}${v}`;
  const int32 = (n: number) => `\xc2${String.fromCharCode(...[0, 8, 16, 24].map((s) => (n >>> s) & 0xff))}`;
  const aux = (k: string, v: string) => `\xfa${str(k)}${v}`;
  return `REDIS0011${aux('redis-ver', str(version))}${aux('redis-bits', '\xc0\x40')}${aux('ctime', int32(nowSec))}${aux('used-mem', int32(871456))}${aux('aof-base', '\xc0\x00')}\xff${'\0'.repeat(8)}`;
}

/** rdbSave into `path` (the working directory's dump.rdb); an error text, or null. */
export function saveRdb(ctx: AppletContext, path: string, version: string): string | null {
  try {
    ctx.fs.writeFile(path, rdbBytes(version, Math.floor(ctx.kernel.clock.now / 1000)), { mode: 0o644 });
    return null;
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    return STRERROR[e.code];
  }
}

/** rdbLoad at start-up: the notices redis logs when a dump.rdb is there, none otherwise. */
export function loadRdb(ctx: AppletContext, path: string, version: string): string[] {
  let st;
  try {
    st = ctx.fs.stat(path);
  } catch (e) {
    if (e instanceof FsError) return [];
    throw e;
  }
  const age = Math.max(0, Math.round((ctx.kernel.clock.now - st.mtime) / 1000));
  return [
    `Loading RDB produced by version ${version}`,
    `RDB age ${age} seconds`,
    'RDB memory usage when created 0.83 Mb',
    'Done loading RDB, keys loaded: 0, keys expired: 0.',
    'DB loaded from disk: 0.000 seconds',
  ];
}
