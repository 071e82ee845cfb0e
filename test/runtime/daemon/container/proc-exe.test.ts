import { describe, expect, it } from 'vitest';
import { newSession } from '../../../helpers.ts';

describe('/proc/PID/exe of container processes', () => {
  it('resolves busybox applet links to /bin/busybox, as the kernel does (verified on Docker 20.10)', async () => {
    const s = newSession();
    expect((await s.run('docker run -d --name px busybox sleep 1000 > /dev/null')).exit).toBe(0);
    expect((await s.run('docker exec px readlink /proc/1/exe')).stdout).toBe('/bin/busybox\n');
    expect((await s.run('docker exec px readlink /proc/self/exe')).stdout).toBe('/bin/busybox\n');
    expect((await s.run('docker logs --tail 0 px')).stdout).toBe('');
  });

  it('prints log timestamps with nine fraction digits', async () => {
    const s = newSession();
    await s.run("docker run --name lt busybox echo hi");
    expect((await s.run('docker logs -t lt')).stdout).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z hi\n$/);
  });
});
