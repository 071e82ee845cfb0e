import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CheckSyntaxError, compileChecks, predicateNames } from '../../src/checkers/index.ts';
import { check, labAfter } from './evaluate.ts';

/** The error a lesson's check gets at load time. */
function errorOf(yamlText: string): CheckSyntaxError {
  try {
    compileChecks(parse(yamlText), 'check');
  } catch (e) {
    if (e instanceof CheckSyntaxError) return e;
    throw e;
  }
  throw new Error('compiled without error');
}

describe('compiling checks', () => {
  it('names the field and the values allowed', () => {
    const e = errorOf('[ { file: { path: /x } }, { image: { ref: a } }, { container: { name: web, state: up } } ]');
    expect(e.path).toBe('check[2].container.state');
    expect(e.message).toBe('check[2].container.state: expected one of running, exited, paused, created, restarting, got string "up"');
    expect(e.reason).toBe('expected one of running, exited, paused, created, restarting, got string "up"');
  });

  it('unknown predicates and fields', () => {
    expect(errorOf('[ { contaner: { name: web } } ]').message).toBe(`check[0].contaner: unknown predicate "contaner" (predicates: ${predicateNames().join(', ')})`);
    expect(errorOf('[ { container: { name: web, stat: running } } ]').message).toMatch(/^check\[0\]\.container\.stat: unknown field "stat" \(fields: name, exists, state, /);
    expect(errorOf('[ { process: { command: x, namespace: { kind: uts, differs: true } } } ]').path).toBe('check[0].process.namespace.differs');
  });

  it('types, required fields, shapes', () => {
    expect(errorOf('[ { port: { container: web } } ]').message).toBe('check[0].port: missing required field "port"');
    expect(errorOf('[ { port: { container: web, port: 80, host: lots } } ]').message).toBe('check[0].port.host: expected an integer or one of random, got string "lots"');
    expect(errorOf('[ { logs: { container: web, contains: x, atLeast: 0 } } ]').message).toBe('check[0].logs.atLeast: expected an integer >= 1, got 0');
    expect(errorOf('[ { container: { name: web }, image: { ref: x } } ]').message).toBe('check[0]: one predicate per item, got container, image');
    expect(errorOf('[ { container: { name: web, exists: false, state: running } } ]').message).toBe('check[0].container: exists: false cannot be combined with other fields');
    expect(errorOf('[ { file: { path: relative.txt } } ]').message).toBe('check[0].file.path: expected an absolute path (or ~/...), got "relative.txt"');
    expect(errorOf('[ { history: { matches: "(" } } ]').message).toMatch(/^check\[0\]\.history\.matches: invalid regular expression: /);
    expect(errorOf('[ { container: { name: web, memory: lots } } ]').path).toBe('check[0].container.memory');
    expect(errorOf('[]').message).toBe('check: expected at least one check item');
    expect(errorOf('[ { all: [] } ]').message).toBe('check[0].all: expected a non-empty list of check items');
    expect(errorOf('[ { not: { nope: {} } } ]').path).toBe('check[0].not.nope');
    expect(errorOf('[ { file: { path: /x, equals: { containerPid: a, imageId: b } } } ]').message).toBe('check[0].file.equals: expected exactly one of containerPid, imageId');
  });

  it('{{param}} is substituted per student and typed after substitution', async () => {
    const s = await labAfter(['docker run -d --name shop -p 8123:80 busybox sleep 100']);
    const item = '[ { container: { name: "{{name}}", state: running } }, { port: { container: "{{name}}", port: 80/tcp, host: "{{port}}" } } ]';
    expect((await check(s, item, { params: { name: 'shop', port: '8123' } })).en.ok).toBe(true);
    const wrong = await check(s, item, { params: { name: 'shop', port: 'x' } });
    expect(wrong.en.children?.[1]).toEqual({ ok: false, label: 'invalid check', detail: 'check[1].port.host: expected an integer or one of random, got string "x"' });
    const unknown = await check(s, item, { params: { name: 'shop' } });
    expect(unknown.zh.children?.[1]).toEqual({ ok: false, label: '检查项有误', detail: 'check[1].port.host: unknown parameter {{port}} (parameters: name)' });
  });
});
