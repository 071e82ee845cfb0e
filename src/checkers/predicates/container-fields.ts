import type { Texts } from '../predicate.ts';
import { ramInBytes, shortSize } from '../memory-size.ts';
import type { ContainerFacts, LabState } from '../state.ts';
import type { Lang } from '../types.ts';

/** The container predicate's arguments besides name/exists/state. */
export interface ContainerFieldArgs {
  image?: string;
  exitCode?: number;
  oomKilled?: boolean;
  tty?: boolean;
  pid1?: string;
  restart?: string;
  env?: Record<string, string>;
  label?: Record<string, string>;
  network?: string;
  memory?: string;
  cpus?: number;
  cpusetCpus?: string;
  sameIpcAs?: string;
  sameNetAs?: string;
  ipc?: string;
}

/** One optional field: its goal, whether the container meets it, and what is there instead. */
interface FieldRule<V> {
  /** Only a running container can meet it: when the state's own problem says it is not running, no need to repeat. */
  needsRunning?: boolean;
  goal: Texts<(v: V) => string>;
  holds(c: ContainerFacts, v: V, state: LabState): Promise<boolean>;
  actual: Texts<(c: ContainerFacts, v: V, state: LabState) => Promise<string>>;
}

const asPairs = (m: Record<string, string>) => Object.entries(m).map(([k, v]) => `${k}=${v}`).join(', ');
const pairsDiffer = (have: Record<string, string>, want: Record<string, string>, unset: string) =>
  Object.entries(want).filter(([k, v]) => have[k] !== v).map(([k]) => (k in have ? `${k}=${have[k]}` : `${k} ${unset}`)).join(', ');
const finished = (c: ContainerFacts) => c.status === 'exited' || c.status === 'dead' || c.status === 'restarting';
const effectiveCpus = (c: ContainerFacts) => (c.nanoCpus ? c.nanoCpus / 1e9 : c.cpuQuota > 0 && c.cpuPeriod > 0 ? c.cpuQuota / c.cpuPeriod : 0);

/** sameIpcAs / sameNetAs: compared by the kernel's namespace identity of both PID 1s, not by flags. */
function sameNs(kind: 'ipc' | 'net', name: Texts<string>): FieldRule<string> {
  const other = async (s: LabState, ref: string) => s.container(ref);
  return {
    goal: { en: (v) => `the ${name.en} namespace of ${v}`, 'zh-CN': (v) => `与 ${v} 共享${name['zh-CN']}命名空间` },
    async holds(c, v, s) {
      const o = await other(s, v);
      return !!(o?.namespaces && c.namespaces && o.namespaces[kind] === c.namespaces[kind]);
    },
    actual: {
      en: async (c, v, s) => {
        const o = await other(s, v);
        if (!o) return `there is no container named ${v}`;
        if (!c.namespaces) return `it is not running (${c.statusText})`;
        if (!o.namespaces) return `${v} is not running (${o.statusText})`;
        return `its ${name.en} namespace ${kind}:[${c.namespaces[kind]}] is not ${v}'s ${kind}:[${o.namespaces[kind]}]`;
      },
      'zh-CN': async (c, v, s) => {
        const o = await other(s, v);
        if (!o) return `没有名为 ${v} 的容器`;
        if (!c.namespaces) return `它没有在运行（${c.statusText}）`;
        if (!o.namespaces) return `${v} 没有在运行（${o.statusText}）`;
        return `它的${name['zh-CN']}命名空间 ${kind}:[${c.namespaces[kind]}] 不是 ${v} 的 ${kind}:[${o.namespaces[kind]}]`;
      },
    },
  };
}

const simple = <V>(goal: FieldRule<V>['goal'], test: (c: ContainerFacts, v: V) => boolean, actual: Texts<(c: ContainerFacts, v: V) => string>): FieldRule<V> => ({
  goal,
  holds: async (c, v) => test(c, v),
  actual: { en: async (c, v) => actual.en(c, v), 'zh-CN': async (c, v) => actual['zh-CN'](c, v) },
});

export const CONTAINER_FIELDS: { [K in keyof ContainerFieldArgs]-?: FieldRule<NonNullable<ContainerFieldArgs[K]>> } = {
  image: {
    goal: { en: (v) => `image ${v}`, 'zh-CN': (v) => `镜像 ${v}` },
    // `nginx` and `nginx:latest` (or the image's id) name the same image.
    holds: async (c, v, s) => c.image === v || (await s.image(v))?.id === c.imageId,
    actual: { en: async (c) => `its image is ${c.image}`, 'zh-CN': async (c) => `它的镜像是 ${c.image}` },
  },
  exitCode: simple(
    { en: (v) => `exit code ${v}`, 'zh-CN': (v) => `退出码 ${v}` },
    (c, v) => finished(c) && c.exitCode === v,
    {
      en: (c) => (finished(c) ? `its exit code is ${c.exitCode} (${c.statusText})` : `it has not exited (${c.statusText})`),
      'zh-CN': (c) => (finished(c) ? `它的退出码是 ${c.exitCode}（${c.statusText}）` : `它还没有退出（${c.statusText}）`),
    },
  ),
  oomKilled: simple(
    { en: (v) => (v ? 'killed by the OOM killer' : 'not killed by the OOM killer'), 'zh-CN': (v) => (v ? '被 OOM killer 杀死' : '没有被 OOM killer 杀死') },
    (c, v) => c.oomKilled === v,
    { en: (c) => `State.OOMKilled is ${c.oomKilled} (${c.statusText})`, 'zh-CN': (c) => `State.OOMKilled 为 ${c.oomKilled}（${c.statusText}）` },
  ),
  tty: simple(
    { en: (v) => (v ? 'a TTY (-t)' : 'no TTY'), 'zh-CN': (v) => (v ? '分配了 TTY（-t）' : '没有 TTY') },
    (c, v) => c.tty === v,
    { en: (c) => (c.tty ? 'it was created with -t' : 'it was created without -t'), 'zh-CN': (c) => (c.tty ? '它创建时带了 -t' : '它创建时没有带 -t') },
  ),
  pid1: {
    ...simple<string>(
      { en: (v) => `PID 1 ${v}`, 'zh-CN': (v) => `1 号进程为 ${v}` },
      (c, v) => c.pid1 === v,
      {
        en: (c) => (c.pid1 ? `its PID 1 is ${c.pid1}` : `it is not running (${c.statusText})`),
        'zh-CN': (c) => (c.pid1 ? `它的 1 号进程是 ${c.pid1}` : `它没有在运行（${c.statusText}）`),
      },
    ),
    needsRunning: true,
  },
  restart: simple(
    { en: (v) => `restart policy ${v}`, 'zh-CN': (v) => `重启策略 ${v}` },
    (c, v) => c.restart.name === v,
    { en: (c) => `its restart policy is ${c.restart.name}`, 'zh-CN': (c) => `它的重启策略是 ${c.restart.name}` },
  ),
  env: simple(
    { en: (v) => `env ${asPairs(v)}`, 'zh-CN': (v) => `环境变量 ${asPairs(v)}` },
    (c, v) => Object.entries(v).every(([k, x]) => c.env[k] === x),
    { en: (c, v) => `its environment has ${pairsDiffer(c.env, v, 'unset')}`, 'zh-CN': (c, v) => `它的环境变量是 ${pairsDiffer(c.env, v, '未设置')}` },
  ),
  label: simple(
    { en: (v) => `label ${asPairs(v)}`, 'zh-CN': (v) => `标签 ${asPairs(v)}` },
    (c, v) => Object.entries(v).every(([k, x]) => c.labels[k] === x),
    { en: (c, v) => `its labels have ${pairsDiffer(c.labels, v, 'unset')}`, 'zh-CN': (c, v) => `它的标签是 ${pairsDiffer(c.labels, v, '未设置')}` },
  ),
  network: simple(
    { en: (v) => `network ${v}`, 'zh-CN': (v) => `网络 ${v}` },
    (c, v) => c.networks.includes(v),
    {
      en: (c) => (c.networks.length ? `its networks: ${c.networks.join(', ')}` : `its network mode is ${c.networkMode}`),
      'zh-CN': (c) => (c.networks.length ? `它所在的网络：${c.networks.join(', ')}` : `它的网络模式是 ${c.networkMode}`),
    },
  ),
  memory: simple(
    { en: (v) => `memory limit ${v}`, 'zh-CN': (v) => `内存上限 ${v}` },
    (c, v) => c.memory === ramInBytes(v),
    {
      en: (c) => (c.memory ? `its memory limit is ${shortSize(c.memory)} (${c.memory} bytes)` : 'it has no memory limit'),
      'zh-CN': (c) => (c.memory ? `它的内存上限是 ${shortSize(c.memory)}（${c.memory} 字节）` : '它没有内存上限'),
    },
  ),
  cpus: simple(
    { en: (v) => `--cpus ${v}`, 'zh-CN': (v) => `--cpus ${v}` },
    (c, v) => Math.abs(effectiveCpus(c) - v) < 1e-9,
    { en: (c) => (effectiveCpus(c) ? `its CPU limit is ${effectiveCpus(c)}` : 'it has no CPU limit'), 'zh-CN': (c) => (effectiveCpus(c) ? `它的 CPU 限额是 ${effectiveCpus(c)}` : '它没有 CPU 限额') },
  ),
  cpusetCpus: simple(
    { en: (v) => `--cpuset-cpus ${v}`, 'zh-CN': (v) => `--cpuset-cpus ${v}` },
    (c, v) => c.cpusetCpus === v,
    { en: (c) => (c.cpusetCpus ? `its --cpuset-cpus is ${c.cpusetCpus}` : 'it is not pinned to CPUs'), 'zh-CN': (c) => (c.cpusetCpus ? `它的 --cpuset-cpus 是 ${c.cpusetCpus}` : '它没有绑定 CPU') },
  ),
  sameIpcAs: { ...sameNs('ipc', { en: 'IPC', 'zh-CN': ' IPC ' }), needsRunning: true },
  sameNetAs: { ...sameNs('net', { en: 'network', 'zh-CN': '网络' }), needsRunning: true },
  ipc: simple(
    { en: (v) => `IPC mode ${v}`, 'zh-CN': (v) => `IPC 模式 ${v}` },
    (c, v) => c.ipcMode === v,
    { en: (c) => `its IPC mode is ${c.ipcMode}`, 'zh-CN': (c) => `它的 IPC 模式是 ${c.ipcMode}` },
  ),
};

/** The goals and the unmet fields' explanations of one container, in the student's language. */
export function fieldGoals(args: ContainerFieldArgs, lang: Lang): string[] {
  return (Object.keys(CONTAINER_FIELDS) as (keyof ContainerFieldArgs)[])
    .filter((k) => args[k] !== undefined)
    .map((k) => (CONTAINER_FIELDS[k].goal[lang] as (v: unknown) => string)(args[k]));
}

/** `notRunningSaid`: the state's problem already says the container is not running. */
export async function unmetFields(c: ContainerFacts, args: ContainerFieldArgs, state: LabState, lang: Lang, notRunningSaid: boolean): Promise<string[]> {
  const out: string[] = [];
  for (const k of Object.keys(CONTAINER_FIELDS) as (keyof ContainerFieldArgs)[]) {
    const v = args[k];
    if (v === undefined) continue;
    const rule = CONTAINER_FIELDS[k] as FieldRule<unknown>;
    if (await rule.holds(c, v, state)) continue;
    if (!(rule.needsRunning && notRunningSaid && !c.namespaces)) out.push(await rule.actual[lang](c, v, state));
  }
  return out;
}
