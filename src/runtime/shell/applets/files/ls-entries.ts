import type { FileType, Stat } from '../../../kernel/fs/types.ts';
import { FsError } from '../../../kernel/fs/errors.ts';
import type { AppletContext } from '../types.ts';
import { fnmatch } from './fnmatch.ts';
import type { LsConfig } from './ls-options.ts';
import { statPath } from './stat-path.ts';
import { filevercmp } from './version-sort.ts';

/** One file of a listing (ls.c's struct fileinfo). */
export interface LsEntry {
  name: string;
  /** The path to stat: operand, or directory + name. */
  path: string;
  /** null when stat failed: listed with `?` fields. */
  st: Stat | null;
  /** Type known even without stat (d_type). */
  type: FileType;
  blocks: number;
  /** A command-line directory that will be listed, not shown as a file. */
  argDir: boolean;
  linkName?: string;
  /** The symlink's target: undefined when ls did not look, null when it does not resolve. */
  linkSt?: Stat | null;
  /** Whether to colour a symlink as a working link (ls pretends so unless it checks). */
  linkOk: boolean;
  /** --group-directories-first groups symlinks to directories with directories. */
  linkDir?: boolean;
}

export type Problem = { message: string; serious: boolean };

/** What one listing needs to know about its entries (ls.c's format_needs_stat & co). */
export interface StatNeeds {
  /** Every entry must be stat'ed (long format, -s, sorting by time or size). */
  always: boolean;
  /** Only the type is needed (colours, indicators, -R, dirs first): d_type suffices mostly. */
  type: boolean;
  /** Colours must tell dangling links apart (LS_COLORS has `or`, `mi` in long mode…). */
  checkSymlinks: boolean;
  /** Colour that needs the mode bits of directories / regular files. */
  dirModes: boolean;
  fileModes: boolean;
}

export function statNeeds(cfg: LsConfig, colored: (k: string) => boolean): StatNeeds {
  const always = cfg.sort === 'time' || cfg.sort === 'size' || cfg.format === 'long' || cfg.blocks || cfg.context;
  const type = !always && (cfg.recursive || cfg.color || cfg.dirsFirst || cfg.indicator !== 'none');
  const checkSymlinks = cfg.color && (colored('or') || (colored('mi') && cfg.format === 'long'));
  return {
    always, type, checkSymlinks,
    dirModes: cfg.color && (colored('ow') || colored('st') || colored('tw')),
    fileModes: cfg.indicator === 'classify' || (cfg.color && (colored('ex') || colored('su') || colored('sg'))),
  };
}

/**
 * gobble_file: stats one name the way the dereference mode asks. Returns the entry and/or the
 * problem to report (`cannot access`). Command-line names that fail are not listed. Names in a
 * directory are only stat'ed when the output needs it, so `ls -L` alone reports no dangling link.
 */
export function gobble(ctx: AppletContext, cfg: LsConfig, needs: StatNeeds, name: string, path: string, cmdline: boolean): { entry: LsEntry | null; problem?: FsError } {
  let ps;
  let problem: FsError | undefined;
  let dtype: FileType = 'file';
  let need = cmdline || needs.always || cfg.busybox;
  if (!need) {
    try {
      ps = statPath(ctx.fs, path, false);
      dtype = ps.st.type;
    } catch {
      ps = undefined;
    }
    need =
      (dtype === 'dir' && needs.dirModes) ||
      ((cfg.inode || needs.type) && dtype === 'symlink' && (cfg.deref === 'always' || needs.checkSymlinks)) ||
      (needs.type && dtype === 'file' && needs.fileModes);
    if (need) ps = undefined;
  }
  if (need) {
    try {
      if (cfg.deref === 'always' || (cmdline && cfg.deref === 'cmdline')) ps = statPath(ctx.fs, path, true);
      else if (cmdline && cfg.deref === 'cmdline-dir') {
        try {
          ps = statPath(ctx.fs, path, true);
          if (ps.st.type !== 'dir') ps = statPath(ctx.fs, path, false);
        } catch (e) {
          if (!(e instanceof FsError) || e.code !== 'ENOENT') throw e;
          ps = statPath(ctx.fs, path, false);
        }
      } else ps = statPath(ctx.fs, path, false);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      problem = e;
    }
  }
  if (!ps) {
    if (cmdline || cfg.busybox) return { entry: null, problem };
    try {
      dtype = ctx.fs.lstat(path).type;
    } catch {
      // d_type unknown: shown as a regular file
    }
    return { entry: { name, path, st: null, type: dtype, blocks: 0, argDir: false, linkOk: true }, problem };
  }
  const st = ps.st;
  const e: LsEntry = { name, path, st, type: st.type, blocks: ps.blocks, argDir: cmdline && st.type === 'dir' && !cfg.directory, linkOk: true };
  if (st.type === 'symlink') {
    if (cfg.format === 'long' || needs.checkSymlinks) {
      try {
        e.linkName = ctx.fs.readlink(path);
      } catch {
        e.linkName = undefined;
      }
      if (e.linkName !== undefined && (cfg.indicator === 'file-type' || cfg.indicator === 'classify' || needs.checkSymlinks)) {
        try {
          e.linkSt = ctx.fs.stat(path);
        } catch {
          e.linkSt = null;
        }
      }
      if (needs.checkSymlinks) e.linkOk = !!e.linkSt;
    }
    if (cfg.dirsFirst) {
      try {
        e.linkDir = ctx.fs.stat(path).type === 'dir';
      } catch {
        e.linkDir = false;
      }
    }
  }
  return { entry: e };
}

/** file_ignored(): dot files unless -a/-A, --hide unless -a/-A, --ignore and -B always. */
export function ignored(cfg: LsConfig, name: string): boolean {
  if (cfg.show !== 'all' && name.startsWith('.') && (cfg.show === 'default' || name === '.' || name === '..')) return true;
  const patterns = [...cfg.ignore, ...(cfg.ignoreBackups ? ['*~', '.*~'] : [])];
  if (cfg.show === 'default' && cfg.hide.some((p) => fnmatch(p, name, { period: true }))) return true;
  return patterns.some((p) => fnmatch(p, name, { period: true }));
}

const cmpName = (a: LsEntry, b: LsEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function timeOf(cfg: LsConfig, st: Stat | null): number {
  if (!st) return 0;
  return cfg.time === 'atime' ? st.atime : cfg.time === 'mtime' ? st.mtime : st.ctime;
}

const isLinkedDir = (e: LsEntry) => e.type === 'dir' || (e.type === 'symlink' && e.linkDir === true);

/** sort_files(): the key, then name; -r reverses both; --group-directories-first stays first. */
export function sortEntries(cfg: LsConfig, entries: LsEntry[], width: (e: LsEntry) => number): void {
  if (cfg.sort === 'none') return;
  let key: (a: LsEntry, b: LsEntry) => number;
  switch (cfg.sort) {
    case 'time':
      key = (a, b) => Math.sign(timeOf(cfg, b.st) - timeOf(cfg, a.st)) || cmpName(a, b);
      break;
    case 'size':
      key = (a, b) => Math.sign((b.st?.size ?? 0) - (a.st?.size ?? 0)) || cmpName(a, b);
      break;
    case 'extension':
      key = (a, b) => {
        const ea = a.name.lastIndexOf('.') >= 0 ? a.name.slice(a.name.lastIndexOf('.')) : '';
        const eb = b.name.lastIndexOf('.') >= 0 ? b.name.slice(b.name.lastIndexOf('.')) : '';
        return (ea < eb ? -1 : ea > eb ? 1 : 0) || cmpName(a, b);
      };
      break;
    case 'version':
      key = (a, b) => filevercmp(a.name, b.name) || cmpName(a, b);
      break;
    case 'width':
      key = (a, b) => width(a) - width(b) || cmpName(a, b);
      break;
    default:
      key = cmpName;
  }
  const ordered = cfg.reverse ? (a: LsEntry, b: LsEntry) => key(b, a) : key;
  entries.sort((a, b) => {
    if (cfg.dirsFirst) {
      const da = isLinkedDir(a);
      const db = isLinkedDir(b);
      if (da !== db) return da ? -1 : 1;
    }
    return ordered(a, b);
  });
}
