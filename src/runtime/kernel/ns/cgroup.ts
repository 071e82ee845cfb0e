import { Namespace } from './namespace.ts';

/** A cgroup namespace virtualises /proc/PID/cgroup paths relative to its root cgroup path. */
export class CgroupNamespace extends Namespace {
  readonly kind = 'cgroup' as const;
  constructor(inode: number, readonly rootPath: string) {
    super(inode);
  }
}
