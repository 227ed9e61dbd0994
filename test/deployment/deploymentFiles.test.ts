// Docker cannot run on this machine, so the deployment files are kept correct by parsing them: every path they copy
// or run exists, every environment variable they set is one CallCov reads (CONFIG_VARIABLES), every command and role
// is one the CLI has. (The image itself is not built here.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { CONFIG_VARIABLES, parseConfig } from '@callcov/core';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = 'packages/cli/src/main.ts';
const ROLES = ['all', 'api', 'worker', 'dispatcher'];
const CONFIG_NAMES = new Set(CONFIG_VARIABLES.map((v) => v.name));
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const exists = (p: string) => existsSync(join(ROOT, p));

interface Instruction {
  op: string;
  args: string;
  line: number;
}

/** Dockerfile -> instructions (continuations joined, comments and parser directives dropped). */
function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  let buf = '';
  let startLine = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (buf === '' && (line.trim() === '' || line.trimStart().startsWith('#'))) return;
    if (buf !== '' && line.trimStart().startsWith('#')) return;
    if (buf === '') startLine = i + 1;
    if (line.endsWith('\\')) {
      buf += line.slice(0, -1) + ' ';
      return;
    }
    buf += line;
    const m = /^\s*(\w+)\s+([\s\S]*)$/.exec(buf);
    assert.ok(m, `Dockerfile line ${startLine} is an instruction`);
    out.push({ op: m[1]!.toUpperCase(), args: m[2]!.trim(), line: startLine });
    buf = '';
  });
  return out;
}

interface Stage {
  name: string | null;
  image: string;
  instructions: Instruction[];
}

function stagesOf(instructions: Instruction[]): { stages: Stage[]; args: Map<string, string> } {
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const ins of instructions) {
    if (ins.op === 'ARG' && stages.length === 0) {
      const [k, v = ''] = ins.args.split('=');
      args.set(k!.trim(), v.trim());
    } else if (ins.op === 'FROM') {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(ins.args);
      assert.ok(m, `FROM at line ${ins.line}`);
      const image = m[1]!.replace(/\$\{(\w+)\}|\$(\w+)/g, (_s, a: string, b: string) => args.get(a ?? b) ?? '');
      stages.push({ name: m[2] ?? null, image, instructions: [] });
    } else {
      assert.ok(stages.length > 0, `${ins.op} before FROM at line ${ins.line}`);
      stages.at(-1)!.instructions.push(ins);
    }
  }
  return { stages, args };
}

/** .dockerignore semantics (enough of them): later patterns win, `!` re-includes, a match on a parent excludes the child. */
function dockerIgnored(path: string, patterns: string[]): boolean {
  let ignored = false;
  const parts = path.split('/');
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    const pattern = (negate ? raw.slice(1) : raw).replace(/^\/+|\/+$/g, '');
    for (let i = 1; i <= parts.length; i++) {
      if (matchesGlob(parts.slice(0, i).join('/'), pattern)) {
        ignored = !negate;
        break;
      }
    }
  }
  return ignored;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = `${dir}/${name}`;
    if (statSync(join(ROOT, p)).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

const jsonArray = (args: string, what: string): string[] => {
  const v = JSON.parse(args) as unknown;
  assert.ok(Array.isArray(v) && v.every((x) => typeof x === 'string'), `${what} uses the exec (JSON array) form`);
  return v as string[];
};

/** `serve --role worker` -> checks the CLI has that command/role. */
function assertCliCommand(command: string[], where: string) {
  assert.ok(['serve', 'migrate', 'keys'].includes(command[0]!), `${where}: '${command[0]}' is a callcov command`);
  if (command[0] === 'serve') {
    const i = command.indexOf('--role');
    if (i >= 0) assert.ok(ROLES.includes(command[i + 1]!), `${where}: role '${command[i + 1]}' is one of ${ROLES.join(', ')}`);
  }
}

const dockerfile = parseDockerfile(read('Dockerfile'));
const { stages } = stagesOf(dockerfile);
const finalStage = stages.at(-1)!;
const ignorePatterns = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

describe('Dockerfile (parsed; Docker itself cannot run on this machine)', () => {
  test('is multi-stage and the runtime stage is Node.js 24 slim', () => {
    assert.ok(stages.length >= 2, 'several stages');
    assert.match(finalStage.image, /^node:24[\w.-]*slim$/);
    for (const s of stages) assert.match(s.image, /^node:24/, `stage ${s.name} is Node.js 24`);
  });

  test('runs as a non-root user, with ffmpeg, pocketsphinx and pocketsphinx-en-us installed in the runtime stage', () => {
    const users = finalStage.instructions.filter((i) => i.op === 'USER');
    assert.ok(users.length > 0, 'USER is set');
    assert.ok(!['root', '0', '0:0'].includes(users.at(-1)!.args), `final USER (${users.at(-1)!.args}) is not root`);
    const userIndex = finalStage.instructions.indexOf(users.at(-1)!);
    const entryIndex = finalStage.instructions.findIndex((i) => i.op === 'ENTRYPOINT' || i.op === 'CMD');
    assert.ok(userIndex < entryIndex, 'USER comes before the entrypoint');
    const installs = finalStage.instructions.filter((i) => i.op === 'RUN' && /apt-get install/.test(i.args)).map((i) => i.args.split(/\s+/)).flat();
    for (const pkg of ['ffmpeg', 'pocketsphinx', 'pocketsphinx-en-us']) assert.ok(installs.includes(pkg), `${pkg} is installed`);
  });

  test('runs `callcov serve` through the real CLI entry point', () => {
    const entry = jsonArray(finalStage.instructions.find((i) => i.op === 'ENTRYPOINT')!.args, 'ENTRYPOINT');
    const cmd = jsonArray(finalStage.instructions.find((i) => i.op === 'CMD')!.args, 'CMD');
    const main = entry.find((a) => a.endsWith('.ts'));
    assert.equal(main, CLI);
    assert.ok(exists(main));
    const workdir = finalStage.instructions.filter((i) => i.op === 'WORKDIR').at(-1)!.args;
    assert.equal(workdir, '/app', 'the entry point path is relative to WORKDIR /app');
    assert.equal(cmd[0], 'serve');
    assertCliCommand(cmd, 'CMD');
  });

  test('every COPY source exists, is not excluded by .dockerignore, and --from names an earlier stage', () => {
    const names = stages.map((s) => s.name);
    stages.forEach((stage, si) => {
      for (const ins of stage.instructions.filter((i) => i.op === 'COPY')) {
        const words = ins.args.split(/\s+/);
        const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
        const paths = words.filter((w) => !w.startsWith('--'));
        const sources = paths.slice(0, -1);
        assert.ok(sources.length > 0, `COPY at line ${ins.line} has a source`);
        if (from) {
          assert.ok(names.slice(0, si).includes(from), `COPY --from=${from} (line ${ins.line}) names an earlier stage`);
          continue;
        }
        for (const src of sources) {
          assert.ok(exists(src), `COPY source ${src} (line ${ins.line}) exists`);
          assert.ok(!dockerIgnored(src.replace(/^\.\/?/, '') || '.', ignorePatterns) || src === '.', `COPY source ${src} is not in .dockerignore`);
        }
      }
    });
  });

  test('every script a RUN calls exists and is executable; ENV sets only variables CallCov reads', () => {
    for (const ins of dockerfile.filter((i) => i.op === 'RUN')) {
      for (const m of ins.args.matchAll(/(?:^|[\s;&|])(scripts\/[\w./-]+)/g)) {
        assert.ok(exists(m[1]!), `${m[1]} (line ${ins.line}) exists`);
        accessSync(join(ROOT, m[1]!), constants.X_OK);
      }
    }
    for (const ins of dockerfile.filter((i) => i.op === 'ENV')) {
      for (const m of ins.args.matchAll(/(\w+)=/g)) assert.ok(CONFIG_NAMES.has(m[1]!), `ENV ${m[1]} is in CONFIG_VARIABLES`);
    }
  });

  test('.dockerignore keeps out node_modules and .git but keeps every file the image needs', () => {
    for (const p of ['node_modules', 'packages/db/node_modules', '.git']) assert.ok(dockerIgnored(p, ignorePatterns), `${p} is ignored`);
    const needed = [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'scripts/build-dashboard',
      ...readdirSync(join(ROOT, 'packages')).flatMap((p) => [`packages/${p}/package.json`]),
      ...readdirSync(join(ROOT, 'packages')).flatMap((p) => (exists(`packages/${p}/src`) ? listFiles(`packages/${p}/src`) : [])).filter((f) => !f.endsWith('.test.ts')),
      ...['index.html', 'vite.config.ts', 'tsconfig.json'].map((f) => `packages/dashboard/${f}`),
    ];
    const missing = needed.filter((p) => exists(p) && dockerIgnored(p, ignorePatterns));
    assert.deepEqual(missing, [], 'files the image needs are not ignored');
  });
});

const compose = parseYaml(read('compose.yaml'), { merge: true }) as {
  services: Record<string, { image?: string; build?: unknown; command?: string[]; environment?: Record<string, string>; depends_on?: Record<string, unknown>; ports?: unknown[]; container_name?: string; volumes?: string[]; healthcheck?: { test: string[] }; deploy?: { replicas?: unknown } }>;
  volumes?: Record<string, unknown>;
};
/** Host-side variables compose.yaml interpolates (`${NAME:-default}`): not CallCov settings. */
const composeHostVariables = new Set([...`${read('compose.yaml')}${read('compose.s3.yaml')}`.matchAll(/\$\{(\w+)/g)].map((m) => m[1]!));
/** Read by the AWS SDK (object storage credentials and region), not by CallCov's own configuration. */
const AWS_SDK_VARIABLES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE', 'AWS_ROLE_ARN', 'AWS_WEB_IDENTITY_TOKEN_FILE']);
const interpolate = (s: string) => s.replace(/\$\{(\w+)(?::?-([^}]*))?\}/g, (_m, _n: string, d: string | undefined) => d ?? '');
const callcovServices = Object.entries(compose.services).filter(([, s]) => s.build === '.' || (s.image ?? '').startsWith('callcov'));

describe('compose.yaml (parsed with the yaml package)', () => {
  test('runs PostgreSQL and CallCov api, worker and dispatcher roles from this Dockerfile', () => {
    assert.ok(Object.values(compose.services).some((s) => /^postgres:\d+/.test(s.image ?? '')), 'a postgres service');
    const roles = callcovServices.map(([, s]) => s.command ?? []).filter((c) => c[0] === 'serve').map((c) => c[c.indexOf('--role') + 1]);
    for (const role of ['api', 'worker', 'dispatcher']) assert.ok(roles.includes(role), `a ${role} process`);
    for (const [name, s] of callcovServices) {
      if (s.build !== undefined) assert.ok(s.build === '.' && exists('Dockerfile'), `${name} builds this repository's Dockerfile`);
      assertCliCommand(s.command ?? ['serve'], `service ${name}`);
    }
  });

  test('CallCov services set only variables in CONFIG_VARIABLES, with values parseConfig accepts, on the compose PostgreSQL', () => {
    const postgresServices = new Set(Object.entries(compose.services).filter(([, s]) => /^postgres/.test(s.image ?? '')).map(([n]) => n));
    for (const [name, s] of callcovServices) {
      const env = Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, interpolate(String(v))]));
      for (const k of Object.keys(env)) assert.ok(CONFIG_NAMES.has(k), `service ${name}: ${k} is in CONFIG_VARIABLES`);
      const config = parseConfig(env);
      assert.ok(config.databaseUrl, `service ${name} has a DATABASE_URL`);
      const url = new URL(config.databaseUrl);
      assert.equal(url.protocol, 'postgres:');
      assert.ok(postgresServices.has(url.hostname), `service ${name}: DATABASE_URL host ${url.hostname} is the postgres service`);
    }
  });

  test('workers scale out (no fixed port or container name), dependencies and volumes are declared', () => {
    const worker = compose.services.worker!;
    assert.ok(worker.ports === undefined && worker.container_name === undefined, 'worker can be scaled with --scale worker=N');
    assert.ok(worker.deploy?.replicas !== undefined, 'worker replicas are configurable');
    for (const [name, s] of Object.entries(compose.services)) {
      for (const dep of Object.keys(s.depends_on ?? {})) assert.ok(dep in compose.services, `${name} depends on existing service ${dep}`);
      for (const v of s.volumes ?? []) {
        const source = v.split(':')[0]!;
        if (!source.startsWith('.') && !source.startsWith('/')) assert.ok(source in (compose.volumes ?? {}), `volume ${source} is declared`);
      }
    }
  });

  test('the api health check calls a route the server has', () => {
    const hc = compose.services.api!.healthcheck!.test.join(' ');
    const route = /\/(readyz|healthz)/.exec(hc)?.[0];
    assert.ok(route, 'the health check calls /readyz or /healthz');
    assert.ok(read('packages/server/src/routes/healthRoutes.ts').includes(`'${route}'`), `${route} is a server route`);
  });
});

describe('CLI and docs/deployment.md', () => {
  test('the CLI has the serve command with --role, and migrate (as the image and compose run them)', async () => {
    const run = promisify(execFile);
    const serve = await run(process.execPath, [join(ROOT, CLI), 'serve', '--help']);
    assert.match(serve.stdout, /--role <role>/);
    for (const role of ROLES) assert.match(serve.stdout, new RegExp(role));
    const migrate = await run(process.execPath, [join(ROOT, CLI), 'migrate', '--help']);
    assert.match(migrate.stdout, /schema/);
  });

  test('deployment.md names only real variables, links and files', () => {
    const doc = read('docs/deployment.md');
    for (const m of doc.matchAll(/`([A-Z][A-Z0-9]*_[A-Z0-9_]+|PORT|HOST)(?:=[^`]*)?`/g)) {
      const name = m[1]!;
      if (name === 'CONFIG_VARIABLES') continue;
      assert.ok(CONFIG_NAMES.has(name) || composeHostVariables.has(name) || AWS_SDK_VARIABLES.has(name), `${name} is in CONFIG_VARIABLES (or a compose host variable, or an AWS SDK one)`);
    }
    for (const m of doc.matchAll(/\]\(([^)#]+)\)/g)) {
      if (/^https?:/.test(m[1]!)) continue;
      assert.ok(existsSync(join(ROOT, 'docs', m[1]!)), `link ${m[1]} exists`);
    }
    for (const m of doc.matchAll(/(?:^|[\s`(])((?:scripts|packages|bench|test|deploy)\/[\w./-]+\w)/g)) {
      const p = m[1]!;
      if (p.includes('*') || p.endsWith('/blobs')) continue;
      assert.ok(exists(p) || exists(relative('.', p)), `${p} exists`);
    }
  });
});
