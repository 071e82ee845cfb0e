import type { FdTable } from '../../kernel/proc/fd-table.ts';
import type { Credentials, Process } from '../../kernel/proc/process.ts';
import type { Host } from '../../host.ts';
import type { Container } from './container.ts';
import { resolvedExe } from './exe-path.ts';
import { burnRuncPids } from './runc-pids.ts';
import { containerRlimits } from './rlimits.ts';
import { execFailure } from './start.ts';

export interface ExecSpec {
  argv: string[];
  env: Map<string, string>;
  cwd: string;
  creds: Credentials;
  fds: FdTable;
}

/**
 * runc exec: a process joins a running container's namespaces and cgroups. Like runc it comes
 * from outside (its parent is not in the container, so ppid 0). Resolves once the program has
 * started, or with runc's failure (the exec id is recorded either way).
 */
export async function startExec(host: Host, c: Container, spec: ExecSpec): Promise<{ proc: Process } | { failure: { message: string; code: number } }> {
  const running = c.proc!;
  const ns = c.ns!;
  c.execIds.push(host.random.hex(64));
  let failure: { message: string; code: number } | null = null;
  let ready!: () => void;
  const started = new Promise<void>((r) => (ready = r));
  const proc = host.kernel.spawn(host.init, {
    argv: spec.argv, env: spec.env, cwd: spec.cwd, creds: spec.creds, ns, fds: spec.fds, cgroups: new Map(running.cgroups),
    main: async (p) => {
      const image = host.resolveProgram(p, spec.argv);
      if ('error' in image) {
        failure = execFailure(spec.argv[0]!, image.errno);
        ready();
        return 126;
      }
      p.exe = resolvedExe(host, p, image.exe);
      ready();
      return image.main(p);
    },
  });
  proc.rlimits = containerRlimits(c);
  burnRuncPids(ns.pid);
  proc.comm = (spec.argv[0] ?? '').split('/').pop()!.slice(0, 15);
  await started;
  return failure ? { failure } : { proc };
}
