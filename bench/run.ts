// npm run bench: performance of the embedded runtime, printed as a table (not a test).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHost } from '../src/runtime/host.ts';
import { restoreHost, saveHost } from '../src/runtime/persist/host-image.ts';
import { ShellSession } from '../src/runtime/session.ts';
import { dockerRows } from './docker.ts';
import { labRows } from './lab.ts';
import { labStartRows } from './lab-start.ts';

type Row = [string, string, string];
const rows: Row[] = [];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => Promise<unknown> | unknown, reps: number): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const hostMs = await time(() => createHost({ seed: 1 }), 20);
rows.push(['create a Host', `${hostMs.toFixed(2)} ms`, '< 5 ms']);

const session = new ShellSession(createHost({ seed: 1 }));
await session.run('echo warm; cat /etc/hostname');
for (const [label, cmd] of [
  ['echo', 'echo hello'],
  ['x=$((x+1))', 'x=$((x+1))'],
  ['cat of a small file', 'cat /etc/hostname'],
] as const) {
  // Steady state, as in a running lab: the first thousand runs or so also pay for JIT compilation.
  for (let i = 0; i < 2000; i++) await session.run(cmd);
  const n = 2000;
  const t = performance.now();
  for (let i = 0; i < n; i++) await session.run(cmd);
  const perSec = n / ((performance.now() - t) / 1000);
  rows.push([`commands/s: ${label}`, `${Math.round(perSec)}`, '>= 10000']);
}

const loopMs = await time(() => session.run('i=0; while [ $i -lt 1000 ]; do i=$((i+1)); done'), 5);
rows.push(['1000-iteration shell loop', `${loopMs.toFixed(1)} ms`, '< 50 ms']);
const forMs = await time(() => session.run('for i in {1..1000}; do x=$i; done'), 5);
rows.push(['for over {1..1000}', `${forMs.toFixed(1)} ms`, '< 50 ms']);
const pipeMs = await time(() => session.run('cat /etc/passwd | cat | cat'), 50);
rows.push(['3-stage pipeline', `${pipeMs.toFixed(2)} ms`, '']);

const big = createHost({ seed: 1 });
const bigSession = new ShellSession(big);
await bigSession.run('mkdir -p /data && i=0; while [ $i -lt 300 ]; do echo "line $i" > /data/f$i; i=$((i+1)); done');
let image = saveHost(big, bigSession);
const saveMs = await time(() => (image = saveHost(big, bigSession)), 20);
const json = JSON.stringify(image);
const saveJsonMs = await time(() => JSON.stringify(saveHost(big, bigSession)), 20);
const restoreMs = await time(() => restoreHost(JSON.parse(json), {}, {}), 20);
rows.push(['save host state (to JSON text)', `${saveJsonMs.toFixed(2)} ms`, '< 20 ms']);
rows.push(['restore host state (from JSON text)', `${restoreMs.toFixed(2)} ms`, '< 20 ms']);
void saveMs;

rows.push(...(await dockerRows()));
rows.push(...(await labRows(join(import.meta.dirname, '..', 'lessons'))));

const nodeMs = await time(() => execFileSync(process.execPath, ['-e', '0']), 7);
const ws = mkdtempSync(join(tmpdir(), 'lab-bench-'));
const env = { ...process.env, LAB_HOME: join(ws, '.lab') };
const lab = join(import.meta.dirname, '..', 'bin', 'lab.mjs'); // dist/bench.mjs sits beside dist/lab.mjs
execFileSync(process.execPath, [lab, 'exec', '--json', '--workdir', ws], { input: 'echo warm\n', env });
const labMs = await time(() => execFileSync(process.execPath, [lab, 'exec', '--json', '--workdir', ws], { input: 'echo hi\n', env }), 7);
rows.push(['node -e 0', `${nodeMs.toFixed(1)} ms`, '']);
rows.push(...labStartRows(lab));
rows.push(['lab exec of one line', `${labMs.toFixed(1)} ms (${(labMs / nodeMs).toFixed(2)}x node)`, '<= 3x node']);

const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['measure', 'result', 'target'][i]!.length));
const line = (r: Row) => r.map((c, i) => c.padEnd(w[i]!)).join('  ');
console.log(line(['measure', 'result', 'target']));
console.log(w.map((n) => '-'.repeat(n)).join('  '));
for (const r of rows) console.log(line(r));
process.exit(0);
