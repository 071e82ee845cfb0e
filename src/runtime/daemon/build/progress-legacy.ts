import { shortId } from '../ids.ts';
import type { BuildProgress } from './progress.ts';

/** The legacy builder's stream: `Step 2/3 : RUN …`, ` ---> Running in …`, ` ---> <id>`. */
export function legacyProgress(out: (text: string) => Promise<void>): BuildProgress {
  return {
    metaArg: (inst, step, total) => out(`Step ${step}/${total} : ${inst.original}\n`),
    begin: (inst, step, total) => out(`Step ${step}/${total} : ${inst.original}\n`),
    end: (_inst, state) => out(` ---> ${state.image ? shortId(state.image.id) : ''}\n`),
    cached: () => out(' ---> Using cache\n'),
    running: (id) => out(` ---> Running in ${shortId(id)}\n`),
    removed: (id) => out(`Removing intermediate container ${shortId(id)}\n`),
    // The engine's stream formatter wraps each stderr write in red.
    output: (data, stream) => out(stream === 'stderr' ? `\x1b[91m${data}\x1b[0m` : data),
    triggers: (n) => out(`# Executing ${n} build trigger${n > 1 ? 's' : ''}\n`),
    warn: (text) => out(text),
  };
}
