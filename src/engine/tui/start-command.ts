// `lab start [lesson]`: opens the lab and shows it in the TUI, or in the plain REPL with --plain,
// when standard input or output is not a terminal, or when the terminal cannot address the screen.
import type { Lab } from '../lab.ts';
import type { KeyEvent } from 'blessed';
import type { LabModel, Lang } from './model.ts';

/** The lesson engine (lessons, checkers, the runtime) loads after the first frame. */
const openLab = async (o: Parameters<typeof Lab.open>[0]): Promise<Lab> => (await import('../lab.ts')).Lab.open(o);

export interface StartOptions {
  plain?: boolean;
  lang?: string;
  lessons?: string;
  /** Hidden: quit once the lesson and the prompt are shown and print the times (npm run bench). */
  measureStartup?: boolean;
}

/** Terminals blessed cannot draw on: no cursor addressing. */
const DUMB_TERMS = new Set(['', 'dumb', 'unknown']);

function parseLang(text: string | undefined): Lang | undefined {
  if (text === undefined) return undefined;
  if (text === 'en' || text === 'zh-CN') return text;
  throw Object.assign(new Error(`lab start: --lang ${text}: use en or zh-CN`), { name: 'LabError' });
}

export async function runStart(lessonId: string | undefined, opts: StartOptions): Promise<number> {
  const term = process.env.TERM ?? '';
  const tty = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const lang = parseLang(opts.lang);
  if (opts.plain === true || !tty || DUMB_TERMS.has(term)) return runPlainStart(lessonId, lang, opts.lessons, tty);
  return runTuiStart(lessonId, lang, opts.lessons, term, opts.measureStartup === true);
}

async function runPlainStart(lessonId: string | undefined, lang: Lang | undefined, lessonsDir: string | undefined, tty: boolean): Promise<number> {
  const lab = await openLab({ lessonsDir, lang, terminal: { interactive: true, tty: process.stdout.isTTY === true } });
  for (const w of lab.warnings) process.stderr.write(`${w}\n`);
  const { PlainLab } = await import('./plain-lab.ts');
  if (lessonId === undefined && tty) {
    const lessons = lab.lessons();
    const { select } = await import('@inquirer/prompts');
    lessonId = await select({
      message: lab.language === 'zh-CN' ? '选择课程' : 'Choose a lesson',
      default: lessons.find((l) => l.done < l.exercises)?.id,
      choices: lessons.map((l) => ({ value: l.id, name: `${l.id}  ${l.title}  (${l.done}/${l.exercises})` })),
    });
  }
  await lab.start(lessonId);
  return new PlainLab(lab, { lang: lab.language, interactive: tty }).run();
}

/**
 * The screen comes first (a loading frame: panes, keys), then the lab loads its lessons and builds
 * the exercise's host, and the lesson fills the screen.
 */
async function runTuiStart(lessonId: string | undefined, lang: Lang | undefined, lessonsDir: string | undefined, term: string, measure: boolean): Promise<number> {
  const [{ createLayout, loadingFrame }, { statusBar }, { messages }] = await Promise.all([import('./layout.ts'), import('./keymap.ts'), import('./messages.ts')]);
  const layout = createLayout({ input: process.stdin, output: process.stdout, terminal: term });
  const m = messages(lang ?? 'en');
  loadingFrame(layout, { lesson: m.lesson, terminal: m.terminal, loading: m.loading, status: statusBar(lang ?? 'en', layout.screen.width, (s) => layout.status.strWidth(s)) });
  // performance.now() counts from the process's start: the whole cold start is in it.
  const loadingAt = performance.now();
  const earlyKeys: [string, KeyEvent][] = [];
  const keep = (ch: string, key: KeyEvent) => earlyKeys.push([ch, key]);
  layout.screen.on('keypress', keep);
  let lab: Lab;
  try {
    lab = await openLab({ lessonsDir, lang, terminal: { interactive: true, tty: true } });
    await lab.start(lessonId);
  } catch (e) {
    layout.screen.destroy();
    throw e;
  }
  const model: LabModel = lab;
  const { runTui } = await import('./run-tui.ts');
  layout.screen.off('keypress', keep);
  const code = await runTui(model, {
    input: process.stdin, output: process.stdout, terminal: term, lang: lab.language, layout, earlyKeys,
    onFirstFrame: measure
      ? (tui) => {
          const lessonAt = performance.now();
          tui.quit(0);
          process.stderr.write(`lab: first frame after ${loadingAt.toFixed(0)} ms; lesson and prompt after ${lessonAt.toFixed(0)} ms\n`);
        }
      : undefined,
  });
  // Said after the screen is given back, where the student can read it.
  for (const w of lab.warnings) process.stderr.write(`${w}\n`);
  return code;
}
