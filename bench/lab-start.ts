// `lab start` in a pseudo-terminal (util-linux `script`): the first frame and the moment the lesson
// and the prompt are shown, as `lab start --measure-startup` reports them (times from process start).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Row = [string, string, string];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function labStartRows(lab: string, reps = 5): Row[] {
  if (spawnSync('script', ['--version']).status !== 0) return [['lab start first frame', 'skipped: no `script` (util-linux) for a pseudo-terminal', '< 500 ms']];
  const dir = mkdtempSync(join(tmpdir(), 'lab-bench-start-'));
  const frame: number[] = [];
  const lesson: number[] = [];
  try {
    for (let i = 0; i < reps; i++) {
      const log = join(dir, 'times.txt');
      const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(lab)} start 07 --measure-startup 2>${JSON.stringify(log)}`;
      execFileSync('script', ['-qec', cmd, '/dev/null'], { env: { ...process.env, LAB_HOME: join(dir, 'home'), TERM: 'xterm-256color', LANG: 'C.UTF-8' }, stdio: 'ignore', timeout: 30_000 });
      const m = /first frame after (\d+) ms; lesson and prompt after (\d+) ms/.exec(readFileSync(log, 'utf8'));
      if (!m) throw new Error(`bench: lab start --measure-startup printed: ${readFileSync(log, 'utf8')}`);
      frame.push(Number(m[1]));
      lesson.push(Number(m[2]));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    ['lab start 07: first frame', `${median(frame)} ms`, '< 500 ms'],
    ['lab start 07: lesson and prompt shown', `${median(lesson)} ms`, ''],
  ];
}
