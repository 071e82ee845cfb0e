import { CheckSyntaxError } from '../errors.ts';
import { leaf, type Texts } from '../predicate.ts';
import type { ImageFacts, LabState } from '../state.ts';
import type { Lang } from '../types.ts';

interface Args {
  ref: string;
  exists?: boolean;
  sameAs?: string;
  cmd?: string[];
  entrypoint?: string[];
  env?: Record<string, string>;
  expose?: string[];
  workdir?: string;
  user?: string;
  layers?: number;
  author?: string;
  builtHere?: boolean;
}

type Field = Exclude<keyof Args, 'ref' | 'exists'>;

const json = (v: unknown): string => JSON.stringify(v);
const withProto = (p: string): string => (p.includes('/') ? p : `${p}/tcp`);
const short = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);
const sameList = (a: string[] | null, b: string[]): boolean => !!a && a.length === b.length && a.every((x, i) => x === b[i]);

const TEXT: Texts<{
  exists: (r: string) => string;
  absent: (r: string) => string;
  withGoals: (b: string, g: string[]) => string;
  none: (r: string, have: string[]) => string;
  present: (r: string, id: string) => string;
  unmet: (what: string[]) => string;
  goal: Record<Field, (v: never) => string>;
  actual: Record<Field, (i: ImageFacts, other?: ImageFacts | null) => string>;
}> = {
  en: {
    exists: (r) => `image ${r} exists`,
    absent: (r) => `there is no image ${r}`,
    withGoals: (b, g) => `${b}, with ${g.join(', ')}`,
    none: (r, h) => `no image ${r} (images: ${h.join(', ') || 'none'})`,
    present: (r, id) => `image ${r} exists (${id})`,
    unmet: (w) => w.join('; '),
    goal: {
      sameAs: (v: string) => `the same id as ${v}`, cmd: (v: string[]) => `CMD ${json(v)}`, entrypoint: (v: string[]) => `ENTRYPOINT ${json(v)}`,
      env: (v: Record<string, string>) => `ENV ${Object.entries(v).map(([k, x]) => `${k}=${x}`).join(' ')}`, expose: (v: string[]) => `EXPOSE ${v.map(withProto).join(' ')}`,
      workdir: (v: string) => `WORKDIR ${v}`, user: (v: string) => `USER ${v}`, layers: (v: number) => `${v} layers`, author: (v: string) => `author ${json(v)}`,
      builtHere: (v: boolean) => (v ? 'built here (not pulled)' : 'pulled from a registry'),
    },
    actual: {
      sameAs: (i, o) => (o ? `its id is ${short(i.id)}, the other's is ${short(o.id)}` : 'the other image does not exist'),
      cmd: (i) => `its CMD is ${json(i.cmd)}`, entrypoint: (i) => `its ENTRYPOINT is ${json(i.entrypoint)}`,
      env: (i) => `its ENV is ${Object.entries(i.env).map(([k, x]) => `${k}=${x}`).join(' ') || '(none)'}`, expose: (i) => `its exposed ports are ${i.exposedPorts.join(' ') || '(none)'}`,
      workdir: (i) => `its WORKDIR is ${json(i.workdir)}`, user: (i) => `its USER is ${json(i.user)}`, layers: (i) => `it has ${i.layers} layers`,
      author: (i) => `its author is ${json(i.author)}`, builtHere: (i) => (i.builtHere ? 'it was built here' : 'it was pulled (it has a registry digest)'),
    },
  },
  'zh-CN': {
    exists: (r) => `镜像 ${r} 存在`,
    absent: (r) => `没有镜像 ${r}`,
    withGoals: (b, g) => `${b}（${g.join('，')}）`,
    none: (r, h) => `没有镜像 ${r}（现有镜像：${h.join(', ') || '无'}）`,
    present: (r, id) => `镜像 ${r} 存在（${id}）`,
    unmet: (w) => w.join('；'),
    goal: {
      sameAs: (v: string) => `与 ${v} 是同一个镜像 ID`, cmd: (v: string[]) => `CMD ${json(v)}`, entrypoint: (v: string[]) => `ENTRYPOINT ${json(v)}`,
      env: (v: Record<string, string>) => `ENV ${Object.entries(v).map(([k, x]) => `${k}=${x}`).join(' ')}`, expose: (v: string[]) => `EXPOSE ${v.map(withProto).join(' ')}`,
      workdir: (v: string) => `WORKDIR ${v}`, user: (v: string) => `USER ${v}`, layers: (v: number) => `${v} 层`, author: (v: string) => `作者 ${json(v)}`,
      builtHere: (v: boolean) => (v ? '在本地构建（不是拉取的）' : '从镜像仓库拉取'),
    },
    actual: {
      sameAs: (i, o) => (o ? `它的 ID 是 ${short(i.id)}，另一个是 ${short(o.id)}` : '另一个镜像不存在'),
      cmd: (i) => `它的 CMD 是 ${json(i.cmd)}`, entrypoint: (i) => `它的 ENTRYPOINT 是 ${json(i.entrypoint)}`,
      env: (i) => `它的 ENV 是 ${Object.entries(i.env).map(([k, x]) => `${k}=${x}`).join(' ') || '（无）'}`, expose: (i) => `它暴露的端口是 ${i.exposedPorts.join(' ') || '（无）'}`,
      workdir: (i) => `它的 WORKDIR 是 ${json(i.workdir)}`, user: (i) => `它的 USER 是 ${json(i.user)}`, layers: (i) => `它有 ${i.layers} 层`,
      author: (i) => `它的作者是 ${json(i.author)}`, builtHere: (i) => (i.builtHere ? '它是在本地构建的' : '它是拉取来的（有仓库摘要）'),
    },
  },
};

const HOLDS: Record<Field, (i: ImageFacts, v: never, other?: ImageFacts | null) => boolean> = {
  sameAs: (i, _v, o) => !!o && o.id === i.id,
  cmd: (i, v: string[]) => sameList(i.cmd, v),
  entrypoint: (i, v: string[]) => sameList(i.entrypoint, v),
  env: (i, v: Record<string, string>) => Object.entries(v).every(([k, x]) => i.env[k] === x),
  expose: (i, v: string[]) => v.every((p) => i.exposedPorts.includes(withProto(p))),
  workdir: (i, v: string) => i.workdir === v,
  user: (i, v: string) => i.user === v,
  layers: (i, v: number) => i.layers === v,
  author: (i, v: string) => i.author === v,
  builtHere: (i, v: boolean) => i.builtHere === v,
};

async function unmet(img: ImageFacts, a: Args, state: LabState, lang: Lang): Promise<string[]> {
  const other = a.sameAs !== undefined ? await state.image(a.sameAs) : undefined;
  const out: string[] = [];
  for (const f of Object.keys(HOLDS) as Field[]) {
    if (a[f] === undefined) continue;
    if (!HOLDS[f](img, a[f] as never, other)) out.push(TEXT[lang].actual[f](img, other));
  }
  return out;
}

export const image = leaf<Args>({
  doc: 'an image exists (or not) with the given configuration',
  fields: {
    ref: { type: { kind: 'string' }, required: true, doc: 'name[:tag] (default tag latest), or id / id prefix' },
    exists: { type: { kind: 'bool' }, doc: 'false: there is no such image' },
    sameAs: { type: { kind: 'string' }, doc: 'another reference to the same image id (a tag of it)' },
    cmd: { type: { kind: 'stringList' }, doc: 'Config.Cmd exactly (exec form, as inspect shows it)' },
    entrypoint: { type: { kind: 'stringList' }, doc: 'Config.Entrypoint exactly' },
    env: { type: { kind: 'stringMap' }, doc: 'these ENV variables have these values' },
    expose: { type: { kind: 'stringList' }, doc: 'these ports are exposed ("80" = "80/tcp")' },
    workdir: { type: { kind: 'string' }, doc: 'Config.WorkingDir' },
    user: { type: { kind: 'string' }, doc: 'Config.User' },
    layers: { type: { kind: 'int', min: 0 }, doc: 'number of filesystem layers (RootFS.Layers)' },
    author: { type: { kind: 'string' }, doc: 'Author (MAINTAINER / commit -a)' },
    builtHere: { type: { kind: 'bool' }, doc: 'made in the lab (build, commit, import: no registry digest), not pulled' },
  },
  validate(a, path) {
    if (a.exists === false && Object.keys(a).some((k) => k !== 'ref' && k !== 'exists')) throw new CheckSyntaxError('exists: false cannot be combined with other fields', path);
  },
  async evaluate(a, ctx) {
    const t = TEXT[ctx.lang];
    const img = await ctx.state.image(a.ref);
    if (a.exists === false) return img ? { ok: false, label: t.absent(a.ref), detail: t.present(a.ref, short(img.id)) } : { ok: true, label: t.absent(a.ref) };
    const goals = (Object.keys(HOLDS) as Field[]).filter((f) => a[f] !== undefined).map((f) => t.goal[f](a[f] as never));
    const label = goals.length ? t.withGoals(t.exists(a.ref), goals) : t.exists(a.ref);
    if (!img) return { ok: false, label, detail: t.none(a.ref, (await ctx.state.images()).flatMap((i) => i.repoTags)) };
    const problems = await unmet(img, a, ctx.state, ctx.lang);
    return problems.length ? { ok: false, label, detail: t.unmet(problems) } : { ok: true, label };
  },
});
