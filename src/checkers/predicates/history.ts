import { textOf } from '../bytes-text.ts';
import { leaf, type Texts } from '../predicate.ts';

interface Args {
  matches: string;
  absent?: boolean;
}

const TEXT: Texts<{ ran: (re: string) => string; didNot: (re: string) => string; none: string; last: (cmd: string) => string; found: (cmd: string) => string }> = {
  en: {
    ran: (re) => `you ran a command matching /${re}/`,
    didNot: (re) => `you did not run a command matching /${re}/`,
    none: 'no command was run in this exercise yet',
    last: (c) => `no command matched; the last one was: ${c}`,
    found: (c) => `you ran: ${c}`,
  },
  'zh-CN': {
    ran: (re) => `执行过匹配 /${re}/ 的命令`,
    didNot: (re) => `没有执行过匹配 /${re}/ 的命令`,
    none: '本练习中还没有执行任何命令',
    last: (c) => `没有匹配的命令；最后一条是：${c}`,
    found: (c) => `执行过：${c}`,
  },
};

export const history = leaf<Args>({
  doc: 'the student typed a command line matching a regular expression (only for what the state cannot show)',
  fields: {
    matches: { type: { kind: 'regex' }, required: true, doc: 'JavaScript regular expression, searched in each command line of this exercise' },
    absent: { type: { kind: 'bool' }, doc: 'true: no command line matches' },
  },
  async evaluate(a, ctx) {
    const t = TEXT[ctx.lang];
    const re = new RegExp(a.matches);
    const lines = ctx.history.map((h) => textOf(h.cmd));
    const hit = lines.find((l) => re.test(l));
    if (a.absent) return hit ? { ok: false, label: t.didNot(a.matches), detail: t.found(hit) } : { ok: true, label: t.didNot(a.matches) };
    if (hit) return { ok: true, label: t.ran(a.matches) };
    const last = lines.at(-1);
    return { ok: false, label: t.ran(a.matches), detail: last !== undefined ? t.last(last) : t.none };
  },
});
