import { noContainer } from '../explain/missing.ts';
import { leaf, type Texts } from '../predicate.ts';
import type { PortFacts } from '../state.ts';

interface Args {
  container: string;
  port: string;
  host?: number | 'random';
  ip?: string;
}

/** "80" means "80/tcp", as `-p 8080:80` does. */
const withProto = (p: string): string => (p.includes('/') ? p : `${p}/tcp`);
/** Docker draws a random host port from the ephemeral range; an unbound random port shows as 0 here. */
const isRandom = (hostPort: number): boolean => hostPort === 0 || hostPort >= 32768;
const binding = (b: PortFacts, random: string): string => `${b.port} -> ${b.hostIp.includes(':') ? `[${b.hostIp}]` : b.hostIp}:${b.hostPort || random}`;

const TEXT: Texts<{
  goal: (c: string, port: string, where: string) => string;
  onPort: (host: number | 'random', ip?: string) => string;
  onIp: (ip: string) => string;
  question: (port: string, where: string) => string;
  no: (q: string, have: string) => string;
  none: string;
  random: string;
}> = {
  en: {
    goal: (c, p, w) => `port ${p} of container ${c} is published${w ? ` ${w}` : ''}`,
    onPort: (h, ip) => (h === 'random' ? `on a random host port${ip ? ` of ${ip}` : ''}` : `on host port ${ip ? `${ip}:` : ''}${h}`),
    onIp: (ip) => `on ${ip}`,
    question: (p, w) => `port ${p} is published${w ? ` ${w}` : ''}?`,
    no: (q, have) => `${q} no: ${have}`,
    none: 'no port is published',
    random: '(random)',
  },
  'zh-CN': {
    goal: (c, p, w) => `容器 ${c} 的 ${p} 端口已发布${w}`,
    onPort: (h, ip) => (h === 'random' ? `到宿主机${ip ? ` ${ip} 的` : '的'}随机端口` : `到宿主机端口 ${ip ? `${ip}:` : ''}${h}`),
    onIp: (ip) => `到宿主机地址 ${ip}`,
    question: (p, w) => `${p} 端口已发布${w}？`,
    no: (q, have) => `${q}没有：${have}`,
    none: '没有发布任何端口',
    random: '(随机)',
  },
};

export const port = leaf<Args>({
  doc: 'a container port is published on the host (host → container), optionally on a given host port / address',
  fields: {
    container: { type: { kind: 'string' }, required: true, doc: 'container name' },
    port: { type: { kind: 'string' }, required: true, doc: 'container port, "80/tcp" ("80" = "80/tcp")' },
    host: { type: { kind: 'intOrEnum', values: ['random'] }, doc: 'host port, or `random` (-p 80 / -P)' },
    ip: { type: { kind: 'string' }, doc: 'host address it is bound to ("127.0.0.1"); absent: any' },
  },
  async evaluate(a, ctx) {
    const t = TEXT[ctx.lang];
    const p = withProto(a.port);
    const where = a.host !== undefined ? t.onPort(a.host, a.ip) : a.ip ? t.onIp(a.ip) : '';
    const label = t.goal(a.container, p, where);
    const c = await ctx.state.container(a.container);
    if (!c) return { ok: false, label, detail: noContainer(ctx.lang, a.container, (await ctx.state.containers()).map((x) => x.name)) };
    const ok = c.ports.some((b) => b.port === p && (a.ip === undefined || b.hostIp === a.ip) && (a.host === undefined || (a.host === 'random' ? isRandom(b.hostPort) : b.hostPort === a.host)));
    if (ok) return { ok: true, label };
    const have = c.ports.length ? c.ports.map((b) => binding(b, t.random)).join(', ') : t.none;
    return { ok: false, label, detail: t.no(t.question(p, where), have) };
  },
});
