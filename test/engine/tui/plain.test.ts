// `lab start --plain` through the built CLI: the lesson, its checks and the `:` commands in a
// line-by-line terminal (here a pipe, which also selects the plain mode without --plain).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const LAB = join(import.meta.dirname, '..', '..', '..', 'bin', 'lab.mjs');
const LESSONS = join(import.meta.dirname, 'fixtures', 'lessons');
const home = mkdtempSync(join(tmpdir(), 'lab-plain-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const start = (input: string, ...args: string[]) =>
  spawnSync(process.execPath, [LAB, 'start', '90', '--lessons', LESSONS, ...args], { input, env: { ...process.env, LAB_HOME: home, TERM: 'xterm-256color' }, encoding: 'utf8' });

describe('lab start without a terminal', () => {
  it('shows the lesson and the goals, checks each command, and moves on after a success', () => {
    const r = start(':solution\ndocker run --name web busybox true\n:state\n:hint\n:solution\ndocker rm web\ndocker run -d --name web busybox sleep 1000\necho hi > ~/hello.txt\n', '--lang', 'en');
    expect(r.status).toBe(0);
    const out = r.stdout;
    expect(out).toContain('== Lesson: TUI fixture ==');
    expect(out).toContain('── Exercise 1/2: A web container ──');
    expect(out).toContain('✗ container web is running');
    expect(out).toContain('The solution opens after your first attempt');
    expect(out).toContain('Hint 1: Detach with -d.');
    expect(out).toContain('Solution:\n  docker run -d --name web busybox sleep 1000\n');
    expect(out).toContain('✔ Exercise complete!');
    expect(out).toContain('── Exercise 2/2: A file ──');
    expect(out).toMatch(/Containers:\n {2}web/);
    expect(out).toContain('Lesson complete!');
    // No colour codes into a pipe.
    expect(out).not.toContain('\x1b[');
  });

  it('speaks Chinese with --lang zh-CN', () => {
    const r = start(':lang\n', '--lang', 'zh-CN');
    expect(r.stdout).toContain('== 课程: 界面测试课 ==');
  });
});
