// Docker figures for npm run bench, beside real Docker's (../shared/golden/README.md, 2 cores).
import { createHost } from '../src/runtime/host.ts';
import { ShellSession } from '../src/runtime/session.ts';

export type Row = [string, string, string];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function perRun(session: ShellSession, cmd: string, warm: number, reps: number): Promise<number> {
  for (let i = 0; i < warm; i++) await session.run(cmd);
  const xs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    const r = await session.run(cmd);
    xs.push(performance.now() - t);
    if (r.exit !== 0) throw new Error(`bench: ${cmd}: exit ${r.exit}: ${r.stderr}`);
  }
  return median(xs);
}

export async function dockerRows(): Promise<Row[]> {
  const rows: Row[] = [];
  const s = new ShellSession(createHost({ seed: 1 }));
  // Steady state, as in a running lab: the first runs also pay for JIT compilation of the start path.
  const run = await perRun(s, 'docker run --rm busybox echo hello', 1500, 300);
  rows.push(['docker run --rm busybox echo hello', `${run.toFixed(3)} ms`, '< 0.5 ms (real: 251 ms for run --rm true)']);
  const create = await perRun(s, 'docker rm $(docker create busybox)', 200, 100);
  rows.push(['docker rm $(docker create busybox)', `${create.toFixed(3)} ms`, '(real: 50 ms)']);
  const images = await perRun(s, 'docker images', 200, 100);
  rows.push(['docker images (2 images)', `${images.toFixed(3)} ms`, '(real: 16 ms)']);
  await s.run('docker create --name insp busybox');
  const inspect = await perRun(s, 'docker inspect insp', 200, 100);
  rows.push(['docker inspect <container>', `${inspect.toFixed(3)} ms`, '(real: 16 ms)']);

  const big = new ShellSession(createHost({ seed: 2 }));
  const before = process.memoryUsage().rss;
  const tags = ['busybox', 'hello-world', 'alpine', 'ubuntu', 'nginx'];
  for (const t of tags.slice(2)) await big.run(`docker pull -q ${t} > /dev/null`);
  for (let i = 0; i < 1000; i++) await big.run(`docker create ${tags[i % 5]} > /dev/null`);
  (globalThis as { gc?: () => void }).gc?.();
  const rssMb = (process.memoryUsage().rss - before) / 1048576;
  const ps = await perRun(big, 'docker ps -a > /dev/null', 5, 11);
  rows.push(['docker ps -a with 1000 containers', `${ps.toFixed(1)} ms`, '< 20 ms (real: 22 ms with 51)']);
  rows.push(['memory for 1000 created containers, 5 images', `${rssMb.toFixed(0)} MB`, '< 200 MB']);

  const sl = await perRun(s, 'docker save busybox -o /tmp/bb.tar && docker load -i /tmp/bb.tar > /dev/null', 20, 21).catch(() => NaN);
  rows.push(['docker save + docker load of busybox', Number.isNaN(sl) ? 'not built yet' : `${sl.toFixed(2)} ms`, '< 20 ms']);
  return rows;
}
