import type { Lang } from '../checkers/index.ts';
import type { QuizQuestion } from './lesson/types.ts';
import { renderReport, type CheckReport } from './report-text.ts';

/** What the meta commands need from the lab (the Lab class provides it). */
export interface MetaTarget {
  readonly lang: Lang;
  quiz(): QuizQuestion[];
  recordAnswers(answers: Record<string, string[]>): void;
  hint(): string | null;
  hintCount(): { shown: number; total: number };
  check(): Promise<CheckReport>;
  wait(seconds: number): Promise<void>;
  reboot(): Promise<RebootSummary>;
}

/** How long a `lab reboot` took on the virtual clock, from the request to the login prompt. */
export interface RebootSummary {
  tookMs: number;
}

export interface MetaOutput {
  stdout: string;
  stderr: string;
  exit: number;
}

type Handler = (args: string[], lab: MetaTarget) => Promise<MetaOutput>;

const ok = (stdout: string): MetaOutput => ({ stdout, stderr: '', exit: 0 });
const fail = (stderr: string, exit = 1): MetaOutput => ({ stdout: '', stderr: `${stderr}\n`, exit });
const say = (lang: Lang, en: string, zh: string): string => (lang === 'en' ? en : zh);

/** Lines the lesson engine answers itself: `lab answer`, `lab hint`, `lab check`, `lab wait`, `lab reboot`. */
export const META_COMMANDS: Record<string, Handler> = {
  answer: async (args, lab) => {
    const parsed = parseAnswers(args, lab.quiz(), lab.lang);
    if (typeof parsed === 'string') return fail(`lab answer: ${parsed}`, 2);
    lab.recordAnswers(parsed);
    const ids = Object.keys(parsed).join(', ');
    return ok(`${say(lab.lang, `answer recorded: ${ids}`, `已记录答案：${ids}`)}\n`);
  },
  hint: async (_args, lab) => {
    const text = lab.hint();
    const { shown, total } = lab.hintCount();
    if (text === null) return ok(`${say(lab.lang, `no more hints (${total} shown)`, `没有更多提示了（已显示 ${total} 条）`)}\n`);
    return ok(`${say(lab.lang, 'Hint', '提示')} ${shown}/${total}: ${text.trimEnd()}\n`);
  },
  check: async (_args, lab) => {
    const report = await lab.check();
    return { stdout: renderReport(report, lab.lang), stderr: '', exit: report.done ? 0 : 1 };
  },
  wait: async (args, lab) => {
    const seconds = Number(args[0]);
    if (args.length !== 1 || !Number.isFinite(seconds) || seconds < 0 || seconds > 86_400) return fail('usage: lab wait SECONDS (0 to 86400)', 2);
    await lab.wait(seconds);
    return ok('');
  },
  reboot: async (args, lab) => {
    if (args.length) return fail('usage: lab reboot (restarts the lab machine; takes no arguments)', 2);
    const { tookMs } = await lab.reboot();
    const s = Math.round(tookMs / 1000);
    // A real reboot ends the terminal's session: the student is told they are in a new one.
    return ok(`${say(lab.lang, `The lab machine rebooted (${s} s); this is a new login shell.`, `实验机器已重启（用时 ${s} 秒）；这是一个新的登录 shell。`)}\n`);
  },
};

/** `lab …` typed in the lab's shell is ours; everything else goes to the modelled host. */
export function metaCommandOf(line: string): { name: string; args: string[] } | null {
  const words = line.trim().split(/\s+/);
  if (words[0] !== 'lab') return null;
  return { name: words[1] ?? '', args: words.slice(2) };
}

/**
 * A whole line that would restart or power off a real machine: `reboot`, `sudo shutdown -r now`,
 * `systemctl reboot`, `init 6`... The lab host has no such programs (a real reboot would end the
 * student's session); the lab answers these lines itself, pointing at `lab reboot`. The program
 * name is returned, or null for any other line.
 */
export function powerCommandOf(line: string): string | null {
  const m = /^\s*(?:sudo\s+)?(reboot|poweroff|halt|shutdown(?:\s+-[rhPH])?(?:\s+(?:now|\+0))?|systemctl\s+(?:reboot|poweroff|halt)|init\s+[06])\s*$/.exec(line);
  return m ? m[1]!.split(/\s+/)[0]! : null;
}

export function powerCommandAnswer(program: string, lang: Lang): MetaOutput {
  return fail(`${program}: ${say(lang, 'the lab machine is restarted with `lab reboot` (a real reboot would end this session)', '实验机器要用 `lab reboot` 重启（真正的重启会结束当前会话）')}`);
}

export async function runMetaCommand(line: string, lab: MetaTarget): Promise<MetaOutput> {
  const m = metaCommandOf(line)!;
  const handler = Object.hasOwn(META_COMMANDS, m.name) ? META_COMMANDS[m.name]! : null;
  if (!handler) return fail(`lab: unknown lab command "${m.name}" (inside the lab: ${Object.keys(META_COMMANDS).map((n) => `lab ${n}`).join(', ')})`, 2);
  return handler(m.args, lab);
}

/** `q1=a,b q2=c` → { q1: [a, b], q2: [c] }, checked against the exercise's quiz. */
function parseAnswers(args: string[], quiz: QuizQuestion[], lang: Lang): Record<string, string[]> | string {
  if (quiz.length === 0) return say(lang, 'this exercise has no quiz', '这个练习没有测验');
  if (args.length === 0) return `usage: lab answer ${quiz.map((q) => `${q.id}=${q.kind === 'single' ? 'OPTION' : 'OPTION,OPTION'}`).join(' ')}`;
  const out: Record<string, string[]> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const id = eq < 0 ? arg : arg.slice(0, eq);
    const q = quiz.find((x) => x.id === id);
    if (!q) return `"${id}" is not a question here (questions: ${quiz.map((x) => x.id).join(', ')})`;
    const picked = eq < 0 ? [] : arg.slice(eq + 1).split(',').filter(Boolean);
    if (picked.length === 0) return `${id}: give the option ids after "=" (${q.options.map((o) => o.id).join(', ')})`;
    const unknown = picked.find((p) => !q.options.some((o) => o.id === p));
    if (unknown) return `${id}: "${unknown}" is not an option (${q.options.map((o) => o.id).join(', ')})`;
    if (q.kind === 'single' && picked.length > 1) return `${id}: a single-choice question takes one option`;
    out[id] = [...new Set(picked)];
  }
  return out;
}
