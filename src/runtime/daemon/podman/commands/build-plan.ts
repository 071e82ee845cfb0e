import { prepareBuild, type PreparedBuild } from '../../build/builder.ts';
import type { PodmanPlan } from '../../build/progress-podman.ts';
import type { Stage } from '../../build/state.ts';
import { DaemonError } from '../../errors.ts';
import { PodmanError } from '../call.ts';

/** The engine's plan-time errors in buildah's words, where the two differ. */
const MESSAGES: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^failed to reach build target (.*) in Dockerfile$/, (m) => `The target "${m[1]}" was not found in the provided Dockerfile`],
  [/^failed to parse Dockerfile: file with no instructions$/, () => 'building: no stages to build'],
  [/^no build stage in current context$/, () => 'no FROM statement found'],
];

/** Stages another one builds on: `FROM <stage>` and `COPY/ADD --from=<stage>`. */
function refsOf(stage: Stage): string[] {
  const refs = [stage.from.rest.trim().split(/\s+/)[0]!.toLowerCase()];
  for (const c of stage.commands) {
    const from = c.flags.get('from');
    if ((c.cmd === 'copy' || c.cmd === 'add') && typeof from === 'string') refs.push(from.toLowerCase());
  }
  return refs;
}

/**
 * --skip-unused-stages (on by default): only the last stage and the stages it needs, directly or
 * not, are built. The builder numbers stages by their place in the list it runs, so when a
 * reference is a number (or an ARG to expand) every stage is kept, which builds the same image.
 */
function usedStages(stages: Stage[]): number[] {
  const refs = stages.map(refsOf);
  if (refs.flat().some((r) => /^\d+$/.test(r) || r.includes('$'))) return stages.map((_, i) => i);
  const keep = new Set<number>();
  const visit = (i: number) => {
    if (keep.has(i)) return;
    keep.add(i);
    for (const r of refs[i]!) {
      const j = stages.findIndex((s, k) => k < i && s.name === r);
      if (j >= 0) visit(j);
    }
  };
  visit(stages.length - 1);
  return [...keep].sort((a, b) => a - b);
}

export interface PodmanBuildPlan {
  prepared: PreparedBuild;
  printer: PodmanPlan;
}

export function planPodmanBuild(text: string, target: string, commitName: string): PodmanBuildPlan {
  let prepared: PreparedBuild;
  try {
    prepared = prepareBuild(text, 'Containerfile', target, {});
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    for (const [re, say] of MESSAGES) {
      const m = re.exec(e.message);
      if (m) throw new PodmanError(say(m));
    }
    // Buildah checks each instruction's arguments only when it reaches that step, after running
    // the ones before; the lab checks them all first and reports the engine's parse error.
    throw new PodmanError(e.message);
  }
  const used = usedStages(prepared.stages);
  const printer: PodmanPlan = {
    stages: used.map((i) => ({ index: i, steps: 1 + prepared.stages[i]!.commands.length })),
    fileStages: prepared.stages.length,
    commitName,
  };
  return { prepared: { ...prepared, stages: used.map((i) => prepared.stages[i]!) }, printer };
}
