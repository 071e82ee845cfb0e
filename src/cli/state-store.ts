import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { HostImage } from '../runtime/persist/host-image.ts';

/** Where each workspace's modelled host is kept between `lab exec` runs. */
export function labHome(): string {
  return process.env.LAB_HOME || path.join(os.homedir(), '.container-lab');
}

export function stateFile(workdir: string): string {
  const key = createHash('sha256').update(path.resolve(workdir)).digest('hex').slice(0, 16);
  return path.join(labHome(), 'workspaces', key, 'host.json');
}

export type LoadResult = { kind: 'none' } | { kind: 'ok'; image: HostImage } | { kind: 'corrupt'; movedTo: string; reason: string };

/** Reads the saved host; a file that cannot be read back is moved aside, never deleted. */
export function loadState(file: string): LoadResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { kind: 'none' };
  }
  try {
    const image = JSON.parse(text) as HostImage;
    if (!image || typeof image !== 'object' || typeof image.version !== 'number') throw new Error('not a lab state file');
    return { kind: 'ok', image };
  } catch (e) {
    return setAside(file, (e as Error).message);
  }
}

export function setAside(file: string, reason: string): LoadResult {
  const movedTo = `${file}.corrupt-${Date.now()}`;
  fs.renameSync(file, movedTo);
  return { kind: 'corrupt', movedTo, reason };
}

/** Atomic save: write a temp file, fsync, rename over the old one. */
export function saveState(file: string, image: HostImage): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeFileSync(fd, JSON.stringify(image));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

export function clearState(file: string): boolean {
  try {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    return true;
  } catch {
    return false;
  }
}
