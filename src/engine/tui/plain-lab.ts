// `lab start --plain` (and any start whose output is not a terminal): the lesson and its checks in
// the readline REPL. The status bar's keys become `:` commands; quizzes and the lesson choice use
// @inquirer/prompts when the input is a terminal.
import { replLoop, type ReplTarget } from '../../cli/repl.ts';
import { checklistLines } from './checklist.ts';
import { loadMarkdown, sourceMarkdown, type MarkdownRenderer } from './markdown.ts';
import { messages } from './messages.ts';
import { localized, type CheckReport, type LabModel, type Lang } from './model.ts';

const COMMANDS = ['hint', 'solution', 'reset', 'undo', 'prev', 'next', 'lessons', 'state', 'lang', 'quiz', 'quit', 'help'] as const;

const HELP: Record<Lang, string> = {
  en: 'Lab commands: :hint :solution :reset :undo :prev :next :lessons :state :lang :quiz :quit (plus `lab hint`, `lab check`, `lab answer q1=a`).\n',
  'zh-CN': '实验命令：:hint 提示 :solution 答案 :reset 重置 :undo 撤销 :prev 上一题 :next 下一题 :lessons 课程 :state 状态 :lang 语言 :quiz 测验 :quit 退出\n',
};

export interface PlainOptions {
  lang: Lang;
  /** Colours and @inquirer prompts: only on a terminal. */
  interactive: boolean;
  out?: (s: string) => void;
}

export class PlainLab {
  private markdown: MarkdownRenderer = sourceMarkdown;
  private attempts = 0;
  private hints = 0;
  /** Runs an @inquirer prompt; replLoop replaces it with one that lets go of its readline first. */
  private suspend: (<T>(fn: () => Promise<T>) => Promise<T>) | null;
  lang: Lang;

  constructor(
    private readonly model: LabModel,
    private readonly options: PlainOptions,
  ) {
    this.lang = options.lang;
    this.suspend = options.interactive ? (fn) => fn() : null;
  }

  private write(s: string): void {
    (this.options.out ?? ((t: string) => process.stdout.write(t)))(s);
  }

  private plain(s: string): string {
    // Without a terminal, no colour codes in what may be a file or a pipe.
    return this.options.interactive ? s : s.replace(/\x1b\[[0-9;]*m/g, '');
  }

  async run(): Promise<number> {
    if (this.options.interactive) this.markdown = await loadMarkdown();
    this.showLesson();
    await this.showExercise();
    const target: ReplTarget = {
      host: () => this.model.host,
      session: () => this.model.session,
      run: async (cmd, io) => {
        const { result, report } = await this.model.run(cmd, { ...io, interactive: true });
        await this.afterCommand(report);
        return result;
      },
      command: (line) => this.command(line),
      setSuspender: (s) => (this.suspend = s),
    };
    return replLoop(target, this.plain(`\x1b[2m${HELP[this.lang]}\x1b[22m`));
  }

  showLesson(): void {
    const title = localized(this.model.lesson.title, this.lang);
    this.write(this.plain(`\x1b[1m== ${messages(this.lang).lesson}: ${title} ==\x1b[22m\n\n${this.markdown(this.model.lessonText(), 80)}\n`));
  }

  async showExercise(): Promise<void> {
    const m = messages(this.lang);
    const ex = this.model.lesson.exercises[this.model.index];
    const n = this.model.lesson.exercises.length;
    this.attempts = 0;
    this.hints = 0;
    this.write(this.plain(`\x1b[1;33m── ${m.exercise(this.model.index + 1, n)}: ${ex ? localized(ex.title, this.lang) : ''} ──\x1b[0m\n`));
    this.write(`${this.markdown(this.model.taskText(), 80).replace(/\n+$/, '')}\n\n`);
    this.showReport(await this.model.check());
    if (ex?.quiz?.length && this.suspend) await this.askQuiz();
  }

  private showReport(report: CheckReport): void {
    this.write(`${checklistLines(report, { colour: this.options.interactive }).join('\n')}\n`);
  }

  private async afterCommand(report: CheckReport): Promise<void> {
    this.attempts++;
    this.showReport(report);
    if (!report.done) return;
    const m = messages(this.lang);
    const last = this.model.index >= this.model.lesson.exercises.length - 1;
    this.write(this.plain(`\x1b[1;32m${m.success}\x1b[0m ${last ? m.lessonDone.replace('F7', ':lessons') : ''}\n`));
    if (last) return;
    const before = this.model.index;
    if (this.model.index === before) await this.model.next();
    await this.showExercise();
  }

  /** The `:` commands; anything else goes to the shell. */
  private async command(line: string): Promise<boolean | 'quit'> {
    const name = /^:([a-z]+)$/.exec(line)?.[1];
    if (!name || !(COMMANDS as readonly string[]).includes(name)) return false;
    const m = messages(this.lang);
    switch (name as (typeof COMMANDS)[number]) {
      case 'hint': {
        const h = this.model.hint();
        this.write(`${h === null ? m.noHint : `${m.hint(++this.hints)}: ${h}`}\n`);
        break;
      }
      case 'solution':
        this.write(this.attempts === 0 ? `${m.solutionLocked}\n` : `${m.solution}:\n${this.model.solution().map((l) => `  ${l}\n`).join('')}`);
        break;
      case 'reset':
        await this.model.resetExercise();
        this.write(`${m.reset}\n`);
        await this.showExercise();
        break;
      case 'undo':
        this.write(`${(await this.model.undo()) ? m.undone : m.nothingToUndo}\n`);
        this.showReport(await this.model.check());
        break;
      case 'prev':
      case 'next':
        await (name === 'prev' ? this.model.prev() : this.model.next());
        await this.showExercise();
        break;
      case 'lessons':
        await this.chooseLesson();
        break;
      case 'state':
        this.showState();
        break;
      case 'lang':
        this.lang = this.lang === 'en' ? 'zh-CN' : 'en';
        this.model.setLang(this.lang);
        await this.showExercise();
        break;
      case 'quiz':
        await this.askQuiz();
        break;
      case 'quit':
        return 'quit';
      case 'help':
        this.write(HELP[this.lang]);
    }
    return true;
  }

  private showState(): void {
    const m = messages(this.lang);
    const s = this.model.summary();
    const part = (t: string, xs: string[]) => `${t}:\n${xs.length ? xs.map((x) => `  ${x}\n`).join('') : `  ${m.none}\n`}`;
    this.write(part(m.containers, s.containers) + part(m.images, s.images) + part(m.volumes, s.volumes) + part(m.networks, s.networks));
  }

  /** Lesson choice with an @inquirer select (a list printed when there is no terminal). */
  async chooseLesson(): Promise<void> {
    const lessons = this.model.lessons();
    if (!this.options.interactive || !this.suspend) {
      this.write(lessons.map((l) => `${l.id}  ${l.title}  (${l.done}/${l.exercises})\n`).join(''));
      return;
    }
    const { select } = await import('@inquirer/prompts');
    const id = await this.suspend(() =>
      select({ message: messages(this.lang).lessons, default: this.model.lesson.id, choices: lessons.map((l) => ({ value: l.id, name: `${l.id}  ${l.title}  (${l.done}/${l.exercises})` })) }),
    );
    await this.model.start(id);
    this.showLesson();
    await this.showExercise();
  }

  /** Each question with @inquirer (select / checkbox); the answers go in as a `lab answer` line. */
  async askQuiz(): Promise<void> {
    const quiz = this.model.lesson.exercises[this.model.index]?.quiz ?? [];
    if (quiz.length === 0 || !this.suspend) return;
    const { select, checkbox } = await import('@inquirer/prompts');
    const answers: string[] = [];
    for (const q of quiz) {
      const message = `${q.id}. ${localized(q.prompt, this.lang)}`;
      const choices = q.options.map((o) => ({ value: o.id, name: localized(o.text, this.lang) }));
      const got = await this.suspend(() => (q.kind === 'single' ? select({ message, choices }).then((v) => [v]) : checkbox({ message, choices })));
      answers.push(`${q.id}=${got.join(',')}`);
    }
    const line = `lab answer ${answers.join(' ')}`;
    this.write(`${line}\n`);
    const { result, report } = await this.model.run(line, { interactive: true });
    this.write(result.stdout + result.stderr);
    await this.afterCommand(report);
  }
}
