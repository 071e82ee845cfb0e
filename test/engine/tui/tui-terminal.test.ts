import { afterEach, describe, expect, it } from 'vitest';
import { FakeLab } from './fake-model.ts';
import { KEYS, openTui, type FakeTerminal } from './fake-terminal.ts';

let term: FakeTerminal | undefined;
afterEach(() => {
  term?.tui.quit(0);
  term = undefined;
});

const row = (t: FakeTerminal, n: number) => t.screen().split('\n')[n] ?? '';

describe('the lab TUI terminal pane (fake model)', () => {
  it('runs a command in the terminal pane, checks after it, and moves on when the goal is met', async () => {
    const lab = new FakeLab();
    term = await openTui(lab);
    await term.type(`echo hello${KEYS.enter}`);
    expect(term.screen()).toMatch(/root@lab:~# echo hello +│\n.*│hello +│\n.*│root@lab:~# +│/);
    expect(term.screen()).toContain('✗ container web is running');
    await term.type(`docker run -d --name web busybox sleep 1000${KEYS.enter}`);
    // The success shows, then the next exercise: a marker in the terminal and its goals.
    expect(lab.index).toBe(1);
    const s = term.screen();
    expect(s).toContain('Exercise 2/2: A file');
    expect(s).toContain('── Exercise 2/2: A file ──');
    expect(s).toContain('✗ file ~/hello.txt exists');
    await term.type(`touch ~/hello.txt${KEYS.enter}`);
    expect(term.screen()).toContain('✔ Exercise complete!');
    expect(term.screen()).toContain('Lesson complete!');
  });

  it('edits the line, recalls history and completes docker words with Tab', async () => {
    const lab = new FakeLab();
    term = await openTui(lab);
    await term.type(`echo wrld${KEYS.left}${KEYS.left}${KEYS.left}o${KEYS.ctrl('e')}!${KEYS.enter}`);
    expect(lab.runs.at(-1)).toBe('echo world!');
    await term.type(`${KEYS.up}${KEYS.ctrl('w')}again${KEYS.enter}`);
    expect(lab.runs.at(-1)).toBe('echo again');
    await term.type(`docker ru${KEYS.tab}--nam${KEYS.tab}web -d busyb${KEYS.tab} sleep 9${KEYS.enter}`);
    expect(lab.runs.at(-1)).toBe('docker run --name web -d busybox sleep 9');
    await term.type(`${KEYS.ctrl('r')}wor${KEYS.enter}`);
    expect(lab.runs.at(-1)).toBe('echo world!');
  });

  it('lists completions on a second Tab and clears the pane with Ctrl-L', async () => {
    term = await openTui(new FakeLab());
    await term.type(`docker ima${KEYS.tab}${KEYS.tab}`);
    expect(term.screen()).toMatch(/image +images/);
    await term.type(KEYS.ctrl('l'));
    expect(term.screen()).not.toMatch(/image +images/);
    expect(term.screen()).toMatch(/│root@lab:~# docker image +│/);
  });

  it('passes typed lines to a program reading the terminal and interrupts with Ctrl-C', async () => {
    const lab = new FakeLab();
    term = await openTui(lab);
    await term.type(`read v; echo "got $v"${KEYS.enter}`);
    expect(term.tui.shell.running).toBe(true);
    await term.type(`abc${KEYS.enter}`);
    expect(term.screen()).toMatch(/│got abc +│/);
    await term.type(`cat${KEYS.enter}`);
    await term.type(KEYS.ctrl('c'));
    expect(term.tui.shell.running).toBe(false);
    expect(term.screen()).toMatch(/│root@lab:~# cat +│\n.*│\^C +│\n.*│root@lab:~# +│/);
  });

  it('enters a container with docker run -it and leaves it with Ctrl-P Ctrl-Q', async () => {
    const lab = new FakeLab();
    term = await openTui(lab);
    await term.type(`docker run -it --name box busybox sh${KEYS.enter}`);
    expect(term.screen()).toMatch(/│\/ # +│/);
    await term.type(`hostname${KEYS.enter}`);
    expect(term.screen()).toMatch(/│[0-9a-f]{12} +│/);
    await term.type(`${KEYS.ctrl('p')}${KEYS.ctrl('q')}`);
    expect(term.tui.shell.running).toBe(false);
    await term.type(`docker ps --format '{{.Names}} {{.Status}}'${KEYS.enter}`);
    expect(term.screen()).toMatch(/│box Up /);
  });
});
