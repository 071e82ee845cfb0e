import type { Predicate } from './predicate.ts';
import { all } from './predicates/all.ts';
import { any } from './predicates/any.ts';
import { cgroup } from './predicates/cgroup.ts';
import { container } from './predicates/container.ts';
import { daemon } from './predicates/daemon.ts';
import { file } from './predicates/file.ts';
import { history } from './predicates/history.ts';
import { image } from './predicates/image.ts';
import { logs } from './predicates/logs.ts';
import { mount } from './predicates/mount.ts';
import { network } from './predicates/network.ts';
import { not } from './predicates/not.ts';
import { output } from './predicates/output.ts';
import { port } from './predicates/port.ts';
import { process } from './predicates/process.ts';
import { quiz } from './predicates/quiz.ts';
import { volume } from './predicates/volume.ts';

/** Every predicate a lesson's `check:` may use, by its YAML name (one module each). */
export const PREDICATES = {
  container,
  port,
  mount,
  logs,
  image,
  volume,
  network,
  file,
  process,
  cgroup,
  daemon,
  history,
  output,
  quiz,
  all,
  any,
  not,
} satisfies Record<string, Predicate>;

export const predicateNames = (): string[] => Object.keys(PREDICATES);
