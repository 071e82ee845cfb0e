import { quoted, textOf } from '../bytes-text.ts';
import { leaf, type Texts } from '../predicate.ts';

interface Args {
  contains: string;
  stream?: 'stdout' | 'stderr';
}

const TEXT: Texts<{ goal: (x: string, s?: string) => string; none: string; printed: (cmd: string, out: string) => string; silent: (cmd: string) => string }> = {
  en: {
    goal: (x, s) => `the last command's ${s ?? 'output'} contains ${quoted(x)}`,
    none: 'no command was run in this exercise yet',
    printed: (c, o) => `${c} printed ${o}`,
    silent: (c) => `${c} printed nothing`,
  },
  'zh-CN': {
    goal: (x, s) => `最后一条命令的${s ? ` ${s} ` : '输出'}包含 ${quoted(x)}`,
    none: '本练习中还没有执行任何命令',
    printed: (c, o) => `${c} 的输出是 ${o}`,
    silent: (c) => `${c} 没有任何输出`,
  },
};

export const output = leaf<Args>({
  doc: 'the output of the last command contains a text',
  fields: {
    contains: { type: { kind: 'string' }, required: true, doc: 'text to find' },
    stream: { type: { kind: 'enum', values: ['stdout', 'stderr'] }, doc: 'only this stream (default: both)' },
  },
  async evaluate(a, ctx) {
    const t = TEXT[ctx.lang];
    const label = t.goal(a.contains, a.stream);
    const last = ctx.history.at(-1);
    if (!last) return { ok: false, label, detail: t.none };
    const out = textOf(a.stream === 'stderr' ? last.stderr : a.stream === 'stdout' ? last.stdout : last.stdout + last.stderr);
    if (out.includes(a.contains)) return { ok: true, label };
    return { ok: false, label, detail: out === '' ? t.silent(textOf(last.cmd)) : t.printed(textOf(last.cmd), quoted(out.trimEnd(), 120)) };
  },
});
