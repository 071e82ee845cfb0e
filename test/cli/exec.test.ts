import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAB = join(import.meta.dirname, '..', '..', 'bin', 'lab.mjs');

function setup() {
  const ws = mkdtempSync(join(tmpdir(), 'lab-exec-ws-'));
  const home = mkdtempSync(join(tmpdir(), 'lab-exec-home-'));
  const exec = (input: string, ...args: string[]) =>
    spawnSync(process.execPath, [LAB, 'exec', '--json', '--workdir', ws, ...args], { input, env: { ...process.env, LAB_HOME: home }, encoding: 'utf8' });
  const lines = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { cmd: string; stdout: string; stderr: string; exit: number });
  return { ws, home, exec, lines };
}

describe('lab exec --json', () => {
  it('prints exactly one object per complete command and nothing else', () => {
    const { exec, lines } = setup();
    const r = exec('echo hi\nfor i in 1 2; do\n  echo $i\ndone\nnosuch\n\n# a comment\n');
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual([
      { cmd: 'echo hi', stdout: 'hi\n', stderr: '', exit: 0 },
      { cmd: 'for i in 1 2; do\n  echo $i\ndone', stdout: '1\n2\n', stderr: '', exit: 0 },
      { cmd: 'nosuch', stdout: '', stderr: 'bash: line 1: nosuch: command not found\n', exit: 127 },
    ]);
  });

  it('gives a command that reads stdin the lines after it', () => {
    const { exec, lines } = setup();
    const out = lines(exec('read a\nfirst line\necho "[$a]"\n').stdout);
    expect(out.map((o) => o.cmd)).toEqual(['read a', 'echo "[$a]"']);
    expect(out[1]!.stdout).toBe('[first line]\n');
  });

  it('continues the workspace host between runs; --fresh starts over', () => {
    const { exec, lines, ws } = setup();
    exec('x=kept; echo data > f.txt; mkdir_dummy=1\n');
    expect(lines(exec('echo $x; cat f.txt\n').stdout)[0]!.stdout).toBe('kept\ndata\n');
    expect(readFileSync(join(ws, 'f.txt'), 'utf8')).toBe('data\n');
    expect(lines(exec('echo "[$x]"\n', '--fresh').stdout)[0]!.stdout).toBe('[]\n');
  });

  it('keeps a corrupt state file aside and starts fresh with a message', () => {
    const { exec, lines, home } = setup();
    exec('true\n');
    const real = join(home, 'workspaces', readdirSync(join(home, 'workspaces'))[0]!, 'host.json');
    writeFileSync(real, '{ this is not json');
    const r = exec('echo ok\n');
    expect(r.stderr).toMatch(/^lab: the saved lab state could not be read .*; it was kept as .*host\.json\.corrupt-\d+ and a fresh host was started\n$/);
    expect(lines(r.stdout)[0]!.stdout).toBe('ok\n');
    expect(readdirSync(join(real, '..')).some((n) => n.startsWith('host.json.corrupt-'))).toBe(true);
  });

  it('is deterministic for the same input and seed', () => {
    const a = setup();
    const b = setup();
    const input = 'echo $RANDOM $RANDOM; sleep 3; cat /proc/uptime\n';
    expect(a.exec(input, '--seed', '7').stdout).toBe(b.exec(input, '--seed', '7').stdout);
  });

  it('without --json prints the commands\' own output and exits with the last status', () => {
    const { ws, home } = setup();
    const r = spawnSync(process.execPath, [LAB, 'exec', '--workdir', ws], { input: 'echo out; echo err >&2; exit 3\n', env: { ...process.env, LAB_HOME: home }, encoding: 'utf8' });
    expect([r.stdout, r.stderr, r.status]).toEqual(['out\n', 'err\n', 3]);
  });

  it('lab reset forgets the host', () => {
    const { exec, lines, ws, home } = setup();
    exec('y=1\n');
    execFileSync(process.execPath, [LAB, 'reset', '--workdir', ws], { env: { ...process.env, LAB_HOME: home } });
    expect(lines(exec('echo "[$y]"\n').stdout)[0]!.stdout).toBe('[]\n');
  });
});

describe('lab exec with a damaged but parseable state', () => {
  it('keeps it aside and starts fresh instead of crashing', () => {
    const { exec, lines, home } = setup();
    exec('true\n');
    const real = join(home, 'workspaces', readdirSync(join(home, 'workspaces'))[0]!, 'host.json');
    const image = JSON.parse(readFileSync(real, 'utf8'));
    image.filesystems['/'].inodes = [{ i: 2, t: 'dir', e: [['x', 999]] }];
    writeFileSync(real, JSON.stringify(image));
    const r = exec('echo ok\n');
    expect(r.stderr).toMatch(/^lab: the saved lab state is damaged \(.*\); it was kept as .* and a fresh host was started\n$/);
    expect(lines(r.stdout)[0]!.stdout).toBe('ok\n');
  });
});
