import { runBuild, prepareBuild, type PreparedBuild } from '../../build/builder.ts';
import { PrepareError, readBuildInput, type BuildInput } from '../../build/input.ts';
import { legacyProgress } from '../../build/progress-legacy.ts';
import { dockerfileSnippet, fromName, KitProgress } from '../../build/progress-kit.ts';
import { BuildError, type Builder, type BuildOptions } from '../../build/state.ts';
import { DaemonError } from '../../errors.ts';
import { shortId } from '../../ids.ts';
import type { Image } from '../../image/image.ts';
import { familiarString, parseReference, ReferenceError, withDefaultTag, type Reference } from '../../image/reference.ts';
import type { Call, Command } from '../command.ts';
import { humanSize } from '../format/units.ts';
import { pullImage } from './pull-engine.ts';
import { runHostConfig, unsupportedBuildFlag } from '../../build/run-config.ts';

const DEPRECATED = 'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n            environment-variable.\n\n';

/** DOCKER_BUILDKIT as the CLI reads it (strconv.ParseBool); unset means BuildKit (buildx is installed). */
function buildkitWanted(call: Call): boolean {
  const v = call.ctx.env.get('DOCKER_BUILDKIT');
  if (v === undefined || v === '') return true;
  return !['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(v);
}

function buildOptions(call: Call): BuildOptions {
  const o = call.opts;
  const args = new Map<string, string | null>();
  for (const a of o.list('build-arg')) {
    const i = a.indexOf('=');
    // `--build-arg NAME` takes the value from the client's environment, if set.
    if (i < 0) args.set(a, call.ctx.env.get(a) ?? null);
    else args.set(a.slice(0, i), a.slice(i + 1));
  }
  const labels: Record<string, string> = {};
  for (const l of o.list('label')) {
    const i = l.indexOf('=');
    labels[i < 0 ? l : l.slice(0, i)] = i < 0 ? '' : l.slice(i + 1);
  }
  return {
    buildArgs: args, labels, noCache: o.bool('no-cache'), pull: o.bool('pull'), target: o.str('target'), rm: o.bool('rm'), forceRm: o.bool('force-rm'),
    hostConfig: runHostConfig(o),
  };
}

/** `docker build` / `docker image build` / `docker builder build`. */
const build: Command = async (call) => {
  const kit = buildkitWanted(call);
  const refused = unsupportedBuildFlag(call.opts);
  if (refused) {
    await call.err(`docker build: --${refused} is not supported in the lab yet\n`);
    return 1;
  }
  if (!kit) await call.err(DEPRECATED);
  const o = call.opts;
  const tags: Reference[] = [];
  for (const t of o.list('tag')) {
    try {
      tags.push(withDefaultTag(parseReference(t)));
    } catch (e) {
      if (!(e instanceof ReferenceError)) throw e;
      await call.err(`invalid argument "${t}" for "-t, --tag" flag: ${e.message}\nSee 'docker build --help'.\n`);
      return 125;
    }
  }
  let input: BuildInput;
  try {
    input = await readBuildInput(call.ctx, call.args[0]!, o.str('file'));
  } catch (e) {
    if (!(e instanceof PrepareError)) throw e;
    await call.err(kit ? `ERROR: ${e.message}\n` : `${e.message}\n`);
    return 1;
  }
  return kit ? kitBuild(call, input, tags) : legacyBuild(call, input, tags);
};

function newBuilder(call: Call, input: BuildInput, plan: PreparedBuild, options: BuildOptions, kit: boolean, progress: Builder['progress'], pullOut: (t: string) => Promise<void>): Builder {
  return {
    engine: call.engine, host: call.host, options, context: input.context, escape: plan.escape, metaArgs: new Map(), usedArgs: new Set(),
    stageImages: new Map(), progress, kit, current: null,
    pull: (ref) => pullImage(call, withDefaultTag(parseReference(ref)), { write: pullOut, tty: false }),
  };
}

function tagAll(call: Call, img: Image, tags: Reference[]): void {
  // --iidfile: the client writes the id it got back.
  if (call.opts.str('iidfile')) call.ctx.fs.writeFile(call.opts.str('iidfile'), img.id);
  for (const t of tags) {
    call.engine.images.tag(img, t.repo, t.tag ?? 'latest', call.engine.now());
    call.engine.events.add('image', 'tag', { id: img.id, attributes: { name: familiarString(t) } });
  }
}

/** The legacy builder (DOCKER_BUILDKIT=0): its stream on stdout, errors on stderr. */
async function legacyBuild(call: Call, input: BuildInput, tags: Reference[]): Promise<number> {
  const quiet = call.opts.bool('quiet');
  // -q keeps the progress to print it only if the build fails.
  let kept = '';
  const out = quiet ? async (t: string) => void (kept += t) : (t: string) => call.out(t);
  await out(`Sending build context to Docker daemon ${humanSize(input.context.tarSize(), 4).padStart(8)}\r\r\n`);
  const options = buildOptions(call);
  let plan: PreparedBuild;
  try {
    plan = prepareBuild(input.dockerfile, input.fileName, options.target, options.labels);
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    await call.err(`${quiet ? kept : ''}Error response from daemon: ${e.message}\n`);
    return 1;
  }
  const b = newBuilder(call, input, plan, options, false, legacyProgress(out), out);
  try {
    const img = await runBuild(b, plan);
    tagAll(call, img, tags);
    if (quiet) {
      await call.out(`${img.id}\n`);
      return 0;
    }
    await call.out(`Successfully built ${shortId(img.id)}\n`);
    for (const t of tags) await call.out(`Successfully tagged ${familiarString(t)}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof BuildError) && !(e instanceof DaemonError)) throw e;
    await call.err(`${quiet ? kept : ''}${e.message}\n`);
    return e instanceof BuildError ? e.code : 1;
  }
}

/** BuildKit through buildx (the default): plain progress on stderr, `-q` prints only the id. */
async function kitBuild(call: Call, input: BuildInput, tags: Reference[]): Promise<number> {
  const quiet = call.opts.bool('quiet');
  const write = quiet ? async () => {} : (t: string) => call.err(t);
  const options = buildOptions(call);
  const needsContext = /^\s*(copy|add)\b/im.test(input.dockerfile);
  const progress = new KitProgress(write, () => call.host.clock.now, needsContext);
  progress.contextBytes = input.context.walk().reduce((n, e) => n + (e.st.type === 'file' ? e.st.size : 0), 0);
  let plan: PreparedBuild;
  try {
    plan = prepareBuild(input.dockerfile, input.fileName, options.target, options.labels, true);
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    await write('#0 building with "default" instance using docker driver\n\n');
    await progress.internal('[internal] load build definition from Dockerfile', `transferring dockerfile: ${humanSize(input.dockerfile.length, 4)} done`);
    await call.err(`ERROR: failed to solve: failed to solve with frontend dockerfile.v0: failed to create LLB definition: ${e.message}\n`);
    return 1;
  }
  const names = new Set(plan.stages.map((s) => s.name).filter(Boolean));
  const bases = [...new Set(plan.stages.map((s) => s.from.rest.trim().split(/\s+/)[0]!).filter((r) => !names.has(r.toLowerCase()) && r !== 'scratch' && !r.includes('$')))];
  await progress.prelude(input.dockerfile.length, input.context.stat('.dockerignore')?.size ?? 2, bases.map((r) => withTag(fromName(r))));
  const b = newBuilder(call, input, plan, options, true, progress, async () => {});
  try {
    const img = await runBuild(b, plan);
    tagAll(call, img, tags);
    await progress.exported(img.id, tags.map((t) => `${t.repo}:${t.tag ?? 'latest'}`));
    if (quiet) await call.out(`${img.id}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof BuildError) && !(e instanceof DaemonError)) throw e;
    const message = e instanceof BuildError ? e.kitMessage : e.message;
    const summary = await progress.fail(message);
    const where = b.current && b.current.line > 0 ? dockerfileSnippet(input.fileName, input.dockerfile, b.current.line) : '';
    await call.err(`${quiet ? '' : summary}${quiet ? '' : where}ERROR: failed to solve: ${message}\n`);
    return 1;
  }
}

const withTag = (name: string): string => (/:[^/]+$/.test(name) ? name : `${name}:latest`);

export default build;
