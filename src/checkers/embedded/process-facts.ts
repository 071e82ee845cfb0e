import type { Engine } from '../../runtime/daemon/engine.ts';
import { UserNamespace } from '../../runtime/kernel/ns/user.ts';
import type { Process } from '../../runtime/kernel/proc/process.ts';
import type { ProcessFacts } from '../state.ts';
import { nsIds } from './container-facts.ts';

const DOCKER_CGROUP = /^\/docker\/([0-9a-f]{64})(\/|$)/;

/** Live processes of the host (zombies excluded), each with the container it belongs to. */
export function processFacts(procs: Iterable<Process>, engine: Engine | null): ProcessFacts[] {
  const out: ProcessFacts[] = [];
  for (const p of procs) {
    if (!p.alive) continue;
    out.push({
      pid: p.id,
      comm: p.comm,
      argv: [...p.argv],
      container: containerOf(p, engine),
      namespaces: nsIds(p.ns),
      hostname: p.ns.uts.hostname,
      uidMap: UserNamespace.render(p.ns.user.uidMap).split('\n').filter(Boolean).map((l) => l.trim().split(/\s+/).join(' ')),
      cgroups: Object.fromEntries(p.cgroups),
    });
  }
  return out;
}

/** As `docker top` finds them: a container's processes are those in its cgroup (/docker/<id>). */
function containerOf(p: Process, engine: Engine | null): string | null {
  if (!engine) return null;
  for (const path of p.cgroups.values()) {
    const m = DOCKER_CGROUP.exec(path);
    if (m) return engine.containers.get(m[1]!)?.name ?? null;
  }
  return null;
}
