import { imageSize, type Image } from '../../image/image.ts';
import type { Container } from '../../container/container.ts';
import { execute, parseTemplate, TemplateError } from '../../template/index.ts';
import { fail, type PodmanCommand } from '../call.ts';
import { findLocal, qualifiedTags } from '../names.ts';
import { containerJson } from './inspect-json.ts';

/** podman's JSON: 5-space indent (json.MarshalIndent with "     "). */
const marshal = (v: unknown) => JSON.stringify(v, null, 5);

export function imageJson(img: Image): Record<string, unknown> {
  const tags = qualifiedTags(img);
  return {
    Id: img.id.slice(7), Digest: img.repoDigests[0]?.replace(/^.*@/, '') ?? img.id,
    RepoTags: tags, RepoDigests: img.repoDigests.map((d) => (d.includes('/') && /[.:]/.test(d.split('/')[0]!) ? d : `docker.io/${d.includes('/') ? '' : 'library/'}${d}`)),
    Parent: img.parent, Comment: img.comment, Created: img.created, Config: img.config, Version: img.dockerVersion, Author: img.author,
    Architecture: img.architecture, Os: img.os, Size: imageSize(img), VirtualSize: imageSize(img),
    GraphDriver: { Name: 'overlay', Data: {} }, RootFS: { Type: 'layers', Layers: img.layers.map((l) => l.diffId) },
    Labels: img.config.Labels, Annotations: {}, ManifestType: 'application/vnd.docker.distribution.manifest.v2+json', User: img.config.User,
    History: img.history, NamesHistory: tags,
  };
}

/** `podman inspect [--type] [-f] NAME...`: containers first, then images. */
const inspect: PodmanCommand = async (call) => {
  const type = call.opts.str('type') || 'all';
  const found: unknown[] = [];
  const errors: string[] = [];
  for (const ref of call.args) {
    const c: Container | undefined = type === 'image' ? undefined : call.engine.find(ref);
    const img = c || type === 'container' ? undefined : findLocal(call.engine, ref);
    if (c) found.push(containerJson(call, c));
    else if (img) found.push(imageJson(img));
    else if (type === 'image') errors.push(`${ref}: image not known`);
    else if (type === 'container') errors.push(`no such container ${ref}`);
    else errors.push(`no such object: "${ref}"`);
  }
  const format = call.opts.str('format');
  if (format && format !== 'json') {
    try {
      const tpl = parseTemplate(format.replaceAll('\\n', '\n').replaceAll('\\t', '\t'));
      await call.out(found.map((v) => `${execute(tpl, JSON.parse(JSON.stringify(v)))}\n`).join(''));
    } catch (e) {
      if (e instanceof TemplateError) return fail(call, e.message);
      throw e;
    }
  } else await call.out(`${found.length ? marshal(found) : '[]'}\n`);
  if (errors.length) return fail(call, `inspecting object: ${errors[errors.length - 1]}`);
  return 0;
};

export default inspect;
