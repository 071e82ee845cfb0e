import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `lessons/` folder shipped with container-lab, found from this module's own place: the
 * source tree (src/engine) and the bundle (dist/) sit at different depths below the package.
 */
export function defaultLessonsDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && /"name":\s*"container-lab"/.test(fs.readFileSync(pkg, 'utf8'))) return path.join(dir, 'lessons');
    const up = path.dirname(dir);
    if (up === dir) return path.resolve('lessons');
    dir = up;
  }
}
