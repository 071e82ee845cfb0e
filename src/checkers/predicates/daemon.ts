import { textOf } from '../bytes-text.ts';
import { leaf, type Texts } from '../predicate.ts';
import type { DaemonFacts } from '../state.ts';

interface Args {
  installed?: boolean;
  running?: boolean;
  enabled?: boolean;
  config?: { key: string; contains?: string };
}

const CONFIG = '/etc/docker/daemon.json';

const TEXT: Texts<{
  goal: { installed: (v: boolean) => string; running: (v: boolean) => string; enabled: (v: boolean) => string; config: (k: string, c?: string) => string };
  actual: { installed: (v: boolean) => string; running: (v: boolean) => string };
  label: (goals: string[]) => string;
  unmodelled: string;
  noConfig: string;
  badJson: (why: string) => string;
  noKey: (k: string, keys: string[]) => string;
  keyIs: (k: string, v: string) => string;
  join: string;
}> = {
  en: {
    goal: {
      installed: (v) => (v ? 'Docker is installed' : 'Docker is not installed'),
      running: (v) => (v ? 'the Docker daemon is running' : 'the Docker daemon is stopped'),
      enabled: (v) => (v ? 'the docker service is enabled at boot' : 'the docker service is not enabled at boot'),
      config: (k, c) => `${CONFIG} sets ${k}${c !== undefined ? ` containing ${JSON.stringify(c)}` : ''}`,
    },
    actual: { installed: (v) => (v ? 'Docker is installed' : 'Docker is not installed (no /usr/bin/docker)'), running: (v) => (v ? 'the daemon is running' : 'the daemon is not running') },
    label: (g) => g.join(', '),
    unmodelled: "the lab does not model systemd's unit state yet, so whether docker is enabled cannot be told",
    noConfig: `there is no ${CONFIG}`,
    badJson: (w) => `${CONFIG} is not valid JSON (${w})`,
    noKey: (k, keys) => `${CONFIG} has no key ${k} (keys: ${keys.join(', ') || 'none'})`,
    keyIs: (k, v) => `${k} is ${v}`,
    join: '; ',
  },
  'zh-CN': {
    goal: {
      installed: (v) => (v ? 'Docker 已安装' : 'Docker 未安装'),
      running: (v) => (v ? 'Docker 守护进程正在运行' : 'Docker 守护进程已停止'),
      enabled: (v) => (v ? 'docker 服务已设为开机启动' : 'docker 服务未设为开机启动'),
      config: (k, c) => `${CONFIG} 设置了 ${k}${c !== undefined ? `，包含 ${JSON.stringify(c)}` : ''}`,
    },
    actual: { installed: (v) => (v ? 'Docker 已安装' : 'Docker 未安装（没有 /usr/bin/docker）'), running: (v) => (v ? '守护进程正在运行' : '守护进程没有运行') },
    label: (g) => g.join('，'),
    unmodelled: '实验环境尚未模拟 systemd 的服务状态，无法判断 docker 是否开机启动',
    noConfig: `没有 ${CONFIG}`,
    badJson: (w) => `${CONFIG} 不是合法的 JSON（${w}）`,
    noKey: (k, keys) => `${CONFIG} 中没有键 ${k}（现有键：${keys.join(', ') || '无'}）`,
    keyIs: (k, v) => `${k} 的值是 ${v}`,
    join: '；',
  },
};

/** daemon.json's key (dotted for nested objects) → problem text, or null when it is set as asked. */
function configProblem(d: DaemonFacts, c: NonNullable<Args['config']>, t: (typeof TEXT)['en']): string | null {
  if (d.config === null) return t.noConfig;
  let parsed: unknown;
  try {
    parsed = JSON.parse(textOf(d.config));
  } catch (e) {
    return t.badJson((e as Error).message);
  }
  let at: unknown = parsed;
  let keys: string[] = [];
  for (const part of c.key.split('.')) {
    keys = at && typeof at === 'object' && !Array.isArray(at) ? Object.keys(at) : [];
    if (!keys.includes(part)) return t.noKey(c.key, keys);
    at = (at as Record<string, unknown>)[part];
  }
  const text = typeof at === 'string' ? at : JSON.stringify(at);
  return c.contains === undefined || text.includes(c.contains) ? null : t.keyIs(c.key, JSON.stringify(at));
}

export const daemon = leaf<Args>({
  doc: 'the Docker installation: installed, daemon running, enabled at boot, a daemon.json setting',
  fields: {
    installed: { type: { kind: 'bool' }, doc: 'the docker CLI is on the host (/usr/bin/docker)' },
    running: { type: { kind: 'bool' }, doc: 'the daemon answers' },
    enabled: { type: { kind: 'bool' }, doc: 'systemd starts it at boot (not modelled yet: always fails, saying so)' },
    config: {
      type: { kind: 'object', fields: { key: { type: { kind: 'string' }, required: true }, contains: { type: { kind: 'string' } } } },
      doc: '`{key: registry-mirrors, contains: "https://m.example"}`: /etc/docker/daemon.json has the key (dotted for nesting), its value (as JSON text) containing the text',
    },
  },
  async evaluate(a, ctx) {
    const t = TEXT[ctx.lang];
    const goals: string[] = [];
    if (a.installed !== undefined) goals.push(t.goal.installed(a.installed));
    if (a.running !== undefined) goals.push(t.goal.running(a.running));
    if (a.enabled !== undefined) goals.push(t.goal.enabled(a.enabled));
    if (a.config) goals.push(t.goal.config(a.config.key, a.config.contains));
    // `daemon: {}` asks for an installed Docker.
    const installed = a.installed ?? (goals.length === 0 ? true : undefined);
    const label = t.label(goals.length ? goals : [t.goal.installed(true)]);
    const d = await ctx.state.daemon();
    const problems: string[] = [];
    if (installed !== undefined && d.installed !== installed) problems.push(t.actual.installed(d.installed));
    if (a.running !== undefined && d.running !== a.running) problems.push(t.actual.running(d.running));
    if (a.enabled !== undefined && d.enabled !== a.enabled) problems.push(d.enabled === null ? t.unmodelled : t.goal.enabled(d.enabled));
    const cp = a.config ? configProblem(d, a.config, t) : null;
    if (cp) problems.push(cp);
    return problems.length ? { ok: false, label, detail: problems.join(t.join) } : { ok: true, label };
  },
});
