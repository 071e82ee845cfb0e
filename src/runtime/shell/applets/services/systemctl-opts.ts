/** systemctl's options as far as the lab implements them (systemd 249). */
export interface SystemctlOpts {
  all: boolean;
  full: boolean;
  quiet: boolean;
  now: boolean;
  noLegend: boolean;
  types: string[];
  states: string[];
  lines: number;
  properties: string[];
  value: boolean;
  args: string[];
}

const LONG_BOOL: Record<string, keyof SystemctlOpts | null> = {
  all: 'all', full: 'full', quiet: 'quiet', now: 'now', 'no-legend': 'noLegend', 'no-pager': null, 'no-block': null,
  value: 'value', system: null, 'no-ask-password': null, plain: null, force: null, 'no-reload': null,
};
const LONG_ARG = new Set(['type', 'state', 'lines', 'output', 'property']);

export class SystemctlUsage extends Error {}

/** getopt_long over systemctl's argv (options may follow the verb). */
export function parseSystemctl(argv: string[]): SystemctlOpts {
  const o: SystemctlOpts = { all: false, full: false, quiet: false, now: false, noLegend: false, types: [], states: [], lines: 10, properties: [], value: false, args: [] };
  const setArg = (name: string, v: string) => {
    if (name === 'type') o.types.push(...v.split(','));
    else if (name === 'state') o.states.push(...v.split(','));
    else if (name === 'property') o.properties.push(...v.split(','));
    else if (name === 'lines') {
      if (!/^\d+$/.test(v)) throw new SystemctlUsage(`Failed to parse lines '${v}'`);
      o.lines = Number(v);
    }
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      o.args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      if (Object.hasOwn(LONG_BOOL, name) && eq < 0) {
        const k = LONG_BOOL[name];
        if (k) (o as unknown as Record<string, boolean>)[k] = true;
      } else if (LONG_ARG.has(name)) {
        const v = eq < 0 ? argv[++i] : a.slice(eq + 1);
        if (v === undefined) throw new SystemctlUsage(`systemctl: option '--${name}' requires an argument`);
        setArg(name, v);
      } else throw new SystemctlUsage(`systemctl: unrecognized option '${a}'`);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const flag: Record<string, keyof SystemctlOpts> = { a: 'all', l: 'full', q: 'quiet', f: 'all' };
        if (c === 't' || c === 'n' || c === 'o' || c === 'p') {
          const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
          if (v === undefined) throw new SystemctlUsage(`systemctl: option requires an argument -- '${c}'`);
          setArg({ t: 'type', n: 'lines', o: 'output', p: 'property' }[c]!, v);
          break;
        }
        if (c === 'f') continue;
        if (!flag[c]) throw new SystemctlUsage(`systemctl: invalid option -- '${c}'`);
        (o as unknown as Record<string, boolean>)[flag[c]] = true;
      }
      continue;
    }
    o.args.push(a);
  }
  return o;
}
