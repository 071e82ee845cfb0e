import { runBuild } from '../../build/builder.ts';
import type { Instruction } from '../../build/parser.ts';
import { PodmanProgress } from '../../build/progress-podman.ts';
import { BuildError, type Builder, type BuildOptions } from '../../build/state.ts';
import { splitProcessed } from '../../build/words.ts';
import { DaemonError } from '../../errors.ts';
import type { Image } from '../../image/image.ts';
import { ReferenceError, type Reference } from '../../image/reference.ts';
import { fail, PodmanError, type PodmanCall, type PodmanCommand } from '../call.ts';
import { findLocal, localName, qualifiedTag, qualifiedTags } from '../names.ts';
import { pullImage } from '../pull-image.ts';
import { readPodmanInput } from './build-input.ts';
import { planPodmanBuild } from './build-plan.ts';

/** The options the lab's builder honours; any other one set on the command line is refused. */
const SUPPORTED = new Set(['tag', 'file', 'quiet', 'no-cache', 'build-arg', 'target', 'rm', 'force-rm', 'layers', 'pull', 'help']);
const PULL = new Set(['true', 'missing', 'never', 'false']);

/** How the step appears in buildah's errors (imagebuilder's Step.Message): keyword, flags, arguments. */
function stepMessage(inst: Instruction): string {
  const flags = [...inst.flags].map(([k, v]) => (v === true ? `--${k}` : `--${k}=${v}`));
  const args = inst.json ?? (['run', 'cmd', 'entrypoint'].includes(inst.cmd) ? [inst.rest.trim()] : inst.rest.trim().split(/\s+/).filter(Boolean));
  return [inst.cmd.toUpperCase(), ...flags, ...args].join(' ');
}

/** A failed step in buildah's words, and the exit status (a RUN's own status). */
function stepFailure(e: BuildError | DaemonError, inst: Instruction | null, contextDir: string): [string, number] {
  const at = inst ? `building at STEP "${stepMessage(inst)}": ` : '';
  const code = /returned a non-zero code: (\d+)$/.exec(e.message);
  if (code && inst?.cmd === 'run') return [`${at}while running runtime: exit status ${code[1]}`, Number(code[1])];
  const missing = /^(?:COPY|ADD) failed: file not found in build context or excluded by \.dockerignore: stat (.*): file does not exist$/.exec(e.message);
  if (missing) return [`${at}checking on sources under "${contextDir}": copier: stat: "/${missing[1] === '.' ? '' : missing[1]}": no such file or directory`, 125];
  // Other failures keep the lab builder's (Docker's) wording inside buildah's frame.
  return [`${at}${e.message}`, 125];
}

function buildArgs(call: PodmanCall): Map<string, string | null> {
  const args = new Map<string, string | null>();
  for (const a of call.opts.list('build-arg')) {
    const i = a.indexOf('=');
    // `--build-arg NAME` takes the value from podman's environment, if set.
    if (i < 0) args.set(a, call.ctx.env.get(a) ?? null);
    else args.set(a.slice(0, i), a.slice(i + 1));
  }
  return args;
}

/** FROM and COPY --from images that are not local: podman's own lookup, then its pull (or not). */
function puller(call: PodmanCall, progress: PodmanProgress, policy: string): (ref: string) => Promise<Image> {
  return async (ref) => {
    const local = findLocal(call.engine, ref);
    if (local) return local;
    const inst = progress.current;
    const copy = inst && inst.cmd !== 'from';
    try {
      if (policy === 'never' || policy === 'false') throw new PodmanError(`${ref}: image not known`);
      return await pullImage(call, ref, call.opts.bool('quiet') ? null : call.err);
    } catch (e) {
      if (!(e instanceof PodmanError)) throw e;
      if (copy) throw new PodmanError(`${inst.cmd.toUpperCase()} --from=${ref}: no stage or image found with that name`);
      throw new PodmanError(`creating build container: ${e.message}`);
    }
  };
}

/** `podman build [CONTEXT]` (and `podman image build`): the lab's builder with buildah's output. */
const build: PodmanCommand = async (call) => {
  const o = call.opts;
  const refused = [...o.set].find((n) => !SUPPORTED.has(n));
  if (refused) return fail(call, `podman build --${refused} is not supported in the lab yet`);
  const pull = o.str('pull') || 'true';
  if (!PULL.has(pull)) return fail(call, `podman build --pull=${pull} is not supported in the lab yet`);
  if (!o.bool('layers')) return fail(call, 'podman build --layers=false is not supported in the lab yet');
  const typed = o.list('tag');
  const tags: Reference[] = [];
  for (const t of typed) {
    try {
      tags.push(localName(t));
    } catch (e) {
      // containers/image's parser does not name the repository in this message (Docker's does).
      if (e instanceof ReferenceError) return fail(call, `tag ${t}: ${e.message.replace(/^(.*repository name) \(.*\) (must be lowercase)$/, '$1 $2')}`);
      throw e;
    }
  }
  try {
    const input = readPodmanInput(call, o.list('file'));
    const { prepared, printer } = planPodmanBuild(input.text, o.str('target'), typed[0] ?? '');
    const progress = new PodmanProgress({ out: call.out, err: call.err, quiet: o.bool('quiet') }, printer);
    const options: BuildOptions = {
      buildArgs: buildArgs(call), labels: {}, noCache: o.bool('no-cache'), pull: false, target: o.str('target'),
      rm: o.bool('rm'), forceRm: o.bool('force-rm'), hostConfig: {},
    };
    const b: Builder = {
      engine: call.engine, host: call.host, options, context: input.context, escape: prepared.escape, metaArgs: new Map(), usedArgs: new Set(),
      stageImages: new Map(), progress, kit: false, current: null, pull: puller(call, progress, pull),
    };
    progress.fromLine = (inst) => {
      const words = splitProcessed(inst.rest, (n) => b.metaArgs.get(n), b.escape);
      const stage = b.stageImages.get(words[0]!.toLowerCase());
      return `FROM ${stage ? stage.id.slice(7) : words[0]}${words.length === 3 ? ` AS ${words[2]}` : ''}`;
    };
    let img: Image;
    try {
      img = await runBuild(b, prepared);
    } catch (e) {
      if (!(e instanceof BuildError) && !(e instanceof DaemonError)) throw e;
      const [message, exit] = stepFailure(e, progress.current, input.contextDir);
      return fail(call, message, exit);
    }
    const before = qualifiedTags(img);
    for (const t of tags) call.engine.images.tag(img, t.repo, t.tag ?? 'latest', call.engine.now());
    if (!o.bool('quiet') && tags.length) {
      // podman lists every name the image now has: the commit puts the first -t before the names
      // it had, the other -t are added after them.
      const [first, ...others] = tags.map((t) => qualifiedTag(`${t.repo}:${t.tag ?? 'latest'}`));
      for (const n of new Set([first!, ...before, ...others])) await call.out(`Successfully tagged ${n}\n`);
    }
    await call.out(`${img.id.slice(7)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof PodmanError) return fail(call, e.message, e.exit);
    throw e;
  }
};

export default build;
