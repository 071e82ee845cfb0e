import { describe, expect, it } from 'vitest';
import { newSession } from '../../../helpers.ts';

// Texts verified against podman 4.3.1 (buildah 1.28, rootful, layers on) building on a local
// `localhost/nginx`. Image ids differ from the real ones; their shapes (11 and 64 hex) do not.
const ID = '[0-9a-f]{11}';
const FULL = '[0-9a-f]{64}';

async function lab() {
  const s = newSession({ dockerImages: 'golden' });
  await s.run('podman pull -q busybox >/dev/null; podman tag busybox nginx; mkdir -p /w && cd /w');
  await s.run(`printf 'FROM localhost/nginx\\nRUN echo hi > /hi\\nCMD ["cat","/hi"]\\n' > Dockerfile`);
  return s;
}

const lines = (...l: string[]) => new RegExp(`^${l.join('\\n')}\\n$`);

describe('podman build', () => {
  it('prints STEP, --> <id>, COMMIT and the tags; a rebuild uses the cache', async () => {
    const s = await lab();
    const r = await s.run('podman build -t pb .');
    expect(r).toMatchObject({ exit: 0, stderr: '' });
    expect(r.stdout).toMatch(lines('STEP 1/3: FROM localhost/nginx', 'STEP 2/3: RUN echo hi > /hi', `--> ${ID}`, 'STEP 3/3: CMD \\["cat","/hi"\\]', 'COMMIT pb', `--> ${ID}`, 'Successfully tagged localhost/pb:latest', FULL));
    const id = r.stdout.split('\n').at(-2)!;
    const again = await s.run('podman build -t pb .');
    const step2 = r.stdout.split('\n')[2]!.slice(4);
    expect(again.stdout).toMatch(lines('STEP 1/3: FROM localhost/nginx', 'STEP 2/3: RUN echo hi > /hi', `--> Using cache ${step2}[0-9a-f]{53}`, `--> ${step2}`, 'STEP 3/3: CMD \\["cat","/hi"\\]', `--> Using cache ${id}`, 'COMMIT pb', `--> ${id.slice(0, 11)}`, 'Successfully tagged localhost/pb:latest', id));
    expect(await s.run('podman build -q -t pb2 .')).toMatchObject({ stdout: `${id}\n`, stderr: '', exit: 0 });
    expect((await s.run('podman run --rm pb')).stdout).toBe('hi\n');
    // The step's own image is intermediate: listed by -a only.
    const all = await s.run('podman images -a --format "{{.Repository}}"');
    expect(all.stdout).toContain('<none>');
    expect((await s.run('podman images --format "{{.Repository}}"')).stdout).not.toContain('<none>');
    expect((await s.run('podman ps -a -q')).stdout).toBe('');
  });

  it('lists every name of the image: the first -t, the names it had, the other -t', async () => {
    const s = await lab();
    const r = await s.run('podman build -t pb -t other:v1 -t quay.io/x/y .');
    expect(r.stdout).toMatch(/COMMIT pb\n--> [0-9a-f]{11}\nSuccessfully tagged localhost\/pb:latest\nSuccessfully tagged localhost\/other:v1\nSuccessfully tagged quay\.io\/x\/y:latest\n[0-9a-f]{64}\n$/);
    await s.run('podman rmi pb other:v1 quay.io/x/y; podman build -q -t pb2 .');
    const again = await s.run('podman build -t zz:1 -t pb .');
    expect(again.stdout).toMatch(/--> Using cache [0-9a-f]{64}\nCOMMIT zz:1\n--> [0-9a-f]{11}\nSuccessfully tagged localhost\/zz:1\nSuccessfully tagged localhost\/pb2:latest\nSuccessfully tagged localhost\/pb:latest\n[0-9a-f]{64}\n$/);
  });

  it('without -t: COMMIT alone, no COMMIT on a full cache hit; RUN output split by stream, -q keeps stderr', async () => {
    const s = await lab();
    await s.run(`mkdir a; printf 'FROM localhost/nginx\\nRUN echo out; echo err >&2\\nENV A=1\\n' > a/Dockerfile`);
    const r = await s.run('podman build a');
    expect(r.stdout).toMatch(lines('STEP 1/3: FROM localhost/nginx', 'STEP 2/3: RUN echo out; echo err >&2', 'out', `--> ${ID}`, 'STEP 3/3: ENV A=1', 'COMMIT', `--> ${ID}`, FULL));
    expect(r.stderr).toBe('err\n');
    const again = await s.run('podman build a');
    expect(again.stdout).toMatch(lines('STEP 1/3: FROM localhost/nginx', 'STEP 2/3: RUN echo out; echo err >&2', `--> Using cache ${FULL}`, `--> ${ID}`, 'STEP 3/3: ENV A=1', `--> Using cache ${FULL}`, `--> ${ID}`, FULL));
    expect(await s.run('podman build -q --no-cache a')).toMatchObject({ stderr: 'err\n', exit: 0 });
    expect((await s.run('podman build -q --no-cache a')).stdout).toMatch(/^[0-9a-f]{64}\n$/);
    await s.run(`mkdir c; echo FROM localhost/nginx > c/Dockerfile`);
    expect((await s.run('podman build -t fo:v2 c')).stdout).toMatch(lines('STEP 1/1: FROM localhost/nginx', 'COMMIT fo:v2', `--> ${ID}`, 'Successfully tagged localhost/fo:v2', 'Successfully tagged docker.io/library/busybox:latest', 'Successfully tagged localhost/nginx:latest', FULL));
  });

  it('numbers stages, warns about unused build args, stops at --target, skips unused stages', async () => {
    const s = await lab();
    await s.run(`mkdir m; echo data > m/f.txt; printf 'ARG V=1\\nFROM localhost/nginx AS builder\\nARG V\\nRUN echo v=$V > /v\\nFROM localhost/nginx\\nCOPY --from=builder /v /v\\nCOPY f.txt /f\\nCMD cat /v\\n' > m/Dockerfile`);
    const r = await s.run('podman build --build-arg V=7 --build-arg Z=9 --build-arg X=9 -t mb m');
    expect(r.stdout).toMatch(lines(
      '\\[1/2\\] STEP 1/3: FROM localhost/nginx AS builder', '\\[1/2\\] STEP 2/3: ARG V', `--> ${ID}`, '\\[1/2\\] STEP 3/3: RUN echo v=\\$V > /v', `--> ${ID}`,
      '\\[2/2\\] STEP 1/4: FROM localhost/nginx', '\\[2/2\\] STEP 2/4: COPY --from=builder /v /v', `--> ${ID}`, '\\[2/2\\] STEP 3/4: COPY f.txt /f', `--> ${ID}`,
      '\\[2/2\\] STEP 4/4: CMD cat /v', '\\[2/2\\] COMMIT mb', `--> ${ID}`, '\\[Warning\\] one or more build args were not consumed: \\[X Z\\]', 'Successfully tagged localhost/mb:latest', FULL,
    ));
    expect((await s.run('podman run --rm mb')).stdout).toBe('v=7\n');
    const cached = await s.run('podman build --build-arg V=7 -t mb m');
    expect(cached.stdout).toMatch(new RegExp(`\\[2/2\\] STEP 4/4: CMD cat /v\\n--> Using cache ${FULL}\\n\\[2/2\\] COMMIT mb\\n--> ${ID}\\n`));
    const t = await s.run('podman build --build-arg V=7 --target builder -t mt m');
    expect(t.stdout).toMatch(lines('STEP 1/3: FROM localhost/nginx AS builder', 'STEP 2/3: ARG V', `--> Using cache ${FULL}`, `--> ${ID}`, 'STEP 3/3: RUN echo v=\\$V > /v', `--> Using cache ${FULL}`, 'COMMIT mt', `--> ${ID}`, 'Successfully tagged localhost/mt:latest', FULL));
    await s.run(`mkdir y; printf 'FROM localhost/nginx AS a\\nRUN echo A\\nFROM localhost/nginx\\nRUN echo B\\n' > y/Dockerfile`);
    expect((await s.run('podman build y')).stdout).toMatch(lines('\\[2/2\\] STEP 1/2: FROM localhost/nginx', '\\[2/2\\] STEP 2/2: RUN echo B', 'B', '\\[2/2\\] COMMIT', `--> ${ID}`, FULL));
  });

  it('shows FROM expanded with AS normalised, a stage base by its id, continued lines joined', async () => {
    const s = await lab();
    await s.run(`mkdir z1 z2 z3; printf 'ARG BASE=localhost/nginx\\nFROM $BASE\\nRUN echo a \\\\\\n   b\\nLABEL x=1\\n' > z1/Dockerfile`);
    expect((await s.run('podman build z1')).stdout).toMatch(lines('STEP 1/3: FROM localhost/nginx', 'STEP 2/3: RUN echo a    b', 'a b', `--> ${ID}`, 'STEP 3/3: LABEL x=1', 'COMMIT', `--> ${ID}`, FULL));
    await s.run(`printf 'from   localhost/nginx   as   bld\\nrun echo x\\nFROM bld\\n' > z2/Dockerfile`);
    const r = await s.run('podman build z2');
    const id = r.stdout.split('\n').at(-2)!;
    expect(r.stdout).toBe(`[1/2] STEP 1/2: FROM localhost/nginx AS bld\n[1/2] STEP 2/2: run echo x\nx\n--> ${id.slice(0, 11)}\n[2/2] STEP 1/1: FROM ${id}\n[2/2] COMMIT\n--> ${id.slice(0, 11)}\n${id}\n`);
    // A stage that is only a FROM ends with its base's id.
    await s.run(`printf 'ARG T=latest\\nFROM localhost/nginx:$T AS b2\\nFROM b2\\n' > z3/Dockerfile`);
    const base = (await s.run('podman images -q --no-trunc localhost/nginx')).stdout.trim().slice(7);
    expect((await s.run('podman build z3')).stdout).toBe(`[1/2] STEP 1/1: FROM localhost/nginx:latest AS b2\n--> ${base.slice(0, 11)}\n[2/2] STEP 1/1: FROM ${base}\n[2/2] COMMIT\n--> ${base.slice(0, 11)}\n${base}\n`);
  });

  it('fails a step with buildah\'s message; a RUN exits with its own status', async () => {
    const s = await lab();
    const files: Array<[string, string, string, string, number]> = [
      ['b', 'FROM localhost/nginx\\nRUN echo before\\nRUN exit 3\\nRUN echo after\\n', `STEP 1/4: FROM localhost/nginx\nSTEP 2/4: RUN echo before\nbefore\n--> ID\nSTEP 3/4: RUN exit 3\n`, 'Error: building at STEP "RUN exit 3": while running runtime: exit status 3\n', 3],
      ['e', 'FROM localhost/nginx\\nrun   echo  a  b;   exit 4\\n', 'STEP 1/2: FROM localhost/nginx\nSTEP 2/2: run   echo  a  b;   exit 4\na b\n', 'Error: building at STEP "RUN echo  a  b;   exit 4": while running runtime: exit status 4\n', 4],
      ['f', 'FROM localhost/nginx\\nRUN ["sh", "-c", "exit 6"]\\n', 'STEP 1/2: FROM localhost/nginx\nSTEP 2/2: RUN ["sh", "-c", "exit 6"]\n', 'Error: building at STEP "RUN sh -c exit 6": while running runtime: exit status 6\n', 6],
      ['g', 'FROM localhost/nginx\\ncopy  nothere /x\\n', 'STEP 1/2: FROM localhost/nginx\nSTEP 2/2: copy  nothere /x\n', 'Error: building at STEP "COPY nothere /x": checking on sources under "/w/g": copier: stat: "/nothere": no such file or directory\n', 125],
      ['h', 'FROM localhost/nginx\\nCOPY --from=zzz /a /b\\n', 'STEP 1/2: FROM localhost/nginx\nSTEP 2/2: COPY --from=zzz /a /b\n', 'Error: COPY --from=zzz: no stage or image found with that name\n', 125],
      ['x', 'FROM zzznotanimage\\nRUN true\\n', 'STEP 1/2: FROM zzznotanimage\n', 'Error: creating build container: short-name "zzznotanimage" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"\n', 125],
    ];
    for (const [dir, text, stdout, stderr, exit] of files) {
      await s.run(`mkdir ${dir}; printf '${text}' > ${dir}/Dockerfile`);
      const r = await s.run(`podman build ${dir}`);
      expect({ dir, stdout: r.stdout.replace(/--> [0-9a-f]{11}\n/g, '--> ID\n'), stderr: r.stderr, exit: r.exit }).toEqual({ dir, stdout, stderr, exit });
    }
    expect((await s.run('podman build --pull=never x')).stderr).toBe('Error: creating build container: zzznotanimage: image not known\n');
    // The failed step's container is removed (--force-rm is on by default).
    expect((await s.run('podman ps -a -q')).stdout).toBe('');
  });

  it('finds the context and the Containerfile as podman does, and reports front-end errors', async () => {
    const s = await lab();
    await s.run(`mkdir -p m q r s empty cf && cp Dockerfile m/ && cp Dockerfile other.df && : > q/Dockerfile && echo '# c' > r/Dockerfile && echo 'RUN echo' > s/Dockerfile`);
    await s.run(`printf 'FROM localhost/nginx\\nENV X=cf\\n' > cf/Containerfile; printf 'FROM localhost/nginx\\nENV X=df\\n' > cf/Dockerfile`);
    const cases: Array<[string, string]> = [
      ['podman build', 'no context directory and no Containerfile specified'],
      ['podman build empty', 'stat /w/empty/Dockerfile: no such file or directory'],
      ['podman build nosuch', 'context must be a directory: "/w/nosuch"'],
      ['podman build m/Dockerfile', 'context must be a directory: "/w/m/Dockerfile"'],
      ['podman build -f nosuch.df m', 'stat /w/m/nosuch.df: no such file or directory'],
      ['podman build q', 'no contents in "/w/q/Dockerfile"'],
      ['podman build r', 'building: no stages to build'],
      ['podman build s', 'no FROM statement found'],
      ['podman build --target nope m', 'The target "nope" was not found in the provided Dockerfile'],
      ['podman build -t BAD:x m', 'tag BAD:x: invalid reference format: repository name must be lowercase'],
      ['podman build m q', 'accepts at most 1 arg(s), received 2'],
      ['podman build --squash m', 'podman build --squash is not supported in the lab yet'],
    ];
    for (const [line, msg] of cases) expect({ line, ...(await s.run(line)) }).toMatchObject({ line, stdout: '', stderr: `Error: ${msg}\n`, exit: 125 });
    // A relative -f is read from the working directory when it is there.
    expect((await s.run('podman build -f other.df m')).stdout).toMatch(/^STEP 1\/3: FROM localhost\/nginx\n/);
    expect((await s.run('podman build cf')).stdout).toMatch(/STEP 2\/2: ENV X=cf\n/);
    expect((await s.run('podman build --zork m')).stderr).toBe("Error: unknown flag: --zork\nSee 'podman build --help'\n");
  });

  it('is also `podman image build`', async () => {
    const s = await lab();
    const id = (await s.run('podman build -q .')).stdout;
    expect(await s.run('podman image build -q .')).toMatchObject({ stdout: id, exit: 0 });
    expect((await s.run('podman image build --help')).stdout).toContain('Usage:\n  podman image build [options] [CONTEXT]\n');
    expect((await s.run('podman image build --zork .')).stderr).toBe("Error: unknown flag: --zork\nSee 'podman image build --help'\n");
    const bare = await s.run('podman image');
    expect(bare.stdout).toMatch(/^Manage images\n\nDescription:\n {2}Manage images\n/);
    expect(bare).toMatchObject({ stderr: "Error: missing command 'podman image COMMAND'\n", exit: 125 });
    expect((await s.run('podman image zork')).stderr).toBe("Error: unrecognized command `podman image zork`\nTry 'podman image --help' for more information\n");
  });
});
