// What the TUI and the plain REPL need from the lab: the subset of `Lab` (src/engine/lab.ts, see
// scratch/lab-contract.md) they call, declared here so the view can be built and tested against a
// fake model. `Lab` satisfies it structurally; nothing here imports the engine.
import type { Host } from '../../runtime/host.ts';
import type { CommandResult, ShellSession } from '../../runtime/session.ts';

export type Lang = 'en' | 'zh-CN';

/** One goal of the exercise: ticked when ok, else `detail` says what is there instead. */
export interface CheckItem {
  ok: boolean;
  label: string;
  detail?: string;
  children?: CheckItem[];
}

export interface CheckReport {
  done: boolean;
  items: CheckItem[];
}

/** How the terminal is wired while one command runs: live output and typed input. */
export interface RunIo {
  sink?: { out: (s: string) => void; err: (s: string) => void };
  liveInput?: () => Promise<string | null>;
  interactive?: boolean;
  tty?: boolean;
}

export interface LessonEntry {
  id: string;
  title: string;
  exercises: number;
  done: number;
}

/** A quiz question as far as the view needs it (the lesson format's `quiz` items). */
export interface QuizQuestionView {
  id: string;
  kind: 'single' | 'multiple';
  prompt: Record<string, string>;
  options: { id: string; text: Record<string, string> }[];
}

/** The loaded lesson as far as the view reads it; `Lesson` in the engine has more. */
export interface LessonView {
  id: string;
  title: Record<string, string> | string;
  exercises: { id: string; title: Record<string, string> | string; quiz?: QuizQuestionView[] }[];
}

export interface LabModel {
  lessons(): LessonEntry[];
  start(lessonId?: string): Promise<void>;
  readonly lesson: LessonView;
  readonly index: number;
  lessonText(): string;
  taskText(): string;
  run(line: string, io?: RunIo): Promise<{ result: CommandResult; report: CheckReport }>;
  check(): Promise<CheckReport>;
  hint(): string | null;
  solution(): string[];
  next(): Promise<void>;
  prev(): Promise<void>;
  goto(i: number): Promise<void>;
  resetExercise(): Promise<void>;
  undo(): Promise<boolean>;
  setLang(l: Lang): void;
  summary(): { containers: string[]; images: string[]; volumes: string[]; networks: string[] };
  readonly session: ShellSession;
  readonly host: Host;
  interrupt(): void;
}

/** A title in the student's language (lesson data keeps both; English when one is missing). */
export function localized(text: Record<string, string> | string, lang: Lang): string {
  return typeof text === 'string' ? text : (text[lang] ?? text.en ?? Object.values(text)[0] ?? '');
}
