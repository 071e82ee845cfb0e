import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

const B = 'DOCKER_BUILDKIT=0 docker build';
const run = async (lines: string[]) => runAll(newSession(), lines);
/** Build output with ids masked (they are content- or random-derived). */
const masked = (s: string) => s.replace(/\b[0-9a-f]{12}\b/g, 'ID').replace(/\r/g, '');

describe('docker build (legacy builder)', () => {
  test('steps, intermediate containers, then the cache on a rebuild', async () => {
    const r = await run([`printf 'FROM busybox\\nRUN echo hi > /hi\\nCMD ["cat","/hi"]\\n' > Dockerfile`, `${B} -t b1 .`, 'docker run --rm b1', `${B} -t b1 .`]);
    expect(masked(r[1]!.stdout)).toBe(
      'Sending build context to Docker daemon  2.048kB\nStep 1/3 : FROM busybox\n ---> ID\nStep 2/3 : RUN echo hi > /hi\n ---> Running in ID\n' +
        'Removing intermediate container ID\n ---> ID\nStep 3/3 : CMD ["cat","/hi"]\n ---> Running in ID\nRemoving intermediate container ID\n ---> ID\n' +
        'Successfully built ID\nSuccessfully tagged b1:latest\n',
    );
    expect(r[1]!.stderr).toMatch(/^DEPRECATED: The legacy builder is deprecated/);
    expect(r[2]!.stdout).toBe('hi\n');
    expect(masked(r[3]!.stdout)).toContain('Step 2/3 : RUN echo hi > /hi\n ---> Using cache\n ---> ID\nStep 3/3 : CMD ["cat","/hi"]\n ---> Using cache\n');
  });

  test('history rows as the engine writes them (nop comments, build args, COPY hashes)', async () => {
    const r = await run([
      'echo a > a.txt',
      `printf 'FROM busybox\\nARG A=b\\nENV E=1\\nRUN echo $A > /a\\nCOPY a.txt /a.txt\\nWORKDIR /w\\nCMD ["cat","/a"]\\n' > Dockerfile`,
      `${B} -q -t h . > /dev/null`,
      "docker history --no-trunc --format '{{.CreatedBy}}' h | head -6",
      'docker run --rm h',
    ]);
    expect(r[3]!.stdout.replace(/[0-9a-f]{64}/, 'H')).toBe(
      '/bin/sh -c #(nop)  CMD ["cat" "/a"]\n/bin/sh -c #(nop) WORKDIR /w\n/bin/sh -c #(nop) COPY file:H in /a.txt \n|1 A=b /bin/sh -c echo $A > /a\n' +
        '/bin/sh -c #(nop)  ENV E=1\n/bin/sh -c #(nop)  ARG A=b\n',
    );
    expect(r[4]!.stdout).toBe('b\n');
  });

  test('parse errors with line numbers, before any step', async () => {
    const r = await run([
      `printf 'FROM busybox\\nBOGUS x\\n' > Dockerfile`, `${B} .`,
      `printf 'RUN echo\\n' > Dockerfile`, `${B} .`,
      `printf '' > Dockerfile`, `${B} .`,
      `printf 'FROM busybox\\nCOPY --nope=1 a /\\n' > Dockerfile`, `${B} .`,
    ]);
    expect(r[1]!.stderr).toContain('Error response from daemon: dockerfile parse error line 2: unknown instruction: BOGUS\n');
    expect(r[1]!.stdout).not.toContain('Step');
    expect(r[1]!.exit).toBe(1);
    expect(r[3]!.stderr).toContain('Error response from daemon: no build stage in current context\n');
    expect(r[5]!.stderr).toContain('Error response from daemon: the Dockerfile (Dockerfile) cannot be empty\n');
    expect(r[7]!.stderr).toContain('dockerfile parse error line 2: Unknown flag: nope\n');
  });

  test('a failing RUN: its output, the message and its exit code', async () => {
    const r = await run([`printf 'FROM busybox\\nRUN echo before && exit 3\\n' > Dockerfile`, `${B} -t failing .`, "docker images failing -q | wc -l"]);
    expect(r[1]!.stdout).toContain('before\n');
    expect(r[1]!.stderr).toContain("The command '/bin/sh -c echo before && exit 3' returned a non-zero code: 3\n");
    expect(r[1]!.exit).toBe(3);
    expect(r[2]!.stdout.trim()).toBe('0');
  });

  test('.dockerignore hides files from COPY', async () => {
    const r = await run([
      'echo s > secret.txt; echo k > keep.txt; mkdir logs; echo l > logs/a.log; echo x > logs/keep.log',
      `printf 'secret.txt\\nlogs/*.log\\n!logs/keep.log\\n' > .dockerignore`,
      `printf 'FROM busybox\\nCOPY . /ctx\\nRUN find /ctx | sort\\n' > Dockerfile`,
      `${B} -t ign . | grep '^/ctx'`,
      `printf 'FROM busybox\\nCOPY secret.txt /\\n' > Dockerfile`, `${B} .`,
    ]);
    expect(r[3]!.stdout).toBe('/ctx\n/ctx/.dockerignore\n/ctx/Dockerfile\n/ctx/keep.txt\n/ctx/logs\n/ctx/logs/keep.log\n');
    expect(r[5]!.stderr).toContain('COPY failed: file not found in build context or excluded by .dockerignore: stat secret.txt: file does not exist\n');
  });

  test('multi-stage with COPY --from and --target; unknown target', async () => {
    const r = await run([
      `printf 'FROM busybox AS builder\\nRUN echo art > /out\\nFROM busybox\\nCOPY --from=builder /out /artifact\\nCMD ["cat","/artifact"]\\n' > Dockerfile`,
      `${B} -q -t ms . > /dev/null`, 'docker run --rm ms', `${B} -q --target builder -t msb . > /dev/null`, 'docker run --rm msb cat /out', `${B} --target nosuch .`,
    ]);
    expect(r[2]!.stdout).toBe('art\n');
    expect(r[4]!.stdout).toBe('art\n');
    expect(r[5]!.stderr).toContain('Error response from daemon: failed to reach build target nosuch in Dockerfile\n');
  });

  test('ARG, --build-arg and the unused-args warning', async () => {
    const r = await run([
      `printf 'FROM busybox\\nARG V=1\\nENV APP=$V\\nRUN echo built-$V > /v\\n' > Dockerfile`,
      `${B} -q --build-arg V=2 -t a2 . > /dev/null`, "docker run --rm a2 sh -c 'cat /v; echo $APP'", `${B} --build-arg UNUSED=x -t a3 . | grep Warning`,
    ]);
    expect(r[2]!.stdout).toBe('built-2\n2\n');
    expect(r[3]!.stdout).toBe('[Warning] One or more build-args [UNUSED] were not consumed\n');
  });

  test('ADD extracts a local tar; -f, several tags, Dockerfile on stdin', async () => {
    const r = await run([
      'mkdir t && echo one > t/one && tar cf files.tar -C t one', `printf 'FROM busybox\\nADD files.tar /x/\\n' > other.Dockerfile`,
      `${B} -q -f other.Dockerfile -t m:1 -t m:2 . > /dev/null`, 'docker run --rm m:2 cat /x/one', "docker images m --format '{{.Tag}}' | sort",
      `printf 'FROM busybox\\nCMD ["echo","stdin"]\\n' | ${B} -q -t s - | cut -c1-7`, 'docker run --rm s',
    ]);
    expect(r[3]!.stdout).toBe('one\n');
    expect(r[4]!.stdout).toBe('1\n2\n');
    expect(r[5]!.stdout).toBe('sha256:\n');
    expect(r[6]!.stdout).toBe('stdin\n');
  });
});
