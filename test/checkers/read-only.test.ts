import { describe, expect, it } from 'vitest';
import { saveHost } from '../../src/runtime/persist/host-image.ts';
import { check } from './evaluate.ts';
import { newSession } from '../helpers.ts';
import type { ShellSession } from '../../src/runtime/session.ts';

/** A check of every kind, looking everywhere (running and stopped containers, volumes, cgroups, systemd). */
const EVERYTHING = `[
  { container: { name: web, state: running, image: busybox, sameNetAs: db, pid1: sleep } },
  { container: { name: gone } },
  { port: { container: web, port: 80/tcp, host: 8080 } },
  { mount: { container: web, destination: /data } },
  { logs: { container: db, contains: x } },
  { image: { ref: busybox, builtHere: false } },
  { image: { ref: nothere } },
  { volume: { name: data, file: f, contains: x } },
  { network: { name: bridge, members: [web] } },
  { file: { path: /etc/hostname, container: web } },
  { file: { path: /bye, container: done } },
  { file: { path: ~/x } },
  { process: { command: sleep, namespace: { kind: uts, differsFromHost: true }, cgroup: { controller: memory, file: memory.limit_in_bytes } } },
  { cgroup: { path: /sys/fs/cgroup/memory/docker, member: sleep } },
  { daemon: { running: true, enabled: true, config: { key: debug } } }
]`;

const LINES = [
  'docker run -d --name db busybox sleep 100',
  'docker run -d --name web -p 8080:80 -v data:/data busybox sleep 100',
  'docker run --name done busybox sh -c "echo bye > /bye"',
];

async function lab(checked: boolean) {
  const s = newSession();
  if (checked) await check(s, EVERYTHING);
  for (const l of LINES) {
    await s.run(l);
    if (checked) await check(s, EVERYTHING);
  }
  return s;
}

/**
 * The saved host, minus containers' `seq`: create.ts numbers containers from a module-wide counter, so two
 * labs in one process differ there whether checked or not.
 */
const snapshot = (s: ShellSession): string => JSON.stringify(saveHost(s.host, s), (k, v: unknown) => (k === 'seq' ? undefined : v));

describe('checks only read', () => {
  it('a checked lab and an unchecked one stay identical (ids, pids, inodes, files, clock)', async () => {
    const plain = await lab(false);
    const checked = await lab(true);
    const next = 'docker run -d --name later busybox sleep 5; unshare --uts sleep 1 & ls -i /proc/self/ns/uts; cat /proc/sys/kernel/random/uuid';
    const a = await plain.run(next);
    const b = await checked.run(next);
    expect(b.stdout).toBe(a.stdout);
    expect(snapshot(checked)).toBe(snapshot(plain));
  });

  it('checking a lab where Docker was never used does not start the engine', async () => {
    const plain = newSession();
    const checked = newSession();
    await check(checked, '[ { container: { name: web } }, { volume: { name: v } }, { network: { name: bridge } }, { process: { command: sleep } } ]');
    const a = await plain.run('docker run -d busybox true');
    const b = await checked.run('docker run -d busybox true');
    expect(b.stdout).toBe(a.stdout);
  });
});
