import { FsError } from '../../../kernel/fs/errors.ts';
import { capableOver } from '../../../kernel/ns/caps.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { HOSTNAME_HELP } from './hostname-help.ts';
import { hostsEntries, resolveName } from './hosts-lookup.ts';

const LONG = {
  alias: { key: 'a' }, 'all-fqdns': { key: 'A' }, boot: { key: 'b' }, domain: { key: 'd' }, fqdn: { key: 'f' }, long: { key: 'f' },
  file: { arg: 'required' as const, key: 'F' }, 'ip-address': { key: 'i' }, 'all-ip-addresses': { key: 'I' }, short: { key: 's' },
  yp: { key: 'y' }, nis: { key: 'y' }, help: { key: 'h' }, version: { key: 'V' },
};

/** hostname 3.23: print the UTS namespace's host name in several forms, or set it. */
const hostname: Applet = {
  async run(ctx) {
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), { short: 'aAdfbF:h?iIsVy', long: LONG, stopAtOperand: false });
    } catch (e) {
      if (!(e instanceof OptError)) throw e;
      // hostname prints getopt's complaint, then its usage on stdout.
      await ctx.stderr.write(`hostname: ${e.message}\n`);
      await ctx.stdout.write(HOSTNAME_HELP);
      return 255;
    }
    let what = '';
    let boot = false;
    let file: string | undefined;
    for (const [k, v] of opts.list) {
      if (k === 'h' || k === '?') {
        await ctx.stdout.write(HOSTNAME_HELP);
        return 255;
      }
      if (k === 'V') {
        await ctx.stdout.write('hostname 3.23\n');
        return 0;
      }
      if (k === 'b') boot = true;
      else if (k === 'F') file = v;
      else what = k;
    }
    const name = opts.operands[0];
    if (opts.operands.length > 1 || (what && (name !== undefined || file !== undefined))) {
      await ctx.stderr.write(HOSTNAME_HELP);
      return 255;
    }
    const uts = ctx.proc.ns.uts;
    if (what === 'y') {
      if (uts.domainname === '(none)' || uts.domainname === '') return fail(ctx, 'Local domain name not set');
      await ctx.stdout.write(`${uts.domainname}\n`);
      return 0;
    }
    if (name !== undefined || file !== undefined) {
      let next = name;
      if (file !== undefined) {
        try {
          next = ctx.fs.readFile(file).split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('#')) ?? '';
        } catch (e) {
          if (e instanceof FsError) return fail(ctx, e.text);
          throw e;
        }
      }
      return setName(ctx, next!);
    }
    if (boot && (uts.hostname === '' || uts.hostname === '(none)')) return setName(ctx, 'localhost');
    return display(ctx, what, uts.hostname);
  },
};

async function fail(ctx: AppletContext, msg: string): Promise<number> {
  await ctx.stderr.write(`hostname: ${msg}\n`);
  return 1;
}

/** Labels of letters, digits and inner hyphens, as hostname's check_name() accepts them. */
function validName(n: string): boolean {
  return n.length > 0 && n.split('.').every((l) => /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/.test(l));
}

async function setName(ctx: AppletContext, name: string): Promise<number> {
  if (!validName(name)) return fail(ctx, 'the specified hostname is invalid');
  const uts = ctx.proc.ns.uts;
  if (!capableOver(ctx.proc, uts)) return fail(ctx, ctx.flavor === 'busybox' ? 'sethostname: Operation not permitted' : 'you must be root to change the host name');
  if (name.length > 64) return fail(ctx, 'name too long');
  uts.hostname = name;
  return 0;
}

async function display(ctx: AppletContext, what: string, host: string): Promise<number> {
  if (what === '') return out(ctx, host);
  if (what === 's') return out(ctx, host.split('.')[0]!);
  if (what === 'I' || what === 'A') {
    const addrs = ctx.proc.ns.net.devices.filter((d) => d.kind !== 'loopback' && d.up).flatMap((d) => d.addrs.filter((a) => !a.addr.startsWith('fe80')).map((a) => a.addr));
    const words = what === 'I' ? addrs : addrs.flatMap((a) => resolveAddr(ctx, a));
    return out(ctx, words.map((w) => `${w} `).join(''));
  }
  const r = resolveName(ctx, host);
  if (!r) return fail(ctx, 'Name or service not known');
  if (what === 'f') return out(ctx, r.canonical);
  if (what === 'd') return out(ctx, r.canonical.includes('.') ? r.canonical.slice(r.canonical.indexOf('.') + 1) : '');
  if (what === 'a') return out(ctx, r.aliases.map((a) => `${a} `).join(''));
  return out(ctx, r.addrs.map((a) => `${a} `).join(''));
}

/** Reverse lookup of one address in /etc/hosts (hostname -A). */
function resolveAddr(ctx: AppletContext, addr: string): string[] {
  const e = hostsEntries(ctx).find((h) => h.addr === addr);
  return e ? [e.names[0]!] : [];
}

async function out(ctx: AppletContext, line: string): Promise<number> {
  await ctx.stdout.write(`${line}\n`);
  return 0;
}

export default hostname;
