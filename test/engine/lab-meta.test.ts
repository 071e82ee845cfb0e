import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Lab } from '../../src/engine/lab.ts';

const LESSONS = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'lessons');
const home = () => mkdtempSync(join(tmpdir(), 'lab-engine-'));
const open = (h: string, extra: Parameters<typeof Lab.open>[0] = {}) => Lab.open({ home: h, lessonsDir: LESSONS, replay: true, ...extra });
const text = (bytes: string) => Buffer.from(bytes, 'latin1').toString('utf8');

describe('Lab: the lab commands in the shell, think-time and output', () => {
  it('answers lab meta commands in the shell: hint, answer, check, wait, reboot, unknown', async () => {
    const lab = await open(home());
    await lab.start('01');
    await lab.goto(1);
    expect((await lab.run('lab hint')).result).toMatchObject({ stdout: 'Hint 1/1: You can eat it.\n', exit: 0 });
    const bad = await lab.run('lab answer q1=pear');
    expect(bad.result).toMatchObject({ exit: 2, stderr: 'lab answer: q1: "pear" is not an option (apple, rock)\n' });
    expect((await lab.run('lab answer q1=rock')).report.done).toBe(false);
    const check = await lab.run('lab check');
    expect(check.result.exit).toBe(1);
    expect(text(check.result.stdout)).toMatch(/^✗ .*\nNot done yet\.\n$/);
    expect((await lab.run('lab answer q1=apple')).report.done).toBe(true);
    const before = lab.host.clock.now;
    await lab.run('lab wait 30');
    // 2 s of think-time before the command, then the 30 s it asked for.
    expect(lab.host.clock.now - before).toBe(32_000);
    expect((await lab.run('lab reboot now')).result).toMatchObject({ exit: 2, stderr: 'usage: lab reboot (restarts the lab machine; takes no arguments)\n' });
    expect((await lab.run('lab frobnicate')).result).toMatchObject({ exit: 2, stderr: expect.stringContaining('unknown lab command "frobnicate"') });
  });

  it('lets 2 s of think-time pass between replayed commands, with background jobs running', async () => {
    const lab = await open(home());
    await lab.start('01');
    await lab.run('(while true; do echo tick >> ~/ticks; sleep 1; done) &');
    await lab.run('true');
    await lab.run('true');
    const ticks = text((await lab.run('cat ~/ticks')).result.stdout).split('\n').filter(Boolean);
    expect(ticks.length).toBeGreaterThanOrEqual(6);
    expect(ticks.length).toBeLessThanOrEqual(8);
  });

  it('keeps meta commands out of the history the output check reads', async () => {
    const lab = await open(home());
    await lab.start('02-more');
    await lab.goto(1);
    expect((await lab.run('echo hello')).report.done).toBe(true);
    expect((await lab.run('lab hint')).report.done).toBe(true);
    expect((await lab.run('echo bye')).report.done).toBe(false);
  });

  it('streams output to an attached sink and shows the state at a glance', async () => {
    const lab = await open(home());
    await lab.start('02');
    let live = '';
    const { result, report } = await lab.run('docker run -d --name box busybox sleep 3600 >/dev/null; echo started', { sink: { out: (s) => (live += s), err: (s) => (live += s) } });
    expect(live).toBe('started\n');
    expect(result.stdout).toBe('started\n');
    expect(report.done).toBe(true);
    expect(lab.summary()).toEqual({ containers: ['box'], images: ['busybox:latest'], volumes: [], networks: ['bridge', 'host', 'none'] });
  });

  it('lets the real pause pass in the TUI, capped at a minute', async () => {
    let now = 0;
    const lab = await open(home(), { replay: false, now: () => now });
    await lab.start('01');
    await lab.run('true');
    now += 5_000;
    let before = lab.host.clock.now;
    await lab.run('true');
    expect(lab.host.clock.now - before).toBeGreaterThanOrEqual(5_000);
    expect(lab.host.clock.now - before).toBeLessThan(5_100);
    now += 3_600_000;
    before = lab.host.clock.now;
    await lab.run('true');
    expect(lab.host.clock.now - before).toBeGreaterThanOrEqual(60_000);
    expect(lab.host.clock.now - before).toBeLessThan(60_100);
  });
});
