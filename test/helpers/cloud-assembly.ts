/**
 * What `npm run synth` wrote (cdk.out): the stack's template, and for each function what Lambda
 * is given: the bundle's folder, handler, environment, memory, timeout, log settings and what its
 * role may do to the table. A cdk.out older than the sources is not trusted: the app is then
 * synthesized once more, with the same command, into a temporary folder inside node_modules, so
 * that the bundles find the AWS SDK there as they find the runtime's own in Lambda.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Json = Record<string, any>;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = ['functions', 'infra', 'shared', 'package.json', 'package-lock.json', 'cdk.json'];

export interface DeployedFunction {
  logicalId: string;
  taskRoot: string;
  handler: string;
  /** As in the template: intrinsics (e.g. the table's Ref) are left for the caller to resolve. */
  environment: Record<string, unknown>;
  memoryMB: number;
  timeoutSeconds: number;
  logging: { format?: string; applicationLevel?: string };
  /** DynamoDB actions its role allows, e.g. "GetItem". */
  tableActions: string[];
}

export interface CloudAssembly {
  template: Json;
  tableLogicalId: string;
  authorizer: { issuer: string; audience: string[] };
  fn(logicalId: string): DeployedFunction;
  /** The function API Gateway integrates a route key (e.g. "GET /v1/me") with. */
  routeTarget(routeKey: string): string | undefined;
  /** Each schedule's target function and the input Scheduler sends it. */
  schedules(): { logicalId: string; input: string }[];
  /** Each stream mapping's target function and its filter patterns, parsed. */
  streamMappings(): { logicalId: string; patterns: Json[] }[];
  dispose(): void;
}

export function loadCloudAssembly(): CloudAssembly {
  const committed = join(ROOT, 'cdk.out');
  let dir = committed;
  let temporary = false;
  if (!existsSync(join(committed, 'manifest.json')) || statSync(join(committed, 'manifest.json')).mtimeMs < newestSource()) {
    mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
    dir = mkdtempSync(join(ROOT, 'node_modules/.cache/cdk-out-'));
    temporary = true;
    execFileSync('npm', ['run', 'synth', '--', '--output', dir], { cwd: ROOT, stdio: 'pipe' });
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Json;
  const stack = Object.values(manifest.artifacts as Record<string, Json>).find((a) => a.type === 'aws:cloudformation:stack')!;
  const template = JSON.parse(readFileSync(join(dir, stack.properties.templateFile), 'utf8')) as Json;
  const resources = Object.entries(template.Resources as Record<string, Json>);
  const ofType = (type: string) => resources.filter(([, r]) => r.Type === type);
  const authorizer = ofType('AWS::ApiGatewayV2::Authorizer')[0]![1].Properties.JwtConfiguration;

  return {
    template,
    tableLogicalId: ofType('AWS::DynamoDB::GlobalTable')[0]![0],
    authorizer: { issuer: authorizer.Issuer, audience: authorizer.Audience },
    fn(logicalId) {
      const { Properties: p, Metadata: m } = template.Resources[logicalId] as Json;
      const roleId = p.Role['Fn::GetAtt'][0];
      const statements = ofType('AWS::IAM::Policy')
        .filter(([, policy]) => policy.Properties.Roles.some((r: Json) => r.Ref === roleId))
        .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as Json[]);
      return {
        logicalId,
        taskRoot: join(dir, m['aws:asset:path']),
        handler: p.Handler,
        environment: p.Environment?.Variables ?? {},
        memoryMB: p.MemorySize ?? 128,
        timeoutSeconds: p.Timeout ?? 3,
        logging: { format: p.LoggingConfig?.LogFormat, applicationLevel: p.LoggingConfig?.ApplicationLogLevel },
        tableActions: statements.flatMap((s) => [s.Action].flat() as string[]).filter((a) => a.startsWith('dynamodb:')).map((a) => a.slice('dynamodb:'.length)),
      };
    },
    routeTarget(routeKey) {
      const route = ofType('AWS::ApiGatewayV2::Route').find(([, r]) => r.Properties.RouteKey === routeKey)?.[1];
      const integrationId = route?.Properties.Target['Fn::Join'][1][1].Ref;
      return integrationId && template.Resources[integrationId].Properties.IntegrationUri['Fn::GetAtt'][0];
    },
    schedules: () => ofType('AWS::Scheduler::Schedule').map(([, s]) => ({ logicalId: s.Properties.Target.Arn['Fn::GetAtt'][0], input: s.Properties.Target.Input })),
    streamMappings: () =>
      ofType('AWS::Lambda::EventSourceMapping').map(([, m]) => ({
        logicalId: m.Properties.FunctionName.Ref,
        patterns: (m.Properties.FilterCriteria?.Filters ?? []).map((f: Json) => JSON.parse(f.Pattern)),
      })),
    dispose: () => temporary && rmSync(dir, { recursive: true, force: true }),
  };
}

function newestSource(): number {
  const newest = (path: string): number => {
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
  };
  return Math.max(...SOURCES.map((s) => join(ROOT, s)).filter(existsSync).map(newest));
}
