import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';
import { programImage } from '../../../programs/binfmt.ts';
import { fileHash } from '../digest.ts';
import { oracleSlimRoot } from '../fs/oracle-root.ts';
import { image, layer, nop } from '../spec.ts';
import type { ImageSpec } from '../types.ts';

const JAVA_HOME = '/usr/java/openjdk-17';
const PATH = `PATH=${JAVA_HOME}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;

function jdk(t: TreeBuilder): void {
  for (const n of ['java', 'javac', 'jar', 'jshell', 'keytool', 'javadoc', 'jps', 'jstack']) t.file(`${JAVA_HOME}/bin/${n}`, programImage(n === 'java' ? 'java' : n), 0o755);
  t.file(`${JAVA_HOME}/release`, 'IMPLEMENTOR="Oracle Corporation"\nJAVA_VERSION="17.0.2"\nJAVA_VERSION_DATE="2022-01-18"\n');
  t.dir(`${JAVA_HOME}/lib`).dir(`${JAVA_HOME}/conf`);
}

/**
 * openjdk:17 (the deprecated official image's last 17 build, oraclelinux:8-slim, Feb 2022);
 * the lab offers it for pull/search/inspect only (`java` is not implemented).
 */
export const OPENJDK: ImageSpec[] = [
  image({
    repo: 'openjdk', tags: ['latest', '17', '17.0.2', '17-jdk', '17-jdk-oracle', '17-oracle', 'jdk', 'oracle'],
    config: { Env: [PATH, `JAVA_HOME=${JAVA_HOME}`, 'LANG=C.UTF-8', 'JAVA_VERSION=17.0.2'], Cmd: ['jshell'], WorkingDir: '' },
    history: [
      layer('2022-03-04T00:08:08.171413744Z', `/bin/sh -c #(nop) ADD file:${fileHash('oraclelinux-8-slim-2022')} in / `, 109810374, oracleSlimRoot(8, 5)),
      nop('2022-03-04T00:08:08.732961339Z', 'CMD ["/bin/bash"]'),
      layer('2022-03-04T11:03:28.546214339Z', '/bin/sh -c set -eux; \tmicrodnf install \t\tgzip \t\ttar \t\t\t\tbinutils \t\tfreetype fontconfig \t; \tmicrodnf clean all', 38196741, (t) => t.file('/usr/bin/gzip', programImage('gzip'), 0o755), undefined),
      nop('2022-03-04T11:03:28.902542143Z', `ENV JAVA_HOME=${JAVA_HOME}`),
      nop('2022-03-04T11:03:29.168327617Z', `ENV ${PATH}`),
      nop('2022-03-04T11:03:29.427208735Z', 'ENV LANG=C.UTF-8'),
      nop('2022-03-04T11:03:29.685214337Z', 'ENV JAVA_VERSION=17.0.2'),
      layer('2022-03-04T11:03:56.132049785Z', '/bin/sh -c set -eux; \t\tarch="$(objdump="$(command -v objdump)" && objdump --file-headers "$objdump" | awk -F \'[:,]+[[:space:]]+\' \'$1 == "architecture" { print $2 }\')"; \tcase "$arch" in \t\t\'i386:x86-64\') \t\t\tdownloadUrl=\'https://download.java.net/java/GA/jdk17.0.2/dfd4a8d0985749f896bed50d7138ee7f/8/GPL/openjdk-17.0.2_linux-x64_bin.tar.gz\'; \t\t\t;; \t\t*) echo >&2 "error: unsupported architecture: \'$arch\'"; exit 1 ;; \tesac; \t\tcurl -fL -o openjdk.tgz "$downloadUrl"; \tmkdir -p "$JAVA_HOME"; \ttar --extract --file openjdk.tgz --directory "$JAVA_HOME" --strip-components 1 --no-same-owner; \trm openjdk.tgz*; \t\tjava -Xshare:dump; \t\tjavac --version; \tjava --version', 323021148, jdk),
      nop('2022-03-04T11:03:56.472478813Z', 'CMD ["jshell"]'),
    ],
    description: 'Pre-release / non-production builds of OpenJDK', stars: 3935,
  }),
];
