import { describe, expect, it } from 'vitest';
import { complete, type CompletionSource } from '../../../src/engine/tui/completer.ts';
import { runtimeCompletion } from '../../../src/engine/tui/runtime-completion.ts';
import { newSession } from '../../helpers.ts';

const fake: CompletionSource = {
  home: '/root',
  commands: () => ['docker', 'dockerd', 'ls', 'less', 'cd'],
  listDir: (p) =>
    ({
      '.': [{ name: 'app', dir: true }, { name: 'a b.txt', dir: false }, { name: '.hidden', dir: false }],
      '/root/': [{ name: 'index.html', dir: false }],
      'app/': [{ name: 'run.sh', dir: false, exec: true }],
    })[p] ?? null,
  containers: () => ['web', 'worker', 'db'],
  images: () => ['nginx', 'nginx:latest', 'busybox:latest', 'busybox'],
  volumes: () => ['data'],
  networks: () => ['bridge', 'host', 'none'],
};
const texts = (line: string, src = fake) => complete(line, line.length, src).candidates.map((c) => c.text + c.suffix);

describe('complete', () => {
  it('completes commands in command position, also after a pipe or sudo', () => {
    expect(texts('l')).toEqual(['less ', 'ls ']);
    expect(texts('echo x | do')).toEqual(['docker ', 'dockerd ']);
    expect(texts('sudo do')).toEqual(['docker ', 'dockerd ']);
  });

  it('completes paths, escaping spaces, hiding dotfiles unless asked, with / after directories', () => {
    expect(texts('cat a')).toEqual(['a\\ b.txt ', 'app/']);
    expect(texts('cat .h')).toEqual(['.hidden ']);
    expect(texts('cat ~/in')).toEqual(['~/index.html ']);
    expect(texts('./app/r')).toEqual([]);
    expect(texts('cat app/')).toEqual(['app/run.sh ']);
    expect(complete('cat ~/in', 8, fake).start).toBe(4);
  });

  it('completes docker subcommands of the real CLI table, management groups included', () => {
    expect(texts('docker im')).toEqual(['image ', 'images ', 'import ']);
    expect(texts('docker volume ')).toEqual(['create ', 'inspect ', 'ls ', 'prune ', 'rm ']);
  });

  it('completes flags of the command, long and short, hidden ones left out', () => {
    expect(texts('docker run --pu')).toEqual(['--publish ', '--publish-all ', '--pull ']);
    expect(texts('docker ps -')).toContain('-a ');
    expect(texts('docker ps --')).not.toContain('--help ');
  });

  it('completes object names where the usage line names them', () => {
    expect(texts('docker stop w')).toEqual(['web ', 'worker ']);
    expect(texts('docker container rm web ')).toEqual(['db ', 'web ', 'worker ']);
    expect(texts('docker run -d --name x ng')).toEqual(['nginx ', 'nginx:latest ']);
    expect(texts('docker run --network b')).toEqual(['bridge ']);
    expect(texts('docker volume rm ')).toEqual(['data ']);
    expect(texts('docker rmi busybox')).toEqual(['busybox ', 'busybox:latest ']);
  });

  it('leaves the container command of docker run and exec to the student', () => {
    expect(texts('docker run -it busybox s')).toEqual([]);
    expect(texts('docker exec -it web ')).toEqual([]);
  });
});

describe('runtimeCompletion', () => {
  it('reads commands, files and docker objects from the embedded host', async () => {
    const session = newSession();
    await session.run('mkdir -p /root/site && echo hi > /root/site/index.html && cd /root && docker run -d --name web busybox sleep 100');
    const src = runtimeCompletion(() => ({ host: session.host, session }));
    expect(texts('dock', src)).toEqual(['docker ']);
    expect(texts('ech', src)).toEqual(['echo ']);
    expect(texts('cat site/', src)).toEqual(['site/index.html ']);
    expect(texts('cat /etc/host', src)).toEqual(['/etc/hostname ', '/etc/hosts ']);
    expect(texts('docker logs w', src)).toEqual(['web ']);
    expect(texts('docker run hello', src)).toEqual(['hello-world ', 'hello-world:latest ']);
  });
});
