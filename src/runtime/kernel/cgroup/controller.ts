import { FsError } from '../fs/errors.ts';
import type { Process } from '../proc/process.ts';
import type { Cgroup } from './cgroup.ts';
import { kstrtoll, kstrtoull } from './kernel-parse.ts';
import type { CgroupSystem } from './system.ts';

/** Who is reading or writing a control file, and where. */
export interface FileCtx {
  cg: Cgroup;
  sys: CgroupSystem;
  /** The process doing the read or write (its pid namespace decides the pids it sees). */
  caller: Process | null;
}

/** One cgroup control file, rendered from live state on every read. */
export interface ControlFile {
  name: string;
  /** kernfs mode: readable 0444, writable 0200 (0222 if world-writable), both 0644. */
  mode: number;
  read?: (ctx: FileCtx) => string;
  /** Receives the bytes of one write(2); throws FsError with the kernel's errno. */
  write?: (ctx: FileCtx, data: string) => void;
}

/** A cgroup v1 subsystem: its per-cgroup state, its files and its attach rules. */
export interface Controller<S = unknown> {
  readonly name: string;
  /** State of a new cgroup (parent null for the root), inherited where the kernel inherits. */
  init(cg: Cgroup, parent: Cgroup | null, sys: CgroupSystem): S;
  files(cg: Cgroup): ControlFile[];
  /** can_attach: throws to refuse moving `proc` into `cg`. */
  canAttach?(sys: CgroupSystem, cg: Cgroup, proc: Process): void;
  /** attach: `proc` moved from `from` into `cg`. */
  attached?(sys: CgroupSystem, cg: Cgroup, proc: Process, from: Cgroup): void;
}

export function stateOf<S>(cg: Cgroup, ctl: Controller<S>): S {
  const s = cg.state.get(ctl.name);
  if (s === undefined) throw new Error(`cgroup ${cg.path} has no ${ctl.name} state`);
  return s as S;
}

/** cgroup_file_mode(): what the handlers allow, as permission bits. */
function modeFor(read: boolean, write: boolean, worldWritable = false): number {
  return (read ? 0o444 : 0) | (write ? (worldWritable ? 0o222 : 0o200) : 0);
}

export function roFile(name: string, read: (ctx: FileCtx) => string): ControlFile {
  return { name, mode: modeFor(true, false), read };
}

export function rwFile(name: string, read: (ctx: FileCtx) => string, write: (ctx: FileCtx, data: string) => void): ControlFile {
  return { name, mode: modeFor(true, true), read, write };
}

export function woFile(name: string, write: (ctx: FileCtx, data: string) => void, worldWritable = false): ControlFile {
  return { name, mode: modeFor(false, true, worldWritable), write };
}

/** A file with neither handler (memory.pressure_level on 5.15): mode 0000, reads fail EINVAL. */
export function noOpFile(name: string): ControlFile {
  return { name, mode: 0 };
}

/** read_u64/write_u64 files: cgroup_file_write parses with kstrtoull (one trailing newline allowed). */
export function u64File(name: string, get: (ctx: FileCtx) => bigint | number, set?: (ctx: FileCtx, v: bigint) => void): ControlFile {
  const read = (ctx: FileCtx) => `${get(ctx)}\n`;
  return set ? rwFile(name, read, (ctx, d) => set(ctx, kstrtoull(d))) : roFile(name, read);
}

/** read_s64/write_s64 files, parsed with kstrtoll. */
export function s64File(name: string, get: (ctx: FileCtx) => bigint | number, set?: (ctx: FileCtx, v: bigint) => void): ControlFile {
  const read = (ctx: FileCtx) => `${get(ctx)}\n`;
  return set ? rwFile(name, read, (ctx, d) => set(ctx, kstrtoll(d))) : roFile(name, read);
}

/** A 0/1 flag file (write_u64 that takes any number; nonzero sets it). */
export function flagFile(name: string, get: (ctx: FileCtx) => boolean, set: (ctx: FileCtx, on: boolean) => void): ControlFile {
  return u64File(name, (ctx) => (get(ctx) ? 1 : 0), (ctx, v) => set(ctx, v !== 0n));
}

export const einval = (): never => {
  throw new FsError('EINVAL');
};
