// The TUI over the real lesson engine (Lab) with a fixture lesson: the contract holds end to end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Lab } from '../../../src/engine/lab.ts';
import type { LabModel } from '../../../src/engine/tui/model.ts';
import { KEYS, openTui, type FakeTerminal } from './fake-terminal.ts';

const LESSONS = join(import.meta.dirname, 'fixtures', 'lessons');
let term: FakeTerminal | undefined;
let home = '';
afterEach(() => {
  term?.tui.quit(0);
  term = undefined;
  rmSync(home, { recursive: true, force: true });
});

async function openLab(): Promise<Lab> {
  home = mkdtempSync(join(tmpdir(), 'lab-tui-'));
  const lab = await Lab.open({ home, lessonsDir: LESSONS, lang: 'en', terminal: { interactive: true, tty: true } });
  await lab.start('90');
  return lab;
}

describe('the lab TUI on the real Lab', () => {
  it('checks after each command, shows the success and moves to the next exercise', async () => {
    const lab = await openLab();
    const model: LabModel = lab;
    term = await openTui(model, { columns: 100, rows: 30 });
    expect(term.screen()).toContain('Lesson: TUI fixture');
    expect(term.screen()).toContain('Exercise 1/2: A web container');
    expect(term.screen()).toMatch(/✗ container web/);
    await term.type(`docker run --name web busybox true${KEYS.enter}`);
    expect(term.screen()).toMatch(/✗ container web/);
    await term.type(`docker rm web${KEYS.enter}docker run -d --name web busybox sleep 1000${KEYS.enter}`);
    expect(term.screen()).toContain('✔ Exercise complete!');
    expect(lab.index).toBe(1);
    expect(term.screen()).toContain('Exercise 2/2: A file');
    // F4 undoes the last command's effect on the lab (the host's snapshot before it).
    await term.type(`echo ho > ~/hello.txt${KEYS.enter}${KEYS.f4}`);
    expect(term.screen()).toContain("The last command's effect was undone.");
    await term.type(`cat ~/hello.txt${KEYS.enter}`);
    expect(term.screen()).toContain('cat: /root/hello.txt: No such file or directory');
    await term.type(`echo hi > ~/hello.txt${KEYS.enter}`);
    expect(term.screen()).toContain('Lesson complete!');
    expect(lab.lessons().find((l) => l.id === '90-tui-fixture')?.done).toBe(2);
  });

  it('gives hints and the lab meta commands, and speaks Chinese after F9', async () => {
    const lab = await openLab();
    term = await openTui(lab, { columns: 100, rows: 30 });
    await term.type(KEYS.f1);
    expect(term.screen()).toContain('Hint 1: Detach with -d.');
    await term.type(`lab check${KEYS.enter}`);
    expect(term.screen()).toMatch(/│✗ container web/);
    await term.type(KEYS.f9);
    expect(term.screen()).toContain('课程: 界面测试课');
    expect(term.screen()).toContain('练习 1/2: 一个 web 容器');
  });
});
