import { CheckSyntaxError } from '../errors.ts';
import { leaf, type Texts } from '../predicate.ts';
import type { NetworkFacts } from '../state.ts';

interface Args {
  name: string;
  exists?: boolean;
  driver?: string;
  subnet?: string;
  members?: string[];
}

const TEXT: Texts<{
  exists: (n: string) => string;
  absent: (n: string) => string;
  withGoals: (b: string, g: string[]) => string;
  driver: (d: string) => string;
  subnet: (s: string) => string;
  members: (m: string[]) => string;
  none: (n: string, have: string[]) => string;
  present: (n: string) => string;
  hasDriver: (d: string) => string;
  hasSubnets: (s: string[]) => string;
  notMembers: (m: string[], have: string[]) => string;
  join: string;
}> = {
  en: {
    exists: (n) => `network ${n} exists`,
    absent: (n) => `there is no network ${n}`,
    withGoals: (b, g) => `${b}, ${g.join(', ')}`,
    driver: (d) => `with driver ${d}`,
    subnet: (s) => `with subnet ${s}`,
    members: (m) => `with ${m.join(', ')} attached`,
    none: (n, h) => `no network named ${n} (networks: ${h.join(', ')})`,
    present: (n) => `network ${n} exists`,
    hasDriver: (d) => `its driver is ${d}`,
    hasSubnets: (s) => `its subnets: ${s.join(', ') || 'none'}`,
    notMembers: (m, h) => `not attached: ${m.join(', ')} (attached: ${h.join(', ') || 'none'})`,
    join: '; ',
  },
  'zh-CN': {
    exists: (n) => `网络 ${n} 存在`,
    absent: (n) => `没有网络 ${n}`,
    withGoals: (b, g) => `${b}（${g.join('，')}）`,
    driver: (d) => `驱动为 ${d}`,
    subnet: (s) => `子网为 ${s}`,
    members: (m) => `连接了 ${m.join(', ')}`,
    none: (n, h) => `没有名为 ${n} 的网络（现有网络：${h.join(', ')}）`,
    present: (n) => `网络 ${n} 存在`,
    hasDriver: (d) => `它的驱动是 ${d}`,
    hasSubnets: (s) => `它的子网：${s.join(', ') || '无'}`,
    notMembers: (m, h) => `未连接：${m.join(', ')}（已连接：${h.join(', ') || '无'}）`,
    join: '；',
  },
};

function problems(n: NetworkFacts, a: Args, t: (typeof TEXT)['en']): string[] {
  const out: string[] = [];
  if (a.driver !== undefined && n.driver !== a.driver) out.push(t.hasDriver(n.driver));
  if (a.subnet !== undefined && !n.subnets.includes(a.subnet)) out.push(t.hasSubnets(n.subnets));
  const missing = (a.members ?? []).filter((m) => !n.members.includes(m));
  if (missing.length) out.push(t.notMembers(missing, n.members));
  return out;
}

export const network = leaf<Args>({
  doc: 'a Docker network exists (or not), with a driver, a subnet, containers attached (only bridge, host and none exist until `docker network create` is built)',
  fields: {
    name: { type: { kind: 'string' }, required: true, doc: 'network name' },
    exists: { type: { kind: 'bool' }, doc: 'false: there is no such network' },
    driver: { type: { kind: 'string' }, doc: 'bridge, host, null, overlay, …' },
    subnet: { type: { kind: 'string' }, doc: 'one of its IPAM subnets ("172.18.0.0/16")' },
    members: { type: { kind: 'stringList' }, doc: 'these containers are attached now (running), others may be' },
  },
  validate(a, path) {
    if (a.exists === false && Object.keys(a).some((k) => k !== 'name' && k !== 'exists')) throw new CheckSyntaxError('exists: false cannot be combined with other fields', path);
  },
  async evaluate(a, ctx) {
    const t = TEXT[ctx.lang];
    const all = await ctx.state.networks();
    const n = all.find((x) => x.name === a.name);
    if (a.exists === false) return n ? { ok: false, label: t.absent(a.name), detail: t.present(a.name) } : { ok: true, label: t.absent(a.name) };
    const goals = [...(a.driver !== undefined ? [t.driver(a.driver)] : []), ...(a.subnet !== undefined ? [t.subnet(a.subnet)] : []), ...(a.members?.length ? [t.members(a.members)] : [])];
    const label = goals.length ? t.withGoals(t.exists(a.name), goals) : t.exists(a.name);
    if (!n) return { ok: false, label, detail: t.none(a.name, all.map((x) => x.name)) };
    const p = problems(n, a, t);
    return p.length ? { ok: false, label, detail: p.join(t.join) } : { ok: true, label };
  },
});
