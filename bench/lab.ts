// The lesson engine's figures for npm run bench: the check after a command, a whole Lab.run,
// and saving/restoring a host whose Docker engine holds 50 containers.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lab } from '../src/engine/lab.ts';
import { createHost } from '../src/runtime/host.ts';
import { restoreHost, saveHost } from '../src/runtime/persist/host-image.ts';
import { ShellSession } from '../src/runtime/session.ts';

type Row = [string, string, string];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function checkRows(lessonsDir: string): Promise<Row[]> {
  const lab = await Lab.open({ home: mkdtempSync(join(tmpdir(), 'lab-bench-')), lessonsDir, replay: true });
  await lab.start('07');
  const checks: number[] = [];
  const runs: number[] = [];
  for (let i = 0; i < lab.lesson.exercises.length; i++) {
    await lab.goto(i);
    for (const line of lab.solution()) {
      let t = performance.now();
      await lab.run(line);
      runs.push(performance.now() - t);
      for (let k = 0; k < 5; k++) {
        t = performance.now();
        await lab.check();
        checks.push(performance.now() - t);
      }
    }
  }
  return [
    ['lab: check of an exercise (lesson 07 solutions)', `${median(checks).toFixed(2)} ms`, '< 5 ms'],
    ['lab: a command + undo snapshot + check + state save', `${median(runs).toFixed(1)} ms`, ''],
  ];
}

async function persistRows(): Promise<Row[]> {
  const host = createHost({ seed: 1 });
  const s = new ShellSession(host);
  const images = ['busybox', 'alpine', 'nginx'];
  for (const i of images) await s.run(`docker pull -q ${i}`);
  for (let n = 0; n < 50; n++) {
    const img = images[n % 3]!;
    await s.run(n % 2 === 0 ? `docker run -d --name c${n} ${img} sleep 3600` : `docker run --name c${n} ${img} sh -c "echo $n > /tmp/f"`);
  }
  await s.run('docker commit c1 snap');
  const saves: number[] = [];
  let image = saveHost(host, s);
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    image = saveHost(host, s);
    saves.push(performance.now() - t);
  }
  const text = JSON.stringify(image);
  const restores: number[] = [];
  for (let i = 0; i < 5; i++) {
    const parsed = JSON.parse(text);
    const t = performance.now();
    restoreHost(parsed, {}, {});
    restores.push(performance.now() - t);
  }
  return [
    ['save a host with 50 containers (25 running)', `${median(saves).toFixed(1)} ms, ${Math.round(text.length / 1024)} KiB`, ''],
    ['restore it (running containers start again)', `${median(restores).toFixed(1)} ms`, ''],
  ];
}

export async function labRows(lessonsDir: string): Promise<Row[]> {
  return [...(await checkRows(lessonsDir)), ...(await persistRows())];
}
