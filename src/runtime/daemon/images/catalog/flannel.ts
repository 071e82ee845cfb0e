import { programImage } from '../../../programs/binfmt.ts';
import { fileHash } from '../digest.ts';
import { image, layer, nop } from '../spec.ts';
import type { ImageSpec } from '../types.ts';
import { DEFAULT_PATH } from '../types.ts';
import { alpineBase } from './alpine.ts';

/** quay.io/coreos/flannel:v0.10.0-amd64 (January 2018, FROM alpine 3.7): pulled, not run, in the course. */
export const FLANNEL: ImageSpec[] = [
  image({
    repo: 'quay.io/coreos/flannel', tags: ['v0.10.0-amd64'],
    config: { Env: [DEFAULT_PATH, 'FLANNEL_ARCH=amd64'], Cmd: null, Entrypoint: ['/opt/bin/flanneld'], WorkingDir: '', Labels: { maintainer: 'Tom Denham <tom@tomdee.co.uk>' } },
    history: [
      ...alpineBase('3.7.0', 4147781, '2018-01-09T21:10:58.579708634Z', '2018-01-09T21:10:58.871458114Z', true),
      nop('2018-01-24T22:52:27.137046128Z', 'LABEL maintainer=Tom Denham <tom@tomdee.co.uk>'),
      nop('2018-01-24T22:52:27.420187004Z', 'ENV FLANNEL_ARCH=amd64'),
      layer('2018-01-24T22:52:34.958329364Z', '/bin/sh -c apk add --no-cache iproute2 net-tools ca-certificates iptables strongswan && update-ca-certificates', 6975734, (t) => {
        for (const n of ['iptables', 'iptables-save', 'iptables-restore', 'ip']) t.file(`/sbin/${n}`, programImage(n), 0o755);
        t.file('/usr/sbin/ipsec', programImage('ipsec'), 0o755);
      }),
      layer('2018-01-24T22:52:36.060237925Z', `/bin/sh -c #(nop) COPY file:${fileHash('flanneld-v0.10.0')} in /opt/bin/flanneld `, 32486048, (t) => t.file('/opt/bin/flanneld', programImage('flanneld'), 0o755)),
      layer('2018-01-24T22:52:36.344539561Z', `/bin/sh -c #(nop) COPY file:${fileHash('mk-docker-opts')} in /opt/bin/ `, 2139, (t) => t.file('/opt/bin/mk-docker-opts.sh', '#!/bin/sh\n# Generate Docker daemon options based on flannel env file.\n', 0o755)),
      nop('2018-01-24T22:52:36.631279932Z', 'ENTRYPOINT ["/opt/bin/flanneld"]'),
    ],
    description: '', stars: 0, official: false, dockerVersion: '1.13.1',
  }),
];
