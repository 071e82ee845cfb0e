import { CheckSyntaxError } from '../errors.ts';
import { noContainer } from '../explain/missing.ts';
import { ramInBytes } from '../memory-size.ts';
import { leaf, type Texts } from '../predicate.ts';
import type { Fields } from '../schema.ts';
import type { ContainerStatus } from '../state.ts';
import { type ContainerFieldArgs, fieldGoals, unmetFields } from './container-fields.ts';

const STATES = ['running', 'exited', 'paused', 'created', 'restarting'] as const;
type Wanted = (typeof STATES)[number];

interface Args extends ContainerFieldArgs {
  name: string;
  exists?: boolean;
  state?: Wanted;
}

const TEXT: Texts<{
  exists: (n: string) => string;
  is: Record<Wanted, (n: string) => string>;
  absent: (n: string) => string;
  withGoals: (base: string, goals: string[]) => string;
  present: (n: string, status: string) => string;
  notIn: Record<Wanted, (n: string, status: string) => string>;
  unmet: (n: string, what: string[]) => string;
}> = {
  en: {
    exists: (n) => `container ${n} exists`,
    is: {
      running: (n) => `container ${n} is running`,
      exited: (n) => `container ${n} has exited`,
      paused: (n) => `container ${n} is paused`,
      created: (n) => `container ${n} is created (not started)`,
      restarting: (n) => `container ${n} is restarting`,
    },
    absent: (n) => `no container named ${n}`,
    withGoals: (base, goals) => `${base}, with ${goals.join(', ')}`,
    present: (n, s) => `container ${n} exists (${s})`,
    notIn: {
      running: (n, s) => `container ${n} exists but is not running (${s})`,
      exited: (n, s) => `container ${n} exists but has not exited (${s})`,
      paused: (n, s) => `container ${n} exists but is not paused (${s})`,
      created: (n, s) => `container ${n} exists but is no longer just created (${s})`,
      restarting: (n, s) => `container ${n} exists but is not restarting (${s})`,
    },
    unmet: (n, what) => `container ${n}: ${what.join('; ')}`,
  },
  'zh-CN': {
    exists: (n) => `容器 ${n} 存在`,
    is: {
      running: (n) => `容器 ${n} 正在运行`,
      exited: (n) => `容器 ${n} 已退出`,
      paused: (n) => `容器 ${n} 已暂停`,
      created: (n) => `容器 ${n} 已创建（未启动）`,
      restarting: (n) => `容器 ${n} 正在重启`,
    },
    absent: (n) => `没有名为 ${n} 的容器`,
    withGoals: (base, goals) => `${base}（${goals.join('，')}）`,
    present: (n, s) => `容器 ${n} 存在（${s}）`,
    notIn: {
      running: (n, s) => `容器 ${n} 存在，但没有在运行（${s}）`,
      exited: (n, s) => `容器 ${n} 存在，但还没有退出（${s}）`,
      paused: (n, s) => `容器 ${n} 存在，但没有暂停（${s}）`,
      created: (n, s) => `容器 ${n} 存在，但已不是刚创建的状态（${s}）`,
      restarting: (n, s) => `容器 ${n} 存在，但没有在重启（${s}）`,
    },
    unmet: (n, what) => `容器 ${n}：${what.join('；')}`,
  },
};

const FIELDS: Fields = {
  name: { type: { kind: 'string' }, required: true, doc: 'container name (or id)' },
  exists: { type: { kind: 'bool' }, doc: 'false: no such container (no other field allowed)' },
  state: { type: { kind: 'enum', values: STATES }, doc: 'State.Status' },
  image: { type: { kind: 'string' }, doc: 'the image it was created from (`nginx` = `nginx:latest` = its id)' },
  exitCode: { type: { kind: 'int' }, doc: 'it has exited with this code' },
  oomKilled: { type: { kind: 'bool' }, doc: 'State.OOMKilled' },
  tty: { type: { kind: 'bool' }, doc: 'created with -t' },
  pid1: { type: { kind: 'string' }, doc: 'program name (comm) of its PID 1; implies running' },
  restart: { type: { kind: 'enum', values: ['always', 'unless-stopped', 'on-failure', 'no'] }, doc: 'restart policy name' },
  env: { type: { kind: 'stringMap' }, doc: 'these variables have these values (others may exist)' },
  label: { type: { kind: 'stringMap' }, doc: 'these labels have these values (others may exist)' },
  network: { type: { kind: 'string' }, doc: 'attached to this network (bridge, host, none, ...)' },
  memory: { type: { kind: 'string' }, doc: 'memory limit as `-m` takes it ("64m")' },
  cpus: { type: { kind: 'number' }, doc: 'CPU limit (--cpus, or the same --cpu-quota/--cpu-period)' },
  cpusetCpus: { type: { kind: 'string' }, doc: '--cpuset-cpus exactly' },
  sameIpcAs: { type: { kind: 'string' }, doc: 'its PID 1 is in the same IPC namespace as this container\'s' },
  sameNetAs: { type: { kind: 'string' }, doc: 'its PID 1 is in the same network namespace as this container\'s' },
  ipc: { type: { kind: 'enum', values: ['host', 'private', 'shareable'] }, doc: 'HostConfig.IpcMode' },
};

/** Docker's State.Status words map 1:1 except removing/dead, which no lesson asks for. */
const isIn = (status: ContainerStatus, want: Wanted): boolean => status === want;

export const container = leaf<Args>({
  doc: 'a container exists (or not), in a state, with the given configuration',
  fields: FIELDS,
  validate(a, path) {
    if (a.exists === false && Object.keys(a).some((k) => k !== 'name' && k !== 'exists')) {
      throw new CheckSyntaxError('exists: false cannot be combined with other fields', path);
    }
    if (typeof a.memory === 'string' && !a.memory.includes('{{') && ramInBytes(a.memory) === null) {
      throw new CheckSyntaxError(`invalid size "${a.memory}" (expected a size like 64m, 512k, 1g)`, `${path}.memory`);
    }
  },
  async evaluate(a, ctx) {
    const t = TEXT[ctx.lang];
    const c = await ctx.state.container(a.name);
    if (a.exists === false) {
      return c ? { ok: false, label: t.absent(a.name), detail: t.present(a.name, c.statusText) } : { ok: true, label: t.absent(a.name) };
    }
    const base = a.state ? t.is[a.state](a.name) : t.exists(a.name);
    const goals = fieldGoals(a, ctx.lang);
    const label = goals.length ? t.withGoals(base, goals) : base;
    if (!c) {
      const others = (await ctx.state.containers()).map((x) => x.name);
      return { ok: false, label, detail: noContainer(ctx.lang, a.name, others) };
    }
    const problems: string[] = [];
    if (a.state && !isIn(c.status, a.state)) problems.push(t.notIn[a.state](a.name, c.statusText));
    const unmet = await unmetFields(c, a, ctx.state, ctx.lang, problems.length > 0);
    if (unmet.length) problems.push(t.unmet(a.name, unmet));
    return problems.length ? { ok: false, label, detail: problems.join(ctx.lang === 'en' ? '; ' : '；') } : { ok: true, label };
  },
});
