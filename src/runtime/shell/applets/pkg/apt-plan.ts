import type { PkgDef } from './catalog-types.ts';
import type { Source } from './apt-sources.ts';
import { isInstalled, type Stanza } from './dpkg-db.ts';

export type Avail = Map<string, { p: PkgDef; src: Source; comp: string }>;

export interface InstallPlan {
  missing: string[];
  already: PkgDef[];
  /** New packages in unpack order (dependencies first). */
  order: PkgDef[];
  suggested: string[];
  recommended: string[];
}

/** What `apt-get install NAMES` would do: the dependency closure of what is not installed yet. */
export function planInstall(names: string[], avail: Avail, db: Map<string, Stanza>, withRecommends: boolean): InstallPlan {
  const plan: InstallPlan = { missing: [], already: [], order: [], suggested: [], recommended: [] };
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || isInstalled(db.get(name))) return;
    const a = avail.get(name);
    if (!a) return;
    seen.add(name);
    for (const d of a.p.deps) visit(d);
    if (withRecommends) for (const r of a.p.recs) visit(r);
    plan.order.push(a.p);
  };
  for (const n of names) {
    const a = avail.get(n);
    if (!a) plan.missing.push(n);
    else if (isInstalled(db.get(n))) plan.already.push(a.p);
  }
  if (plan.missing.length) return plan;
  for (const n of names) visit(n);
  const chosen = new Set(plan.order.map((p) => p.name));
  const have = (n: string) => chosen.has(n) || isInstalled(db.get(n));
  const sug = new Set<string>();
  const rec = new Set<string>();
  for (const p of plan.order) {
    for (const s of p.sugs) if (!have(s)) sug.add(s);
    if (!withRecommends) for (const r of p.recs) if (!have(r)) rec.add(r);
  }
  plan.suggested = [...sug];
  plan.recommended = [...rec];
  return plan;
}

/** Packages that must go with NAMES (whatever depends on them), and auto packages nothing needs any more. */
export function planRemove(names: string[], db: Map<string, Stanza>, auto: Set<string>): { remove: string[]; unneeded: string[] } {
  const remove = new Set(names);
  const depsOf = (n: string) => (db.get(n)?.get('Depends') ?? '').split(',').map((d) => d.trim().split(/\s/)[0]!).filter(Boolean);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [n, st] of db) {
      if (remove.has(n) || !isInstalled(st)) continue;
      if (depsOf(n).some((d) => remove.has(d))) {
        remove.add(n);
        changed = true;
      }
    }
  }
  const needed = new Set<string>();
  const keep = (n: string) => {
    if (needed.has(n) || remove.has(n) || !isInstalled(db.get(n))) return;
    needed.add(n);
    for (const d of depsOf(n)) keep(d);
    for (const r of (db.get(n)?.get('Recommends') ?? '').split(',').map((x) => x.trim()).filter(Boolean)) keep(r);
  };
  for (const [n, st] of db) if (isInstalled(st) && !auto.has(n)) keep(n);
  const unneeded = [...db.keys()].filter((n) => auto.has(n) && !needed.has(n) && !remove.has(n) && isInstalled(db.get(n))).sort();
  return { remove: [...remove].sort(), unneeded };
}
