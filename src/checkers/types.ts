import type { LabState } from './state.ts';

/** The student's language: every label and detail exists in both. */
export type Lang = 'en' | 'zh-CN';

/** One command of the current exercise, as the session ran it. */
export interface HistoryEntry {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

/** A quiz question as the `quiz: {}` predicate needs it (the lesson engine's type may carry more). */
export interface QuizQuestion {
  id: string;
  kind?: 'single' | 'multiple';
  answer: string[];
}

/** Everything a check may look at: the lab state, the student's parameters, commands and answers. */
export interface CheckContext {
  state: LabState;
  params: Record<string, string>;
  /** This exercise's commands, oldest first. */
  history: HistoryEntry[];
  /** Quiz answers given with `lab answer`. */
  answers: Record<string, string[]>;
  /** The exercise's quiz (for `quiz: {}`). */
  quiz?: QuizQuestion[];
  lang: Lang;
}

/** A goal (`label`) and, when it is not met, what is there instead (`detail`). */
export interface CheckResult {
  ok: boolean;
  label: string;
  detail?: string;
  children?: CheckResult[];
}

export interface Check {
  evaluate(ctx: CheckContext): Promise<CheckResult>;
}
