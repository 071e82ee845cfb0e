import { quoted, textOf } from '../bytes-text.ts';
import { CheckSyntaxError } from '../errors.ts';
import { noContainer } from '../explain/missing.ts';
import { leaf, type Texts } from '../predicate.ts';
import type { FileFacts, LabState } from '../state.ts';
import type { Lang } from '../types.ts';
import { contentGoals, contentProblems, type ContentArgs, CONTENT_FIELDS } from './content-match.ts';

interface Args extends ContentArgs {
  path: string;
  container?: string;
  exists?: boolean;
  mode?: string;
  equals?: { containerPid?: string; imageId?: string };
}

const TEXT: Texts<{
  subject: (path: string, container?: string) => string;
  exists: (s: string) => string;
  absent: (s: string) => string;
  withGoals: (base: string, goals: string[]) => string;
  mode: (m: string) => string;
  pidOf: (n: string) => string;
  idOf: (r: string) => string;
  noFile: (s: string) => string;
  present: (s: string, type: string) => string;
  notFile: (s: string, type: string) => string;
  hasMode: (m: string) => string;
  holds: (have: string, what: string) => string;
  notRunning: (n: string) => string;
  noImage: (r: string) => string;
  join: string;
}> = {
  en: {
    subject: (p, c) => (c ? `file ${p} in container ${c}` : `file ${p}`),
    exists: (s) => `${s} exists`,
    absent: (s) => `${s} does not exist`,
    withGoals: (b, g) => `${b}, ${g.join(', ')}`,
    mode: (m) => `with mode ${m}`,
    pidOf: (n) => `holding the host PID of container ${n}`,
    idOf: (r) => `holding the id of image ${r}`,
    noFile: (s) => `there is no ${s}`,
    present: (s, type) => `${s} exists (${type})`,
    notFile: (s, type) => `${s} is a ${type}, not a regular file`,
    hasMode: (m) => `its mode is ${m}`,
    holds: (have, what) => `it holds ${have}; ${what}`,
    notRunning: (n) => `container ${n} is not running, it has no PID`,
    noImage: (r) => `there is no image ${r}`,
    join: '; ',
  },
  'zh-CN': {
    subject: (p, c) => (c ? `容器 ${c} 中的文件 ${p}` : `文件 ${p}`),
    exists: (s) => `${s} 存在`,
    absent: (s) => `${s} 不存在`,
    withGoals: (b, g) => `${b}（${g.join('，')}）`,
    mode: (m) => `权限 ${m}`,
    pidOf: (n) => `内容为容器 ${n} 在宿主机上的 PID`,
    idOf: (r) => `内容为镜像 ${r} 的 ID`,
    noFile: (s) => `${s} 不存在`,
    present: (s, type) => `${s} 存在（${type}）`,
    notFile: (s, type) => `${s} 是${type}，不是普通文件`,
    hasMode: (m) => `它的权限是 ${m}`,
    holds: (have, what) => `它的内容是 ${have}；${what}`,
    notRunning: (n) => `容器 ${n} 没有在运行，没有 PID`,
    noImage: (r) => `没有镜像 ${r}`,
    join: '；',
  },
};

const TYPE_NAMES: Texts<Record<FileFacts['type'], string>> = {
  en: { file: 'regular file', dir: 'directory', symlink: 'symbolic link', other: 'special file' },
  'zh-CN': { file: '普通文件', dir: '目录', symlink: '符号链接', other: '特殊文件' },
};

const octal = (mode: number): string => mode.toString(8).padStart(4, '0');

/** `equals`: the file's (trimmed) text is a fact of the lab: a container's host PID, an image's id. */
async function equalsProblem(content: string, eq: NonNullable<Args['equals']>, state: LabState, lang: Lang): Promise<string | null> {
  const t = TEXT[lang];
  const have = content.trim();
  if (eq.containerPid !== undefined) {
    const c = await state.container(eq.containerPid);
    if (!c) return noContainer(lang, eq.containerPid, (await state.containers()).map((x) => x.name));
    if (!c.pid) return t.holds(quoted(have), t.notRunning(eq.containerPid));
    return have === String(c.pid) ? null : t.holds(quoted(have), `State.Pid = ${c.pid}`);
  }
  const ref = eq.imageId!;
  const img = await state.image(ref);
  if (!img) return t.noImage(ref);
  const hex = img.id.replace(/^sha256:/, '');
  return have === img.id || have === hex || have === hex.slice(0, 12) ? null : t.holds(quoted(have), `Id = ${img.id}`);
}

export const file = leaf<Args>({
  doc: 'a file on the host (or in a container) exists, with content, mode or a fact of the lab in it',
  fields: {
    path: { type: { kind: 'path' }, required: true, doc: 'absolute path, or ~/… (= /root/…)' },
    container: { type: { kind: 'string' }, doc: 'look inside this container (running: its mounts too; stopped: its filesystem), else on the host' },
    exists: { type: { kind: 'bool' }, doc: 'false: the path does not exist' },
    ...CONTENT_FIELDS,
    mode: { type: { kind: 'string' }, doc: 'permission bits in octal ("0644", "755")' },
    equals: {
      type: { kind: 'object', exactlyOne: true, fields: { containerPid: { type: { kind: 'string' } }, imageId: { type: { kind: 'string' } } } },
      doc: '`{containerPid: web}`: the text is web\'s host PID; `{imageId: ref}`: the image\'s id (sha256:…, 64 or 12 hex digits)',
    },
  },
  validate(a, path) {
    if (a.exists === false && Object.keys(a).some((k) => !['path', 'container', 'exists'].includes(k))) {
      throw new CheckSyntaxError('exists: false cannot be combined with content fields', path);
    }
    if (a.mode !== undefined && !a.mode.includes('{{') && !/^[0-7]{3,4}$/.test(a.mode)) throw new CheckSyntaxError(`expected an octal mode like 0644, got "${a.mode}"`, `${path}.mode`);
  },
  async evaluate(a, ctx) {
    const t = TEXT[ctx.lang];
    const subject = t.subject(a.path, a.container);
    const found = await ctx.state.file(a.path, a.container !== undefined ? { container: a.container } : {});
    if (a.exists === false) {
      if ('missing' in found && found.missing === 'container') return { ok: false, label: t.absent(subject), detail: noContainer(ctx.lang, a.container!, found.others ?? []) };
      return 'missing' in found ? { ok: true, label: t.absent(subject) } : { ok: false, label: t.absent(subject), detail: t.present(subject, TYPE_NAMES[ctx.lang][found.type]) };
    }
    const goals = [...contentGoals(a, ctx.lang)];
    if (a.mode !== undefined) goals.push(t.mode(a.mode));
    if (a.equals?.containerPid !== undefined) goals.push(t.pidOf(a.equals.containerPid));
    if (a.equals?.imageId !== undefined) goals.push(t.idOf(a.equals.imageId));
    const label = goals.length ? t.withGoals(t.exists(subject), goals) : t.exists(subject);
    if ('missing' in found) {
      return { ok: false, label, detail: found.missing === 'container' ? noContainer(ctx.lang, a.container!, found.others ?? []) : t.noFile(subject) };
    }
    const problems: string[] = [];
    if (a.mode !== undefined && (found.mode & 0o7777) !== parseInt(a.mode, 8)) problems.push(t.hasMode(octal(found.mode)));
    const wantsContent = contentGoals(a, ctx.lang).length > 0 || a.equals !== undefined;
    if (wantsContent && found.content === null) problems.push(t.notFile(subject, TYPE_NAMES[ctx.lang][found.type]));
    else if (found.content !== null) {
      const text = textOf(found.content);
      problems.push(...contentProblems(text, a, ctx.lang));
      const eq = a.equals ? await equalsProblem(text, a.equals, ctx.state, ctx.lang) : null;
      if (eq) problems.push(eq);
    }
    return problems.length ? { ok: false, label, detail: problems.join(t.join) } : { ok: true, label };
  },
});

