/**
 * The engine's state through the contract itself: two `lab exec --json` runs of the built CLI in
 * one workspace; what the first run did to Docker is there in the second.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LAB = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bin', 'lab.mjs');

interface Block {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

function labExec(workdir: string, home: string, lines: string[]): Block[] {
  const r = spawnSync(process.execPath, [LAB, 'exec', '--json', '--workdir', workdir], {
    input: lines.map((l) => `${l}\n`).join(''), env: { ...process.env, LAB_HOME: home }, encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Block);
}

describe('the Docker engine between two lab exec runs', () => {
  it('keeps containers, images, volumes and running processes', () => {
    const ws = mkdtempSync(join(tmpdir(), 'lab-engine-ws-'));
    const home = mkdtempSync(join(tmpdir(), 'lab-engine-home-'));
    const first = labExec(ws, home, [
      'docker run -d --name web busybox sleep 3600',
      'docker run --name note busybox sh -c "echo hello; echo x > /f"',
      'docker commit note snap',
      'docker tag busybox mine:1',
      'docker volume create vol',
      'docker pull -q nginx',
      'docker create --name later busybox echo later',
      'docker ps -a --no-trunc',
    ]);
    expect(first.map((b) => b.exit)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    const second = labExec(ws, home, [
      'docker ps -a --no-trunc',
      'docker ps --format "{{.Names}} {{.Status}}"',
      'docker logs note',
      'docker diff note',
      'docker run --rm snap cat /f',
      'docker images --format "{{.Repository}}:{{.Tag}}"',
      'docker volume ls -q',
      'docker exec web ps -o comm',
      'docker stop -t 0 web',
      'docker start -a later',
    ]);
    const out = second.map((b) => `${b.stdout}${b.stderr}`);
    expect(out[0]).toBe(first[7]!.stdout);
    expect(out.slice(1)).toEqual([
      'web Up Less than a second\n',
      'hello\n',
      'A /f\n',
      'x\n',
      'hello-world:latest\nbusybox:latest\nmine:1\nsnap:latest\nnginx:latest\n',
      'vol\n',
      'COMMAND\nsleep\nps\n',
      'web\n',
      'later\n',
    ]);
    // Catalog layers (nginx, busybox) are references: the whole state stays small.
    const dir = join(home, 'workspaces', readdirSync(join(home, 'workspaces'))[0]!);
    expect(readFileSync(join(dir, 'host.json'), 'utf8').length).toBeLessThan(150_000);
  }, 30_000);
});
