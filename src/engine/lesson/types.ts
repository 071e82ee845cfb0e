import type { Check, Lang } from '../../checkers/index.ts';

/** A text in every language the lab speaks; the loader guarantees both are present. */
export type Text = Record<Lang, string>;

export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/** Initial state applied on a fresh host: images pulled, files written, command lines run. */
export interface Setup {
  images: string[];
  /** Path (`~/` = /root) → content. */
  files: Record<string, string>;
  run: string[];
}

/** How a parameter is drawn per student. */
export type ParamSpec = { kind: 'int'; min: number; max: number } | { kind: 'pick'; values: string[] };

export interface WrongAttempt {
  run: string[];
  reason: Text;
  /** Line in exercises.yaml, for validate's report. */
  line: number;
}

export interface QuizOption {
  id: string;
  text: Text;
}

export interface QuizQuestion {
  id: string;
  kind: 'single' | 'multiple';
  prompt: Text;
  options: QuizOption[];
  answer: string[];
}

export interface Exercise {
  id: string;
  title: Text;
  task: Text;
  params: Record<string, ParamSpec>;
  setup: Setup;
  /** The compiled goal; `checkSource` is the YAML value it came from (for docs and reports). */
  check: Check;
  checkSource: unknown;
  solution: string[];
  wrong: WrongAttempt[];
  hints: Text[];
  quiz: QuizQuestion[];
  line: number;
}

export type HostFlavour = 'ubuntu' | 'centos7';

export interface Lesson {
  id: string;
  dir: string;
  title: Text;
  host: HostFlavour;
  setup: Setup;
  exercises: Exercise[];
  /** The teaching text (markdown) per language. */
  text: Text;
}
