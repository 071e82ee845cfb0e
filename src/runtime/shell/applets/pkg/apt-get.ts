import type { Applet, AppletContext } from '../types.ts';
import { updateIndexes } from './apt-sources.ts';
import { aptList } from './apt-list.ts';
import { aptInstall, aptRemove, readingLines, type AptOpts } from './apt-run.ts';
import { sizeToStr, summaryLine } from './apt-text.ts';
import { isRoot } from './pkg-files.ts';
import { distro } from './distro.ts';

const LONG: Record<string, (o: AptOpts & { extra: Set<string> }) => void> = {
  yes: (o) => (o.yes = true), 'assume-yes': (o) => (o.yes = true),
  simulate: (o) => (o.simulate = true), 'dry-run': (o) => (o.simulate = true), 'just-print': (o) => (o.simulate = true), 'no-act': (o) => (o.simulate = true), recon: (o) => (o.simulate = true),
  quiet: (o) => o.quiet++, 'no-install-recommends': (o) => (o.recommends = false), 'install-recommends': (o) => (o.recommends = true),
  purge: (o) => (o.purge = true), 'auto-remove': (o) => (o.autoRemove = true), autoremove: (o) => (o.autoRemove = true),
  'fix-broken': () => {}, 'no-upgrade': () => {}, 'allow-unauthenticated': () => {}, 'allow-downgrades': () => {}, 'show-progress': () => {},
  help: (o) => o.extra.add('help'), version: (o) => o.extra.add('version'), installed: (o) => o.extra.add('installed'), upgradable: (o) => o.extra.add('upgradable'), 'all-versions': (o) => o.extra.add('all-versions'),
};
const SHORT: Record<string, string> = { y: 'yes', s: 'simulate', q: 'quiet', f: 'fix-broken', h: 'help', v: 'version', a: 'all-versions' };

/** apt-get and apt: both parse apt's CommandLine options, then run the same operations. */
const aptGet: Applet = {
  async run(ctx) {
    const front = ctx.name === 'apt' ? 'apt' : 'apt-get';
    const o = { yes: false, simulate: false, recommends: true, purge: false, autoRemove: false, quiet: 0, front, extra: new Set<string>() } as AptOpts & { extra: Set<string> };
    const words: string[] = [];
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--') {
        words.push(...args.slice(i + 1));
        break;
      }
      if (a.startsWith('--')) {
        const name = a.slice(2).split('=')[0]!;
        if (!LONG[name]) return bad(ctx, `E: Command line option ${a} is not understood in combination with the other options\n`);
        LONG[name](o);
      } else if (a.startsWith('-') && a.length > 1) {
        for (const c of a.slice(1)) {
          if (c === 'o' || c === 'c' || c === 't') {
            i++;
            break;
          }
          if (!SHORT[c]) return bad(ctx, `E: Command line option '${c}' [from ${a}] is not understood in combination with the other options.\n`);
          LONG[SHORT[c]]!(o);
        }
      } else words.push(a);
    }
    const version = distro(ctx).id === 'debian' ? '2.6.1' : '2.4.12';
    if (o.extra.has('version')) {
      await ctx.stdout.write(`apt ${version} (amd64)\n`);
      return 0;
    }
    if (words.length === 0 || o.extra.has('help')) {
      await ctx.stdout.write(`apt ${version} (amd64)\nUsage: ${front} [options] command\n       ${front} [options] install|remove pkg1 [pkg2 ...]\n\n${front} is a command line interface for retrieval of packages\nand information about them from authenticated sources and\nfor management of packages.\n`);
      return words.length === 0 && !o.extra.has('help') ? 1 : 0;
    }
    if (front === 'apt' && !ctx.stdout.tty) await ctx.stderr.write('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n');
    const [cmd, ...names] = words as [string, ...string[]];
    const changes = ['install', 'remove', 'purge', 'autoremove', 'auto-remove', 'upgrade', 'dist-upgrade', 'full-upgrade', 'reinstall'];
    if (changes.includes(cmd) && !o.simulate && !isRoot(ctx)) {
      await ctx.stderr.write('E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n');
      return 100;
    }
    switch (cmd) {
      case 'update':
        return update(ctx, o);
      case 'install':
      case 'reinstall':
        return aptInstall(ctx, names, o);
      case 'remove':
        return aptRemove(ctx, names, o);
      case 'purge':
        return aptRemove(ctx, names, { ...o, purge: true });
      case 'autoremove':
      case 'auto-remove':
        return aptRemove(ctx, names, o, true);
      case 'upgrade':
      case 'dist-upgrade':
      case 'full-upgrade':
        await readingLines(ctx, o, ['Reading package lists...', 'Building dependency tree...', 'Reading state information...', 'Calculating upgrade...']);
        await ctx.stdout.write(summaryLine(0, 0, 0));
        return 0;
      case 'clean':
      case 'autoclean':
      case 'check':
        if (cmd === 'check') await readingLines(ctx, o);
        return 0;
      case 'list':
      case 'search':
      case 'show':
        if (front === 'apt') return aptList(ctx, cmd, names, o.extra);
    }
    await ctx.stderr.write(`E: Invalid operation ${cmd}\n`);
    return 100;
  },
};
export default aptGet;

async function bad(ctx: AppletContext, msg: string): Promise<number> {
  await ctx.stderr.write(msg);
  return 100;
}

async function update(ctx: AppletContext, o: AptOpts): Promise<number> {
  if (!isRoot(ctx)) {
    await readingLines(ctx, o, ['Reading package lists...']);
    await ctx.stderr.write('E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n');
    return 100;
  }
  const steps = updateIndexes(ctx);
  const bytes = steps.reduce((s, x) => s + x.bytes, 0);
  let out = o.quiet >= 2 ? '' : steps.map((s) => `${s.line}\n`).join('');
  if (bytes > 0 && o.quiet < 2) {
    const ms = Math.max(1, Math.round((bytes / 8_500_000) * 1000));
    await ctx.sleep(ms);
    out += `Fetched ${sizeToStr(bytes)} in ${Math.floor(ms / 1000)}s (${sizeToStr(Math.round(bytes / (ms / 1000)))}/s)\n`;
  }
  await ctx.stdout.write(out);
  if (o.front === 'apt') {
    await readingLines(ctx, o);
    if (o.quiet < 2) await ctx.stdout.write('All packages are up to date.\n');
  } else await readingLines(ctx, o, ['Reading package lists...']);
  return 0;
}
