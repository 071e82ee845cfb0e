import { describe, expect, it } from 'vitest';
import { newSession, runAll } from '../../helpers.ts';

const NO_DAEMON = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n';

describe('dockerd and /etc/docker/daemon.json', () => {
  it('reads daemon.json only when it starts: mirrors and insecure registries show in docker info after a restart', async () => {
    const s = newSession();
    const r = await runAll(s, [
      `echo '{"registry-mirrors":["https://hub-mirror.c.163.com"],"insecure-registries":["reg.lab.local:5000"]}' >/etc/docker/daemon.json`,
      'docker info | grep -A1 "Registry Mirrors"',
      'systemctl daemon-reload; systemctl restart docker',
      'docker info | sed -n "/Insecure Registries/,/Live Restore/p"',
      "docker info -f '{{.RegistryConfig.Mirrors}}'",
    ]);
    expect(r[1]!.exit).toBe(1);
    expect(r[3]!.stdout).toBe(' Insecure Registries:\n  reg.lab.local:5000\n  127.0.0.0/8\n Registry Mirrors:\n  https://hub-mirror.c.163.com/\n Live Restore Enabled: false\n');
    expect(r[4]!.stdout).toBe('[https://hub-mirror.c.163.com/]\n');
  });

  it('gives containers the dns servers of daemon.json', async () => {
    const s = newSession();
    const r = await runAll(s, [`echo '{"dns":["114.114.114.114"]}' >/etc/docker/daemon.json; systemctl restart docker`, 'docker run --rm busybox cat /etc/resolv.conf']);
    expect(r[1]!.stdout).toBe('nameserver 114.114.114.114\n');
  });

  it('fails to start on invalid JSON, with the journal saying why', async () => {
    const s = newSession();
    const r = await runAll(s, [
      `echo '{"registry-mirrors":["https://hub-mirror.c.163.com"],}' >/etc/docker/daemon.json`,
      'systemctl restart docker',
      'journalctl -u docker -n 4 -q',
      'systemctl is-active docker',
      'systemctl stop docker.socket; docker ps',
    ]);
    expect([r[1]!.stderr, r[1]!.exit]).toEqual(['Job for docker.service failed because the control process exited with error code.\nSee "systemctl status docker.service" and "journalctl -xe" for details.\n', 1]);
    expect(r[2]!.stdout.replace(/dockerd\[\d+\]/, 'dockerd[N]')).toBe([
      "Jan 05 08:00:00 lab dockerd[N]: unable to configure the Docker daemon with file /etc/docker/daemon.json: invalid character '}' looking for beginning of object key string",
      'Jan 05 08:00:00 lab systemd[1]: docker.service: Main process exited, code=exited, status=1/FAILURE',
      "Jan 05 08:00:00 lab systemd[1]: docker.service: Failed with result 'exit-code'.",
      'Jan 05 08:00:00 lab systemd[1]: Failed to start Docker Application Container Engine.',
      '',
    ].join('\n'));
    expect([r[3]!.stdout, r[3]!.exit]).toEqual(['activating\n', 3]);
    expect([r[4]!.stderr, r[4]!.exit]).toEqual([NO_DAEMON, 1]);
  });

  it('names unknown keys and keys that repeat its flags', async () => {
    const s = newSession();
    const r = await runAll(s, [
      `echo '{"mirrors":["x"]}' >/etc/docker/daemon.json; systemctl restart docker; journalctl -u docker -q | grep dockerd | tail -1 | cut -d' ' -f6-`,
      `echo '{"hosts":["tcp://0.0.0.0:2375"]}' >/etc/docker/daemon.json; systemctl reset-failed docker; systemctl restart docker 2>/dev/null; journalctl -u docker -q | grep dockerd | tail -1 | cut -d' ' -f6-`,
    ]);
    expect(r[0]!.stdout).toBe("unable to configure the Docker daemon with file /etc/docker/daemon.json: the following directives don't match any configuration option: mirrors\n");
    expect(r[1]!.stdout).toBe('unable to configure the Docker daemon with file /etc/docker/daemon.json: the following directives are specified both as a flag and in the configuration file: hosts: (from flag: [fd://], from file: [tcp://0.0.0.0:2375])\n');
  });

  it('refuses after three failed starts within a minute until reset-failed', async () => {
    const s = newSession();
    const r = await runAll(s, [
      `echo '{' >/etc/docker/daemon.json`,
      'systemctl restart docker 2>/dev/null; systemctl start docker 2>/dev/null; systemctl start docker 2>/dev/null; systemctl start docker',
      'echo "{}" >/etc/docker/daemon.json; systemctl start docker',
      'systemctl reset-failed docker; systemctl start docker; systemctl is-active docker',
    ]);
    expect(r[1]!.stderr).toBe('Job for docker.service failed because the control process exited with error code.\nSee "systemctl status docker.service" and "journalctl -xe" for details.\n');
    expect(r[2]!.exit).toBe(1);
    expect([r[3]!.stdout, r[3]!.exit]).toEqual(['active\n', 0]);
  });
});
