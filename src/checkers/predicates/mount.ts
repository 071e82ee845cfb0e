import { noContainer } from '../explain/missing.ts';
import { leaf, type Texts } from '../predicate.ts';
import { expandHome } from '../schema.ts';
import type { MountFacts } from '../state.ts';

interface Args {
  container: string;
  destination: string;
  type?: MountFacts['type'];
  source?: string;
  name?: string;
  rw?: boolean;
}

const trimSlash = (p: string): string => (p.length > 1 ? p.replace(/\/+$/, '') : p);

const TEXT: Texts<{
  goal: (c: string, dest: string) => string;
  type: (t: string) => string;
  source: (s: string) => string;
  name: (n: string) => string;
  rw: (rw: boolean) => string;
  withGoals: (base: string, goals: string[]) => string;
  none: (dest: string, have: string) => string;
  noMounts: string;
  instead: (what: string) => string;
}> = {
  en: {
    goal: (c, d) => `container ${c} has a mount at ${d}`,
    type: (t) => `of type ${t}`,
    source: (s) => `from ${s}`,
    name: (n) => `of volume ${n}`,
    rw: (rw) => (rw ? 'read-write' : 'read-only'),
    withGoals: (b, g) => `${b}, ${g.join(', ')}`,
    none: (d, h) => `nothing is mounted at ${d} (mounts: ${h})`,
    noMounts: 'none',
    instead: (w) => `the mount at it is ${w}`,
  },
  'zh-CN': {
    goal: (c, d) => `容器 ${c} 在 ${d} 有挂载`,
    type: (t) => `类型 ${t}`,
    source: (s) => `来源 ${s}`,
    name: (n) => `数据卷 ${n}`,
    rw: (rw) => (rw ? '可读写' : '只读'),
    withGoals: (b, g) => `${b}（${g.join('，')}）`,
    none: (d, h) => `${d} 上没有挂载（现有挂载：${h}）`,
    noMounts: '无',
    instead: (w) => `那里的挂载是 ${w}`,
  },
};

/** "volume data -> /data (rw)", "bind /root/site -> /usr/share/nginx/html (ro)": as inspect's Mounts tell it. */
const describe = (m: MountFacts): string => `${m.type} ${m.type === 'volume' ? m.name ?? m.source : m.type === 'tmpfs' ? 'tmpfs' : m.source} -> ${m.destination} (${m.rw ? 'rw' : 'ro'})`;

export const mount = leaf<Args>({
  doc: 'a container has a mount (bind, volume, tmpfs) at a path inside it',
  fields: {
    container: { type: { kind: 'string' }, required: true, doc: 'container name' },
    destination: { type: { kind: 'path' }, required: true, doc: 'path inside the container' },
    type: { type: { kind: 'enum', values: ['bind', 'volume', 'tmpfs'] }, doc: 'mount type' },
    source: { type: { kind: 'path' }, doc: 'host path of a bind (or ~/…); a volume\'s directory' },
    name: { type: { kind: 'string' }, doc: 'the volume\'s name (volume mounts)' },
    rw: { type: { kind: 'bool' }, doc: 'false: read-only (`:ro`)' },
  },
  async evaluate(a, ctx) {
    const t = TEXT[ctx.lang];
    const goals: string[] = [];
    if (a.type) goals.push(t.type(a.type));
    if (a.name !== undefined) goals.push(t.name(a.name));
    if (a.source !== undefined) goals.push(t.source(a.source));
    if (a.rw !== undefined) goals.push(t.rw(a.rw));
    const base = t.goal(a.container, a.destination);
    const label = goals.length ? t.withGoals(base, goals) : base;
    const c = await ctx.state.container(a.container);
    if (!c) return { ok: false, label, detail: noContainer(ctx.lang, a.container, (await ctx.state.containers()).map((x) => x.name)) };
    const at = c.mounts.find((m) => trimSlash(m.destination) === trimSlash(a.destination));
    if (!at) return { ok: false, label, detail: t.none(a.destination, c.mounts.map(describe).join(', ') || t.noMounts) };
    const ok =
      (a.type === undefined || at.type === a.type) &&
      (a.name === undefined || at.name === a.name) &&
      (a.source === undefined || trimSlash(expandHome(at.source)) === trimSlash(a.source)) &&
      (a.rw === undefined || at.rw === a.rw);
    return ok ? { ok: true, label } : { ok: false, label, detail: t.instead(describe(at)) };
  },
});
