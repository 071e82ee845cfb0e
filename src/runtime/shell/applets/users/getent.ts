import type { Applet, AppletContext } from '../types.ts';
import { getopt, OptError } from '../getopt.ts';

/**
 * getent (glibc): entries of the files-backed databases the model has (passwd, group, shadow,
 * gshadow, hosts). Exit 1 on bad usage/unknown database, 2 when a key is not found,
 * 3 for databases that exist in glibc but have no enumeration/lookup here.
 */
const TRY = "Try `getent --help' or `getent --usage' for more information.\n";
const DATABASES = 'ahosts ahostsv4 ahostsv6 aliases ethers group gshadow hosts initgroups\nnetgroup networks passwd protocols rpc services shadow';
const HELP = `Usage: getent [OPTION...] database [key ...]
Get entries from administrative database.

  -A, --no-addrconfig        do not filter out unsupported IPv4/IPv6 addresses
                             (with ahosts*)
  -i, --no-idn               disable IDN encoding
  -s, --service=CONFIG       Service configuration to be used
  -?, --help                 Give this help list
      --usage                Give a short usage message
  -V, --version              Print program version

Mandatory or optional arguments to long options are also mandatory or optional
for any corresponding short options.

Supported databases:
${DATABASES}

For bug reporting instructions, please see:
<http://www.debian.org/Bugs/>.
`;
const USAGE = `Usage: getent [-Ai?V] [-s CONFIG] [--no-addrconfig] [--no-idn]
            [--service=CONFIG] [--help] [--usage] [--version]
            database [key ...]
`;

const getent: Applet = {
  async run(ctx) {
    let p;
    try {
      p = getopt(ctx.argv.slice(1), {
        short: 'Ais:?V',
        long: { 'no-addrconfig': {}, 'no-idn': {}, service: { arg: 'required' }, help: {}, usage: {}, version: {} },
      });
    } catch (e) {
      if (!(e instanceof OptError)) throw e;
      // argp exits 64 (EX_USAGE) on option errors.
      await ctx.stderr.write(`getent: ${e.message}\n${TRY}`);
      return 64;
    }
    for (const [k] of p.list) {
      if (k === '?' || k === 'help') return ctx.stdout.write(HELP).then(() => 0);
      if (k === 'usage') return ctx.stdout.write(USAGE).then(() => 0);
    }
    const [db, ...keys] = p.operands;
    if (db === undefined) {
      // argp_error for these goes to stderr but its "Try" hint lands on stdout.
      await ctx.stderr.write('getent: wrong number of arguments\n');
      await ctx.stdout.write(TRY);
      return 1;
    }
    const byName: Record<string, [file: string, idField: number]> = {
      passwd: ['/etc/passwd', 2],
      group: ['/etc/group', 2],
      shadow: ['/etc/shadow', -1],
      gshadow: ['/etc/gshadow', -1],
    };
    if (db === 'hosts') return hosts(ctx, keys);
    const table = byName[db];
    if (!table) {
      if (DATABASES.split(/\s+/).includes(db)) return 3;
      await ctx.stderr.write(`Unknown database: ${db}\n`);
      await ctx.stdout.write(TRY);
      return 1;
    }
    const lines = readLines(ctx, table[0]);
    if (keys.length === 0) {
      for (const l of lines) await ctx.stdout.write(`${l}\n`);
      return 0;
    }
    let status = 0;
    for (const key of keys) {
      // Numeric keys are ids for passwd/group (getpwuid/getgrgid), names otherwise.
      const numeric = table[1] >= 0 && /^\d+$/.test(key);
      const hit = lines.find((l) => l.split(':')[numeric ? table[1] : 0] === (numeric ? String(Number(key)) : key));
      if (hit === undefined || key === '') status = 2;
      else await ctx.stdout.write(`${hit}\n`);
    }
    return status;
  },
};
export default getent;

function readLines(ctx: AppletContext, path: string): string[] {
  try {
    return ctx.fs.readFile(path).split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  } catch {
    return [];
  }
}

/** gethostbyname2: IPv6 entries first, then IPv4; printed as `%-15s NAME ALIASES`. */
async function hosts(ctx: AppletContext, keys: string[]): Promise<number> {
  const entries = readLines(ctx, '/etc/hosts')
    .map((l) => l.replace(/#.*/, '').trim().split(/\s+/))
    .filter((f) => f.length >= 2);
  const show = (f: string[]) => ctx.stdout.write(`${f[0]!.padEnd(15)} ${f.slice(1).join(' ')}\n`);
  if (keys.length === 0) {
    for (const f of entries) await show(f);
    return 0;
  }
  let status = 0;
  for (const key of keys) {
    const named = (v6: boolean) => entries.find((f) => f[0]!.includes(':') === v6 && f.slice(1).includes(key));
    const hit = entries.find((f) => f[0] === key) ?? named(true) ?? named(false);
    if (hit) await show(hit);
    else status = 2;
  }
  return status;
}
