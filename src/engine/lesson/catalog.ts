import * as path from 'node:path';
import { lessonDirs, loadLesson } from './load.ts';
import type { Lesson } from './types.ts';

/**
 * The lessons of a folder, parsed on first use: starting one lesson in the TUI parses only that
 * lesson (YAML parsing is most of a lesson's load time), the lesson list parses them all.
 */
export class LessonCatalog {
  /** Problems of the lessons loaded so far, as `file:line: message`. */
  readonly problems: string[] = [];
  private readonly dirs: Map<string, string>;
  private readonly loaded = new Map<string, Lesson | null>();

  constructor(root: string) {
    this.dirs = new Map(lessonDirs(root).map((d) => [path.basename(d), d]));
  }

  /** Lesson ids (folder names) in order, without parsing anything. */
  ids(): string[] {
    return [...this.dirs.keys()];
  }

  /** The lesson, or null if it does not load (its errors are then in `problems`). */
  get(id: string): Lesson | null {
    if (!this.loaded.has(id)) {
      const dir = this.dirs.get(id);
      const r = dir ? loadLesson(dir) : { lesson: null, errors: [] };
      this.problems.push(...r.errors);
      this.loaded.set(id, r.lesson);
    }
    return this.loaded.get(id) ?? null;
  }

  /** Every lesson that loads. */
  all(): Lesson[] {
    return this.ids().flatMap((id) => this.get(id) ?? []);
  }
}
