import { CheckSyntaxError } from '../errors.ts';
import { CGROUP_ROOT, hierarchyKeyOf, pathInHierarchy, sameValue } from '../cgroup-path.ts';
import { textOf } from '../bytes-text.ts';
import { leaf } from '../predicate.ts';
import { NS_KINDS, type NsKind, type ProcessFacts } from '../state.ts';
import type { CheckContext } from '../types.ts';
import { PROCESS_TEXT } from './process-text.ts';

export interface ProcessArgs {
  command: string;
  container?: string;
  namespace?: { kind: NsKind; differsFromHost?: boolean; sameAs?: string };
  hostname?: string;
  uidMap?: string;
  cgroup?: { controller: string; path?: string; file?: string; value?: string };
}

const norm = (s: string): string => s.trim().split(/\s+/).join(' ');
const named = (p: ProcessFacts, command: string): boolean => p.comm === command || (p.argv[0] ?? '').split('/').pop() === command;

/** What is wrong with one candidate process, or [] when it meets every goal. */
async function unmet(p: ProcessFacts, a: ProcessArgs, ctx: CheckContext): Promise<string[]> {
  const t = PROCESS_TEXT[ctx.lang];
  const out: string[] = [];
  if (a.namespace) {
    const { kind, differsFromHost, sameAs } = a.namespace;
    const mine = p.namespaces[kind];
    const host = (await ctx.state.hostNamespaces())[kind];
    if (differsFromHost !== undefined && (mine !== host) !== differsFromHost) out.push(differsFromHost ? t.hostNs(kind, host) : t.ownNs(kind, mine, host));
    if (sameAs !== undefined) {
      const c = await ctx.state.container(sameAs);
      if (!c?.namespaces) out.push(c ? t.notRunning(sameAs, c.statusText) : t.noContainer(sameAs));
      else if (c.namespaces[kind] !== mine) out.push(t.otherNs(kind, mine, sameAs, c.namespaces[kind]));
    }
  }
  if (a.hostname !== undefined && p.hostname !== a.hostname) out.push(t.hasHostname(p.hostname));
  if (a.uidMap !== undefined && !p.uidMap.includes(norm(a.uidMap))) out.push(t.hasUidMap(p.uidMap));
  if (a.cgroup) out.push(...(await cgroupUnmet(p, a.cgroup, ctx)));
  return out;
}

async function cgroupUnmet(p: ProcessFacts, g: NonNullable<ProcessArgs['cgroup']>, ctx: CheckContext): Promise<string[]> {
  const t = PROCESS_TEXT[ctx.lang];
  const key = hierarchyKeyOf(p.cgroups, g.controller);
  const at = key ? p.cgroups[key]! : '/';
  if (g.path !== undefined && at !== pathInHierarchy(g.path)) return [t.inCgroup(g.controller, at)];
  if (g.file === undefined) return [];
  const file = `${CGROUP_ROOT}/${g.controller}${at === '/' ? '' : at}/${g.file}`;
  const f = await ctx.state.file(file);
  if ('missing' in f || f.content === null) return [t.noCgroupFile(file)];
  const have = textOf(f.content).trim();
  return g.value === undefined || sameValue(have, g.value) ? [] : [t.cgroupValue(file, have)];
}

export const process = leaf<ProcessArgs>({
  doc: 'a process runs (on the host or in a container) with namespaces, hostname, uid_map or cgroup as asked; any one matching process suffices',
  fields: {
    command: { type: { kind: 'string' }, required: true, doc: 'program name (comm as ps shows it, or argv[0]\'s base name)' },
    container: { type: { kind: 'string' }, doc: 'only processes of this container (by cgroup, as docker top finds them)' },
    namespace: {
      type: {
        kind: 'object',
        fields: {
          kind: { type: { kind: 'enum', values: NS_KINDS }, required: true },
          differsFromHost: { type: { kind: 'bool' } },
          sameAs: { type: { kind: 'string' } },
        },
      },
      doc: '`{kind: uts, differsFromHost: true}`: its uts namespace is not the host\'s; `{kind: net, sameAs: web}`: it is container web\'s',
    },
    hostname: { type: { kind: 'string' }, doc: 'the hostname its uts namespace has' },
    uidMap: { type: { kind: 'string' }, doc: 'a line of its /proc/PID/uid_map ("0 1000 1", spacing free)' },
    cgroup: {
      type: {
        kind: 'object',
        fields: { controller: { type: { kind: 'string' }, required: true }, path: { type: { kind: 'string' } }, file: { type: { kind: 'string' } }, value: { type: { kind: 'string' } } },
      },
      doc: '`{controller: memory, path: /lab, file: memory.limit_in_bytes, value: 64m}`: its cgroup of that controller (path inside the hierarchy or under /sys/fs/cgroup), a control file of it and its value (sizes compare as bytes)',
    },
  },
  validate(a, path) {
    if (a.namespace && a.namespace.differsFromHost === undefined && a.namespace.sameAs === undefined) throw new CheckSyntaxError('namespace needs differsFromHost or sameAs', `${path}.namespace`);
    if (a.cgroup && a.cgroup.value !== undefined && a.cgroup.file === undefined) throw new CheckSyntaxError('cgroup.value needs cgroup.file', `${path}.cgroup`);
  },
  async evaluate(a, ctx) {
    const t = PROCESS_TEXT[ctx.lang];
    const label = t.label(a);
    const all = await ctx.state.processes();
    const candidates = all.filter((p) => named(p, a.command) && (a.container === undefined || p.container === a.container));
    if (candidates.length === 0) {
      const there = a.container === undefined ? [] : all.filter((p) => p.container === a.container).map((p) => p.comm);
      return { ok: false, label, detail: t.noProcess(a.command, a.container, there) };
    }
    let first: string[] | null = null;
    for (const p of candidates) {
      const problems = await unmet(p, a, ctx);
      if (problems.length === 0) return { ok: true, label };
      first ??= [t.which(a.command, p.pid), ...problems];
    }
    return { ok: false, label, detail: t.explain(first!) };
  },
});

