import { describe, expect, it } from 'vitest';
import { newSession } from '../../../helpers.ts';

describe('tomcat (catalina.sh run → java) and registry:2', () => {
  it('tomcat: JDK_JAVA_OPTIONS note, version lines, startup in [N] ms; the java command line in top; SIGTERM → 143', async () => {
    const s = newSession();
    await s.run('docker run -d --name tc tomcat > /dev/null 2>&1');
    const err = (await s.run('docker logs tc 2>&1 >/dev/null')).stdout.split('\n');
    expect(err[0]).toBe('NOTE: Picked up JDK_JAVA_OPTIONS:  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED');
    expect(err[1]).toBe('05-Jan-2026 08:00:00.000 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/10.1.23');
    expect(err).toContain('05-Jan-2026 08:00:00.000 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log JVM Version:           21.0.3+9-LTS');
    expect(err.at(-2)).toMatch(/^05-Jan-2026 08:00:00\.000 INFO \[main\] org\.apache\.catalina\.startup\.Catalina\.start Server startup in \[\d+\] milliseconds$/);
    expect((await s.run('docker top tc')).stdout).toContain('/opt/java/openjdk/bin/java -Djava.util.logging.config.file=/usr/local/tomcat/conf/logging.properties -Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager -Djdk.tls.ephemeralDHKeySize=2048 -Djava.protocol.handler.pkgs=org.apache.catalina.webresources -Dorg.apache.catalina.security.SecurityListener.UMASK=0027 -classpath /usr/local/tomcat/bin/bootstrap.jar:/usr/local/tomcat/bin/tomcat-juli.jar -Dcatalina.base=/usr/local/tomcat -Dcatalina.home=/usr/local/tomcat -Djava.io.tmpdir=/usr/local/tomcat/temp org.apache.catalina.startup.Bootstrap start\n');
    await s.run('docker stop tc');
    expect((await s.run('docker logs tc 2>&1 | tail -1')).stdout).toBe('05-Jan-2026 08:00:00.000 INFO [Thread-1] org.apache.coyote.AbstractProtocol.destroy Destroying ProtocolHandler ["http-nio-8080"]\n');
    expect((await s.run("docker inspect -f '{{.State.ExitCode}}' tc")).stdout).toBe('143\n');
    expect((await s.run('docker run --rm tomcat java -version')).stderr).toBe('openjdk version "21.0.3" 2024-04-16 LTS\nOpenJDK Runtime Environment Temurin-21.0.3+9 (build 21.0.3+9-LTS)\nOpenJDK 64-Bit Server VM Temurin-21.0.3+9 (build 21.0.3+9-LTS, mixed mode, sharing)\n');
    expect(await s.run('docker run --rm tomcat java -jar app.jar')).toMatchObject({ stderr: 'lab: running Java class app.jar is not implemented in the lab yet\n', exit: 1 });
  });

  it('registry serve: logrus lines on stderr, listening on [::]:5000; SIGTERM drains and exits 0', async () => {
    const s = newSession();
    await s.run('docker run -d --name reg registry:2 > /dev/null 2>&1');
    const logs = await s.run('docker logs reg');
    expect(logs.stdout).toBe('');
    const msgs = logs.stderr.split('\n').filter(Boolean).map((l) => l.replace(/^time="2026-01-05T08:00:00Z" /, '').replace(/ go\.version=go1\.20\.8 instance\.id=[0-9a-f-]{36} service=registry version=v2\.8\.3$/, ''));
    expect(msgs).toEqual([
      expect.stringMatching(/^level=warning msg="No HTTP secret provided - generated random secret\. /),
      'level=info msg="redis not configured"',
      expect.stringMatching(/^level=info msg="Starting upload purge in \d+m0s"$/),
      'level=info msg="using inmemory blob descriptor cache"',
      'level=info msg="listening on [::]:5000"',
    ]);
    expect((await s.run('docker top reg')).stdout).toContain(' registry serve /etc/docker/registry/config.yml\n');
    await s.run('docker stop reg');
    expect((await s.run('docker logs reg 2>&1 | tail -1')).stdout).toContain('level=info msg="stopping server gracefully. Draining connections for 0s"');
    expect((await s.run("docker inspect -f '{{.State.ExitCode}}' reg")).stdout).toBe('0\n');
  });
});
