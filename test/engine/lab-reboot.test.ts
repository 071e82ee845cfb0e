import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Lab } from '../../src/engine/lab.ts';

const LESSONS = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'lessons');
const home = () => mkdtempSync(join(tmpdir(), 'lab-engine-'));
const open = (h: string, extra: Parameters<typeof Lab.open>[0] = {}) => Lab.open({ home: h, lessonsDir: LESSONS, replay: true, ...extra });
const text = (bytes: string) => Buffer.from(bytes, 'latin1').toString('utf8');

describe('lab reboot: the exercise host restarts, the shell is a new login shell', () => {
  it('reboots the host: a container with --restart=always is back, one without is not, and the check sees it', async () => {
    const lab = await open(home());
    await lab.start('02-more');
    await lab.run('docker run -d --name box busybox sleep 3600');
    expect((await lab.check()).done).toBe(true);
    const host = lab.host;
    await lab.run('export MARK=1; cd /etc');
    const r = await lab.run('lab reboot');
    expect(r.result).toMatchObject({ exit: 0, stderr: '' });
    expect(r.result.stdout).toMatch(/^The lab machine rebooted \(\d+ s\); this is a new login shell\.\n$/);
    expect(lab.host).not.toBe(host);
    expect(r.report.done).toBe(false);
    expect((await lab.run('echo "[$MARK] $PWD"; docker ps -a --format "{{.Names}} {{.Status}}"')).result.stdout).toMatch(/^\[\] \/root\nbox Exited \(137\) \d+ seconds ago\n$/);
    // Meta commands stay out of the history the checks read.
    expect(text((await lab.run('lab reboot')).result.stdout)).toContain('rebooted');

    await lab.run('docker rm box >/dev/null; docker run -d --name box --restart=always busybox sleep 3600');
    expect((await lab.run('lab reboot')).report.done).toBe(true);
    expect((await lab.run('docker ps --format "{{.Names}} {{.Status}}"')).result.stdout).toMatch(/^box Up \d+ seconds\n$/);
  });

  it('answers in the student language, undoes to the host before the reboot and resumes the rebooted host', async () => {
    const h = home();
    const lab = await open(h, { lang: 'zh-CN' });
    await lab.start('02-more');
    // Not the exercise's goal (`box`): the lab stays on this exercise and resumes it.
    await lab.run('docker run -d --name keep --restart=always busybox sleep 3600');
    await lab.run('sleep 300');
    expect(text((await lab.run('lab reboot')).result.stdout)).toMatch(/^实验机器已重启（用时 \d+ 秒）；这是一个新的登录 shell。\n$/);
    await lab.run('systemctl disable --now cron 2>/dev/null');
    const uptime = async (l: Lab) => Number((await l.run('cut -d" " -f1 /proc/uptime')).result.stdout);
    expect(await uptime(lab)).toBeLessThan(60);

    const again = await open(h);
    await again.start('02-more');
    expect(again.index).toBe(0);
    expect((await again.run('systemctl is-active cron; docker ps --format "{{.Names}}"')).result.stdout).toBe('inactive\nkeep\n');

    // Undo past the reboot: the old boot's host, its containers still running.
    expect(await lab.undo()).toBe(true);
    expect(await lab.undo()).toBe(true);
    expect(await lab.undo()).toBe(true);
    expect((await lab.run('systemctl is-active cron; docker ps --format "{{.Names}}"')).result.stdout).toBe('active\nkeep\n');
    expect(await uptime(lab)).toBeGreaterThan(300);
  });

  it('answers a bare reboot itself, pointing at lab reboot, without touching the host', async () => {
    const lab = await open(home());
    await lab.start('02-more');
    const host = lab.host;
    for (const [line, program] of [['reboot', 'reboot'], ['sudo shutdown -r now', 'shutdown'], ['systemctl reboot', 'systemctl'], ['init 6', 'init']]) {
      expect((await lab.run(line!)).result).toEqual({ cmd: line, stdout: '', stderr: `${program}: the lab machine is restarted with \`lab reboot\` (a real reboot would end this session)\n`, exit: 1 });
    }
    expect((await lab.run('reboot --help')).result.stderr).toBe('bash: line 1: reboot: command not found\n');
    expect(lab.host).toBe(host);
    // Neither a snapshot nor history: undo only finds `reboot --help`, which ran on the host.
    expect(await lab.undo()).toBe(true);
    expect(await lab.undo()).toBe(false);
  });
});
