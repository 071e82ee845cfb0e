import type { AppletContext } from '../types.ts';
import { availablePackages, debFile } from './apt-sources.ts';
import { planInstall, planRemove } from './apt-plan.ts';
import { showList, sizeToStr, summaryLine } from './apt-text.ts';
import { databaseCount, debDef, dpkgName, isInstalled, listFile, readAuto, readDpkg, stanzaFor, writeAuto, writeDpkg, writeListFile } from './dpkg-db.ts';
import { removePackageFiles, writePackageFiles } from './pkg-files.ts';

export interface AptOpts {
  yes: boolean;
  simulate: boolean;
  recommends: boolean;
  purge: boolean;
  autoRemove: boolean;
  quiet: number;
  /** `apt` (the interactive front end) or `apt-get`. */
  front: 'apt' | 'apt-get';
}

const BYTES_PER_SEC = 4_950_000;

/** `Reading package lists...` etc.; apt adds ` Done` on a terminal and -qq hides them. */
export async function readingLines(ctx: AppletContext, o: AptOpts, lines = ['Reading package lists...', 'Building dependency tree...', 'Reading state information...']): Promise<void> {
  if (o.quiet >= 2) return;
  const done = ctx.stdout.tty ? ' Done' : '';
  await ctx.stdout.write(lines.map((l) => `${l}${done}\n`).join(''));
}

async function confirm(ctx: AppletContext, o: AptOpts): Promise<boolean> {
  if (o.yes) return true;
  await ctx.stdout.write('Do you want to continue? [Y/n] ');
  const answer = await ctx.stdin.readLine();
  if (answer !== null && /^\s*(y|yes)?\s*$/i.test(answer)) return true;
  await ctx.stdout.write('Abort.\n');
  return false;
}

const origin = (repo: string) => `Ubuntu:22.04/${repo.split('/')[0]}`;

export async function aptInstall(ctx: AppletContext, names: string[], o: AptOpts): Promise<number> {
  const avail = availablePackages(ctx);
  const db = readDpkg(ctx);
  const auto = readAuto(ctx);
  await readingLines(ctx, o);
  const plan = planInstall(names, avail, db, o.recommends);
  if (plan.missing.length) {
    await ctx.stderr.write(plan.missing.map((n) => `E: Unable to locate package ${n}\n`).join(''));
    return 100;
  }
  let out = '';
  for (const p of plan.already) {
    out += `${p.name} is already the newest version (${p.version}).\n`;
    if (auto.delete(p.name)) out += `${p.name} set to manually installed.\n`;
  }
  const requested = new Set(names);
  const news = plan.order.map((p) => p.name).sort();
  out += showList('The following additional packages will be installed:', news.filter((n) => !requested.has(n)));
  out += showList('Suggested packages:', plan.suggested.sort());
  out += showList('Recommended packages:', plan.recommended.sort());
  out += showList('The following NEW packages will be installed:', news);
  out += summaryLine(0, news.length, 0);
  if (o.simulate) {
    out += plan.order.map((p) => `Inst ${p.name} (${p.version} ${origin(p.repo)} [${p.arch}])\n`).join('');
    out += plan.order.map((p) => `Conf ${p.name} (${p.version} ${origin(p.repo)} [${p.arch}])\n`).join('');
    await ctx.stdout.write(out);
    return 0;
  }
  if (plan.already.length) writeAuto(ctx, auto);
  if (news.length === 0) {
    await ctx.stdout.write(out);
    return 0;
  }
  const bytes = plan.order.reduce((s, p) => s + p.size, 0);
  out += `Need to get ${sizeToStr(bytes)} of archives.\n`;
  out += `After this operation, ${sizeToStr(plan.order.reduce((s, p) => s + p.isize * 1024, 0))} of additional disk space will be used.\n`;
  await ctx.stdout.write(out);
  if (news.length !== names.length - plan.already.length && !(await confirm(ctx, o))) return 1;
  out = plan.order.map((p, i) => {
    const a = avail.get(p.name)!;
    return `Get:${i + 1} ${a.src.uri} ${a.src.suite}/${a.comp} amd64 ${p.name} ${p.arch} ${p.version} [${sizeToStr(p.size)}]\n`;
  }).join('');
  const ms = Math.max(1, Math.round((bytes / BYTES_PER_SEC) * 1000));
  await ctx.sleep(ms);
  out += `Fetched ${sizeToStr(bytes)} in ${Math.floor(ms / 1000)}s (${sizeToStr(Math.round(bytes / (ms / 1000)))}/s)\n`;
  const many = plan.order.length > 1;
  const count = databaseCount(ctx, db);
  plan.order.forEach((p, i) => {
    out += `Selecting previously unselected package ${dpkgName(p)}.\n`;
    if (i === 0) out += readingDatabase(count);
    out += `Preparing to unpack .../${many ? `${String(i).padStart(String(plan.order.length - 1).length < 2 ? 2 : String(plan.order.length - 1).length, '0')}-` : ''}${debFile(p)} ...\n`;
    out += `Unpacking ${dpkgName(p)} (${p.version}) ...\n`;
    writePackageFiles(ctx, p);
    writeListFile(ctx, p);
    db.set(p.name, stanzaFor(p));
    if (!requested.has(p.name)) auto.add(p.name);
  });
  for (const p of plan.order) {
    out += `Setting up ${dpkgName(p)} (${p.version}) ...\n`;
    if (p.name === 'ca-certificates') out += 'Updating certificates in /etc/ssl/certs...\n140 added, 0 removed; done.\n';
  }
  if (plan.order.some((p) => p.files.some((f) => /\.so[.\d]*$/.test(f)))) out += `Processing triggers for libc-bin (${debDef('libc-bin')!.version}) ...\n`;
  if (plan.order.some((p) => p.name === 'ca-certificates')) out += `Processing triggers for ca-certificates (${debDef('ca-certificates')!.version}) ...\nUpdating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\nRunning hooks in /etc/ca-certificates/update.d...\ndone.\n`;
  writeDpkg(ctx, db);
  writeAuto(ctx, auto);
  await ctx.stdout.write(out);
  return 0;
}

function readingDatabase(count: number): string {
  let s = '(Reading database ... ';
  for (let p = 5; p <= 100; p += 5) s += `\r(Reading database ... ${p}%`;
  return `${s}\r(Reading database ... ${count} files and directories currently installed.)\n`;
}

export async function aptRemove(ctx: AppletContext, names: string[], o: AptOpts, autoremove = false): Promise<number> {
  const avail = availablePackages(ctx);
  const db = readDpkg(ctx);
  const auto = readAuto(ctx);
  await readingLines(ctx, o);
  const missing = names.filter((n) => !avail.has(n) && !db.has(n));
  if (missing.length) {
    await ctx.stderr.write(missing.map((n) => `E: Unable to locate package ${n}\n`).join(''));
    return 100;
  }
  let out = '';
  const targets: string[] = [];
  for (const n of names) {
    if (isInstalled(db.get(n))) targets.push(n);
    else out += `Package '${n}' is not installed, so not removed\n`;
  }
  const plan = planRemove(targets, db, auto);
  let remove = plan.remove;
  if (autoremove || o.autoRemove) remove = [...remove, ...plan.unneeded].sort();
  else if (plan.unneeded.length) {
    out += showList('The following packages were automatically installed and are no longer required:', plan.unneeded);
    out += `Use '${o.front === 'apt' ? 'apt' : 'apt-get'} autoremove' to remove ${plan.unneeded.length === 1 ? 'it' : 'them'}.\n`;
  }
  out += showList('The following packages will be REMOVED:', remove.map((n) => (o.purge ? `${n}*` : n)));
  out += summaryLine(0, 0, remove.length);
  if (o.simulate || remove.length === 0) {
    if (o.simulate) out += remove.map((n) => `${o.purge ? 'Purg' : 'Remv'} ${n} [${db.get(n)!.get('Version')}]\n`).join('');
    await ctx.stdout.write(out);
    return 0;
  }
  const freed = remove.reduce((s, n) => s + Number(db.get(n)!.get('Installed-Size') ?? 0) * 1024, 0);
  out += `After this operation, ${sizeToStr(freed)} disk space will be freed.\n`;
  await ctx.stdout.write(out);
  if (remove.length !== targets.length && !(await confirm(ctx, o))) return 1;
  out = `(Reading database ... ${databaseCount(ctx, db)} files and directories currently installed.)\n`;
  for (const n of remove) {
    const p = debDef(n);
    const st = db.get(n)!;
    out += `Removing ${p ? dpkgName(p) : n} (${st.get('Version')}) ...\n`;
    if (p) {
      removePackageFiles(ctx, p, (f) => !o.purge && f.startsWith('/etc/'));
      try {
        ctx.fs.unlink(listFile(p));
      } catch {
        /* never recorded: a base package */
      }
    }
    const keepsConfig = !o.purge && !!p?.files.some((f) => f.startsWith('/etc/'));
    if (keepsConfig) st.set('Status', 'deinstall ok config-files');
    else db.delete(n);
    auto.delete(n);
  }
  if (o.purge) for (const n of remove) if (debDef(n)?.files.some((f) => f.startsWith('/etc/'))) out += `Purging configuration files for ${n} (${debDef(n)!.version}) ...\n`;
  writeDpkg(ctx, db);
  writeAuto(ctx, auto);
  await ctx.stdout.write(out);
  return 0;
}
