// What each status-bar key does, as a table over the TUI and its model.
import type { LabTui } from './app.ts';
import type { ActionName } from './keymap.ts';
import { messages } from './messages.ts';
import { openLessonList, openStateView } from './overlays.ts';

type Action = (tui: LabTui) => void | Promise<void>;

const BOLD = (s: string) => `\x1b[1m${s}\x1b[22m`;

export const ACTIONS: Record<ActionName, Action> = {
  hint: (tui) => {
    const m = messages(tui.lang);
    const h = tui.model.hint();
    if (h === null) return tui.note(m.noHint);
    tui.hintsShown++;
    tui.note(`${BOLD(`${m.hint(tui.hintsShown)}:`)} ${h}`);
  },
  solution: (tui) => {
    const m = messages(tui.lang);
    if (tui.attempts === 0) return tui.note(m.solutionLocked);
    tui.note([`${BOLD(`${m.solution}:`)}`, ...tui.model.solution().map((l) => `  \x1b[36m${l}\x1b[39m`)].join('\n'));
  },
  reset: async (tui) => {
    await tui.model.resetExercise();
    await tui.exerciseChanged();
    tui.note(messages(tui.lang).reset);
  },
  undo: async (tui) => {
    const m = messages(tui.lang);
    const undone = await tui.model.undo();
    if (!undone) return tui.note(m.nothingToUndo);
    tui.report = await tui.model.check();
    tui.note(m.undone);
  },
  prev: async (tui) => {
    if (tui.model.index === 0) return;
    await tui.model.prev();
    await tui.exerciseChanged();
  },
  next: async (tui) => {
    if (tui.model.index >= tui.model.lesson.exercises.length - 1) return;
    await tui.model.next();
    await tui.exerciseChanged();
  },
  lessons: (tui) => openLessonList(tui),
  state: (tui) => openStateView(tui),
  lang: async (tui) => {
    tui.lang = tui.lang === 'en' ? 'zh-CN' : 'en';
    tui.model.setLang(tui.lang);
    // The goals' labels and details are in the student's language: check again to get them.
    if (!tui.shell.running) tui.report = await tui.model.check();
    tui.redraw();
  },
  quit: (tui) => tui.quit(0),
};
