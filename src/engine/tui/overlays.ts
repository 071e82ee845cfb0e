// Windows over the panes: the lesson list (choose a lesson) and the state view (what is in the lab).
import type { LabTui } from './app.ts';
import { messages } from './messages.ts';

const FRAME = { border: { fg: 'magenta' }, label: { fg: 'magenta', bold: true }, selected: { bg: 'magenta', fg: 'white' } };

function close(tui: LabTui): void {
  tui.overlay?.el.destroy();
  tui.overlay = null;
  tui.drawTerminal();
}

export function openLessonList(tui: LabTui): void {
  const { blessed: b, screen } = tui.layout;
  const m = messages(tui.lang);
  const lessons = tui.model.lessons();
  const list = b.list({
    parent: screen, top: 'center', left: 'center', width: '70%', height: Math.min(lessons.length + 2, screen.height - 2),
    border: { type: 'line' }, label: ` ${m.lessons} `, style: FRAME,
    items: lessons.map((l) => `${l.done === l.exercises ? '✓' : ' '} ${l.id}  ${l.title}  (${l.done}/${l.exercises})`),
  });
  const current = lessons.findIndex((l) => l.id === tui.model.lesson.id);
  list.select(Math.max(0, current));
  tui.overlay = {
    el: list,
    key: (_ch, key) => {
      if (key.name === 'up' || key.name === 'k') list.up(1);
      else if (key.name === 'down' || key.name === 'j') list.down(1);
      else if (key.name === 'escape' || key.name === 'q' || key.name === 'f7') close(tui);
      else if (key.name === 'enter') {
        const chosen = lessons[list.selected];
        close(tui);
        if (chosen) {
          tui.track(tui.model.start(chosen.id).then(() => tui.exerciseChanged()).catch((e: unknown) => tui.note(`lab: ${(e as Error).message}`)));
        }
        return;
      }
      screen.render();
    },
  };
  tui.drawTerminal();
}

export function openStateView(tui: LabTui): void {
  const { blessed: b, screen } = tui.layout;
  const m = messages(tui.lang);
  const s = tui.model.summary();
  const section = (title: string, items: string[]) => [`\x1b[1m${title}\x1b[22m`, ...(items.length ? items.map((i) => `  ${i}`) : [`  ${m.none}`]), ''];
  const lines = [
    ...section(m.containers, s.containers), ...section(m.images, s.images),
    ...section(m.volumes, s.volumes), ...section(m.networks, s.networks),
  ];
  const box = b.box({
    parent: screen, top: 'center', left: 'center', width: '80%', height: Math.min(lines.length + 2, screen.height - 2),
    border: { type: 'line' }, label: ` ${m.state} `, style: FRAME, content: lines.join('\n'),
    scrollable: true, alwaysScroll: true, mouse: true, padding: { left: 1, right: 1 },
  });
  tui.overlay = {
    el: box,
    key: (_ch, key) => {
      if (key.name === 'up' || key.name === 'down') {
        box.scroll(key.name === 'up' ? -1 : 1);
        screen.render();
      } else close(tui);
    },
  };
  tui.drawTerminal();
}
