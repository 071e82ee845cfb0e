import type { Stat } from '../../../kernel/fs/types.ts';
import { errText } from '../errors.ts';
import type { AppletContext } from '../types.ts';
import { loadIds } from './ids.ts';
import { adjustMode } from './modes.ts';
import { childrenOf, joinName, nodeKey } from './paths.ts';
import { encodeEntry, Lister, type TarEntry } from './tar-format.ts';
import { PrefixWarner } from './tar-names.ts';
import type { TarRun } from './tar.ts';

const TYPE: Record<string, TarEntry['type']> = { file: '0', dir: '5', symlink: '2', chr: '3', blk: '4', fifo: '6' };

/** tar -c: members in command-line order, directories recursively (inode order, like readdir). */
export async function createArchive(ctx: AppletContext, r: TarRun, operands: string[]): Promise<string> {
  const ids = loadIds(ctx);
  const links = new Map<string, string>();
  const lister = new Lister(r.fullTime);
  let body = '';
  const add = async (path: string, member: string): Promise<void> => {
    await ctx.tick();
    if (r.excluded(member)) return;
    let st: Stat;
    try {
      st = r.deref ? ctx.fs.stat(path) : ctx.fs.lstat(path);
    } catch (e) {
      await r.error(`${path}: Cannot stat: ${errText(e)}`);
      return;
    }
    const type = TYPE[st.type];
    if (!type) {
      await r.error(`${path}: socket ignored`);
      return;
    }
    const name = st.type === 'dir' ? `${member.replace(/\/+$/, '')}/` : member;
    const e: TarEntry = {
      name, mode: st.mode, uid: st.uid, gid: st.gid, size: 0, mtime: Math.floor(st.mtime / 1000), type, linkname: '',
      uname: ids.userName(st.uid) ?? '', gname: ids.groupName(st.gid) ?? '', devmajor: Math.floor(st.rdev / 256), devminor: st.rdev % 256, data: '',
    };
    applyOverrides(e, r, st.type === 'dir');
    if (st.type === 'symlink') e.linkname = ctx.fs.readlink(path);
    if (st.type === 'file') {
      const prior = st.nlink > 1 ? links.get(nodeKey(st)) : undefined;
      if (prior !== undefined) (e.type = '1'), (e.linkname = prior);
      else {
        try {
          e.data = ctx.fs.readFile(path);
        } catch (err) {
          await r.error(`${path}: Cannot open: ${errText(err)}`);
          return;
        }
        e.size = e.data.length;
        if (st.nlink > 1) links.set(nodeKey(st), member);
      }
    }
    body += encodeEntry(e);
    if (r.verbose) await r.say(r.verbose > 1 ? lister.line(e, r.numeric) : `${name}\n`);
    if (st.type === 'dir') {
      let names: string[];
      try {
        names = childrenOf(ctx, path);
      } catch (err) {
        await r.error(`${path}: Cannot open: ${errText(err)}`);
        return;
      }
      for (const n of names) await add(joinName(path, n), `${name}${n}`);
    }
  };
  const prefixes = new PrefixWarner(ctx);
  for (const op of operands) {
    // `tar cf x /` archives "/" itself; anything else loses its unsafe prefix.
    const member = /^\/+$/.test(op) ? '/' : await prefixes.strip(op);
    const path = r.dir ? (op.startsWith('/') ? op : joinName(r.dir, op)) : op;
    await add(path, member.replace(/^(\.\/)+(?=.)/, (m) => m));
  }
  return body;
}

/** --owner/--group/--mode/--mtime/--numeric-owner as stored in the header. */
function applyOverrides(e: TarEntry, r: TarRun, dir: boolean): void {
  const o = r.create;
  if (o.owner) [e.uid, e.uname] = [o.owner[0] < 0 ? e.uid : o.owner[0], o.owner[1]];
  if (o.group) [e.gid, e.gname] = [o.group[0] < 0 ? e.gid : o.group[0], o.group[1]];
  if (o.mode) e.mode = adjustMode(e.mode & 0o7777, dir, 0, o.mode);
  if (o.mtime !== undefined) e.mtime = o.mtime;
  if (r.numeric) e.uname = e.gname = '';
}
