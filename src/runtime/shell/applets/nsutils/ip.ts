import type { NetDevice, NetNamespace } from '../../../kernel/ns/net.ts';
import type { Applet, AppletContext } from '../types.ts';

const USAGE = `BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.

Usage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]

OPTIONS := -f[amily] inet|inet6|link | -o[neline]

ip addr add|del IFADDR dev IFACE | show|flush [dev IFACE] [to PREFIX]
ip route list|flush|add|del|change|append|replace|test ROUTE
ip link set IFACE [up|down] [arp on|off] [multicast on|off]
\t[promisc on|off] [mtu NUM] [name NAME] [qlen NUM] [address MAC]
\t[master IFACE | nomaster] [netns PID]
ip tunnel add|change|del|show [NAME]
\t[mode ipip|gre|sit] [remote ADDR] [local ADDR] [ttl TTL]
ip neigh show|flush [to PREFIX] [dev DEV] [nud STATE]
ip rule [list] | add|del SELECTOR ACTION
`;

type Family = 0 | 4 | 6 | 'link';

/** The first line of a device, as busybox's print_linkinfo writes it from the netns model. */
function linkLine(d: NetDevice): string {
  const lo = d.kind === 'loopback';
  const flags = lo ? ['LOOPBACK'] : ['BROADCAST', 'MULTICAST'];
  if (d.up) flags.push('UP', 'LOWER_UP');
  // A veth whose carrier the model never loses still shows the bridge port's M-DOWN, as in the recordings.
  if (d.up && d.kind === 'veth') flags.push('M-DOWN');
  const qdisc = d.up ? 'noqueue' : 'noop';
  const name = d.peer !== undefined ? `${d.name}@if${d.peer}` : d.name;
  return `${d.index}: ${name}: <${flags.join(',')}> mtu ${d.mtu} qdisc ${qdisc} ${lo ? 'qlen 1000' : ''}\n`;
}

function etherLine(d: NetDevice): string {
  return d.kind === 'loopback' ? '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n' : `    link/ether ${d.mac} brd ff:ff:ff:ff:ff:ff\n`;
}

function broadcastOf(addr: string, prefix: number): string {
  const n = addr.split('.').reduce((a, b) => ((a << 8) | Number(b)) >>> 0, 0);
  const b = (n | (prefix === 0 ? 0xffffffff : ~(0xffffffff << (32 - prefix)))) >>> 0;
  return [b >>> 24, (b >>> 16) & 255, (b >>> 8) & 255, b & 255].join('.');
}

function addrLines(d: NetDevice, family: Family): string {
  let out = '';
  for (const a of d.addrs) {
    if (family !== 0 && family !== a.family) continue;
    const scope = d.kind === 'loopback' ? 'host' : 'global';
    const brd = a.family === 4 && d.kind !== 'loopback' ? ` brd ${broadcastOf(a.addr, a.prefix)}` : '';
    out += `    ${a.family === 4 ? 'inet' : 'inet6'} ${a.addr}/${a.prefix}${brd} scope ${scope} ${d.name}\n       valid_lft forever preferred_lft forever\n`;
  }
  return out;
}

/** `show [dev] NAME`: the devices listed; other subcommands (add, del, flush, set) change state and are not built. */
function pickDevices(net: NetNamespace, args: string[]): NetDevice[] | string {
  let rest = args;
  if (['show', 'list', 'lst'].includes(rest[0] ?? '')) rest = rest.slice(1);
  else if (rest.length) return `ip: ${rest[0]} is not built in the lab yet`;
  const name = rest[0] === 'dev' ? rest[1] : rest[0];
  if (name === undefined) return net.devices;
  const d = net.devices.find((x) => x.name === name);
  return d ? [d] : `ip: can't find device '${name}'`;
}

async function showAddrOrLink(ctx: AppletContext, args: string[], family: Family, withAddrs: boolean): Promise<number> {
  const devs = pickDevices(ctx.proc.ns.net, args);
  if (typeof devs === 'string') {
    await ctx.stderr.write(`${devs}\n`);
    return 1;
  }
  let out = '';
  for (const d of devs) {
    // A family filter leaves out devices with no address of that family.
    if (withAddrs && (family === 4 || family === 6) && !d.addrs.some((a) => a.family === family)) continue;
    out += linkLine(d);
    if (!withAddrs || family === 0 || family === 'link') out += etherLine(d);
    if (withAddrs && family !== 'link') out += addrLines(d, family);
  }
  await ctx.stdout.write(out);
  return 0;
}

async function showRoutes(ctx: AppletContext, args: string[], family: Family): Promise<number> {
  if (args.length && !['show', 'list', 'lst'].includes(args[0]!)) {
    await ctx.stderr.write(`ip: route ${args[0]} is not built in the lab yet\n`);
    return 1;
  }
  if (family === 6) return 0;
  const out = ctx.proc.ns.net.routes.map((r) =>
    `${r.dst}${r.via ? ` via ${r.via}` : ''} dev ${r.dev} ${r.scope ? `scope ${r.scope} ` : ''}${r.src ? ` src ${r.src} ` : ''}\n`).join('');
  await ctx.stdout.write(out);
  return 0;
}

const OBJECTS: [RegExp, (ctx: AppletContext, args: string[], family: Family) => Promise<number>][] = [
  [/^a(d(d(r(e(s(s)?)?)?)?)?)?$/, (ctx, args, f) => showAddrOrLink(ctx, args, f, true)],
  [/^l(i(n(k)?)?)?$/, (ctx, args, f) => showAddrOrLink(ctx, args, f, false)],
  [/^r(o(u(t(e)?)?)?)?$/, showRoutes],
];

/** busybox ip: `addr`, `link` and `route` listings of the process's network namespace (read-only). */
const ip: Applet = {
  async run(ctx) {
    if (ctx.flavor !== 'busybox') {
      await ctx.stderr.write("ip: iproute2's ip is not built in the lab yet\n");
      return 1;
    }
    const argv = ctx.argv.slice(1);
    let family: Family = 0;
    while (argv[0]?.startsWith('-')) {
      const o = argv.shift()!;
      if (o === '-4') family = 4;
      else if (o === '-6') family = 6;
      else if (o === '-0') family = 'link';
      else if (o === '-f' || o === '-family') {
        const v = argv.shift();
        family = v === 'inet' ? 4 : v === 'inet6' ? 6 : 'link';
      } else {
        await ctx.stderr.write(USAGE);
        return 1;
      }
    }
    const object = argv.shift();
    const hit = object === undefined ? undefined : OBJECTS.find(([re]) => re.test(object));
    if (!hit) {
      await ctx.stderr.write(USAGE);
      return 1;
    }
    return hit[1](ctx, argv, family);
  },
};

export default ip;
