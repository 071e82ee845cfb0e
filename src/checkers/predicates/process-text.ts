import type { Texts } from '../predicate.ts';
import type { NsKind } from '../state.ts';
import type { ProcessArgs } from './process.ts';

/** The process predicate's sentences (a table of its own: the goals are many). */
export const PROCESS_TEXT: Texts<{
  label: (a: ProcessArgs) => string;
  noProcess: (cmd: string, container: string | undefined, there: string[]) => string;
  which: (cmd: string, pid: number) => string;
  explain: (parts: string[]) => string;
  hostNs: (k: NsKind, host: number) => string;
  ownNs: (k: NsKind, mine: number, host: number) => string;
  otherNs: (k: NsKind, mine: number, c: string, theirs: number) => string;
  notRunning: (c: string, status: string) => string;
  noContainer: (c: string) => string;
  hasHostname: (h: string) => string;
  hasUidMap: (m: string[]) => string;
  inCgroup: (controller: string, path: string) => string;
  noCgroupFile: (file: string) => string;
  cgroupValue: (file: string, have: string) => string;
}> = {
  en: {
    label: (a) => {
      const goals: string[] = [];
      const ns = a.namespace;
      if (ns?.differsFromHost !== undefined) goals.push(ns.differsFromHost ? `in a ${ns.kind} namespace of its own (not the host's)` : `in the host's ${ns.kind} namespace`);
      if (ns?.sameAs !== undefined) goals.push(`in the ${ns.kind} namespace of container ${ns.sameAs}`);
      if (a.hostname !== undefined) goals.push(`with hostname ${a.hostname}`);
      if (a.uidMap !== undefined) goals.push(`with uid_map "${a.uidMap}"`);
      const g = a.cgroup;
      if (g) goals.push(`in ${g.controller} cgroup ${g.path ?? '(its own)'}${g.file ? ` whose ${g.file} is ${g.value ?? 'readable'}` : ''}`);
      return `a process ${a.command} runs${a.container ? ` in container ${a.container}` : ''}${goals.length ? `, ${goals.join(', ')}` : ''}`;
    },
    noProcess: (c, ct, there) => (ct ? `no process ${c} runs in container ${ct} (its processes: ${there.join(', ') || 'none'})` : `no process ${c} is running`),
    which: (c, pid) => `process ${c} (PID ${pid})`,
    explain: (p) => `${p[0]}: ${p.slice(1).join('; ')}`,
    hostNs: (k, h) => `its ${k} namespace is the host's (${k}:[${h}])`,
    ownNs: (k, m, h) => `its ${k} namespace ${k}:[${m}] is not the host's ${k}:[${h}]`,
    otherNs: (k, m, c, o) => `its ${k} namespace ${k}:[${m}] is not container ${c}'s ${k}:[${o}]`,
    notRunning: (c, s) => `container ${c} is not running (${s})`,
    noContainer: (c) => `there is no container ${c}`,
    hasHostname: (h) => `its hostname is ${h}`,
    hasUidMap: (m) => `its uid_map is ${m.map((l) => `"${l}"`).join(', ') || 'empty'}`,
    inCgroup: (c, p) => `its ${c} cgroup is ${p}`,
    noCgroupFile: (f) => `there is no ${f}`,
    cgroupValue: (f, h) => `${f} is ${h}`,
  },
  'zh-CN': {
    label: (a) => {
      const goals: string[] = [];
      const ns = a.namespace;
      if (ns?.differsFromHost !== undefined) goals.push(ns.differsFromHost ? `有自己的 ${ns.kind} 命名空间（不同于宿主机）` : `在宿主机的 ${ns.kind} 命名空间中`);
      if (ns?.sameAs !== undefined) goals.push(`在容器 ${ns.sameAs} 的 ${ns.kind} 命名空间中`);
      if (a.hostname !== undefined) goals.push(`主机名为 ${a.hostname}`);
      if (a.uidMap !== undefined) goals.push(`uid_map 为 "${a.uidMap}"`);
      const g = a.cgroup;
      if (g) goals.push(`在 ${g.controller} cgroup ${g.path ?? '（它自己的）'} 中${g.file ? `，其 ${g.file} 为 ${g.value ?? '可读'}` : ''}`);
      return `进程 ${a.command} 正在运行${a.container ? `（在容器 ${a.container} 中）` : ''}${goals.length ? `（${goals.join('，')}）` : ''}`;
    },
    noProcess: (c, ct, there) => (ct ? `容器 ${ct} 中没有进程 ${c}（它的进程：${there.join(', ') || '无'}）` : `没有正在运行的进程 ${c}`),
    which: (c, pid) => `进程 ${c}（PID ${pid}）`,
    explain: (p) => `${p[0]}：${p.slice(1).join('；')}`,
    hostNs: (k, h) => `它的 ${k} 命名空间就是宿主机的（${k}:[${h}]）`,
    ownNs: (k, m, h) => `它的 ${k} 命名空间 ${k}:[${m}] 不是宿主机的 ${k}:[${h}]`,
    otherNs: (k, m, c, o) => `它的 ${k} 命名空间 ${k}:[${m}] 不是容器 ${c} 的 ${k}:[${o}]`,
    notRunning: (c, s) => `容器 ${c} 没有在运行（${s}）`,
    noContainer: (c) => `没有容器 ${c}`,
    hasHostname: (h) => `它的主机名是 ${h}`,
    hasUidMap: (m) => `它的 uid_map 是 ${m.map((l) => `"${l}"`).join(', ') || '空的'}`,
    inCgroup: (c, p) => `它的 ${c} cgroup 是 ${p}`,
    noCgroupFile: (f) => `没有 ${f}`,
    cgroupValue: (f, h) => `${f} 的值是 ${h}`,
  },
};
