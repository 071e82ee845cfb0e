// Regenerates src/runtime/daemon/cli/front/commands/*.ts from fixtures/help.json + arity.json
// (`npx tsx test/runtime/daemon/cli/front/gen-table.ts`). Hand-kept data (hidden flags, parser
// quirks) lives in commands/extra.ts, which this script never touches.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wrap } from '../../../../../src/runtime/daemon/cli/front/wrap.ts';

interface Rec { argv: string[]; stdout: string; stderr: string; exit: number; passed?: boolean }
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../../../../../src/runtime/daemon/cli/front/commands');
const help: Rec[] = JSON.parse(readFileSync(join(here, 'fixtures/help.json'), 'latin1'));
const arity: Rec[] = JSON.parse(readFileSync(join(here, 'fixtures/arity.json'), 'latin1'));
const byArgv = new Map(help.map((r) => [r.argv.join(' '), r]));
const q = (s: string): string => JSON.stringify(s);

const HEADERS = /^(Aliases|Options|Commands|Management Commands|Common Commands|Swarm Commands|Global Options|EXPERIMENTAL):$/;

function sections(text: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  let cur = 'Usage';
  let lines: string[] = [];
  m.set(cur, lines);
  for (const l of text.replace(/\n$/, '').split('\n')) {
    if (HEADERS.test(l)) { cur = l.slice(0, -1); lines = []; m.set(cur, lines); continue; }
    lines.push(l);
  }
  for (const v of m.values()) while (v.length && v[v.length - 1] === '') v.pop();
  return m;
}

function listing(lines: string[] | undefined): Array<[string, string]> {
  return (lines ?? []).map((l) => /^  (\S+)\s+(.*)$/.exec(l)!).filter(Boolean).map((m) => [m[1], m[2]]);
}

function unwrapFlag(first: string, rest: string[], col: number): string {
  const want = first.slice(col) + rest.map((l) => '\n' + l).join('');
  const segs = [first.slice(col), ...rest.map((l) => l.slice(col))];
  const k = segs.length - 1;
  // several splits rewrap identically: prefer line breaks before list items ('x': …, Refer to …)
  const likely = segs.slice(1).reduce((m, seg, j) => (/^('|Refer to )/.test(seg) ? m | (1 << j) : m), 0);
  const cost = (c: number): number => bits(c ^ likely);
  const combos = Array.from({ length: 1 << k }, (_, i) => i).sort((a, b) => cost(a) - cost(b) || bits(a) - bits(b) || a - b);
  for (const c of combos) {
    let s = segs[0];
    for (let j = 1; j <= k; j++) s += ((c >> (j - 1)) & 1 ? '\n' : ' ') + segs[j];
    if (wrap(col, 79, s) === want) return s;
  }
  throw new Error('cannot unwrap: ' + first);
}
const bits = (n: number): number => n.toString(2).replace(/0/g, '').length;

function flags(lines: string[] | undefined): string[] {
  if (!lines) return [];
  const starts = lines.map((l, i) => (/^  (-\S, |    )--/.test(l) ? i : -1)).filter((i) => i >= 0);
  const col = Math.max(...starts.map((i) => /^(  (?:-\S, |    )--\S+(?: \S+)?) +/.exec(lines[i])![0].length));
  return starts.map((s, n) => {
    const end = n + 1 < starts.length ? starts[n + 1] : lines.length;
    const m = /^  (?:-(\S), |    )--(\S+)(?: (\S+))?/.exec(lines[s])!;
    let usage = unwrapFlag(lines[s], lines.slice(s + 1, end), col);
    let def: string | undefined;
    const d = / \(default (.*)\)$/s.exec(usage);
    if (d) { usage = usage.slice(0, d.index); def = m[3] === 'string' ? JSON.parse(d[1]) : d[1]; }
    const parts = [q(m[1] ?? ''), q(m[2]), q(m[3] ?? 'bool'), q(usage)];
    if (def !== undefined) parts.push(q(def));
    return `f(${parts.join(', ')})`;
  });
}

function arityOf(path: string): string {
  const probes = arity.filter((r) => r.argv.slice(0, r.argv.length).join(' ').startsWith(path + ' ') || r.argv.join(' ') === path)
    .filter((r) => r.argv.filter((a) => /^zz\d$/.test(a)).length + path.split(' ').length === r.argv.length);
  for (const r of probes) {
    if (r.passed) continue;
    const m = /^(?:DEPRECATED: The legacy builder[^]*?buildx\/\n\n)?docker: '[^']+' (accepts no arguments|requires at least (\d+) and at most (\d+)|requires at least (\d+)|requires at most (\d+)|requires (\d+))/.exec(r.stderr)!;
    if (m[1] === 'accepts no arguments') return `{ kind: 'none' }`;
    if (m[2]) return `{ kind: 'range', min: ${m[2]}, max: ${m[3]} }`;
    if (m[4]) return `{ kind: 'min', n: ${m[4]} }`;
    if (m[5]) return `{ kind: 'max', n: ${m[5]} }`;
    return `{ kind: 'exact', n: ${m[6]} }`;
  }
  return `{ kind: 'any' }`;
}

function useLines(usage: string[]): string[] {
  const n = usage.indexOf('');
  return usage.slice(0, n < 0 ? usage.length : n);
}
function desc(usage: string[]): string {
  return usage.slice(useLines(usage).length + 1).join('\n');
}

// root listing and management groups
const root = sections(byArgv.get('--help')!.stdout);
const sectionOf = new Map<string, string>();
const shortOf = new Map<string, string>();
for (const [sec, key] of [['Common Commands', 'common'], ['Management Commands', 'management'], ['Swarm Commands', 'swarm'], ['Commands', 'plain']] as const)
  for (const [n, s] of listing(root.get(sec))) { sectionOf.set(n, key); shortOf.set(n, s); }

const groups: string[] = [];
const files = new Map<string, string[]>();
const shortcuts: string[] = [];
const add = (file: string, s: string): void => { if (!files.has(file)) files.set(file, []); files.get(file)!.push(s); };

function visit(path: string[]): void {
  const key = path.join(' ');
  const rec = byArgv.get(key + ' --help')!;
  const sec = sections(rec.stdout);
  const isGroup = sec.has('Commands') || sec.has('Management Commands');
  const use = useLines(sec.get('Usage')!).join('\n').replace(/^Usage:  docker /, '');
  const parent = path.slice(0, -1);
  const short = parent.length ? listing([...(sections(byArgv.get(parent.join(' ') + ' --help')!.stdout).get('Commands') ?? []), ...(sections(byArgv.get(parent.join(' ') + ' --help')!.stdout).get('Management Commands') ?? [])]).find(([n]) => n === path[path.length - 1])![1] : shortOf.get(key)!;
  const d = desc(sec.get('Usage')!);
  const props: string[] = [`path: ${q(key)}`];
  const file = path.length > 1 ? path[0] : isGroup ? path[0] : 'top';
  if (isGroup) {
    props.push(`use: ${q(use.replace(/^.*?(?= COMMAND$| \[OPTIONS\] COMMAND$)/, path[path.length - 1]))}`, `short: ${q(short)}`);
    if (d !== short) props.push(`long: ${q(d)}`);
    if (sec.has('EXPERIMENTAL')) props.push('experimental: true');
    if (path.length === 1) props.push(`section: ${q(sectionOf.get(key)!)}`);
    props.push('flags: []', "args: { kind: 'any' }");
    groups.push(`  { ${props.join(', ')} },`);
    const subs = [...listing(sec.get('Management Commands')), ...listing(sec.get('Commands'))];
    for (const [n] of subs) visit([...path, n]);
    return;
  }
  const aliasLine = sec.get('Aliases')?.[0]?.slice(2);
  const canon = aliasLine?.split(', ')[0].replace(/^docker /, '');
  if (canon && canon !== key && canon.includes(' ')) {
    shortcuts.push(`  { name: ${q(key)}, of: ${q(canon)}, use: ${q(use.split(' ').slice(path.length - 1).join(' '))}, section: ${q(sectionOf.get(key) === 'common' ? 'common' : 'plain')} },`);
    return;
  }
  props.push(`use: ${q(use.split(' ').slice(path.length - 1).join(' '))}`, `short: ${q(short)}`);
  if (d !== short) props.push(`long: ${q(d)}`);
  if (aliasLine) {
    props.push(`aliasLine: ${q(aliasLine)}`);
    const same = aliasLine.split(', ').map((a) => a.replace(/^docker /, '').split(' ')).filter((p) => p.length === path.length && p.slice(0, -1).join(' ') === parent.join(' ')).map((p) => p[p.length - 1]).filter((n) => n !== path[path.length - 1]);
    if (same.length) props.push(`aliases: [${same.map(q).join(', ')}]`);
  }
  if (sec.has('EXPERIMENTAL')) props.push('experimental: true');
  if (path.length === 1) props.push(`section: ${q(sectionOf.get(key)!)}`);
  props.push(`args: ${arityOf(key)}`);
  const fl = flags(sec.get('Options'));
  add(file, `  {\n    ${props.join(',\n    ')},\n    flags: [${fl.map((l) => '\n      ' + l + ',').join('')}${fl.length ? '\n    ' : ''}],\n  },`);
}

for (const [n] of [...sectionOf]) visit([n]);

const header = '// Generated by test/runtime/daemon/cli/front/gen-table.ts from the real CLI 28.2.2 help texts.\n';
for (const [file, cmds] of files) {
  const name = file.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  writeFileSync(join(out, file + '.ts'), `${header}import type { CmdDef } from '../types.ts';\nimport { f } from './flag.ts';\n\nexport const ${name}Commands: CmdDef[] = [\n${cmds.join('\n')}\n];\n`);
}
writeFileSync(join(out, 'groups.ts'), `${header}import type { CmdDef, ShortcutDef } from '../types.ts';\n\nexport const groups: CmdDef[] = [\n${groups.join('\n')}\n];\n\nexport const shortcuts: ShortcutDef[] = [\n${shortcuts.join('\n')}\n];\n\nexport const groupFiles = ${q([...files.keys()].join(' '))};\n`);
console.log([...files.keys()].join(' '));
