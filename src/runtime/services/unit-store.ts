import type { Vfs } from '../kernel/fs/vfs.ts';
import { ADMIN_DIR, VENDOR_DIR } from './unit-files.ts';

/** Unit search path in systemd's order of precedence (system instance). */
const SEARCH = [ADMIN_DIR, '/run/systemd/system', VENDOR_DIR];

/** A unit's files on disk right now: the fragment that wins and its drop-ins. */
export interface UnitSource {
  fragment: string;
  dropIns: string[];
  /** The texts systemd would load, fragment first. */
  texts: string[];
}

function tryRead(vfs: Vfs, path: string): string | null {
  try {
    return vfs.stat(path).type === 'file' ? vfs.readFile(path) : null;
  } catch {
    return null;
  }
}

function tryList(vfs: Vfs, dir: string): string[] {
  try {
    return vfs.readdir(dir);
  } catch {
    return [];
  }
}

/** `docker` → `docker.service`, as systemctl mangles names without a suffix. */
export function unitName(arg: string): string {
  return /\.(service|socket|target|timer|mount|path|slice|scope|device|swap|automount)$/.test(arg) ? arg : `${arg}.service`;
}

/**
 * Where a unit comes from: a regular file in the search path, or a symlink there (an alias such as
 * sshd.service → ssh.service, or a linked unit). Returns the canonical name with it.
 */
export function findUnit(vfs: Vfs, name: string): { name: string; source: UnitSource } | null {
  for (const dir of SEARCH) {
    const path = `${dir}/${name}`;
    let real = name;
    try {
      const st = vfs.lstat(path);
      if (st.type === 'symlink') real = vfs.readlink(path).split('/').pop()!;
      else if (st.type !== 'file') continue;
    } catch {
      continue;
    }
    const fragmentPath = real === name ? path : findFragment(vfs, real);
    if (!fragmentPath) return null;
    const text = tryRead(vfs, fragmentPath);
    if (text === null) return null;
    const dropIns: string[] = [];
    for (const d of [...SEARCH].reverse()) {
      for (const f of tryList(vfs, `${d}/${real}.d`).filter((f) => f.endsWith('.conf')).sort()) dropIns.push(`${d}/${real}.d/${f}`);
    }
    const texts = [text, ...dropIns.map((p) => tryRead(vfs, p) ?? '')];
    return { name: real, source: { fragment: fragmentPath, dropIns, texts } };
  }
  return null;
}

function findFragment(vfs: Vfs, name: string): string | null {
  for (const dir of SEARCH) if (tryRead(vfs, `${dir}/${name}`) !== null) return `${dir}/${name}`;
  return null;
}

/** enabled/disabled from the `.wants` symlinks [Install] asks for, as `systemctl is-enabled` decides. */
export function enablement(vfs: Vfs, name: string, wantedBy: string[], aliases: string[]): 'enabled' | 'disabled' | 'static' {
  if (wantedBy.length === 0 && aliases.length === 0) return 'static';
  for (const target of wantedBy) {
    if (vfs.exists(`${ADMIN_DIR}/${target}.wants/${name}`)) return 'enabled';
  }
  return 'disabled';
}

export interface InstallChange {
  kind: 'symlink' | 'unlink';
  path: string;
  source?: string;
}

/** The symlinks `systemctl enable` creates (missing ones only), made on disk. */
export function installLinks(vfs: Vfs, name: string, fragment: string, wantedBy: string[], aliases: string[]): InstallChange[] {
  const changes: InstallChange[] = [];
  const want = [...aliases.map((a) => `${ADMIN_DIR}/${a}`), ...wantedBy.map((t) => `${ADMIN_DIR}/${t}.wants/${name}`)];
  for (const link of want) {
    if (vfs.exists(link) || isLink(vfs, link)) continue;
    const dir = link.slice(0, link.lastIndexOf('/'));
    if (!vfs.exists(dir)) vfs.mkdir(dir, 0o755);
    vfs.symlink(fragment, link);
    changes.push({ kind: 'symlink', path: link, source: fragment });
  }
  return changes;
}

/** The symlinks `systemctl disable` removes: every link to the unit in the admin tree's .wants dirs and aliases. */
export function removeLinks(vfs: Vfs, name: string, wantedBy: string[], aliases: string[]): InstallChange[] {
  const changes: InstallChange[] = [];
  const candidates = [...aliases.map((a) => `${ADMIN_DIR}/${a}`), ...wantedBy.map((t) => `${ADMIN_DIR}/${t}.wants/${name}`)];
  for (const link of candidates) {
    if (!isLink(vfs, link)) continue;
    vfs.unlink(link);
    changes.push({ kind: 'unlink', path: link });
  }
  return changes;
}

function isLink(vfs: Vfs, path: string): boolean {
  try {
    return vfs.lstat(path).type === 'symlink';
  } catch {
    return false;
  }
}
