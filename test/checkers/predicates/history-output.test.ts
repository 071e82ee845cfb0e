import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/checkers/index.ts';
import { newSession } from '../../helpers.ts';
import { check } from '../evaluate.ts';

/** Runs lines as the student would and keeps them as the lesson engine's history does. */
async function typed(lines: string[]) {
  const s = newSession();
  const history: HistoryEntry[] = [];
  for (const l of lines) history.push(await s.run(Buffer.from(l, 'utf8').toString('latin1')));
  return { s, history };
}

describe('history predicate', () => {
  it('a typed line matches, or none does', async () => {
    const { s, history } = await typed(['docker --help > /dev/null', 'docker ps']);
    expect((await check(s, 'history: { matches: "docker (.* )?--help" }', { history })).en).toEqual({ ok: true, label: 'you ran a command matching /docker (.* )?--help/' });
    const r = await check(s, 'history: { matches: "docker run" }', { history });
    expect(r.en.detail).toBe('no command matched; the last one was: docker ps');
    expect(r.zh.detail).toBe('没有匹配的命令；最后一条是：docker ps');
    expect((await check(s, 'history: { matches: "docker run" }')).en.detail).toBe('no command was run in this exercise yet');
  });

  it('absent', async () => {
    const { s, history } = await typed(['docker rm -f web || true']);
    expect((await check(s, 'history: { matches: "rm -f", absent: true }', { history })).en).toMatchObject({ ok: false, label: 'you did not run a command matching /rm -f/', detail: 'you ran: docker rm -f web || true' });
    expect((await check(s, 'history: { matches: "kill", absent: true }', { history })).zh).toEqual({ ok: true, label: '没有执行过匹配 /kill/ 的命令' });
  });
});

describe('output predicate', () => {
  it('the last command printed a text, in any language', async () => {
    const { s, history } = await typed(['echo 你好，世界', 'docker version --format "{{.Client.Version}}"']);
    const r = await check(s, 'output: { contains: "no-such-text" }', { history });
    expect(r.en).toMatchObject({ ok: false, label: 'the last command\'s output contains "no-such-text"' });
    const first = await check(s, 'output: { contains: 你好 }', { history: history.slice(0, 1) });
    expect(first.zh).toEqual({ ok: true, label: '最后一条命令的输出包含 "你好"' });
    const miss = await check(s, 'output: { contains: 再见 }', { history: history.slice(0, 1) });
    expect(miss.en.detail).toBe('echo 你好，世界 printed "你好，世界"');
  });

  it('by stream', async () => {
    const { s, history } = await typed(['ls /nope']);
    expect((await check(s, 'output: { contains: No such file, stream: stderr }', { history })).en.ok).toBe(true);
    expect((await check(s, 'output: { contains: No such file, stream: stdout }', { history })).en.detail).toBe('ls /nope printed nothing');
  });
});
