import { describe, expect, it } from 'vitest';
import { newSession, run1, runAll } from '../../helpers.ts';

const DOCKER_EXEC = '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock';

describe('systemctl on a fresh host', () => {
  it('shows docker.service running, triggered by docker.socket, with its cgroup and journal', async () => {
    const r = await run1('systemctl status docker');
    expect(r.exit).toBe(0);
    const head = r.stdout.split('\n').slice(0, 12).join('\n');
    expect(head).toBe([
      '* docker.service - Docker Application Container Engine',
      '     Loaded: loaded (/lib/systemd/system/docker.service; enabled; vendor preset: enabled)',
      '     Active: active (running) since Mon 2026-01-05 08:00:00 UTC; now',
      'TriggeredBy: * docker.socket',
      '       Docs: https://docs.docker.com',
      '   Main PID: 803 (dockerd)',
      '      Tasks: 9',
      '     Memory: 30.1M',
      '        CPU: 412ms',
      '     CGroup: /system.slice/docker.service',
      `             \`-803 ${DOCKER_EXEC}`,
      '',
    ].join('\n'));
    expect(r.stdout).toContain('lab systemd[1]: Started Docker Application Container Engine.\n');
    expect(r.stdout).toMatch(/lab dockerd\[803\]: time="2026-01-05T08:00:00\.\d{9}Z" level=info msg="API listen on \/run\/docker.sock"\n$/);
  });

  it('draws the glyphs in UTF-8 when the locale is', async () => {
    const r = await run1('LANG=C.UTF-8 systemctl status docker.socket');
    expect(r.stdout.split('\n').slice(0, 4).join('\n')).toBe(Buffer.from([
      '\u25cf docker.socket - Docker Socket for the API',
      '     Loaded: loaded (/lib/systemd/system/docker.socket; enabled; vendor preset: enabled)',
      '     Active: active (listening) since Mon 2026-01-05 08:00:00 UTC; now',
      '   Triggers: \u25cf docker.service',
    ].join('\n'), 'utf8').toString('latin1'));
  });

  it('runs dockerd as a child of PID 1 in system.slice/docker.service', async () => {
    const [ps, cg] = await runAll(newSession(), ['ps -ef | grep [d]ockerd', 'grep -E "^(1|5):" /proc/803/cgroup']);
    expect(ps!.stdout).toBe(`root         803       1  0 08:00 ?        00:00:00 ${DOCKER_EXEC}\n`);
    expect(cg!.stdout).toBe('5:pids:/system.slice/docker.service\n1:name=systemd:/system.slice/docker.service\n');
  });

  it('answers is-active, is-enabled and is-failed with words and exit codes', async () => {
    const s = newSession();
    const [a, b, c, d] = await runAll(s, ['systemctl is-active docker containerd', 'systemctl is-enabled docker docker.socket', 'systemctl is-failed docker', 'systemctl is-active nosuch']);
    expect([a!.stdout, a!.exit]).toEqual(['active\nactive\n', 0]);
    expect([b!.stdout, b!.exit]).toEqual(['enabled\nenabled\n', 0]);
    expect([c!.stdout, c!.exit]).toEqual(['active\n', 1]);
    expect([d!.stdout, d!.exit]).toEqual(['inactive\n', 3]);
  });

  it('stops and starts a service; status then shows how the main process ended', async () => {
    const s = newSession();
    const [stop, st, start] = await runAll(s, ['systemctl stop cron', 'systemctl status cron', 'systemctl start cron; systemctl is-active cron']);
    expect([stop!.stdout, stop!.stderr, stop!.exit]).toEqual(['', '', 0]);
    expect(st!.exit).toBe(3);
    expect(st!.stdout.split('\n').slice(0, 7).join('\n')).toBe([
      '* cron.service - Regular background program processing daemon',
      '     Loaded: loaded (/lib/systemd/system/cron.service; enabled; vendor preset: enabled)',
      '     Active: inactive (dead) since Mon 2026-01-05 08:00:00 UTC; now',
      '       Docs: man:cron(8)',
      '    Process: 587 ExecStart=/usr/sbin/cron -f -P $EXTRA_OPTS (code=exited, status=0/SUCCESS)',
      '   Main PID: 587 (code=exited, status=0/SUCCESS)',
      '        CPU: 4ms',
    ].join('\n'));
    expect(st!.stdout).toContain('systemd[1]: Stopping Regular background program processing daemon...\n');
    expect(st!.stdout).toContain('systemd[1]: cron.service: Deactivated successfully.\n');
    expect(st!.stdout).toMatch(/systemd\[1\]: Stopped Regular background program processing daemon\.\n$/);
    expect([start!.stdout, start!.exit]).toEqual(['active\n', 0]);
  });

  it('disables and enables with the symlink and SysV lines systemctl prints', async () => {
    const s = newSession();
    const [dis, state, en, link] = await runAll(s, ['systemctl disable docker', 'systemctl is-enabled docker', 'systemctl enable docker', 'readlink /etc/systemd/system/multi-user.target.wants/docker.service']);
    expect(dis!.stderr).toBe('Synchronizing state of docker.service with SysV service script with /lib/systemd/systemd-sysv-install.\nExecuting: /lib/systemd/systemd-sysv-install disable docker\nRemoved /etc/systemd/system/multi-user.target.wants/docker.service.\n');
    expect([state!.stdout, state!.exit]).toEqual(['disabled\n', 1]);
    expect(en!.stderr).toBe('Synchronizing state of docker.service with SysV service script with /lib/systemd/systemd-sysv-install.\nExecuting: /lib/systemd/systemd-sysv-install enable docker\nCreated symlink /etc/systemd/system/multi-user.target.wants/docker.service -> /lib/systemd/system/docker.service.\n');
    expect(link!.stdout).toBe('/lib/systemd/system/docker.service\n');
  });

  it('prints the unit file with cat and warns about changed files until daemon-reload', async () => {
    const s = newSession();
    const [cat, edit, reload] = await runAll(s, [
      'systemctl cat docker.socket | head -3',
      'mkdir /etc/systemd/system/cron.service.d; printf "[Service]\\nNice=5\\n" >/etc/systemd/system/cron.service.d/nice.conf; systemctl restart cron',
      'systemctl daemon-reload; systemctl restart cron; systemctl cat cron | tail -4',
    ]);
    expect(cat!.stdout).toBe('# /lib/systemd/system/docker.socket\n[Unit]\nDescription=Docker Socket for the API\n');
    expect(edit!.stderr).toBe("Warning: The unit file, source configuration file or drop-ins of cron.service changed on disk. Run 'systemctl daemon-reload' to reload units.\n");
    expect([reload!.stderr, reload!.stdout]).toEqual(['', '\n# /etc/systemd/system/cron.service.d/nice.conf\n[Service]\nNice=5\n']);
  });

  it('lists the running services', async () => {
    const r = await run1('systemctl list-units --type=service --no-legend');
    expect(r.stdout).toBe([
      '  containerd.service loaded active running containerd container runtime',
      '  cron.service       loaded active running Regular background program processing daemon',
      '  docker.service     loaded active running Docker Application Container Engine',
      '  ssh.service        loaded active running OpenBSD Secure Shell server',
      '',
    ].join('\n'));
  });

  it('reports unknown units and verbs like systemd 249', async () => {
    const s = newSession();
    const [st, start, stop, en, verb, opt] = await runAll(s, ['systemctl status nosuch', 'systemctl start nosuch', 'systemctl stop nosuch.service', 'systemctl enable nosuch', 'systemctl frobnicate', 'systemctl --bogus']);
    expect([st!.stderr, st!.exit]).toEqual(['Unit nosuch.service could not be found.\n', 4]);
    expect([start!.stderr, start!.exit]).toEqual(['Failed to start nosuch.service: Unit nosuch.service not found.\n', 5]);
    expect([stop!.stderr, stop!.exit]).toEqual(['Failed to stop nosuch.service: Unit nosuch.service not loaded.\n', 5]);
    expect([en!.stderr, en!.exit]).toEqual(['Failed to enable unit: Unit file nosuch.service does not exist.\n', 1]);
    expect([verb!.stderr, verb!.exit]).toEqual(['Unknown command verb frobnicate.\n', 1]);
    expect([opt!.stderr, opt!.exit]).toEqual(["systemctl: unrecognized option '--bogus'\n", 1]);
  });

  it('refuses unprivileged changes through polkit, but shows status', async () => {
    const s = newSession();
    const [stop, en, reload, st] = await runAll(s, ['su student -c "systemctl stop docker"', 'su student -c "systemctl enable docker"', 'su student -c "systemctl daemon-reload"', 'su student -c "systemctl is-active docker"']);
    expect([stop!.stderr, stop!.exit]).toEqual(["Failed to stop docker.service: Interactive authentication required.\nSee system logs and 'systemctl status docker.service' for details.\n", 1]);
    expect([en!.stderr, en!.exit]).toEqual(['Failed to enable unit: Interactive authentication required.\n', 1]);
    expect([reload!.stderr, reload!.exit]).toEqual(['Failed to reload daemon: Interactive authentication required.\n', 1]);
    expect([st!.stdout, st!.exit]).toEqual(['active\n', 0]);
  });

  it('runs an administrator unit written to /etc/systemd/system as a model program', async () => {
    const s = newSession();
    const r = await runAll(s, [
      'printf "[Unit]\\nDescription=Hello sleeper\\n\\n[Service]\\nExecStart=/bin/sleep 100\\n\\n[Install]\\nWantedBy=multi-user.target\\n" >/etc/systemd/system/hello.service',
      'systemctl start hello; ps -o ppid=,args= -C sleep',
      'systemctl enable --now hello',
      'systemctl stop hello; systemctl status hello -n 0; pgrep -c sleep',
    ]);
    expect(r[1]!.stdout).toBe('      1 /bin/sleep 100\n');
    expect(r[2]!.stderr).toBe('Created symlink /etc/systemd/system/multi-user.target.wants/hello.service -> /etc/systemd/system/hello.service.\n');
    expect(r[3]!.stdout).toBe([
      '* hello.service - Hello sleeper',
      '     Loaded: loaded (/etc/systemd/system/hello.service; enabled; vendor preset: enabled)',
      '     Active: inactive (dead) since Mon 2026-01-05 08:00:00 UTC; now',
      '    Process: 4 ExecStart=/bin/sleep 100 (code=killed, status=15/TERM)',
      '   Main PID: 4 (code=killed, status=15/TERM)',
      '0',
      '',
    ].join('\n'));
  });
});
