import { textOf } from '../bytes-text.ts';
import { CheckSyntaxError } from '../errors.ts';
import { noVolume } from '../explain/missing.ts';
import { leaf, type Texts } from '../predicate.ts';
import { contentGoals, contentProblems, type ContentArgs, CONTENT_FIELDS } from './content-match.ts';

interface Args extends ContentArgs {
  name: string;
  exists?: boolean;
  file?: string;
}

const TEXT: Texts<{
  exists: (n: string) => string;
  absent: (n: string) => string;
  withFile: (n: string, f: string, goals: string[]) => string;
  present: (n: string) => string;
  noFile: (n: string, f: string) => string;
  notFile: (f: string) => string;
  join: string;
}> = {
  en: {
    exists: (n) => `volume ${n} exists`,
    absent: (n) => `there is no volume ${n}`,
    withFile: (n, f, g) => `volume ${n} holds a file ${f}${g.length ? `, ${g.join(', ')}` : ''}`,
    present: (n) => `volume ${n} exists`,
    noFile: (n, f) => `volume ${n} has no file ${f}`,
    notFile: (f) => `${f} in it is not a regular file`,
    join: '; ',
  },
  'zh-CN': {
    exists: (n) => `数据卷 ${n} 存在`,
    absent: (n) => `没有数据卷 ${n}`,
    withFile: (n, f, g) => `数据卷 ${n} 中有文件 ${f}${g.length ? `（${g.join('，')}）` : ''}`,
    present: (n) => `数据卷 ${n} 存在`,
    noFile: (n, f) => `数据卷 ${n} 中没有文件 ${f}`,
    notFile: (f) => `其中的 ${f} 不是普通文件`,
    join: '；',
  },
};

/** A path inside the volume, from its root ("index.html" = "/index.html"). */
const inside = (f: string): string => `/${f.replace(/^\/+/, '')}`;

export const volume = leaf<Args>({
  doc: 'a volume exists (or not), optionally holding a file with some content',
  fields: {
    name: { type: { kind: 'string' }, required: true, doc: 'volume name' },
    exists: { type: { kind: 'bool' }, doc: 'false: there is no such volume' },
    file: { type: { kind: 'string' }, doc: 'path of a file inside the volume (from its root: "index.html" or "/index.html")' },
    ...CONTENT_FIELDS,
  },
  validate(a, path) {
    if (a.exists === false && Object.keys(a).some((k) => k !== 'name' && k !== 'exists')) throw new CheckSyntaxError('exists: false cannot be combined with other fields', path);
    if (a.file === undefined && contentGoals(a, 'en').length) throw new CheckSyntaxError('content fields need `file`', path);
  },
  async evaluate(a, ctx) {
    const t = TEXT[ctx.lang];
    const vols = await ctx.state.volumes();
    const v = vols.find((x) => x.name === a.name);
    if (a.exists === false) return v ? { ok: false, label: t.absent(a.name), detail: t.present(a.name) } : { ok: true, label: t.absent(a.name) };
    const label = a.file !== undefined ? t.withFile(a.name, inside(a.file), contentGoals(a, ctx.lang)) : t.exists(a.name);
    if (!v) return { ok: false, label, detail: noVolume(ctx.lang, a.name, vols.map((x) => x.name)) };
    if (a.file === undefined) return { ok: true, label };
    const f = await ctx.state.file(inside(a.file), { volume: a.name });
    if ('missing' in f) return { ok: false, label, detail: t.noFile(a.name, inside(a.file)) };
    if (f.content === null) return contentGoals(a, ctx.lang).length ? { ok: false, label, detail: t.notFile(inside(a.file)) } : { ok: true, label };
    const problems = contentProblems(textOf(f.content), a, ctx.lang);
    return problems.length ? { ok: false, label, detail: problems.join(t.join) } : { ok: true, label };
  },
});
