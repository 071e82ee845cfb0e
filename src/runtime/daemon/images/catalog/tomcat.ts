import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';
import { programImage } from '../../../programs/binfmt.ts';
import { SETCLASSPATH_SH, catalinaJar, catalinaSh } from '../fs/tomcat-scripts.ts';
import { bkNop, image, layer } from '../spec.ts';
import type { HistoryEntry, ImageSpec } from '../types.ts';
import { ubuntuBase } from './ubuntu.ts';

const bk = 'buildkit.dockerfile.v0';
const JAVA_HOME = '/opt/java/openjdk';
const CATALINA_HOME = '/usr/local/tomcat';
const PATH = `PATH=${CATALINA_HOME}/bin:${JAVA_HOME}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;

interface Release { tags: string[]; major: string; version: string; java: string; javaFeature: number; at: string; jreSize: number; tomcatSize: number; built: string }

const RELEASES: Release[] = [
  { tags: ['latest', '10', '10.1', '10.1.23', 'jre21', '10.1-jre21', '10.1.23-jre21-temurin-jammy'], major: '10', version: '10.1.23', java: 'jdk-21.0.3+9', javaFeature: 21, at: '2024-04-30T10:', jreSize: 142718335, tomcatSize: 22851370, built: 'Apr 16 2024 19:54:47 UTC' },
  { tags: ['9', '9.0', '9.0.88', 'jre17', '9.0-jre17', '9.0.88-jre17-temurin-jammy'], major: '9', version: '9.0.88', java: 'jdk-17.0.11+9', javaFeature: 17, at: '2024-04-30T11:', jreSize: 145271834, tomcatSize: 21768390, built: 'Apr 8 2024 11:21:05 UTC' },
  { tags: ['8.5', '8', '8.5.100', 'jre8', '8.5-jre8', '8.5.100-jre8-temurin-jammy'], major: '8', version: '8.5.100', java: 'jdk8u412-b08', javaFeature: 8, at: '2024-04-30T12:', jreSize: 116374260, tomcatSize: 20980117, built: 'Mar 19 2024 19:29:10 UTC' },
];

function javaEnv(r: Release): string[] {
  return [`JAVA_HOME=${JAVA_HOME}`, 'LANG=en_US.UTF-8', 'LANGUAGE=en_US:en', 'LC_ALL=en_US.UTF-8', `JAVA_VERSION=${r.java}`];
}

function tomcatEnv(r: Release): string[] {
  return [`CATALINA_HOME=${CATALINA_HOME}`, `TOMCAT_NATIVE_LIBDIR=${CATALINA_HOME}/native-jni-lib`, `LD_LIBRARY_PATH=${CATALINA_HOME}/native-jni-lib`, `TOMCAT_MAJOR=${r.major}`, `TOMCAT_VERSION=${r.version}`];
}

/** Eclipse Temurin's JRE under /opt/java/openjdk. */
export function temurin(t: TreeBuilder, feature: number): void {
  for (const n of ['java', 'keytool', 'jfr', 'jrunscript', 'rmiregistry']) t.file(`${JAVA_HOME}/bin/${n}`, programImage('java'), 0o755);
  t.file(`${JAVA_HOME}/release`, `JAVA_VERSION="${feature === 8 ? '1.8.0_412' : `${feature}.0.${feature === 21 ? 3 : 11}`}"\nIMPLEMENTOR="Eclipse Adoptium"\n`);
  t.dir(`${JAVA_HOME}/lib`).dir(`${JAVA_HOME}/conf`);
}

function tomcatTree(r: Release): (t: TreeBuilder) => void {
  return (t) => {
    const h = CATALINA_HOME;
    t.file(`${h}/bin/catalina.sh`, catalinaSh(r.major), 0o750).file(`${h}/bin/setclasspath.sh`, SETCLASSPATH_SH, 0o750);
    // The wrappers call catalina.sh with their command, which the model's catalina.sh reports as not modelled.
    for (const [n, cmd] of [['startup.sh', 'start'], ['shutdown.sh', 'stop'], ['version.sh', 'version'], ['configtest.sh', 'configtest']]) t.file(`${h}/bin/${n}`, `#!/bin/sh\nexec "$(dirname "$0")"/catalina.sh ${cmd} "$@"\n`, 0o750);
    for (const j of ['bootstrap.jar', 'commons-daemon.jar', 'tomcat-juli.jar']) t.file(`${h}/bin/${j}`, 'PK\x03\x04', 0o640);
    t.file(`${h}/conf/server.xml`, `<?xml version="1.0" encoding="UTF-8"?>\n<Server port="8005" shutdown="SHUTDOWN">\n  <Service name="Catalina">\n    <Connector port="8080" protocol="HTTP/1.1"\n               connectionTimeout="20000"\n               redirectPort="8443" />\n    <Engine name="Catalina" defaultHost="localhost">\n      <Host name="localhost"  appBase="webapps"\n            unpackWARs="true" autoDeploy="true">\n      </Host>\n    </Engine>\n  </Service>\n</Server>\n`, 0o600);
    for (const c of ['web.xml', 'context.xml', 'tomcat-users.xml', 'logging.properties', 'catalina.properties', 'catalina.policy', 'jaspic-providers.xml']) t.file(`${h}/conf/${c}`, `<!-- ${c} -->\n`, 0o600);
    t.file(`${h}/lib/catalina.jar`, catalinaJar(r.version, r.built), 0o640);
    for (const j of ['servlet-api.jar', 'jsp-api.jar', 'el-api.jar', 'jasper.jar', 'tomcat-coyote.jar', 'tomcat-util.jar', 'websocket-api.jar']) t.file(`${h}/lib/${j}`, 'PK\x03\x04', 0o640);
    t.dir(`${h}/webapps`).dir(`${h}/logs`, 0o1777).dir(`${h}/temp`, 0o1777).dir(`${h}/work`, 0o1777).dir(`${h}/native-jni-lib`);
    for (const w of ['ROOT', 'docs', 'examples', 'host-manager', 'manager']) t.file(`${h}/webapps.dist/${w}/index.jsp`, `<%-- ${w} --%>\n`);
    for (const f of ['LICENSE', 'NOTICE', 'README.md', 'RELEASE-NOTES', 'RUNNING.txt']) t.file(`${h}/${f}`, `Apache Tomcat ${r.version}\n`);
  };
}

function history(r: Release): HistoryEntry[] {
  const at = (s: number) => `${r.at}${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}Z`;
  return [
    ...ubuntuBase('22.04'),
    bkNop(at(0), `ENV JAVA_HOME=${JAVA_HOME}`),
    bkNop(at(0), `ENV PATH=${JAVA_HOME}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`),
    bkNop(at(0), 'ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8'),
    layer(at(10), 'RUN /bin/sh -c set -eux;     apt-get update;     DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends         curl         wget         fontconfig         ca-certificates p11-kit         tzdata         locales     ;     echo "en_US.UTF-8 UTF-8" >> /etc/locale.gen;     locale-gen en_US.UTF-8;     rm -rf /var/lib/apt/lists/* # buildkit', 45478513, (t) => t.file('/usr/bin/curl', programImage('curl'), 0o755).file('/usr/bin/wget', programImage('wget'), 0o755).file('/etc/locale.gen', 'en_US.UTF-8 UTF-8\n'), bk),
    bkNop(at(10), `ENV JAVA_VERSION=${r.java}`),
    layer(at(40), 'RUN /bin/sh -c set -eux;     ARCH="$(dpkg --print-architecture)";     wget --progress=dot:giga -O /tmp/openjdk.tar.gz ${BINARY_URL};     mkdir -p "$JAVA_HOME";     tar --extract         --file /tmp/openjdk.tar.gz         --directory "$JAVA_HOME"         --strip-components 1         --no-same-owner     ;     rm -f /tmp/openjdk.tar.gz ${JAVA_HOME}/lib/src.zip; # buildkit', r.jreSize, (t) => temurin(t, r.javaFeature), bk),
    layer(at(41), 'RUN /bin/sh -c set -eux;     echo "Verifying install ...";     echo "java --version"; java --version;     echo "Complete." # buildkit', 0, (t) => t.dir('/tmp', 0o1777), bk),
    bkNop(at(41), `ENV CATALINA_HOME=${CATALINA_HOME}`),
    bkNop(at(41), `ENV ${PATH}`),
    layer(at(41), 'RUN /bin/sh -c mkdir -p "$CATALINA_HOME" # buildkit', 0, (t) => t.dir(CATALINA_HOME), bk),
    bkNop(at(41), `WORKDIR ${CATALINA_HOME}`),
    bkNop(at(41), `ENV TOMCAT_NATIVE_LIBDIR=${CATALINA_HOME}/native-jni-lib`),
    bkNop(at(41), 'ENV LD_LIBRARY_PATH=/usr/local/tomcat/native-jni-lib'),
    bkNop(at(41), `ENV TOMCAT_MAJOR=${r.major}`),
    bkNop(at(41), `ENV TOMCAT_VERSION=${r.version}`),
    layer(at(50), 'COPY /usr/local/tomcat /usr/local/tomcat # buildkit', r.tomcatSize, tomcatTree(r), bk),
    layer(at(55), 'RUN /bin/sh -c set -eux;     apt-get update;     xargs -rt apt-get install -y --no-install-recommends < "$TOMCAT_NATIVE_LIBDIR/.dependencies.txt";     rm -rf /var/lib/apt/lists/* # buildkit', 4214032, (t) => t.file(`${CATALINA_HOME}/native-jni-lib/.dependencies.txt`, 'libapr1\nlibssl3\n'), bk),
    layer(at(56), 'RUN /bin/sh -c set -eux;     nativeLines="$(catalina.sh configtest 2>&1)";     nativeLines="$(echo "$nativeLines" | grep \'Apache Tomcat Native\')";     nativeLines="$(echo "$nativeLines" | sort -u)";     if ! echo "$nativeLines" | grep -E \'INFO: Loaded( APR based)? Apache Tomcat Native library\' >&2; then         echo >&2 "$nativeLines";         exit 1;     fi # buildkit', 0, (t) => t.dir(`${CATALINA_HOME}/logs`, 0o1777), bk),
    bkNop(at(56), 'EXPOSE map[8080/tcp:{}]'),
    bkNop(at(56), 'ENTRYPOINT []'),
    bkNop(at(56), 'CMD ["catalina.sh" "run"]'),
  ];
}

/** tomcat 10.1 (latest), 9.0 and 8.5 on Eclipse Temurin JREs over Ubuntu 22.04. */
export const TOMCAT: ImageSpec[] = RELEASES.map((r) => image({
  repo: 'tomcat', tags: r.tags,
  config: { ExposedPorts: { '8080/tcp': {} }, Env: [PATH, ...javaEnv(r), ...tomcatEnv(r)], Cmd: ['catalina.sh', 'run'], WorkingDir: CATALINA_HOME, Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '22.04' } },
  history: history(r),
  description: 'Apache Tomcat is an open source implementation of the Java Servlet and JavaServer Pages technologies', stars: 3674,
}));
