import { afterEach, describe, expect, it } from 'vitest';
import { FakeLab } from './fake-model.ts';
import { KEYS, openTui, type FakeTerminal } from './fake-terminal.ts';

let term: FakeTerminal | undefined;
afterEach(() => {
  term?.tui.quit(0);
  term = undefined;
});

const row = (t: FakeTerminal, n: number) => t.screen().split('\n')[n] ?? '';

describe('the lab TUI screen (fake model)', () => {
  it('draws the lesson, the exercise with its goals, a prompt and the status bar at 80x24', async () => {
    term = await openTui(new FakeLab());
    const s = term.screen();
    expect(s).toContain('Lesson: Fake lesson');
    expect(s).toContain('Exercise 1/2: Run web');
    expect(s).toContain('✗ container web is running');
    expect(s).toContain('there is no container named');
    expect(s).toMatch(/│root@lab:~# +│/);
    expect(row(term, 23)).toMatch(/^F1 hint F2 solve F3 reset F4 undo F5 ◀ F6 ▶ F7 list F8 state F9 中文 F10 quit$/);
  });

  it('shows hints, keeps the solution until an attempt, and switches language', async () => {
    term = await openTui(new FakeLab());
    await term.type(KEYS.f2);
    expect(term.screen()).toContain('The solution opens after');
    await term.type(KEYS.f1);
    expect(term.screen()).toContain('Hint 1: Use docker run -d');
    await term.type(`true${KEYS.enter}${KEYS.f2}`);
    expect(term.screen()).toMatch(/│ Solution: +│/);
    expect(term.screen()).toMatch(/│ +docker run -d --name web +│/);
    await term.type(KEYS.f9);
    const s = term.screen();
    expect(s).toContain('课程: 假课程');
    expect(s).toContain('练习 1/2: Run web');
    expect(term.tui.report?.items[0]?.label).toBe('容器 web 正在运行');
    expect(row(term, 23)).toMatch(/^F1 提示 .*F10 退出$/);
  });

  it('lines Chinese text up: every row is exactly as wide as the screen', async () => {
    term = await openTui(new FakeLab(), { lang: 'zh-CN' });
    await term.type(`echo 你好，容器${KEYS.enter}`);
    const lines = term.screen().split('\n');
    const width = (s: string) => Array.from(s).reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
    for (const l of lines.slice(0, 23)) expect(width(l)).toBe(80);
    expect(term.screen()).toMatch(/│你好，容器 +│/);
  });

  it('opens the lesson list and the state view, and closes them with Esc', async () => {
    const lab = new FakeLab();
    term = await openTui(lab);
    await term.type(`docker run -d --name web busybox sleep 100${KEYS.enter}`);
    await term.type(KEYS.f8);
    expect(term.screen()).toContain('web (running)');
    await term.type(KEYS.esc);
    expect(term.screen()).not.toContain('Lab state');
    await term.type(KEYS.f7);
    expect(term.screen()).toContain('99-fake  Fake lesson');
    await term.type(`${KEYS.down}${KEYS.enter}`);
    expect(term.screen()).not.toContain('Lessons (Enter');
    expect(lab.index).toBe(0);
  });

  it('reflows on resize and quits on F10, giving the screen back', async () => {
    term = await openTui(new FakeLab());
    term.resize(120, 40);
    await term.type('');
    expect(term.screen().split('\n')).toHaveLength(40);
    expect(row(term, 39)).toMatch(/F1 hint F2 solution F3 reset .* F10 quit/);
    await term.type(KEYS.f10);
    expect(await term.tui.exited).toBe(0);
  });

  it('scrolls the lesson pane with the mouse wheel and PageDown, the terminal keeping the keys', async () => {
    const lab = new FakeLab();
    lab.lessonText = () => Array.from({ length: 60 }, (_, i) => `line ${i + 1}`).join('\n\n');
    term = await openTui(lab);
    expect(term.screen()).toMatch(/│ line 1 +│/);
    // SGR mouse reports: button 65 is the wheel turned down, at column 5, row 5.
    await term.type('\x1b[<65;5;5M\x1b[<65;5;5M\x1b[<65;5;5M');
    expect(term.screen()).not.toMatch(/│ line 1 +│/);
    await term.type('\x1b[6~');
    expect(term.screen()).toMatch(/│ line 1[0-9] +│/);
    await term.type('abc');
    expect(term.screen()).toMatch(/│root@lab:~# abc/);
  });
});
