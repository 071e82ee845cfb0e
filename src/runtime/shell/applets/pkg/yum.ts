import type { Applet, AppletContext } from '../types.ts';
import type { PkgDef } from './catalog-types.ts';
import { CENTOS_PKGS } from './rpm-catalog.ts';
import { nevra, readRpm, writeRpm } from './rpm-db.ts';
import { isRoot, removePackageFiles, writePackageFiles } from './pkg-files.ts';

const HEAD = 'Loaded plugins: fastestmirror, ovl\n';
const MIRRORS = 'Loading mirror speeds from cached hostfile\n * base: mirrors.centos.org\n * extras: mirrors.centos.org\n * updates: mirrors.centos.org\n';
const RULE = `${'='.repeat(80)}\n`;
const ksize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} M` : `${Math.round(bytes / 1024)} k`);
const row = (p: PkgDef) => ` ${p.name.padEnd(14)} ${p.arch.padEnd(16)} ${p.version.padEnd(24)} ${p.repo.padEnd(10)} ${ksize(p.size).padStart(9)}\n`;
const progress = (verb: string, p: PkgDef, i: number, n: number) => {
  const left = `  ${verb} : ${nevra(p)}`;
  const right = `${i}/${n} `;
  return `${left.padEnd(80 - right.length)}${right}\n`;
};

/** yum (CentOS 7): install, remove, list installed, info over the offline catalog. */
const yum: Applet = {
  async run(ctx) {
    const args = ctx.argv.slice(1);
    const yes = args.some((a) => a === '-y' || a === '--assumeyes');
    const words = args.filter((a) => !a.startsWith('-'));
    const [cmd, ...names] = words;
    if (!cmd) {
      await ctx.stdout.write(`${HEAD}You need to give some command\n`);
      return 1;
    }
    const db = readRpm(ctx);
    if (['install', 'remove', 'erase', 'update', 'upgrade'].includes(cmd) && !isRoot(ctx)) {
      await ctx.stdout.write(HEAD);
      await ctx.stderr.write('You need to be root to perform this command.\n');
      return 1;
    }
    if (cmd === 'list') {
      const rows = [...db.values()].sort((a, b) => a.name.localeCompare(b.name)).map((p) => `${`${p.name}.${p.arch}`.padEnd(40)}${p.version.padEnd(24)}@${p.repo}\n`);
      await ctx.stdout.write(`${HEAD}${MIRRORS}Installed Packages\n${rows.join('')}`);
      return 0;
    }
    if (cmd === 'install') return install(ctx, db, names, yes);
    if (cmd === 'remove' || cmd === 'erase') {
      const gone = names.map((n) => db.get(n)).filter((p): p is PkgDef => !!p);
      if (gone.length === 0) {
        await ctx.stdout.write(`${HEAD}${names.map((n) => `No Match for argument: ${n}\n`).join('')}No Packages marked for removal\n`);
        return 0;
      }
      let out = `${HEAD}Resolving Dependencies\n--> Running transaction check\n${gone.map((p) => `---> Package ${p.name}.${p.arch} 0:${p.version} will be erased\n`).join('')}--> Finished Dependency Resolution\n\nDependencies Resolved\n\n${RULE} Package        Arch             Version                  Repository      Size\n${RULE}Removing:\n`;
      out += gone.map((p) => ` ${p.name.padEnd(14)} ${p.arch.padEnd(16)} ${p.version.padEnd(24)} @${p.repo.padEnd(9)} ${ksize(p.isize * 1024).padStart(9)}\n`).join('');
      out += `\nTransaction Summary\n${RULE}Remove  ${gone.length} Package${gone.length > 1 ? 's' : ''}\n\nInstalled size: ${ksize(gone.reduce((s, p) => s + p.isize * 1024, 0))}\n`;
      if (!yes) {
        await ctx.stdout.write(`${out}Is this ok [y/N]: `);
        const a = await ctx.stdin.readLine();
        if (!a || !/^y(es)?$/i.test(a.trim())) {
          await ctx.stdout.write('Exiting on user command\nYour transaction was saved, rerun it with:\n yum load-transaction /tmp/yum_save_tx.2024-01-01.00-00.lab.yumtx\n');
          return 1;
        }
        out = '';
      }
      out += 'Downloading packages:\nRunning transaction check\nRunning transaction test\nTransaction test succeeded\nRunning transaction\n';
      gone.forEach((p, i) => (out += progress('Erasing   ', p, i + 1, gone.length)));
      gone.forEach((p, i) => (out += progress('Verifying ', p, i + 1, gone.length)));
      out += `\nRemoved:\n${gone.map((p) => `  ${p.name}.${p.arch} 0:${p.version}`.padEnd(80) + '\n').join('')}\nComplete!\n`;
      for (const p of gone) {
        removePackageFiles(ctx, p);
        db.delete(p.name);
      }
      writeRpm(ctx, db);
      await ctx.stdout.write(out);
      return 0;
    }
    if (cmd === 'update' || cmd === 'upgrade' || cmd === 'makecache' || cmd === 'clean') {
      await ctx.stdout.write(`${HEAD}${cmd === 'clean' ? 'Cleaning repos: base extras updates\n' : `${MIRRORS}No packages marked for update\n`}`);
      return 0;
    }
    await ctx.stdout.write(HEAD);
    await ctx.stderr.write(`No such command: ${cmd}. Please use /usr/bin/yum --help\n`);
    return 1;
  },
};
export default yum;

async function install(ctx: AppletContext, db: Map<string, PkgDef>, names: string[], yes: boolean): Promise<number> {
  let out = `${HEAD}${MIRRORS}`;
  const order: PkgDef[] = [];
  const seen = new Set<string>();
  const visit = (n: string) => {
    if (seen.has(n) || db.has(n)) return;
    seen.add(n);
    const p = CENTOS_PKGS.get(n);
    if (!p) return;
    p.deps.forEach(visit);
    order.push(p);
  };
  for (const n of names) {
    const p = CENTOS_PKGS.get(n);
    if (!p) out += `No package ${n} available.\n`;
    else if (db.has(n)) out += `Package ${nevra(p).replace(/\.(x86_64|noarch)$/, '.$1')} already installed and latest version\n`;
    else visit(n);
  }
  if (order.length === 0) {
    const none = names.every((n) => !CENTOS_PKGS.has(n));
    await ctx.stdout.write(`${out}${none ? '' : 'Nothing to do\n'}`);
    if (none) await ctx.stderr.write('Error: Nothing to do\n');
    return none ? 1 : 0;
  }
  const main = order.filter((p) => names.includes(p.name));
  const deps = order.filter((p) => !names.includes(p.name));
  out += 'Resolving Dependencies\n--> Running transaction check\n';
  out += order.map((p) => `---> Package ${p.name}.${p.arch} 0:${p.version} will be installed\n`).join('');
  out += `--> Finished Dependency Resolution\n\nDependencies Resolved\n\n${RULE} Package        Arch             Version                  Repository      Size\n${RULE}Installing:\n${main.map(row).join('')}`;
  if (deps.length) out += `Installing for dependencies:\n${deps.map(row).join('')}`;
  const total = order.reduce((s, p) => s + p.size, 0);
  out += `\nTransaction Summary\n${RULE}Install  ${main.length} Package${main.length > 1 ? 's' : ''}${deps.length ? ` (+${deps.length} Dependent package${deps.length > 1 ? 's' : ''})` : ''}\n\nTotal download size: ${ksize(total)}\nInstalled size: ${ksize(order.reduce((s, p) => s + p.isize * 1024, 0))}\n`;
  if (!yes) {
    await ctx.stdout.write(`${out}Is this ok [y/d/N]: `);
    const a = await ctx.stdin.readLine();
    if (!a || !/^y(es)?$/i.test(a.trim())) {
      await ctx.stdout.write('Exiting on user command\nYour transaction was saved, rerun it with:\n yum load-transaction /tmp/yum_save_tx.2024-01-01.00-00.lab.yumtx\n');
      return 1;
    }
    out = '';
  }
  out += 'Downloading packages:\n';
  if (order.length > 1) out += `${'-'.repeat(80)}\n${`Total`.padEnd(50)}${`${ksize(Math.round(total / 1)).replace(' ', ' ')}B/s | ${ksize(total)}B  00:00:01`.padStart(30)}\n`;
  out += 'Running transaction check\nRunning transaction test\nTransaction test succeeded\nRunning transaction\n';
  order.forEach((p, i) => (out += progress('Installing', p, i + 1, order.length)));
  order.forEach((p, i) => (out += progress('Verifying ', p, i + 1, order.length)));
  out += `\nInstalled:\n${main.map((p) => `  ${p.name}.${p.arch} 0:${p.version}`.padEnd(80) + '\n').join('')}`;
  if (deps.length) out += `\nDependency Installed:\n${deps.map((p) => `  ${p.name}.${p.arch} 0:${p.version}`.padEnd(80) + '\n').join('')}`;
  out += '\nComplete!\n';
  for (const p of order) {
    writePackageFiles(ctx, p);
    db.set(p.name, p);
  }
  writeRpm(ctx, db);
  await ctx.stdout.write(out);
  return 0;
}
