import type { AppletContext } from '../types.ts';
import type { PkgDef } from './catalog-types.ts';
import { DEB_BASE, DOCKER_PKGS, UBUNTU_PKGS } from './deb-catalog.ts';
import { mkdirp, packagePaths, programsPresent } from './pkg-files.ts';

export const STATUS = '/var/lib/dpkg/status';
const EXTENDED = '/var/lib/apt/extended_states';

/** One stanza of /var/lib/dpkg/status, fields in file order. */
export type Stanza = Map<string, string>;

export function parseStanzas(text: string): Stanza[] {
  const out: Stanza[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const st: Stanza = new Map();
    let last = '';
    for (const line of block.split('\n')) {
      if (line === '') continue;
      if ((line.startsWith(' ') || line.startsWith('\t')) && last) st.set(last, `${st.get(last)}\n${line}`);
      else {
        const c = line.indexOf(':');
        if (c < 0) continue;
        last = line.slice(0, c);
        st.set(last, line.slice(c + 1).trim());
      }
    }
    if (st.has('Package')) out.push(st);
  }
  return out;
}

export const formatStanza = (st: Stanza): string => [...st].map(([k, v]) => `${k}: ${v}\n`).join('');

/** The catalog entry for a package name, wherever apt could have got it from. */
export function debDef(name: string): PkgDef | undefined {
  return UBUNTU_PKGS.get(name) ?? DOCKER_PKGS.get(name);
}

export function stanzaFor(p: PkgDef, status = 'install ok installed'): Stanza {
  const st: Stanza = new Map([['Package', p.name], ['Status', status], ['Priority', 'optional'], ['Section', p.repo.endsWith('universe') ? 'universe/misc' : 'misc'], ['Installed-Size', String(p.isize)], ['Maintainer', p.repo.endsWith('stable') ? 'Docker <support@docker.com>' : 'Ubuntu Developers <ubuntu-devel-discuss@lists.ubuntu.com>'], ['Architecture', p.arch]]);
  if (p.multiarch) st.set('Multi-Arch', 'same');
  st.set('Version', p.version);
  if (p.deps.length) st.set('Depends', p.deps.join(', '));
  if (p.recs.length) st.set('Recommends', p.recs.join(', '));
  if (p.sugs.length) st.set('Suggests', p.sugs.join(', '));
  st.set('Description', p.desc);
  return st;
}

/** The dpkg database: recorded status, or (never written yet) what the root evidently has. */
export function readDpkg(ctx: AppletContext): Map<string, Stanza> {
  const db = new Map<string, Stanza>();
  if (ctx.fs.exists(STATUS)) {
    for (const st of parseStanzas(ctx.fs.readFile(STATUS))) db.set(st.get('Package')!, st);
    return db;
  }
  for (const p of UBUNTU_PKGS.values()) if (DEB_BASE.includes(p.name) || programsPresent(ctx, p)) db.set(p.name, stanzaFor(p));
  return db;
}

export function isInstalled(st: Stanza | undefined): boolean {
  return !!st && st.get('Status')!.endsWith(' installed');
}

export function writeDpkg(ctx: AppletContext, db: Map<string, Stanza>): void {
  mkdirp(ctx, '/var/lib/dpkg/info');
  const names = [...db.keys()].sort();
  ctx.fs.writeFile(STATUS, names.map((n) => formatStanza(db.get(n)!)).join('\n'));
}

/** The name dpkg shows: `libfoo:amd64` for Multi-Arch: same packages. */
export function dpkgName(p: { name: string; multiarch: boolean; arch: string }): string {
  return p.multiarch ? `${p.name}:${p.arch}` : p.name;
}

export function listFile(p: PkgDef): string {
  return `/var/lib/dpkg/info/${dpkgName(p)}.list`;
}

export function writeListFile(ctx: AppletContext, p: PkgDef): void {
  mkdirp(ctx, '/var/lib/dpkg/info');
  const { dirs, files } = packagePaths(p);
  ctx.fs.writeFile(listFile(p), ['/.', ...[...dirs, ...files].sort()].join('\n') + '\n');
}

/** Files and directories dpkg knows about, for `(Reading database ... N files ...)`. */
export function databaseCount(ctx: AppletContext, db: Map<string, Stanza>): number {
  let n = 4393;
  for (const name of db.keys()) {
    const p = debDef(name);
    if (p && !DEB_BASE.includes(name) && ctx.fs.exists(listFile(p))) n += ctx.fs.readFile(listFile(p)).split('\n').length - 2;
  }
  return n;
}

/** Packages apt installed only as dependencies (/var/lib/apt/extended_states). */
export function readAuto(ctx: AppletContext): Set<string> {
  if (!ctx.fs.exists(EXTENDED)) return new Set();
  return new Set(parseStanzas(ctx.fs.readFile(EXTENDED)).filter((s) => s.get('Auto-Installed') === '1').map((s) => s.get('Package')!));
}

export function writeAuto(ctx: AppletContext, auto: Set<string>): void {
  mkdirp(ctx, '/var/lib/apt');
  const text = [...auto].sort().map((n) => `Package: ${n}\nArchitecture: ${debDef(n)?.arch === 'all' ? 'all' : 'amd64'}\nAuto-Installed: 1\n`).join('\n');
  ctx.fs.writeFile(EXTENDED, text);
}
