import type { AppletContext } from '../types.ts';
import { availablePackages } from './apt-sources.ts';
import { sizeToStr } from './apt-text.ts';
import { isInstalled, readAuto, readDpkg } from './dpkg-db.ts';

function glob(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

/** `apt list`, `apt search` and `apt show`, from the downloaded indexes and the dpkg database. */
export async function aptList(ctx: AppletContext, cmd: string, words: string[], flags: Set<string>): Promise<number> {
  const avail = availablePackages(ctx);
  const db = readDpkg(ctx);
  const auto = readAuto(ctx);
  const done = ctx.stdout.tty ? ' Done' : '';
  if (cmd === 'show') {
    let out = '';
    for (const n of words) {
      const a = avail.get(n);
      if (!a) {
        await ctx.stdout.write(out);
        await ctx.stderr.write(`N: Unable to locate package ${n}\nE: No packages found\n`);
        return 100;
      }
      const p = a.p;
      out += `Package: ${p.name}\nVersion: ${p.version}\nPriority: optional\nSection: ${a.comp === 'main' ? '' : `${a.comp}/`}misc\nOrigin: ${a.src.uri.includes('docker') ? 'Docker' : 'Ubuntu'}\nMaintainer: Ubuntu Developers <ubuntu-devel-discuss@lists.ubuntu.com>\nInstalled-Size: ${sizeToStr(p.isize * 1024)}\n`;
      if (p.deps.length) out += `Depends: ${p.deps.join(', ')}\n`;
      if (p.recs.length) out += `Recommends: ${p.recs.join(', ')}\n`;
      if (p.sugs.length) out += `Suggests: ${p.sugs.join(', ')}\n`;
      out += `Download-Size: ${sizeToStr(p.size)}\nAPT-Manual-Installed: ${isInstalled(db.get(n)) ? (auto.has(n) ? 'no' : 'yes') : 'no'}\nAPT-Sources: ${a.src.uri} ${a.src.suite}/${a.comp} amd64 Packages\nDescription: ${p.desc}\n\n`;
    }
    await ctx.stdout.write(out);
    return 0;
  }
  if (cmd === 'search') {
    if (words.length === 0) {
      await ctx.stderr.write('E: You must give at least one search pattern\n');
      return 100;
    }
    const res = words.map((w) => new RegExp(w, 'i'));
    let out = `Sorting...${done}\nFull Text Search...${done}\n`;
    for (const name of [...avail.keys()].sort()) {
      const { p, src } = avail.get(name)!;
      if (!res.every((r) => r.test(name) || r.test(p.desc))) continue;
      const tag = isInstalled(db.get(name)) ? (auto.has(name) ? ' [installed,automatic]' : ' [installed]') : '';
      out += `${name}/${src.suite} ${p.version} ${p.arch}${tag}\n  ${p.desc}\n\n`;
    }
    await ctx.stdout.write(out);
    return 0;
  }
  const pats = words.map(glob);
  const names = new Set<string>([...(flags.has('installed') ? [] : avail.keys()), ...[...db.keys()].filter((n) => isInstalled(db.get(n)))]);
  let out = `Listing...${done}\n`;
  if (!flags.has('upgradable')) {
    for (const n of [...names].sort()) {
      if (pats.length && !pats.some((r) => r.test(n))) continue;
      const inst = isInstalled(db.get(n));
      if (flags.has('installed') && !inst) continue;
      const a = avail.get(n);
      const st = db.get(n);
      const version = a?.p.version ?? st?.get('Version');
      const arch = a?.p.arch ?? st?.get('Architecture');
      const where = a ? `${a.src.suite}${inst ? ',now' : ''}` : 'now';
      const tag = inst ? ` [installed${auto.has(n) ? ',automatic' : a ? '' : ',local'}]` : '';
      out += `${n}/${where} ${version} ${arch}${tag}\n`;
    }
  }
  await ctx.stdout.write(out);
  return 0;
}
