// End to end in a real terminal: tmux runs `lab start 07` (the built bin/lab.mjs, the shipped
// lessons), we type the first exercise's solution as a student would and read the screen.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const SOCKET = `lab-e2e-${process.pid}`;
const home = mkdtempSync(join(tmpdir(), 'lab-e2e-'));

const hasTmux = () => spawnSync('tmux', ['-V']).status === 0;

/** tmux if it is here or apt can install it; otherwise why not. */
function ensureTmux(): string | null {
  if (hasTmux()) return null;
  if (process.platform !== 'linux') return `tmux is not installed and cannot be installed here (${process.platform})`;
  if (process.getuid?.() !== 0 || spawnSync('apt-get', ['--version']).status !== 0) return 'tmux is not installed, and apt-get is not available to install it';
  spawnSync('apt-get', ['install', '-y', 'tmux'], { stdio: 'ignore', timeout: 180_000 });
  return hasTmux() ? null : 'tmux is not installed and `apt-get install -y tmux` failed';
}

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'lab');

async function waitFor(what: RegExp, ms: number): Promise<string> {
  const end = Date.now() + ms;
  let last = '';
  while (Date.now() < end) {
    last = screen();
    if (what.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} on the screen:\n${last}`);
}

const skip = ensureTmux();
if (skip) console.warn(`test/e2e/tmux.test.ts skipped: ${skip}`);

afterAll(() => {
  if (!skip) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  rmSync(home, { recursive: true, force: true });
});

describe.skipIf(skip !== null)('lab start in a real terminal (tmux)', () => {
  it('shows lesson 07, runs the first exercise\'s solution typed at the prompt, and shows the success', async () => {
    const exercises = parse(readFileSync(join(ROOT, 'lessons', '07-containers', 'exercises.yaml'), 'utf8')) as { exercises: { solution: string[] }[] };
    const solution = exercises.exercises[0]!.solution;
    tmux('new-session', '-d', '-s', 'lab', '-x', '100', '-y', '30',
      '-e', `LAB_HOME=${home}`, '-e', 'LANG=C.UTF-8', '-e', 'TERM=xterm-256color',
      `node ${join(ROOT, 'bin', 'lab.mjs')} start 07 --lang en; echo "lab exited: $?"; sleep 60`);
    const first = await waitFor(/root@lab:~# /, 20_000);
    expect(first).toContain('Lesson: Containers');
    expect(first).toContain('Exercise 1/');
    expect(first).toMatch(/F1 hint/);
    for (const line of solution) {
      tmux('send-keys', '-t', 'lab', '-l', line);
      tmux('send-keys', '-t', 'lab', 'Enter');
    }
    const done = await waitFor(/Exercise complete/, 20_000);
    expect(done).toContain('✔ Exercise complete!');
    // Then the lab moves on to the next exercise, and F10 quits, giving the terminal back.
    await waitFor(/── Exercise 2\//, 10_000);
    tmux('send-keys', '-t', 'lab', 'F10');
    const after = await waitFor(/lab exited: 0/, 10_000);
    expect(after).toContain('container-lab: progress saved');
  }, 90_000);
});
