import { randomInt } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Lang } from '../../checkers/index.ts';
import { keepAside, readJson, writeFileAtomic } from './atomic-file.ts';

export const PROGRESS_FORMAT = 'container-lab-progress';
export const PROGRESS_VERSION = 1;

export interface LessonProgress {
  /** Finished exercise ids, in the order they were finished. */
  done: string[];
  /** Hint rungs shown per exercise id (the ladder continues after a restart). */
  hints: Record<string, number>;
}

export interface Progress {
  format: typeof PROGRESS_FORMAT;
  version: number;
  /** The student's seed: their parameters (ports, names) are drawn from it. */
  seed: number;
  lang: Lang;
  /** The lesson last started. */
  current: string | null;
  lessons: Record<string, LessonProgress>;
}

export function labHome(): string {
  return process.env.LAB_HOME || path.join(os.homedir(), '.container-lab');
}

/** `$LAB_HOME/progress.json`: what the student finished; read once, written atomically on change. */
export class ProgressStore {
  readonly warnings: string[] = [];
  readonly data: Progress;
  readonly file: string;

  constructor(readonly home: string) {
    this.file = path.join(home, 'progress.json');
    this.data = this.load();
  }

  private load(): Progress {
    const read = readJson(this.file);
    if (read.kind === 'none') return fresh();
    const problem = read.kind === 'ok' ? whyNotProgress(read.value) : read.reason;
    if (read.kind === 'ok' && problem === null) return normalise(read.value as Progress);
    const bak = keepAside(this.file);
    this.warnings.push(`lab: ${this.file} could not be used (${problem}); it was kept as ${bak} and your progress starts afresh`);
    return fresh();
  }

  lesson(id: string): LessonProgress {
    return (this.data.lessons[id] ??= { done: [], hints: {} });
  }

  isDone(lessonId: string, exerciseId: string): boolean {
    return this.data.lessons[lessonId]?.done.includes(exerciseId) ?? false;
  }

  markDone(lessonId: string, exerciseId: string): boolean {
    const l = this.lesson(lessonId);
    if (l.done.includes(exerciseId)) return false;
    l.done.push(exerciseId);
    return true;
  }

  save(): void {
    writeFileAtomic(this.file, `${JSON.stringify(this.data, null, 2)}\n`);
  }
}

function fresh(): Progress {
  // The seed only spreads parameters between students; it needs no cryptographic strength, but
  // the model's generator must not be used here (the engine is outside the model).
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, seed: randomInt(1, 2 ** 31 - 1), lang: 'en', current: null, lessons: {} };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Null when `v` is a progress file of ours; else why not (a foreign JSON file is not adopted). */
function whyNotProgress(v: unknown): string | null {
  if (!isRecord(v) || v.format !== PROGRESS_FORMAT) return 'not a container-lab progress file';
  if (v.version !== PROGRESS_VERSION) return `progress format version ${String(v.version)}, this lab reads ${PROGRESS_VERSION}`;
  if (!Number.isInteger(v.seed)) return 'no seed';
  if (!isRecord(v.lessons)) return 'no lessons';
  for (const [id, l] of Object.entries(v.lessons)) {
    if (!isRecord(l) || !Array.isArray(l.done) || !l.done.every((d) => typeof d === 'string')) return `lesson ${id}: damaged`;
  }
  return null;
}

function normalise(p: Progress): Progress {
  for (const l of Object.values(p.lessons)) if (!isRecord(l.hints)) l.hints = {};
  return { ...p, lang: p.lang === 'zh-CN' ? 'zh-CN' : 'en', current: typeof p.current === 'string' ? p.current : null };
}
