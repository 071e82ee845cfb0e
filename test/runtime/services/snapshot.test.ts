import { describe, expect, it } from 'vitest';
import { newSession, runAll } from '../../helpers.ts';
import { restoreServices, saveServices } from '../../../src/runtime/services/snapshot.ts';

describe('saveServices / restoreServices (a saved host between two lab exec runs)', () => {
  it('keeps stopped units stopped, the journal, the loaded modules and dockerd settings', async () => {
    const a = newSession();
    await runAll(a, [`echo '{"registry-mirrors":["https://m.example"]}' >/etc/docker/daemon.json; systemctl restart docker`, 'systemctl stop cron', 'modprobe dummy']);
    const saved = JSON.parse(JSON.stringify(saveServices(a.host)));
    const b = newSession();
    restoreServices(b.host, saved);
    const r = await runAll(b, ['systemctl is-active cron docker', 'journalctl -u cron -q | tail -1', 'lsmod | sed -n 2p', "docker info -f '{{.RegistryConfig.Mirrors}}'", 'ps -e | grep -c cron']);
    expect(r[0]!.stdout).toBe('inactive\nactive\n');
    expect(r[1]!.stdout).toBe('Jan 05 08:00:00 lab systemd[1]: Stopped Regular background program processing daemon.\n');
    expect(r[2]!.stdout).toBe('dummy                  16384  0\n');
    expect(r[3]!.stdout).toBe('[https://m.example/]\n');
    expect(r[4]!.stdout).toBe('0\n');
  });
});
