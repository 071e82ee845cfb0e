import { describe, expect, it } from 'vitest';
import { createHost } from '../../../src/runtime/host.ts';
import { newNamespaces } from '../../../src/runtime/kernel/ns/clone.ts';
import { SIGNALS } from '../../../src/runtime/kernel/proc/signals.ts';
import { newSession, runAll } from '../../helpers.ts';

describe('processes and signals', () => {
  it('runs background jobs, reports them with jobs and collects them with wait', async () => {
    const s = newSession();
    const r = await runAll(s, ['sleep 10 & echo started', 'jobs', 'kill %1; wait %1; echo "status $?"', 'jobs']);
    expect(r[0]!.stdout).toBe('started\n');
    expect(r[1]!.stdout).toBe('[1]+  Running                 sleep 10 &\n');
    expect(r[2]!.stdout).toBe('status 143\n');
    expect(r[3]!.stdout).toBe('');
  });

  it('runs a trap handler when a handled signal arrives', async () => {
    const s = newSession();
    const r = await s.run("trap 'echo got USR1' USR1; kill -USR1 $$; echo after");
    expect(r.stdout).toBe('got USR1\nafter\n');
  });

  it('ends a pipeline when the reader stops: writer dies of SIGPIPE', async () => {
    const s = newSession();
    const r = await s.run('(while true; do echo y; done) | read x; echo "${PIPESTATUS[@]}"');
    expect(r.stdout).toBe('141 0\n');
  });

  it('numbers processes from 1 inside a new pid namespace, nested under the host numbering', () => {
    const host = createHost();
    const ns = newNamespaces(host.kernel, host.rootNs, ['pid', 'uts', 'mnt', 'net', 'ipc'], host.init);
    const init = host.kernel.spawn(host.init, { argv: ['sh'], ns, main: (p) => p.wait<number>(() => () => {}, false) });
    const child = host.kernel.spawn(init, { argv: ['sleep'], main: (p) => p.wait<number>(() => () => {}, false) });
    expect(init.pid).toBe(1);
    expect(child.pid).toBe(2);
    expect(init.pids[0]).toBeGreaterThan(1);
    expect(ns.pid.level).toBe(1);
    expect(ns.uts.inode).not.toBe(host.rootNs.uts.inode);
    expect(ns.net.devices.map((d) => `${d.name}:${d.up}`)).toEqual(['lo:false']);
  });

  it('protects a namespace PID 1 from SIGTERM/SIGKILL sent inside it, but not SIGKILL from the parent namespace', async () => {
    const host = createHost();
    const ns = newNamespaces(host.kernel, host.rootNs, ['pid'], host.init);
    const init = host.kernel.spawn(host.init, { argv: ['sleep'], ns, main: (p) => p.wait<number>(() => () => {}, false) });
    const inside = host.kernel.spawn(init, { argv: ['sh'], main: (p) => p.wait<number>(() => () => {}, false) });
    await Promise.resolve();
    host.kernel.signal(init, SIGNALS.TERM!, inside);
    host.kernel.signal(init, SIGNALS.KILL!, inside);
    expect(init.alive).toBe(true);
    host.kernel.signal(init, SIGNALS.TERM!, host.init);
    expect(init.alive).toBe(true);
    host.kernel.signal(init, SIGNALS.KILL!, host.init);
    const out = await host.kernel.runUntil(init.exited);
    expect(out).toEqual({ value: { signal: 9, core: false } });
    // When a namespace's init dies, everything else in it is killed.
    await host.kernel.runUntil(inside.exited);
    expect(inside.exitStatus).toEqual({ signal: 9, core: false });
  });
});
