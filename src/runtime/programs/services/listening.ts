import type { Kernel } from '../../kernel/kernel.ts';
import type { Process } from '../../kernel/proc/process.ts';

/**
 * What a server program has bound and listens on. Serving itself comes with the networking model:
 * it finds the servers of a network namespace here (the sockets `ss -ltnp` would list) and wires
 * connections to them. One object per socket: processes that share it (nginx's master and its
 * workers inherit the master's listening sockets) hold the same object.
 */
export interface ListenSocket {
  readonly proto: 'tcp' | 'udp' | 'unix';
  /** Bound address as the program asked for it: `0.0.0.0`, `[::]`, `127.0.0.1`; a path for unix. */
  readonly address: string;
  /** 0 for unix sockets. */
  readonly port: number;
  /** Which program speaks on it, for the networking work: `http`, `redis`, `mysql`, `mysqlx`, `registry`… */
  readonly protocol: string;
}

/** Per process, the sockets it holds; kept beside the process (keys die with it), not on it. */
const held = new WeakMap<Process, ListenSocket[]>();

/** The program bound `sockets` (listen(2) succeeded): from now on they are open in `proc`. */
export function declareListening(proc: Process, sockets: readonly ListenSocket[]): void {
  const list = held.get(proc) ?? [];
  for (const s of sockets) if (!list.includes(s)) list.push(s);
  held.set(proc, list);
}

/** A child that inherited the sockets (fork keeps the descriptors). */
export function inheritListening(parent: Process, child: Process): void {
  const list = held.get(parent);
  if (list) held.set(child, [...list]);
}

/** The program closed them (reload with a new configuration, shutdown). */
export function closeListening(proc: Process): void {
  held.delete(proc);
}

export function listeningOf(proc: Process): readonly ListenSocket[] {
  return proc.alive ? held.get(proc) ?? [] : [];
}

/** Every live process holding listening sockets (as `ss -ltnp` sees the host), with its sockets. */
export function listeningProcesses(kernel: Kernel): { proc: Process; sockets: readonly ListenSocket[] }[] {
  const out: { proc: Process; sockets: readonly ListenSocket[] }[] = [];
  for (const proc of kernel.procs.values()) {
    const sockets = listeningOf(proc);
    if (sockets.length > 0) out.push({ proc, sockets });
  }
  return out;
}
