import { describe, expect, it } from 'vitest';
import { check, labAfter, pass } from '../evaluate.ts';

describe('logs predicate', () => {
  it('counts what a background loop logged as virtual time passes', async () => {
    const s = await labAfter(["docker run -d --name talk busybox sh -c 'while true; do echo hello; sleep 2; done'"]);
    const once = await check(s, 'logs: { container: talk, contains: hello, atLeast: 3 }');
    expect(once.en).toMatchObject({ ok: false, label: 'the logs of container talk contain "hello" at least 3 times', detail: 'found 1 time; last log line: "hello"' });
    expect(once.zh).toMatchObject({ label: '容器 talk 的日志包含 "hello" 至少 3 次', detail: '只找到 1 次；最后一行日志："hello"' });
    await pass(s, 5);
    expect((await check(s, 'logs: { container: talk, contains: hello, atLeast: 3 }')).en.ok).toBe(true);
  });

  it('by stream', async () => {
    const s = await labAfter(["docker run --name err busybox sh -c 'echo out; echo oops >&2'"]);
    expect((await check(s, 'logs: { container: err, contains: oops, stream: stderr }')).en.ok).toBe(true);
    const r = await check(s, 'logs: { container: err, contains: oops, stream: stdout }');
    expect(r.en.detail).toBe('not found; last log line: "out"');
    const none = await labAfter(['docker create --name quiet busybox']);
    expect((await check(none, 'logs: { container: quiet, contains: x }')).zh.detail).toBe('还没有任何日志');
  });
});
