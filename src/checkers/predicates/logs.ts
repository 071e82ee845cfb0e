import { quoted, textOf } from '../bytes-text.ts';
import { noContainer } from '../explain/missing.ts';
import { leaf, type Texts } from '../predicate.ts';

interface Args {
  container: string;
  contains: string;
  atLeast?: number;
  stream?: 'stdout' | 'stderr';
}

const TEXT: Texts<{
  goal: (c: string, text: string, n: number, stream?: string) => string;
  count: (n: number, last: string) => string;
  empty: string;
}> = {
  en: {
    goal: (c, x, n, s) => `the ${s ? `${s} ` : ''}logs of container ${c} contain ${quoted(x)}${n > 1 ? ` at least ${n} times` : ''}`,
    count: (n, last) => `${n === 0 ? 'not found' : `found ${n} time${n === 1 ? '' : 's'}`}; last log line: ${last}`,
    empty: 'no log lines yet',
  },
  'zh-CN': {
    goal: (c, x, n, s) => `容器 ${c} 的${s ? ` ${s} ` : ''}日志包含 ${quoted(x)}${n > 1 ? ` 至少 ${n} 次` : ''}`,
    count: (n, last) => `${n === 0 ? '没有找到' : `只找到 ${n} 次`}；最后一行日志：${last}`,
    empty: '还没有任何日志',
  },
};

/** Occurrences of `text` in a log (each log line counted once per occurrence). */
const occurrences = (lines: string[], text: string): number => lines.reduce((n, l) => n + (text === '' ? 1 : l.split(text).length - 1), 0);

export const logs = leaf<Args>({
  doc: 'a container\'s logs (what `docker logs` shows) contain a text, at least N times',
  fields: {
    container: { type: { kind: 'string' }, required: true, doc: 'container name' },
    contains: { type: { kind: 'string' }, required: true, doc: 'text to find in the log lines' },
    atLeast: { type: { kind: 'int', min: 1 }, doc: 'how many occurrences at least (default 1)' },
    stream: { type: { kind: 'enum', values: ['stdout', 'stderr'] }, doc: 'only this stream (default: both)' },
  },
  async evaluate(a, ctx) {
    const t = TEXT[ctx.lang];
    const n = a.atLeast ?? 1;
    const label = t.goal(a.container, a.contains, n, a.stream);
    const log = await ctx.state.logs(a.container);
    if (!log) return { ok: false, label, detail: noContainer(ctx.lang, a.container, (await ctx.state.containers()).map((x) => x.name)) };
    const lines = log.filter((l) => !a.stream || l.stream === a.stream).map((l) => textOf(l.text));
    const found = occurrences(lines, a.contains);
    if (found >= n) return { ok: true, label };
    const last = lines.at(-1);
    return { ok: false, label, detail: last === undefined ? t.empty : t.count(found, quoted(last.replace(/\n$/, ''))) };
  },
});
