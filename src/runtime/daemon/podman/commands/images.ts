import { imageSize, type Image } from '../../image/image.ts';
import { humanDuration, humanSize } from '../../cli/format/units.ts';
import { tabwrite } from '../../cli/format/tabwriter.ts';
import type { PodmanCommand } from '../call.ts';
import { findLocal, qualifiedTags } from '../names.ts';

/** `podman images`: one row per name (newest image first), untagged images as <none>. */
const images: PodmanCommand = async (call) => {
  const o = call.opts;
  const now = call.host.clock.now;
  let list = call.engine.images.all().sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
  if (call.args[0] !== undefined) {
    const want = findLocal(call.engine, call.args[0]);
    list = want ? [want] : [];
  }
  // Without -a, intermediate images (untagged, with children: a build's steps) are hidden.
  if (!o.bool('all')) list = list.filter((img) => img.repoTags.length > 0 || call.engine.images.children(img).length === 0);
  const trunc = !o.bool('no-trunc');
  const id = (img: Image) => (trunc ? img.id.slice(7, 19) : img.id);
  if (o.bool('quiet')) {
    await call.out([...new Set(list.map(id))].map((x) => `${x}\n`).join(''));
    return 0;
  }
  const rows: string[] = [];
  for (const img of list) {
    const created = `${humanDuration(now - Date.parse(img.created))} ago`;
    const size = humanSize(imageSize(img)).replace(/([0-9.])([kMGT]?B)$/, '$1 $2');
    const names = qualifiedTags(img);
    for (const t of names.length ? names : ['<none>:<none>']) {
      const i = t.lastIndexOf(':');
      rows.push(`${t.slice(0, i)}\t${t.slice(i + 1)}\t${id(img)}\t${created}\t${size}\n`);
    }
  }
  const head = o.bool('noheading') ? '' : 'REPOSITORY\tTAG\tIMAGE ID\tCREATED\tSIZE\n';
  await call.out(tabwrite(head + rows.join(''), 12, 2));
  return 0;
};

export default images;
