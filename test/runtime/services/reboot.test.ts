import { describe, expect, it } from 'vitest';
import { newSession, runAll } from '../../helpers.ts';
import { rebootServices } from '../../../src/runtime/services/boot.ts';

describe('rebootServices (what lab reboot does to services)', () => {
  it('brings back enabled units; a disabled docker.service comes up through docker.socket on first use', async () => {
    const s = newSession();
    await runAll(s, ['docker run -d --name web --restart=always busybox sleep 3600 >/dev/null', 'docker run -d --name tmp busybox sleep 3600 >/dev/null', 'systemctl disable docker 2>/dev/null']);
    await rebootServices(s.host);
    const r = await runAll(s, ['systemctl is-active docker.socket docker cron', 'docker ps --format "{{.Names}}"', 'systemctl is-active docker']);
    expect(r[0]!.stdout).toBe('active\ninactive\nactive\n');
    expect(r[1]!.stdout).toBe('web\n');
    expect(r[2]!.stdout).toBe('active\n');
  });
});
