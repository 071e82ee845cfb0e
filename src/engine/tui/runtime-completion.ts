// The completion facts of an embedded host, read from the model at Tab time: the shell's PATH,
// builtins and aliases, the filesystem as the shell's process sees it, the engine's objects.
import { engineOf } from '../../runtime/daemon/engine-of.ts';
import { volumesOf } from '../../runtime/daemon/volume/store.ts';
import type { Host } from '../../runtime/host.ts';
import type { ShellSession } from '../../runtime/session.ts';
import { BUILTIN_NAMES } from '../../runtime/shell/builtins/registry.ts';
import type { CompletionSource, DirEntry } from './completer.ts';

/** Networks every engine has; user-defined networks are not modelled yet. */
const DEFAULT_NETWORKS = ['bridge', 'host', 'none'];

/** Model bytes are latin1, one char per byte; the pane shows UTF-8. */
const toText = (bytes: string) => Buffer.from(bytes, 'latin1').toString('utf8');
const toBytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/** `lab()` gives the current host and session: both change when the exercise does. */
export function runtimeCompletion(lab: () => { host: Host; session: ShellSession }): CompletionSource {
  const session = () => lab().session;
  const engine = () => engineOf(lab().host);
  const vfs = () => lab().host.vfs(session().proc);
  const listDir = (path: string): DirEntry[] | null => {
    const sh = session().shell;
    const abs = path.startsWith('/') ? path : `${sh.cwd.replace(/\/$/, '')}/${path}`;
    const v = vfs();
    try {
      return v
        .readdir(toBytes(abs))
        .filter((n) => n !== '.' && n !== '..')
        .map((n) => {
          try {
            const st = v.stat(`${toBytes(abs)}/${n}`);
            return { name: toText(n), dir: st.type === 'dir', exec: st.type === 'file' && (st.mode & 0o111) !== 0 };
          } catch {
            // A dangling symlink is still a name to complete.
            return { name: toText(n), dir: false };
          }
        });
    } catch {
      return null;
    }
  };
  return {
    home: '/root',
    listDir,
    commands: () => {
      const sh = session().shell;
      const onPath = (sh.vars.get('PATH') ?? '').split(':').flatMap((d) => (listDir(d || '.') ?? []).filter((e) => e.exec).map((e) => e.name));
      return [...onPath, ...BUILTIN_NAMES, ...sh.aliases.keys()];
    },
    containers: () => engine().list().map((c) => c.name),
    images: () => engine().images.all().flatMap((i) => i.repoTags.flatMap((t) => [t, t.replace(/:[^:/]+$/, '')])),
    volumes: () => volumesOf(engine()).list().map((v) => v.name),
    networks: () => DEFAULT_NETWORKS,
  };
}
