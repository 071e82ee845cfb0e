import type { AppletContext } from '../types.ts';
import type { PkgDef } from './catalog-types.ts';
import { CENTOS_PKGS, RPM_BASE, RPM_DB } from './rpm-catalog.ts';
import { mkdirp } from './pkg-files.ts';

/** Installed rpm packages; the lab keeps rpm's database as one name per line (Berkeley DB is out of scope). */
export function readRpm(ctx: AppletContext): Map<string, PkgDef> {
  const names = ctx.fs.exists(RPM_DB) ? ctx.fs.readFile(RPM_DB).split('\n').map((l) => l.split(' ')[0]!).filter(Boolean) : RPM_BASE;
  const out = new Map<string, PkgDef>();
  for (const n of names) {
    const p = CENTOS_PKGS.get(n);
    if (p) out.set(n, p);
  }
  return out;
}

export function writeRpm(ctx: AppletContext, db: Map<string, PkgDef>): void {
  mkdirp(ctx, '/var/lib/rpm');
  ctx.fs.writeFile(RPM_DB, [...db.values()].map((p) => `${p.name} ${p.version} ${p.arch}\n`).join(''));
}

export const nevra = (p: PkgDef): string => `${p.name}-${p.version}.${p.arch}`;
