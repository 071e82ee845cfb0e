import type { Applet, AppletContext } from '../types.ts';
import type { PkgDef } from './catalog-types.ts';
import { ALPINE_PKGS, APK_BASE } from './apk-catalog.ts';
import { isRoot, mkdirp, packagePaths, removePackageFiles, writePackageFiles } from './pkg-files.ts';

const DB = '/var/lib/apk/db/installed';
const WORLD = '/etc/apk/world';

interface ApkState {
  installed: Map<string, PkgDef>;
  world: string[];
}

function readState(ctx: AppletContext): ApkState {
  const installed = new Map<string, PkgDef>();
  if (ctx.fs.exists(DB)) {
    for (const block of ctx.fs.readFile(DB).split('\n\n')) {
      const name = /^P:(.*)$/m.exec(block)?.[1];
      const p = name ? ALPINE_PKGS.get(name) : undefined;
      if (p) installed.set(p.name, p);
    }
  } else for (const n of APK_BASE) installed.set(n, ALPINE_PKGS.get(n)!);
  const world = ctx.fs.exists(WORLD) ? ctx.fs.readFile(WORLD).split(/\s+/).filter(Boolean) : ['alpine-baselayout', 'alpine-keys', 'apk-tools', 'busybox', 'libc-utils'];
  return { installed, world };
}

function writeState(ctx: AppletContext, s: ApkState): void {
  mkdirp(ctx, '/var/lib/apk/db');
  mkdirp(ctx, '/etc/apk');
  const block = (p: PkgDef) => {
    const { files } = packagePaths(p);
    const rows = files.filter((f) => !f.startsWith('/usr/share/doc/')).map((f) => `F:${f.slice(1, f.lastIndexOf('/'))}\nR:${f.slice(f.lastIndexOf('/') + 1)}\n`).join('');
    return `P:${p.name}\nV:${p.version}\nA:${p.arch}\nS:${p.size}\nI:${p.isize * 1024}\nT:${p.desc}\nD:${p.deps.join(' ')}\n${rows}`;
  };
  ctx.fs.writeFile(DB, [...s.installed.values()].map(block).join('\n'));
  ctx.fs.writeFile(WORLD, [...new Set(s.world)].sort().join('\n') + '\n');
}

function repositories(ctx: AppletContext): string[] {
  if (ctx.fs.exists('/etc/apk/repositories')) return ctx.fs.readFile('/etc/apk/repositories').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  let v = '3.19';
  try {
    v = ctx.fs.readFile('/etc/alpine-release').trim().split('.').slice(0, 2).join('.');
  } catch {
    /* not an alpine root: keep the default */
  }
  return [`https://dl-cdn.alpinelinux.org/alpine/v${v}/main`, `https://dl-cdn.alpinelinux.org/alpine/v${v}/community`];
}

const fetchLines = (ctx: AppletContext) => repositories(ctx).map((r) => `fetch ${r}/x86_64/APKINDEX.tar.gz\n`).join('');
const okLine = (s: ApkState) => `OK: ${Math.max(1, Math.round([...s.installed.values()].reduce((t, p) => t + p.isize, 0) / 1024))} MiB in ${s.installed.size} packages\n`;

/** apk (apk-tools 2.14): add, del, info, update, list, search over the offline Alpine catalog. */
const apk: Applet = {
  async run(ctx) {
    const args = ctx.argv.slice(1);
    const flags = new Set(args.filter((a) => a.startsWith('-')));
    const [cmd, ...names] = args.filter((a) => !a.startsWith('-'));
    if (!cmd) {
      await ctx.stdout.write('apk-tools 2.14.0, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n');
      return 1;
    }
    const s = readState(ctx);
    const writes = ['add', 'del', 'update', 'upgrade', 'fix'].includes(cmd);
    if (writes && !isRoot(ctx)) {
      await ctx.stderr.write('ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n');
      return 99;
    }
    const quiet = flags.has('-q') || flags.has('--quiet');
    switch (cmd) {
      case 'update':
        await ctx.stdout.write(quiet ? '' : `${fetchLines(ctx)}${repositories(ctx).map((r, i) => `v3.19.1-${45 + i}-g${['0dd8ae2a0e3', '2e8c0ab2d8a', '5a1b2c3d4e5'][i % 3]} [${r}]\n`).join('')}OK: 22983 distinct packages available\n`);
        return 0;
      case 'add':
        return add(ctx, s, names, quiet);
      case 'del': {
        let out = '';
        const gone = names.filter((n) => s.installed.has(n));
        const missing = names.filter((n) => !s.installed.has(n));
        if (missing.length) {
          await ctx.stderr.write(missing.map((n) => `WARNING: ${n}: No such package\n`).join(''));
        }
        s.world = s.world.filter((w) => !names.includes(w));
        const needed = new Set<string>();
        const keep = (n: string) => {
          if (needed.has(n) || !s.installed.has(n)) return;
          needed.add(n);
          for (const d of s.installed.get(n)!.deps) keep(d);
        };
        for (const w of s.world) keep(w);
        for (const n of APK_BASE) keep(n);
        const purge = [...s.installed.keys()].filter((n) => !needed.has(n) && (gone.includes(n) || !APK_BASE.includes(n)));
        purge.forEach((n, i) => {
          const p = s.installed.get(n)!;
          out += `(${i + 1}/${purge.length}) Purging ${p.name} (${p.version})\n`;
          removePackageFiles(ctx, p);
          s.installed.delete(n);
        });
        writeState(ctx, s);
        await ctx.stdout.write(quiet ? '' : out + okLine(s));
        return 0;
      }
      case 'info': {
        if (names.length === 0) {
          await ctx.stdout.write([...s.installed.keys()].map((n) => `${n}\n`).join(''));
          return 0;
        }
        if (flags.has('-e') || flags.has('--installed')) {
          const hit = names.filter((n) => s.installed.has(n));
          await ctx.stdout.write(hit.map((n) => `${n}\n`).join(''));
          return hit.length === names.length ? 0 : 1;
        }
        let out = '';
        for (const n of names) {
          const p = s.installed.get(n) ?? ALPINE_PKGS.get(n);
          if (!p) continue;
          const id = `${p.name}-${p.version}`;
          if (flags.has('-L') || flags.has('--contents')) out += `${id} contains:\n${p.files.map((f) => `${f.slice(1)}\n`).join('')}\n`;
          else out += `${id} description:\n${p.desc}\n\n${id} webpage:\nhttps://pkgs.alpinelinux.org/package/edge/main/x86_64/${p.name}\n\n${id} installed size:\n${p.isize >= 1024 ? `${Math.round(p.isize / 1024)} MiB` : `${p.isize} KiB`}\n\n`;
        }
        await ctx.stdout.write(out);
        return 0;
      }
      case 'list':
      case 'search': {
        const installedOnly = flags.has('-I') || flags.has('--installed');
        let out = '';
        for (const p of [...ALPINE_PKGS.values()].sort((a, b) => a.name.localeCompare(b.name))) {
          if (installedOnly && !s.installed.has(p.name)) continue;
          if (names.length && !names.some((n) => p.name.includes(n.replace(/\*/g, '')))) continue;
          out += cmd === 'search' ? `${p.name}-${p.version}\n` : `${p.name}-${p.version} ${p.arch} {${p.name}} (MIT)${s.installed.has(p.name) ? ' [installed]' : ''}\n`;
        }
        await ctx.stdout.write(out);
        return 0;
      }
      case 'upgrade':
      case 'fix':
        await ctx.stdout.write(quiet ? '' : `${fetchLines(ctx)}${okLine(s)}`);
        return 0;
    }
    await ctx.stderr.write(`apk: unknown command '${cmd}'\n`);
    return 1;
  },
};
export default apk;

async function add(ctx: AppletContext, s: ApkState, names: string[], quiet: boolean): Promise<number> {
  let out = quiet ? '' : fetchLines(ctx);
  const missing = names.filter((n) => !ALPINE_PKGS.has(n));
  if (missing.length) {
    await ctx.stdout.write(out);
    await ctx.stderr.write(`ERROR: unable to select packages:\n${missing.map((n) => `  ${n} (no such package):\n    required by: world[${n}]\n`).join('')}`);
    return 1;
  }
  const order: PkgDef[] = [];
  const seen = new Set<string>();
  const visit = (n: string) => {
    if (seen.has(n) || s.installed.has(n)) return;
    seen.add(n);
    const p = ALPINE_PKGS.get(n);
    if (!p) return;
    p.deps.forEach(visit);
    order.push(p);
  };
  names.forEach(visit);
  order.forEach((p, i) => {
    if (!quiet) out += `(${i + 1}/${order.length}) Installing ${p.name} (${p.version})\n`;
    writePackageFiles(ctx, p);
    s.installed.set(p.name, p);
  });
  if (order.length && !quiet) out += 'Executing busybox-1.36.1-r15.trigger\n';
  if (order.some((p) => p.name === 'ca-certificates') && !quiet) out += 'Executing ca-certificates-20230506-r0.trigger\n';
  s.world.push(...names);
  writeState(ctx, s);
  await ctx.stdout.write(quiet ? out : out + okLine(s));
  return 0;
}
