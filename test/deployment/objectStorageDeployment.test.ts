// The object-storage deployments, kept correct by parsing them (neither Docker nor Kubernetes runs on this machine):
// compose.s3.yaml and the Kubernetes manifests under deploy/k8s. Every variable they set is one CallCov (or the AWS
// SDK) reads and parseConfig accepts, every role/command exists, probes call real routes on real ports, the HPAs
// scale real Deployments on metrics that /metrics really exports, and no volume is shared between processes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { CONFIG_VARIABLES, parseConfig, parseS3BlobUrl } from '@callcov/core';
import { JOB_DELIVER_WEBHOOK, JOB_PROCESS_ANALYSIS } from '@callcov/services';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const CONFIG_NAMES = new Set(CONFIG_VARIABLES.map((v) => v.name));
/** Read by the AWS SDK's default chains (credentials, region), not by CallCov's own configuration. */
export const AWS_SDK_VARIABLES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE', 'AWS_ROLE_ARN', 'AWS_WEB_IDENTITY_TOKEN_FILE']);
const known = (name: string) => CONFIG_NAMES.has(name) || AWS_SDK_VARIABLES.has(name);
const ROLES = ['api', 'worker', 'dispatcher'];
const HEALTH_ROUTES = ['/healthz', '/readyz', '/metrics'];
const METRICS_SOURCE = read('packages/server/src/prometheusMetrics.ts');
const exportedMetric = (name: string) => METRICS_SOURCE.includes(`name: '${name}'`);
const configOf = (env: Record<string, string>) => parseConfig(Object.fromEntries(Object.entries(env).filter(([k]) => CONFIG_NAMES.has(k))));

describe('compose.s3.yaml (object storage instead of a shared volume; parsed with the yaml package)', () => {
  type Service = { image?: string; build?: unknown; command?: string[]; entrypoint?: string[]; environment?: Record<string, string>; depends_on?: Record<string, unknown>; volumes?: string[]; healthcheck?: { test: string[] } };
  const text = read('compose.s3.yaml');
  const compose = parseYaml(text, { merge: true }) as { services: Record<string, Service>; volumes?: Record<string, unknown> };
  const interpolate = (s: string) => s.replace(/\$\{(\w+)(?::?-([^}]*))?\}/g, (_m, _n: string, d: string | undefined) => d ?? '');
  const callcov = Object.entries(compose.services).filter(([, s]) => s.build === '.' || (s.image ?? '').startsWith('callcov'));
  const envOf = (s: Service) => Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, interpolate(String(v))]));

  test('runs PostgreSQL, an S3-compatible store, a bucket job, migrate and the api, worker and dispatcher roles', () => {
    assert.ok(Object.values(compose.services).some((s) => /^postgres:\d+/.test(s.image ?? '')));
    assert.ok(Object.values(compose.services).some((s) => /^minio\/minio/.test(s.image ?? '')));
    const roles = callcov.map(([, s]) => s.command ?? []).filter((c) => c[0] === 'serve').map((c) => c[c.indexOf('--role') + 1]);
    assert.deepEqual([...roles].sort(), [...ROLES].sort());
    assert.ok(callcov.some(([, s]) => s.command?.[0] === 'migrate'));
    for (const [name, s] of Object.entries(compose.services)) {
      for (const dep of Object.keys(s.depends_on ?? {})) assert.ok(dep in compose.services, `${name} depends on existing service ${dep}`);
    }
  });

  test('every CallCov service uses the bucket (created by the bucket job) on the compose store, and mounts no volume', () => {
    const bucketJob = (compose.services.bucket?.entrypoint ?? []).join(' ');
    for (const [name, s] of callcov) {
      const env = envOf(s);
      for (const k of Object.keys(env)) assert.ok(known(k), `service ${name}: ${k} is in CONFIG_VARIABLES or an AWS SDK variable`);
      const config = configOf(env);
      const target = parseS3BlobUrl(config.blobUrl);
      assert.ok(target, `service ${name} stores recordings in object storage`);
      assert.ok(bucketJob.includes(`mb --ignore-existing store/${target.bucket}`), `the bucket job creates ${target.bucket}`);
      assert.equal(config.s3ForcePathStyle, true);
      assert.ok(new URL(config.s3Endpoint).hostname in compose.services, `service ${name}: the S3 endpoint is a compose service`);
      assert.ok(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY, `service ${name} has credentials`);
      assert.ok(new URL(config.databaseUrl!).hostname in compose.services);
      assert.equal(s.volumes, undefined, `service ${name} shares no volume`);
      assert.equal(env.CALLCOV_ENCRYPTION_KEY, '', 'the encryption key comes from the host (the same for all)');
    }
    const creds = new Set(callcov.map(([, s]) => `${envOf(s).AWS_ACCESS_KEY_ID}:${envOf(s).AWS_SECRET_ACCESS_KEY}`));
    const minio = envOf(compose.services.minio!);
    assert.deepEqual([...creds], [`${minio.MINIO_ROOT_USER}:${minio.MINIO_ROOT_PASSWORD}`], "the CallCov services use the store's credentials");
  });

  test('the health checks call real routes on the port each role serves them on', () => {
    for (const [name, s] of callcov) {
      if (!s.healthcheck) continue;
      const env = envOf(s);
      const m = /127\.0\.0\.1:(\d+)(\/\w+)/.exec(s.healthcheck.test.join(' '));
      assert.ok(m, `${name}: health check URL`);
      const role = s.command?.[s.command.indexOf('--role') + 1];
      const config = configOf(env);
      assert.equal(Number(m[1]), role === 'api' ? config.port : config.healthPort, `${name} health check port`);
      assert.ok(HEALTH_ROUTES.includes(m[2]!), `${name}: ${m[2]} is served`);
    }
  });
});

type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string> }; spec?: any; data?: Record<string, string>; stringData?: Record<string, string> };

describe('Kubernetes manifests under deploy/k8s (parsed with the yaml package)', () => {
  const dir = 'deploy/k8s';
  const load = (file: string): K8sObject[] =>
    parseAllDocuments(read(`${dir}/${file}`)).map((d) => {
      assert.deepEqual(d.errors, [], `${file} parses`);
      return d.toJS() as K8sObject;
    }).filter(Boolean);
  const kustomization = parseYaml(read(`${dir}/kustomization.yaml`)) as { resources: string[]; images?: Array<{ name: string }> };
  const objects = kustomization.resources.flatMap((r) => load(r));
  const secret = load('secret.example.yaml')[0]!;
  const byKind = (kind: string) => objects.filter((o) => o.kind === kind);
  const configMap = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'callcov-config')!;
  const deployments = byKind('Deployment');
  const containerOf = (o: K8sObject) => o.spec.template.spec.containers[0];

  test('kustomization.yaml lists existing files, and every YAML file in the folder is listed (or is the secret template)', () => {
    for (const r of kustomization.resources) assert.ok(existsSync(join(ROOT, dir, r)), `${r} exists`);
    const files = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
    assert.deepEqual(files.filter((f) => !kustomization.resources.includes(f)), ['secret.example.yaml']);
    assert.equal(secret.kind, 'Secret');
  });

  test('one Deployment per role, each running `callcov serve --role <role>` of the kustomized image', () => {
    const roles = deployments.map((d) => {
      const args: string[] = containerOf(d).args;
      assert.equal(args[0], 'serve');
      assert.equal(containerOf(d).image, kustomization.images?.[0]?.name);
      return args[args.indexOf('--role') + 1];
    });
    assert.deepEqual([...roles].sort(), [...ROLES].sort());
    const job = byKind('Job')[0]!;
    assert.deepEqual(job.spec.template.spec.containers[0].args, ['migrate']);
    for (const d of deployments) {
      const labels = d.spec.template.metadata.labels;
      for (const [k, v] of Object.entries(d.spec.selector.matchLabels)) assert.equal(labels[k], v, `${d.metadata.name}: selector matches the pod labels`);
    }
  });

  test('every variable is one CallCov or the AWS SDK reads; the merged settings parse; recordings go to object storage', () => {
    for (const [k] of [...Object.entries(configMap.data ?? {}), ...Object.entries(secret.stringData ?? {})]) assert.ok(known(k), `${k} is a known variable`);
    for (const o of [...deployments, ...byKind('Job')]) {
      const c = o.spec.template.spec.containers[0];
      const refs = (c.envFrom ?? []).map((e: any) => e.configMapRef?.name ?? e.secretRef?.name);
      assert.deepEqual(refs, ['callcov-config', 'callcov-secrets'], `${o.metadata.name} takes the shared settings and secrets`);
      const own: Record<string, string> = Object.fromEntries((c.env ?? []).map((e: any) => [e.name, String(e.value)]));
      for (const k of Object.keys(own)) assert.ok(known(k), `${o.metadata.name}: ${k} is a known variable`);
      const config = configOf({ ...configMap.data, ...secret.stringData, ...own });
      assert.ok(config.databaseUrl?.startsWith('postgres'), 'PostgreSQL');
      assert.ok(parseS3BlobUrl(config.blobUrl), `${o.metadata.name}: CALLCOV_BLOB_URL is s3://…`);
      assert.equal(config.env, 'production');
      // nothing shared on disk: only emptyDir volumes (per pod)
      for (const v of o.spec.template.spec.volumes ?? []) assert.ok('emptyDir' in v, `${o.metadata.name}: volume ${v.name} is an emptyDir`);
      const sc = o.spec.template.spec.securityContext;
      assert.equal(sc.runAsNonRoot, true);
      assert.equal(c.securityContext.readOnlyRootFilesystem, true);
      const mounts = (c.volumeMounts ?? []).map((m: any) => m.mountPath);
      assert.ok(mounts.includes('/data') && mounts.includes('/tmp'), `${o.metadata.name}: writable /data and /tmp`);
    }
  });

  test('readiness and liveness probes call real routes on the port the role serves them on; scrape annotations match', () => {
    for (const d of deployments) {
      const c = containerOf(d);
      const role = c.args[c.args.indexOf('--role') + 1];
      const own: Record<string, string> = Object.fromEntries((c.env ?? []).map((e: any) => [e.name, String(e.value)]));
      const config = configOf({ ...configMap.data, ...secret.stringData, ...own });
      const port = role === 'api' ? config.port : config.healthPort;
      assert.ok(port > 0, `${d.metadata.name} serves health routes (CALLCOV_HEALTH_PORT for ${role})`);
      const named = new Map<string, number>((c.ports ?? []).map((p: any) => [p.name, p.containerPort]));
      assert.equal(config.host, '0.0.0.0', `${d.metadata.name} listens on the pod address, not loopback`);
      for (const probe of ['readinessProbe', 'livenessProbe']) {
        const get = c[probe]?.httpGet;
        assert.ok(get, `${d.metadata.name} has a ${probe}`);
        assert.ok(HEALTH_ROUTES.includes(get.path), `${d.metadata.name} ${probe}: ${get.path} is served`);
        assert.equal(typeof get.port === 'string' ? named.get(get.port) : get.port, port, `${d.metadata.name} ${probe} port`);
      }
      assert.equal(c.readinessProbe.httpGet.path, '/readyz');
      assert.equal(c.livenessProbe.httpGet.path, '/healthz');
      const a = d.spec.template.metadata.annotations ?? {};
      assert.equal(Number(a['prometheus.io/port']), port);
      assert.equal(a['prometheus.io/path'], '/metrics');
    }
    const svc = byKind('Service').find((s) => s.metadata.name === 'callcov-api')!;
    const api = deployments.find((d) => containerOf(d).args.includes('api'))!;
    for (const [k, v] of Object.entries(svc.spec.selector)) assert.equal(api.spec.template.metadata.labels[k], v, 'the Service selects the api pods');
  });

  test('the HPAs scale real Deployments; worker and dispatcher scale on queue metrics /metrics exports, through the adapter rules', () => {
    const adapter = parseYaml(objects.find((o) => o.metadata.name === 'callcov-prometheus-adapter-rules')!.data!['config.yaml']!) as {
      externalRules: Array<{ seriesQuery: string; name: { matches: string; as: string }; metricsQuery: string }>;
    };
    const external = new Map(adapter.externalRules.map((r) => [r.name.as, r]));
    for (const r of adapter.externalRules) {
      const metric = /^(\w+)/.exec(r.seriesQuery)![1]!;
      assert.ok(exportedMetric(metric), `${metric} is a metric prometheusMetrics.ts exports`);
      assert.match(r.metricsQuery, /^max\(/, 'every process reports the same queue figures: max, not sum');
    }
    const hpas = byKind('HorizontalPodAutoscaler');
    const targetOf = (name: string) => hpas.find((h) => h.spec.scaleTargetRef.name === name);
    for (const h of hpas) assert.ok(deployments.some((d) => d.metadata.name === h.spec.scaleTargetRef.name && h.spec.scaleTargetRef.kind === 'Deployment'));
    const jobType: Record<string, string> = { worker: JOB_PROCESS_ANALYSIS, dispatcher: JOB_DELIVER_WEBHOOK };
    for (const role of ['worker', 'dispatcher']) {
      const d = deployments.find((x) => containerOf(x).args.includes(role))!;
      const h = targetOf(d.metadata.name);
      assert.ok(h, `${role} has an HPA`);
      const m = h.spec.metrics.find((x: any) => x.type === 'External');
      assert.ok(m, `${role} scales on an external (queue) metric`);
      assert.ok(external.has(m.external.metric.name), `${m.external.metric.name} is defined by the adapter rules`);
      assert.equal(m.external.metric.selector.matchLabels.type, jobType[role], `${role} scales on its own job type`);
      assert.ok(h.spec.minReplicas >= 1 && h.spec.maxReplicas > h.spec.minReplicas);
    }
    assert.equal(external.get(targetOf('callcov-worker')!.spec.metrics[0].external.metric.name)!.name.matches, '^callcov_queue_jobs$', 'workers scale on queue depth');
  });
});
