import { describe, expect, it } from 'vitest';
import { newSession, run1, runAll } from '../../helpers.ts';

describe('service, journalctl, lsmod, modprobe', () => {
  it('service hands the action to systemctl, stopping the socket with the service', async () => {
    const s = newSession();
    const r = await runAll(s, ['service docker stop', 'systemctl is-active docker.socket docker', 'service docker start; systemctl is-active docker', 'service nosuch start', 'service']);
    expect([r[0]!.stderr, r[0]!.exit]).toEqual(['', 0]);
    expect(r[1]!.stdout).toBe('inactive\ninactive\n');
    expect(r[2]!.stdout).toBe('active\n');
    expect([r[3]!.stderr, r[3]!.exit]).toEqual(['nosuch: unrecognized service\n', 1]);
    expect([r[4]!.stderr, r[4]!.exit]).toEqual(['Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]\n', 1]);
  });

  it('journalctl -u shows one unit with the journal header, -q without it', async () => {
    const s = newSession();
    const [a, b, c] = await runAll(s, ['journalctl -u containerd --no-pager', 'journalctl -q -u ssh -n 1', 'journalctl -u nosuch']);
    expect(a!.stdout.split('\n').slice(0, 3).join('\n')).toBe([
      '-- Journal begins at Mon 2026-01-05 08:00:00 UTC, ends at Mon 2026-01-05 08:00:00 UTC. --',
      'Jan 05 08:00:00 lab systemd[1]: Starting containerd container runtime...',
      'Jan 05 08:00:00 lab containerd[642]: time="2026-01-05T08:00:00.412853201Z" level=info msg="starting containerd" revision=1.6.20~ds1-1+deb12u3 version=1.6.20~ds1',
    ].join('\n'));
    expect(b!.stdout).toBe('Jan 05 08:00:00 lab systemd[1]: Started OpenBSD Secure Shell server.\n');
    expect(c!.stdout).toBe('-- Journal begins at Mon 2026-01-05 08:00:00 UTC, ends at Mon 2026-01-05 08:00:00 UTC. --\n-- No entries --\n');
  });

  it('journalctl -xe explains a failed start with the catalog', async () => {
    const s = newSession();
    const r = await runAll(s, [`echo x >/etc/docker/daemon.json; systemctl restart docker 2>/dev/null`, 'LANG=C.UTF-8 journalctl -xe -q']);
    const text = Buffer.from(r[1]!.stdout, 'latin1').toString('utf8');
    const block = ['Subject: A start job for unit docker.service has failed', 'Defined-By: systemd', 'Support: http://www.ubuntu.com/support', '',
      'A start job for unit docker.service has finished with a failure.', ''].map((l) => `\u2591\u2591 ${l}\n`).join('');
    expect(text).toContain(`Jan 05 08:00:00 lab systemd[1]: Failed to start Docker Application Container Engine.\n${block}`);
    expect(text).toContain("\u2591\u2591 The process' exit code is 'exited' and its exit status is 1.\n");
  });

  it('journalctl rejects bad options', async () => {
    const s = newSession();
    const [a, b] = await runAll(s, ['journalctl --bogus', 'journalctl -n x']);
    expect([a!.stderr, a!.exit]).toEqual(["journalctl: unrecognized option '--bogus'\n", 1]);
    expect([b!.stderr, b!.exit]).toEqual(["Failed to parse lines 'x'\n", 1]);
  });

  it('lsmod lists the docker host modules with their users', async () => {
    const r = await run1('lsmod | grep -E "^(Module|bridge|br_netfilter|overlay|kvm)"');
    expect(r.stdout).toBe([
      'Module                  Size  Used by',
      'br_netfilter           32768  0',
      'bridge                307200  1 br_netfilter',
      'overlay               151552  0',
      'kvm_intel             372736  0',
      'kvm                  1036288  1 kvm_intel',
      '',
    ].join('\n'));
  });

  it('modprobe loads a module with its dependencies, refuses unknown ones, in-use removal and non-root', async () => {
    const s = newSession();
    const r = await runAll(s, ['modprobe ip_vs_rr && lsmod | head -3', 'modprobe nosuch', 'modprobe -r bridge', 'su student -c "modprobe dummy"', 'modprobe', 'modprobe -r ip_vs_rr && lsmod | grep -c ^ip_vs_rr']);
    expect(r[0]!.stdout).toBe('Module                  Size  Used by\nip_vs_rr               16384  0\nip_vs                 176128  1 ip_vs_rr\n');
    expect([r[1]!.stderr, r[1]!.exit]).toEqual(['modprobe: FATAL: Module nosuch not found in directory /lib/modules/5.15.0-91-generic\n', 1]);
    expect([r[2]!.stderr, r[2]!.exit]).toEqual(['modprobe: FATAL: Module bridge is in use.\n', 1]);
    expect([r[3]!.stderr, r[3]!.exit]).toEqual(["modprobe: ERROR: could not insert 'dummy': Operation not permitted\n", 1]);
    expect([r[4]!.stderr, r[4]!.exit]).toEqual(['modprobe: ERROR: missing parameters. See -h.\n', 1]);
    expect(r[5]!.stdout).toBe('0\n');
  });
});

describe('systemctl list-unit-files and show', () => {
  it('lists the unit files with their state, aliases included', async () => {
    const r = await run1('systemctl list-unit-files');
    expect(r.stdout).toBe('UNIT FILE          STATE   VENDOR PRESET\ncontainerd.service enabled enabled\ncron.service       enabled enabled\ndocker.service     enabled enabled\ndocker.socket      enabled enabled\nssh.service        enabled enabled\nsshd.service       alias   -\n\n6 unit files listed.\n');
  });

  it('shows asked properties in systemd order, or their values alone', async () => {
    const s = newSession();
    const [a, b] = await runAll(s, ['systemctl show -p SubState,ActiveState,MainPID docker', 'systemctl stop cron; systemctl show -p ActiveState --value cron']);
    expect(a!.stdout).toBe('MainPID=803\nActiveState=active\nSubState=running\n');
    expect(b!.stdout).toBe('inactive\n');
  });
});
