import { describe, expect, it } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

const run = async (lines: string[]) => runAll(newSession(), lines);

// Outputs recorded from Docker CLI 28.2.2 / Engine 20.10.24 (goldens 410-417 of test/golden/docker).
describe('inspect -f: typed structs first, raw JSON fallback', () => {
  it('zero values of omitted fields, nil slices, maps and pointers', async () => {
    const r = await run([
      'docker run -d --name sp -p 9000:90 busybox sleep 1000',
      "docker inspect -f '{{.State.Health}} {{.Config.Healthcheck}} {{.HostConfig.Init}}|{{.Config.StopSignal}}|' sp",
      "docker inspect -f '{{.Config.ExposedPorts}} {{.Config.Volumes}} {{.Config.Entrypoint}} {{json .Config.Entrypoint}}' sp",
      "docker inspect -f '{{.HostConfig.PortBindings}} {{.HostConfig.RestartPolicy}}' sp",
      "docker inspect -f '{{.Config.Labels.nosuch}} {{index .Config.Labels \"nosuch\"}}|{{.SizeRw}}' sp",
    ]);
    expect(r[1]!.stdout).toBe('<nil> <nil> <nil>||\n');
    expect(r[2]!.stdout).toBe('map[90/tcp:{}] map[] [] null\n');
    expect(r[3]!.stdout).toBe('map[90/tcp:[{ 9000}]] {no 0}\n');
    expect(r[4]!.stdout).toBe('<no value> |<nil>\n');
  });

  it('falls back to the raw JSON (numbers as json.Number, missing keys are errors)', async () => {
    const r = await run([
      'docker run -d --name rf -m 32m busybox sleep 1000',
      "docker inspect -f '{{len .HostConfig.Memory}} {{eq .HostConfig.Memory \"x\"}} {{slice .Name 1}}' rf",
      "docker inspect -f '{{.Nope}}' rf",
      "docker image inspect -f '{{json .Config}} {{.Config}}' busybox",
    ]);
    expect(r[1]!.stdout).toBe('8 false rf\n');
    expect(r[2]!.stderr).toBe('template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"\n');
    expect(r[2]!.exit).toBe(1);
    expect(r[3]!.stdout).toBe('{"Cmd":["sh"]} {{ map[] [] [] [sh] map[]  map[]  false} {<nil> [] []}}\n');
  });

  it('-s adds the sizes; --type errors and --format json', async () => {
    const r = await run([
      'docker create --name cc busybox',
      "docker inspect -s -f '{{.SizeRw}} {{.SizeRootFs}}' cc | sed 's/[0-9][0-9]*/N/g'",
      'docker inspect --type bogus cc',
      'docker inspect --type volume cc',
      'docker inspect --format json cc | head -c 8',
    ]);
    expect(r[1]!.stdout).toBe('N N\n');
    expect(r[2]!.stderr).toBe('unknown type: "bogus": must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"\n');
    expect(r[3]!.stderr).toBe('Error response from daemon: get cc: no such volume\n');
    expect(r[4]!.stdout).toBe('[{"Id":"');
  });
});

describe('formatters', () => {
  it('ps validates --format on an empty context; images use formatter.Context texts', async () => {
    const r = await run([
      "docker ps --format '{{.Bogus}}'",
      "docker ps -q --format '{{.Names}}'",
      "docker images --format '{{.Nope}}'",
      "docker images --format '{{json .}}' busybox | grep -o '\"Digest\":\"[^\"]*\"'",
      "docker events --format '{{.Nope}}'",
    ]);
    expect(r[0]!.stderr).toBe('failed to execute template: template: :1:2: executing "" at <.Bogus>: can\'t evaluate field Bogus in type *formatter.ContainerContext\n');
    expect(r[1]!.stderr).toBe('WARNING: Ignoring custom format, because both --format and --quiet are set.\n');
    expect(r[2]!.stderr).toBe('template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.imageContext\n');
    expect(r[3]!.stdout).toBe('"Digest":"\\u003cnone\\u003e"\n');
    expect(r[4]!.stderr).toBe('Error parsing format: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *events.Message\n');
    expect(r[4]!.exit).toBe(64);
  });
});
