import type { Controller } from '../controller.ts';

/** perf_event: groups tasks for `perf -G`; it has no control files of its own on v1. */
export const perfEvent: Controller<null> = {
  name: 'perf_event',
  init: () => null,
  files: () => [],
};
