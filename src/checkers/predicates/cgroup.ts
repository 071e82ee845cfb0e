import { textOf } from '../bytes-text.ts';
import { CGROUP_ROOT, sameValue } from '../cgroup-path.ts';
import { CheckSyntaxError } from '../errors.ts';
import { leaf, type Texts } from '../predicate.ts';

interface Args {
  path: string;
  exists?: boolean;
  file?: string;
  value?: string;
  member?: string;
}

const TEXT: Texts<{
  exists: (p: string) => string;
  absent: (p: string) => string;
  withGoals: (b: string, g: string[]) => string;
  file: (f: string, v?: string) => string;
  member: (c: string) => string;
  none: (p: string) => string;
  present: (p: string) => string;
  noFile: (f: string) => string;
  value: (f: string, v: string) => string;
  members: (c: string, have: string[]) => string;
  join: string;
}> = {
  en: {
    exists: (p) => `cgroup ${p} exists`,
    absent: (p) => `there is no cgroup ${p}`,
    withGoals: (b, g) => `${b}, ${g.join(', ')}`,
    file: (f, v) => (v === undefined ? `with a ${f} file` : `with ${f} = ${v}`),
    member: (c) => `with a ${c} process in it`,
    none: (p) => `there is no directory ${p}`,
    present: (p) => `cgroup ${p} exists`,
    noFile: (f) => `it has no file ${f}`,
    value: (f, v) => `its ${f} is ${v}`,
    members: (c, h) => `no ${c} process is in it (its processes: ${h.join(', ') || 'none'})`,
    join: '; ',
  },
  'zh-CN': {
    exists: (p) => `cgroup ${p} 存在`,
    absent: (p) => `没有 cgroup ${p}`,
    withGoals: (b, g) => `${b}（${g.join('，')}）`,
    file: (f, v) => (v === undefined ? `有 ${f} 文件` : `${f} 为 ${v}`),
    member: (c) => `其中有进程 ${c}`,
    none: (p) => `没有目录 ${p}`,
    present: (p) => `cgroup ${p} 存在`,
    noFile: (f) => `其中没有文件 ${f}`,
    value: (f, v) => `它的 ${f} 是 ${v}`,
    members: (c, h) => `其中没有进程 ${c}（其中的进程：${h.join(', ') || '无'}）`,
    join: '；',
  },
};

export const cgroup = leaf<Args>({
  doc: 'a cgroup directory exists (or not) under /sys/fs/cgroup, with a control file\'s value, with a process in it',
  fields: {
    path: { type: { kind: 'path' }, required: true, doc: 'the cgroup directory: "/sys/fs/cgroup/memory/lab"' },
    exists: { type: { kind: 'bool' }, doc: 'false: there is no such cgroup' },
    file: { type: { kind: 'string' }, doc: 'a control file in it ("memory.limit_in_bytes")' },
    value: { type: { kind: 'string' }, doc: 'the file\'s value, trimmed ("64m" also matches 67108864)' },
    member: { type: { kind: 'string' }, doc: 'a process with this program name is directly in it (cgroup.procs)' },
  },
  validate(a, path) {
    if (!a.path.includes('{{') && !a.path.startsWith(`${CGROUP_ROOT}/`)) throw new CheckSyntaxError(`expected a path under ${CGROUP_ROOT}/, got "${a.path}"`, `${path}.path`);
    if (a.value !== undefined && a.file === undefined) throw new CheckSyntaxError('value needs file', path);
    if (a.exists === false && Object.keys(a).some((k) => k !== 'path' && k !== 'exists')) throw new CheckSyntaxError('exists: false cannot be combined with other fields', path);
  },
  async evaluate(a, ctx) {
    const t = TEXT[ctx.lang];
    const cg = await ctx.state.cgroup(a.path);
    if (a.exists === false) return cg ? { ok: false, label: t.absent(a.path), detail: t.present(a.path) } : { ok: true, label: t.absent(a.path) };
    const goals = [...(a.file !== undefined ? [t.file(a.file, a.value)] : []), ...(a.member !== undefined ? [t.member(a.member)] : [])];
    const label = goals.length ? t.withGoals(t.exists(a.path), goals) : t.exists(a.path);
    if (!cg) return { ok: false, label, detail: t.none(a.path) };
    const problems: string[] = [];
    if (a.file !== undefined) {
      const f = await ctx.state.file(`${a.path.replace(/\/+$/, '')}/${a.file}`);
      if ('missing' in f || f.content === null) problems.push(t.noFile(a.file));
      else if (a.value !== undefined && !sameValue(textOf(f.content), a.value)) problems.push(t.value(a.file, textOf(f.content).trim()));
    }
    if (a.member !== undefined) {
      const procs = (await ctx.state.processes()).filter((p) => cg.pids.includes(p.pid));
      if (!procs.some((p) => p.comm === a.member)) problems.push(t.members(a.member, procs.map((p) => `${p.comm} (${p.pid})`)));
    }
    return problems.length ? { ok: false, label, detail: problems.join(t.join) } : { ok: true, label };
  },
});
