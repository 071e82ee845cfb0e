/**
 * The legacy builder's driver (moby builder/dockerfile/builder.go, dispatchFromDockerfile):
 * `prepareBuild` does what the engine checks before it streams anything (an empty file, parse
 * errors, the target stage); `runBuild` prints `Step n/N : …` and ` ---> <id>` around each
 * instruction, runs the stages in order and warns about build args nobody declared.
 */
import { DaemonError } from '../errors.ts';
import { exportKitImage } from './kit-image.ts';
import { emptyConfig, type Image } from '../image/image.ts';
import { declareArg } from './instructions/arg.ts';
import { parseDockerfile } from './parser.ts';
import { INSTRUCTIONS } from './registry.ts';
import { planStages, type StagePlan } from './stages.ts';
import { BuildError, PREDEFINED_ARGS, type Builder, type Stage, type StageState } from './state.ts';
import { splitProcessed } from './words.ts';

export interface PreparedBuild extends StagePlan {
  escape: string;
  total: number;
}

export function prepareBuild(text: string, fileName: string, target: string, labels: Record<string, string>, kit = false): PreparedBuild {
  if (text === '') throw new DaemonError(`the Dockerfile (${fileName}) cannot be empty`, 400);
  const parsed = parseDockerfile(text, kit);
  if (parsed.instructions.length === 0) throw new DaemonError('failed to parse Dockerfile: file with no instructions', 400);
  const plan = planStages(parsed.instructions);
  let stages = plan.stages;
  if (target) {
    const i = stages.findIndex((s) => s.name === target.toLowerCase());
    if (i < 0) throw new DaemonError(`failed to reach build target ${target} in Dockerfile`, 400);
    stages = stages.slice(0, i + 1);
  }
  // Each --label is one more LABEL step (sorted by name) at the end of the stage that is built.
  const last = stages[stages.length - 1];
  for (const k of Object.keys(labels).sort()) {
    last?.commands.push({ cmd: 'label', original: `LABEL ${k}=${labels[k]}`, line: 0, flags: new Map(), rest: `${JSON.stringify(k)}=${JSON.stringify(labels[k])}`, json: null });
  }
  const total = plan.metaArgs.length + stages.reduce((n, s) => n + 1 + s.commands.length, 0);
  return { metaArgs: plan.metaArgs, stages, escape: parsed.escape, total };
}

/** Instructions BuildKit shows as steps (`[2/3] RUN …`); the others only change the image config. */
const KIT_STEPS = new Set(['from', 'run', 'copy', 'add', 'workdir']);

export async function runBuild(b: Builder, plan: PreparedBuild): Promise<Image> {
  let step = 0;
  for (const meta of plan.metaArgs) {
    await b.progress.metaArg(meta, ++step, plan.total);
    const d = declareArg(b, meta.rest, (n) => b.metaArgs.get(n), new Map());
    b.metaArgs.set(d.name, d.value);
  }
  let last: StageState | null = null;
  for (const [index, stage] of plan.stages.entries()) {
    const of = 1 + stage.commands.filter((c) => KIT_STEPS.has(c.cmd)).length;
    let n = 1;
    const place = () => ({ stage: index, stageName: stage.name, stages: plan.stages.length, n, of });
    await b.progress.begin(stage.from, ++step, plan.total, place());
    const state = await beginStage(b, stage);
    await b.progress.end(stage.from, state);
    for (const inst of stage.commands) {
      if (KIT_STEPS.has(inst.cmd)) n++;
      await b.progress.begin(inst, ++step, plan.total, place());
      b.current = inst;
      await INSTRUCTIONS[inst.cmd]!.run(b, state, inst);
      await b.progress.end(inst, state);
    }
    b.stageImages.set(String(index), state.image);
    if (stage.name) b.stageImages.set(stage.name, state.image);
    last = state;
  }
  const unused = [...b.options.buildArgs.keys()].filter((k) => !b.usedArgs.has(k) && !PREDEFINED_ARGS.has(k)).sort();
  if (unused.length) await b.progress.warn(`[Warning] One or more build-args [${unused.join(' ')}] were not consumed\n`);
  if (!last?.image) throw new BuildError('No image was generated. Is your Dockerfile empty?');
  return b.kit ? exportKitImage(b.engine, last.image) : last.image;
}

/** FROM: a previous stage, `scratch`, a local image or a pulled one; ONBUILD triggers of the base run here. */
async function beginStage(b: Builder, stage: Stage): Promise<StageState> {
  const words = splitProcessed(stage.from.rest, (n) => b.metaArgs.get(n), b.escape);
  const ref = words[0]!;
  let image: Image | null;
  if (b.stageImages.has(ref.toLowerCase())) image = b.stageImages.get(ref.toLowerCase())!;
  else if (ref.toLowerCase() === 'scratch') image = null;
  else {
    const local = b.options.pull ? undefined : b.engine.images.find(ref);
    image = local ?? (await b.pull(ref));
  }
  const config = image ? structuredClone(image.config) : emptyConfig();
  if (!(config.Env ?? []).some((kv) => kv.startsWith('PATH='))) config.Env = [...(config.Env ?? []), 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];
  const state: StageState = { image, config, args: new Map(), maintainer: '', cmdSet: false };
  const triggers = config.OnBuild ?? [];
  if (triggers.length) {
    config.OnBuild = null;
    await b.progress.triggers(triggers.length);
    for (const t of triggers) {
      const [inst] = parseDockerfile(t).instructions;
      if (!inst) continue;
      const def = INSTRUCTIONS[inst.cmd];
      if (!def) throw new BuildError(`unknown instruction: ${inst.cmd.toUpperCase()}`);
      b.current = inst;
      await def.run(b, state, inst);
    }
  }
  return state;
}
