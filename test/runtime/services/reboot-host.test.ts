import { describe, expect, it } from 'vitest';
import { newSession, runAll } from '../../helpers.ts';
import { restoreHost, saveHost } from '../../../src/runtime/persist/host-image.ts';
import { rebootHost } from '../../../src/runtime/services/reboot-host.ts';
import type { ShellSession } from '../../../src/runtime/session.ts';

const out = async (s: ShellSession, lines: string[]) => (await runAll(s, lines)).map((r) => r.stdout + r.stderr);

describe('rebootHost (lab reboot on the modelled machine)', () => {
  it('ends every process of the old boot and gives the student a fresh login shell', async () => {
    const s = newSession();
    await runAll(s, ['cd /etc; X=kept; sleep 1000 & echo x >/tmp/f; mkdir -p /tmp/d/e; echo y >/run/r; echo z >/dev/shm/s; echo k >/root/k; echo v >/var/tmp/v']);
    const oldShell = s.proc.id;
    const r = await rebootHost(s.host, s);
    expect(r.host).not.toBe(s.host);
    expect(s.host.kernel.procs.size).toBeGreaterThan(0);
    const [ps, shell, files] = await out(r.session, ['ps -e -o comm= | sort | uniq -c | grep -c sleep', 'echo "$PWD [$X] $$"', 'ls -A /tmp /run/r /dev/shm; cat /root/k /var/tmp/v']);
    expect(ps).toBe('0\n');
    expect(shell).toMatch(/^\/root \[\] \d+\n$/);
    expect(shell).not.toContain(` ${oldShell}\n`);
    // /run and /dev/shm are tmpfs, /tmp is cleaned by systemd-tmpfiles; the disk keeps the rest.
    expect(files).toBe("/dev/shm:\n\n/tmp:\nk\nv\nls: cannot access '/run/r': No such file or directory\n");
  });

  it('moves the clock through the shutdown and a 20-40 s boot; uptime, btime and who -b show the new boot', async () => {
    const s = newSession();
    await runAll(s, ['sleep 600']);
    const [before] = await out(s, ['cut -d" " -f1 /proc/uptime']);
    expect(Number(before)).toBeGreaterThanOrEqual(600);
    const down = s.host.clock.now;
    const r = await rebootHost(s.host, s);
    expect(r.tookMs).toBeGreaterThanOrEqual(18_000);
    expect(r.tookMs).toBeLessThanOrEqual(40_000);
    expect(r.host.clock.now - down).toBe(r.tookMs);
    const [uptime, btime, whoB, up] = await out(r.session, ['cut -d" " -f1 /proc/uptime', 'grep btime /proc/stat', 'who -b', 'uptime']);
    expect(Number(uptime)).toBeCloseTo(r.uptimeMs / 1000, 1);
    expect(r.uptimeMs).toBeGreaterThanOrEqual(16_000);
    expect(r.uptimeMs).toBeLessThan(r.tookMs);
    const boot = r.host.clock.now - r.uptimeMs;
    expect(btime).toBe(`btime ${Math.floor(boot / 1000)}\n`);
    expect(boot).toBeGreaterThan(down);
    expect(whoB).toBe(`         system boot  ${new Date(boot).toUTCString().slice(8, 11)}  ${new Date(boot).getUTCDate()} ${new Date(boot).toISOString().slice(11, 16)}\n`);
    expect(up).toMatch(/ up 0 min, /);
  });

  it('starts the units enabled on disk: enabled ones come back, disabled ones stay down', async () => {
    const s = newSession();
    await runAll(s, ['systemctl stop ssh', 'systemctl disable cron 2>/dev/null; systemctl start cron', 'systemctl disable docker 2>/dev/null', 'modprobe dummy', 'echo web1 >/etc/hostname; hostname transient', `echo '{"registry-mirrors":["https://m.example"]}' >/etc/docker/daemon.json`]);
    const r = await rebootHost(s.host, s);
    const [active, docker, afterUse, mirrors, mods, name, journal] = await out(r.session, [
      'systemctl is-active ssh cron containerd docker.socket docker', 'docker ps -q | wc -l', 'systemctl is-active docker', "docker info -f '{{.RegistryConfig.Mirrors}}'",
      'lsmod | grep -c dummy', 'hostname', 'journalctl -u ssh | grep -c Started',
    ]);
    // ssh: stopped but enabled; cron: started but disabled; docker: disabled, its socket enabled.
    expect(active).toBe('active\ninactive\nactive\nactive\ninactive\n');
    expect(docker).toBe('0\n');
    expect(afterUse).toBe('active\n');
    // dockerd read daemon.json when it started on the new boot.
    expect(mirrors).toBe('[https://m.example/]\n');
    expect(mods).toBe('0\n');
    expect(name).toBe('web1\n');
    // Ubuntu's journal is persistent: both boots' starts of ssh are there.
    expect(journal).toBe('2\n');
  });

  it('stops every container as dockerd does at shutdown; dockerd at boot applies the restart policies', async () => {
    const s = newSession();
    await runAll(s, [
      'docker run -d --name always --restart=always busybox sleep 3600',
      'docker run -d --name plain busybox sleep 3600',
      "docker run -d --name polite busybox sh -c 'trap \"exit 0\" TERM; while true; do sleep 1; done'",
      'docker run -d --name us --restart=unless-stopped busybox sleep 3600',
      'docker run -d --name us-stopped --restart=unless-stopped busybox sleep 3600; docker stop us-stopped',
      'docker run -d --name onfail --restart=on-failure busybox sleep 3600',
      'docker run -d --name onfail-ok --restart=on-failure:3 busybox sh -c "trap \'exit 0\' TERM; while true; do sleep 1; done"',
      'docker run -d --name always-stopped --restart=always busybox sleep 3600; docker stop always-stopped',
      'docker run -d --rm --name gone busybox sleep 3600',
    ]);
    const r = await rebootHost(s.host, s);
    const [ps] = await out(r.session, ['docker ps -a --format "{{.Names}} {{.State}} {{.Status}}" | sort']);
    expect(ps.replace(/ \d+ seconds ago| Up \d+ seconds/g, '')).toBe([
      'always running',
      'always-stopped running',
      'onfail running',
      'onfail-ok exited Exited (0)',
      'plain exited Exited (137)',
      'polite exited Exited (0)',
      'us running',
      'us-stopped exited Exited (137)',
      '',
    ].join('\n'));
  });

  it('leaves a state that saves and restores as it is (units, containers, journal)', async () => {
    const s = newSession();
    await runAll(s, ['docker run -d --name web --restart=always busybox sleep 3600', 'systemctl disable cron 2>/dev/null']);
    const r = await rebootHost(s.host, s);
    const image = JSON.parse(JSON.stringify(saveHost(r.host, r.session)));
    const back = restoreHost(image, { seed: 1 }, {});
    const [units, ps, journal, uptime] = await out(back.session, ['systemctl is-active cron docker', 'docker ps --format "{{.Names}} {{.Status}}"', 'journalctl -u docker | grep -c "Starting Docker"', 'cut -d" " -f1 /proc/uptime']);
    expect(Number(uptime)).toBeCloseTo(r.uptimeMs / 1000, 0);
    expect(units).toBe('inactive\nactive\n');
    expect(ps).toMatch(/^web Up \d+ seconds\n$/);
    expect(journal).toBe('2\n');
  });
});
