import type { AppletContext } from '../types.ts';
import type { PkgDef } from './catalog-types.ts';
import { DOCKER_PKGS, UBUNTU_PKGS } from './deb-catalog.ts';
import { formatStanza, stanzaFor } from './dpkg-db.ts';
import { mkdirp } from './pkg-files.ts';

export const LISTS = '/var/lib/apt/lists';

export interface Source {
  uri: string;
  suite: string;
  comps: string[];
}

/** `deb` lines of sources.list and *.list, and deb822 *.sources files, in apt's reading order. */
export function readSources(ctx: AppletContext): Source[] {
  const out: Source[] = [];
  const read = (path: string): string => (ctx.fs.exists(path) ? ctx.fs.readFile(path) : '');
  const oneLine = (text: string) => {
    for (const raw of text.split('\n')) {
      const line = raw.replace(/#.*/, '').replace(/\[[^\]]*\]/, ' ').trim().split(/\s+/);
      if (line[0] !== 'deb' || line.length < 3) continue;
      out.push({ uri: line[1]!.replace(/\/+$/, ''), suite: line[2]!, comps: line.slice(3) });
    }
  };
  oneLine(read('/etc/apt/sources.list'));
  let extra: string[] = [];
  try {
    extra = ctx.fs.readdir('/etc/apt/sources.list.d').sort();
  } catch {
    extra = [];
  }
  for (const f of extra) {
    const path = `/etc/apt/sources.list.d/${f}`;
    if (f.endsWith('.list')) oneLine(read(path));
    else if (f.endsWith('.sources')) {
      for (const block of read(path).split(/\n\s*\n/)) {
        const field = (k: string) => (new RegExp(`^${k}:\\s*(.*)$`, 'mi').exec(block)?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
        if (!field('Types').includes('deb') || /^Enabled:\s*no/mi.test(block)) continue;
        for (const uri of field('URIs')) for (const suite of field('Suites')) out.push({ uri: uri.replace(/\/+$/, ''), suite, comps: field('Components') });
      }
    }
  }
  return out;
}

/** apt's file name for a downloaded index: the URI without scheme, `/` → `_`. */
export function listName(s: Source, rest: string): string {
  return `${s.uri.replace(/^[a-z]+:\/\//, '')}/dists/${s.suite}/${rest}`.replace(/\//g, '_');
}

const isDocker = (s: Source) => s.uri.includes('download.docker.com');

/** Which catalog packages a source serves. Debian roots get the same packages under their own suite names. */
export function served(s: Source, comp: string): PkgDef[] {
  const pool = isDocker(s) ? DOCKER_PKGS : UBUNTU_PKGS;
  const out: PkgDef[] = [];
  for (const p of pool.values()) {
    const [suite, pc] = p.repo.split('/');
    const debianSuite = suite!.replace('jammy', 'bookworm');
    const suiteOk = s.suite === suite || (!isDocker(s) && s.suite === debianSuite) || (isDocker(s) && suite === 'jammy');
    const compOk = comp === pc || (s.uri.includes('debian') && comp === 'main' && pc === 'universe');
    if (suiteOk && compOk) out.push(p);
  }
  return out;
}

/** Packages apt can see: those in downloaded indexes (after `apt-get update`), first source wins. */
export function availablePackages(ctx: AppletContext): Map<string, { p: PkgDef; src: Source; comp: string }> {
  const out = new Map<string, { p: PkgDef; src: Source; comp: string }>();
  for (const s of readSources(ctx)) {
    for (const comp of s.comps) {
      if (!ctx.fs.exists(`${LISTS}/${listName(s, `${comp}/binary-amd64/Packages`)}`)) continue;
      for (const p of served(s, comp)) {
        if (!out.has(p.name)) out.set(p.name, { p, src: s, comp });
      }
    }
  }
  return out;
}

const INRELEASE: Record<string, string> = { jammy: '270 kB', 'jammy-updates': '128 kB', 'jammy-security': '129 kB', 'jammy-backports': '127 kB', bookworm: '151 kB', 'bookworm-updates': '55.4 kB', 'bookworm-security': '48.0 kB' };
const PACKAGES: Record<string, string> = { 'jammy/main': '1792 kB', 'jammy/universe': '17.5 MB', 'jammy/restricted': '164 kB', 'jammy/multiverse': '266 kB', 'jammy-updates/main': '2046 kB', 'jammy-updates/universe': '1354 kB', 'jammy-updates/restricted': '2107 kB', 'jammy-updates/multiverse': '51.1 kB', 'jammy-security/main': '1755 kB', 'jammy-security/universe': '1081 kB', 'jammy-security/restricted': '2046 kB', 'jammy-security/multiverse': '44.7 kB', 'jammy-backports/main': '81.0 kB', 'jammy-backports/universe': '33.3 kB', 'bookworm/main': '8792 kB', 'bookworm-updates/main': '12.9 kB', 'bookworm-security/main': '160 kB', 'jammy/stable': '30.4 kB' };

/** Bytes of a `270 kB`-style size, for the Fetched total. */
export const sizeBytes = (s: string): number => {
  const [n, u] = s.split(' ');
  return Math.round(Number(n) * ({ B: 1, kB: 1e3, MB: 1e6 }[u as 'kB'] ?? 1));
};

export interface UpdateStep {
  line: string;
  bytes: number;
}

/** Runs an update: the Get:/Hit: lines to print, and the index files written. */
export function updateIndexes(ctx: AppletContext): UpdateStep[] {
  mkdirp(ctx, `${LISTS}/partial`);
  const steps: UpdateStep[] = [];
  const sources = readSources(ctx);
  const fresh = sources.map((s) => !ctx.fs.exists(`${LISTS}/${listName(s, 'InRelease')}`));
  let n = 0;
  sources.forEach((s, i) => {
    n++;
    if (!fresh[i]) {
      steps.push({ line: `Hit:${n} ${s.uri} ${s.suite} InRelease`, bytes: 0 });
      return;
    }
    const size = isDocker(s) ? '48.8 kB' : INRELEASE[s.suite] ?? '110 kB';
    steps.push({ line: `Get:${n} ${s.uri} ${s.suite} InRelease [${size}]`, bytes: sizeBytes(size) });
    ctx.fs.writeFile(`${LISTS}/${listName(s, 'InRelease')}`, `Origin: ${isDocker(s) ? 'Docker' : 'Ubuntu'}\nSuite: ${s.suite}\nComponents: ${s.comps.join(' ')}\nArchitectures: amd64\n`);
  });
  sources.forEach((s, i) => {
    if (!fresh[i]) return;
    for (const comp of s.comps) {
      const size = PACKAGES[`${s.suite}/${comp}`] ?? '12.0 kB';
      steps.push({ line: `Get:${++n} ${s.uri} ${s.suite}/${comp} amd64 Packages [${size}]`, bytes: sizeBytes(size) });
      const body = served(s, comp).map((p) => formatStanza(stanzaFor(p, '').set('Filename', `pool/${comp}/${p.name[0]}/${p.name}/${debFile(p)}`).set('Size', String(p.size)))).map((t) => t.replace(/^Status: \n/m, '')).join('\n');
      ctx.fs.writeFile(`${LISTS}/${listName(s, `${comp}/binary-amd64/Packages`)}`, body);
    }
  });
  return steps;
}

/** The archive's file name: `name_version_arch.deb` with the epoch colon escaped as apt does. */
export function debFile(p: PkgDef): string {
  return `${p.name}_${p.version.replace(/:/g, '%3a')}_${p.arch}.deb`;
}
