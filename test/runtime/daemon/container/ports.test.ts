import { describe, expect, it } from 'vitest';
import { newSession } from '../../../helpers.ts';

// A freshly started engine hands out host ports from ip_local_port_range (32768 first), one
// allocator per address and protocol; checked against Engine 20.10.24 right after its start.
describe('published ports', () => {
  it('gives dynamic ports per address and protocol; a specific address skips ports the wildcard holds', async () => {
    const s = newSession();
    await s.run('docker run -d --name pp -P --expose 80 --expose 90/udp busybox sleep 30 > /dev/null');
    await s.run('docker run -d --name pq -p 80 -p 127.0.0.1::81 busybox sleep 30 > /dev/null');
    expect((await s.run('docker port pp')).stdout).toBe('80/tcp -> 0.0.0.0:32768\n80/tcp -> [::]:32768\n90/udp -> 0.0.0.0:32768\n90/udp -> [::]:32768\n');
    // 127.0.0.1:32768 would clash with pp's 0.0.0.0:32768, so the proxy's bind fails and the next port is taken.
    expect((await s.run("docker ps --format '{{.Names}} {{.Ports}}' -f name=pq")).stdout).toBe('pq 0.0.0.0:32769->80/tcp, [::]:32769->80/tcp, 127.0.0.1:32770->81/tcp\n');
  });

  it('refuses a host port in use with the real errors and leaves the container Created', async () => {
    const s = newSession();
    await s.run('docker run -d --name p1 -p 8082:80 busybox sleep 30 > /dev/null');
    const r = await s.run('docker run -d --name p2 -p 8082:80 busybox sleep 30');
    expect(r.exit).toBe(125);
    expect(r.stderr).toMatch(/^docker: Error response from daemon: driver failed programming external connectivity on endpoint p2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8082 failed: port is already allocated\n\nRun 'docker run --help' for more information\n$/);
    const r3 = await s.run('docker run -d --name p3 -p 127.0.0.1:8082:80 busybox sleep 30');
    expect(r3.stderr).toContain('Error starting userland proxy: listen tcp4 127.0.0.1:8082: bind: address already in use');
    expect((await s.run("docker ps -a --format '{{.Names}} {{.Status}}' -f name=p2")).stdout).toBe('p2 Created\n');
    await s.run('docker stop -t 0 p1');
    expect(await s.run('docker start p2 && docker port p2')).toMatchObject({ stdout: 'p2\n80/tcp -> 0.0.0.0:8082\n80/tcp -> [::]:8082\n', exit: 0 });
  });

  it('shows no ports once stopped or before the first start, and none in host or none mode', async () => {
    const s = newSession();
    await s.run('docker run --name p4 -p 8083:80 -p 90 busybox true');
    expect((await s.run("docker inspect -f '{{json .NetworkSettings.Ports}} {{json .HostConfig.PortBindings}}' p4")).stdout)
      .toBe('{} {"80/tcp":[{"HostIp":"","HostPort":"8083"}],"90/tcp":[{"HostIp":"","HostPort":""}]}\n');
    const hh = await s.run('docker run -d --name hh --network host -p 80:80 busybox sleep 30 > /dev/null');
    expect(hh.stderr).toBe('WARNING: Published ports are discarded when using host network mode\n');
    await s.run('docker run -d --name nn --network none busybox sleep 30');
    await s.run('docker run -d --name bb busybox sleep 30');
    expect((await s.run("docker inspect -f '{{.Name}} [{{.NetworkSettings.IPAddress}}]' hh nn bb")).stdout).toBe('/hh []\n/nn []\n/bb [172.17.0.2]\n');
  });
});
