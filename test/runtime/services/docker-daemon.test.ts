import { describe, expect, it } from 'vitest';
import { newSession, runAll } from '../../helpers.ts';

const NO_DAEMON = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n';

describe('dockerd as docker.service', () => {
  it('is unreachable once docker.service and docker.socket are stopped, and comes back with systemctl start', async () => {
    const s = newSession();
    const r = await runAll(s, ['systemctl stop docker.socket docker', 'docker ps', 'docker run busybox true', 'docker stop a b', 'docker inspect a', 'systemctl start docker', 'docker ps -q', 'systemctl is-active docker.socket']);
    expect(r[0]!.stderr).toBe('');
    expect([r[1]!.stdout, r[1]!.stderr, r[1]!.exit]).toEqual(['', NO_DAEMON, 1]);
    expect([r[2]!.stderr, r[2]!.exit]).toEqual([`docker: ${NO_DAEMON}\nRun 'docker run --help' for more information\n`, 125]);
    expect([r[3]!.stderr, r[3]!.exit]).toEqual([NO_DAEMON + NO_DAEMON, 1]);
    expect([r[4]!.stdout, r[4]!.stderr, r[4]!.exit]).toEqual(['[]\n', NO_DAEMON, 1]);
    expect([r[5]!.stderr, r[5]!.exit]).toEqual(['', 0]);
    expect([r[6]!.stdout, r[6]!.exit]).toEqual(['', 0]);
    expect(r[7]!.stdout).toBe('active\n');
  });

  it('is started again by docker.socket when only docker.service was stopped', async () => {
    const s = newSession();
    const r = await runAll(s, ['systemctl stop docker', 'systemctl is-active docker', 'docker ps -q', 'systemctl is-active docker']);
    expect([r[0]!.stderr, r[0]!.exit]).toEqual(['Warning: Stopping docker.service, but it can still be activated by:\n  docker.socket\n', 0]);
    expect(r[1]!.stdout).toBe('inactive\n');
    expect([r[2]!.stderr, r[2]!.exit]).toEqual(['', 0]);
    expect(r[3]!.stdout).toBe('active\n');
  });

  it('stops running containers when it stops and restarts those whose policy says so', async () => {
    const s = newSession();
    const r = await runAll(s, [
      'docker run -d --name keep --restart=always busybox sleep 3600 >/dev/null',
      'docker run -d --name plain busybox sleep 3600 >/dev/null',
      'docker run -d --name held --restart=unless-stopped busybox sleep 3600 >/dev/null; docker stop held >/dev/null',
      'systemctl restart docker',
      'docker ps -a --format "{{.Names}} {{.Status}}"',
      'journalctl -u docker -n 40 | grep -c "Processing signal"',
    ]);
    expect(r[3]!.exit).toBe(0);
    expect(r[4]!.stdout).toMatch(/^held Exited \(137\) \d+ seconds ago\nplain Exited \(137\) Less than a second ago\nkeep Up Less than a second\n$/);
    expect(r[5]!.stdout).toBe('1\n');
  });
});

describe('the docker socket is root:docker 0660', () => {
  it('refuses users outside the docker group with the client error of the request tried', async () => {
    const s = newSession();
    const sock = 'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock';
    const r = await runAll(s, ['su student -c "docker ps -a"', 'su student -c "docker run hello-world"', 'usermod -aG docker student; su student -c "docker ps -q"', 'getent group docker']);
    expect([r[0]!.stderr, r[0]!.exit]).toEqual([`${sock}: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.50/containers/json?all=1": dial unix /var/run/docker.sock: connect: permission denied\n`, 1]);
    expect([r[1]!.stderr, r[1]!.exit]).toEqual([`docker: ${sock}: Head "http://%2Fvar%2Frun%2Fdocker.sock/_ping": dial unix /var/run/docker.sock: connect: permission denied\n\nRun 'docker run --help' for more information\n`, 126]);
    expect([r[2]!.stderr, r[2]!.exit]).toEqual(['', 0]);
    expect(r[3]!.stdout).toBe('docker:x:999:student\n');
  });
});
