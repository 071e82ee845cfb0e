import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

const run = async (lines: string[]) => runAll(newSession(), lines);
const masked = (s: string) => s.replace(/sha256:[0-9a-f]{64}/g, 'sha256:ID');

describe('docker build (BuildKit, the default with buildx)', () => {
  test('plain progress on stderr: internal vertices, steps, export; metadata instructions are no steps', async () => {
    const r = await run([`printf 'FROM busybox\\nRUN echo out\\nENV A=1\\nCMD ["sh"]\\n' > Dockerfile`, 'docker build -t k1 .']);
    expect(r[1]!.stdout).toBe('');
    expect(r[1]!.exit).toBe(0);
    expect(masked(r[1]!.stderr)).toBe(
      '#0 building with "default" instance using docker driver\n\n' +
        '#1 [internal] load build definition from Dockerfile\n#1 transferring dockerfile: 45B done\n#1 DONE 0.0s\n\n' +
        '#2 [internal] load .dockerignore\n#2 transferring context: 2B done\n#2 DONE 0.0s\n\n' +
        '#3 [internal] load metadata for docker.io/library/busybox:latest\n#3 DONE 0.0s\n\n' +
        '#4 [1/2] FROM docker.io/library/busybox\n#4 DONE 0.0s\n\n' +
        '#5 [2/2] RUN echo out\n#5 0.000 out\n#5 DONE 0.0s\n\n' +
        '#6 exporting to image\n#6 exporting layers done\n#6 writing image sha256:ID done\n#6 naming to docker.io/library/k1:latest done\n#6 DONE 0.0s\n',
    );
  });

  test('a rebuild shows CACHED; the image has no parent chain and BuildKit history rows', async () => {
    const r = await run([
      'echo f > f.txt', `printf 'FROM busybox\\nCOPY f.txt /\\nRUN cat /f.txt\\nCMD ["cat","/f.txt"]\\n' > Dockerfile`, 'docker build -q -t k2 .', 'docker build -t k2 . 2>&1 | grep -A1 "\\[[23]/3\\]"',
      "docker history --no-trunc --format '{{.CreatedBy}}' k2 | head -3", "docker images -a --format '{{.Repository}}' | sort", 'docker run --rm k2',
    ]);
    expect(r[2]!.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(r[2]!.stderr).toBe('');
    expect(r[3]!.stdout).toBe('#6 [2/3] COPY f.txt /\n#6 CACHED\n--\n#7 [3/3] RUN cat /f.txt\n#7 CACHED\n');
    expect(r[4]!.stdout).toBe('CMD ["cat" "/f.txt"]\nRUN /bin/sh -c cat /f.txt # buildkit\nCOPY f.txt / # buildkit\n');
    // the one <none> is hello-world's parent (built with the legacy builder); k2 adds none
    expect(r[5]!.stdout).toBe('<none>\nbusybox\nhello-world\nk2\n');
    expect(r[6]!.stdout).toBe('f\n');
  });

  test('a failing RUN: the vertex error, the summary with the Dockerfile lines, exit 1', async () => {
    const r = await run([`printf 'FROM busybox\\nRUN echo before && exit 3\\n' > Dockerfile`, 'docker build .']);
    expect(r[1]!.exit).toBe(1);
    expect(r[1]!.stderr).toContain(
      '#5 [2/2] RUN echo before && exit 3\n#5 0.000 before\n#5 ERROR: executor failed running [/bin/sh -c echo before && exit 3]: exit code: 3\n' +
        '------\n > [2/2] RUN echo before && exit 3:\n0.000 before\n------\nDockerfile:2\n--------------------\n   1 |     FROM busybox\n' +
        '   2 | >>> RUN echo before && exit 3\n   3 |     \n--------------------\nERROR: failed to solve: executor failed running [/bin/sh -c echo before && exit 3]: exit code: 3\n',
    );
  });

  test('parse errors and a missing COPY source', async () => {
    const r = await run([`printf 'FROM busybox\\nBOGUS\\n' > Dockerfile`, 'docker build .', `printf 'FROM busybox\\nCOPY nosuch /\\n' > Dockerfile`, 'docker build .']);
    expect(r[1]!.stderr).toContain('ERROR: failed to solve: failed to solve with frontend dockerfile.v0: failed to create LLB definition: dockerfile parse error line 2: unknown instruction: BOGUS\n');
    expect(r[3]!.stderr).toContain('ERROR: failed to solve: failed to compute cache key: "/nosuch" not found: not found\n');
    expect(r[3]!.exit).toBe(1);
  });

  test('multi-stage vertices name their stage', async () => {
    const r = await run([`printf 'FROM busybox AS b\\nRUN echo x > /x\\nFROM busybox\\nCOPY --from=b /x /x\\n' > Dockerfile`, 'docker build -t ms . 2>&1 | grep "^#[0-9]* \\["', 'docker run --rm ms cat /x']);
    expect(r[1]!.stdout).toContain('[b 1/2] FROM docker.io/library/busybox\n');
    expect(r[1]!.stdout).toContain('[b 2/2] RUN echo x > /x\n');
    expect(r[1]!.stdout).toContain('[stage-1 2/2] COPY --from=b /x /x\n');
    expect(r[2]!.stdout).toBe('x\n');
  });
});

describe('BuildKit here-documents', () => {
  test('RUN <<EOF runs the document as a script; a command gets it as input; COPY <<EOF writes a file', async () => {
    const r = await run([
      `printf 'FROM busybox\\nRUN <<EOF\\necho one\\necho two > /two\\nEOF\\nRUN cat <<A\\nfed\\nA\\nCOPY <<F /etc/motd\\nhello\\nF\\nCMD ["cat","/etc/motd","/two"]\\n' > Dockerfile`,
      'docker build -t hd . 2>&1 | grep -e "^#[0-9]* [0-9.]* " -e "build context"', 'docker run --rm hd',
    ]);
    expect(r[1]!.stdout).toBe('#5 0.000 one\n#6 0.000 fed\n');
    expect(r[2]!.stdout).toBe('hello\ntwo\n');
  });
});
