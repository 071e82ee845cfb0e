import { describe, expect, it } from 'vitest';
import { check, labAfter } from '../evaluate.ts';

describe('image predicate', () => {
  it('exists by name, tag or id; names the images there are', async () => {
    const s = await labAfter([]);
    expect((await check(s, 'image: { ref: busybox }')).en).toEqual({ ok: true, label: 'image busybox exists' });
    expect((await check(s, 'image: { ref: "busybox:latest" }')).zh).toEqual({ ok: true, label: '镜像 busybox:latest 存在' });
    const r = await check(s, 'image: { ref: "myapp:1.0" }');
    expect(r.en.detail).toBe('no image myapp:1.0 (images: busybox:latest, hello-world:latest)');
    expect(r.zh.detail).toBe('没有镜像 myapp:1.0（现有镜像：busybox:latest, hello-world:latest）');
  });

  it('exists: false', async () => {
    const s = await labAfter(['docker rmi hello-world']);
    expect((await check(s, 'image: { ref: hello-world, exists: false }')).en.ok).toBe(true);
    const r = await check(s, 'image: { ref: busybox, exists: false }');
    expect(r.en.detail).toMatch(/^image busybox exists \([0-9a-f]{12}\)$/);
  });

  it('a committed image: config, layers, author, same id as its other tag, built here', async () => {
    const s = await labAfter(['docker run --name c1 busybox sh -c "echo hi > /x"', 'docker commit -a me -c "CMD [\\"cat\\", \\"/x\\"]" -c "EXPOSE 80" -c "ENV MODE=prod" -c "WORKDIR /srv" c1 mine:1', 'docker tag mine:1 mine:2']);
    const ok = await check(s, 'image: { ref: "mine:1", sameAs: "mine:2", cmd: [cat, /x], expose: ["80"], env: { MODE: prod }, workdir: /srv, layers: 2, author: me, builtHere: true }');
    expect(ok.en.ok).toBe(true);
    expect(ok.en.label).toBe('image mine:1 exists, with the same id as mine:2, CMD ["cat","/x"], ENV MODE=prod, EXPOSE 80/tcp, WORKDIR /srv, 2 layers, author "me", built here (not pulled)');
    const bad = await check(s, 'image: { ref: "mine:1", sameAs: busybox, cmd: [sh], user: nobody, layers: 1, builtHere: false }');
    expect(bad.en.detail).toMatch(/^its id is [0-9a-f]{12}, the other's is [0-9a-f]{12}; its CMD is \["cat","\/x"\]; its USER is ""; it has 2 layers; it was built here$/);
    expect(bad.zh.detail).toMatch(/^它的 ID 是 [0-9a-f]{12}，另一个是 [0-9a-f]{12}；它的 CMD 是 \["cat","\/x"\]；它的 USER 是 ""；它有 2 层；它是在本地构建的$/);
  });

  it('preset images were not built here', async () => {
    const s = await labAfter([]);
    expect((await check(s, 'image: { ref: busybox, builtHere: false, entrypoint: [] }')).en).toMatchObject({ ok: false, detail: 'its ENTRYPOINT is null' });
    expect((await check(s, 'image: { ref: busybox, builtHere: false }')).en.ok).toBe(true);
  });
});
