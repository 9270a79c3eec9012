/**
 * The synthesized stack, run here: every function of the template behind a route, a schedule or a stream,
 * each in its own Lambda-like environment (lambda-runtime.ts) with the template's variables, all
 * storing into one dynalite, each through its own recording proxy so its DynamoDB commands are
 * known. Routes are called by route key, with the event API Gateway would send.
 */
import { createDynamoClient } from '../../functions/runtime/deps.js';
import { startEmbeddedStore } from '../../functions/local/embedded-store.js';
import { ensureTable } from '../../functions/local/table-setup.js';
import { loadCloudAssembly, type CloudAssembly, type DeployedFunction } from './cloud-assembly.js';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { googleClaims, httpApiEvent, type EventRequest } from './http-api-event.js';
import { startFunction, type Invocation, type RunningFunction } from './lambda-runtime.js';

const TABLE = 'TthcScorecards-DataTable';

export interface ShippedFunction {
  deployed: DeployedFunction;
  runtime: RunningFunction;
  store: FaultProxy;
}

/** An HTTP answer as API Gateway builds it from the function's result. */
export interface Answer {
  status: number;
  contentType: string | null;
  body: any;
}

export interface ShippedStack {
  assembly: CloudAssembly;
  /** The first administrator the template gives the functions. */
  admin: string;
  functions: ReadonlyMap<string, ShippedFunction>;
  forRoute(routeKey: string): ShippedFunction;
  /** `as`: the caller's e-mail, whose claims the authorizer passes; none for a public route. */
  call(request: EventRequest & { as?: string | null }): Promise<Invocation & { answer: Answer }>;
  close(): Promise<void>;
}

export async function startShippedStack(routeKeys: readonly string[]): Promise<ShippedStack> {
  const assembly = loadCloudAssembly();
  const dynalite = await startEmbeddedStore({});
  await ensureTable(createDynamoClient(dynalite.endpoint), TABLE);
  /** The template's values as CloudFormation gives them: the table's Ref is its name. */
  const resolve = (name: string, value: unknown): string => {
    if (typeof value === 'string') return value;
    if (JSON.stringify(value) === JSON.stringify({ Ref: assembly.tableLogicalId })) return TABLE;
    throw new Error(`environment ${name}: nothing here resolves ${JSON.stringify(value)}`);
  };
  const functions = new Map<string, ShippedFunction>();
  const background = [...assembly.schedules(), ...assembly.streamMappings()].map((s) => s.logicalId);
  for (const id of new Set([...routeKeys.map((k) => assembly.routeTarget(k)), ...background])) {
    if (!id) continue;
    const deployed = assembly.fn(id);
    const store = await startFaultProxy(dynalite.endpoint);
    const environment = Object.fromEntries(Object.entries(deployed.environment).map(([name, value]) => [name, resolve(name, value)]));
    functions.set(id, { deployed, store, runtime: await startFunction(deployed, environment, { AWS_ENDPOINT_URL_DYNAMODB: store.endpoint }) });
  }
  const forRoute = (routeKey: string) => functions.get(assembly.routeTarget(routeKey)!)!;

  return {
    assembly,
    admin: String([...functions.values()].map((f) => f.deployed.environment.ADMIN_EMAILS).find(Boolean)).split(',')[0]!,
    functions,
    forRoute,
    async call({ as, ...request }) {
      const claims = as ? googleClaims(as, assembly.authorizer.issuer, assembly.authorizer.audience[0]!) : undefined;
      const invocation = await forRoute(request.routeKey).runtime.invoke(httpApiEvent({ ...request, ...(claims ? { claims } : {}) }));
      // A function that throws is a 500 from API Gateway ("Internal Server Error").
      const result = invocation.result ?? { statusCode: 500, headers: {}, body: JSON.stringify({ message: 'Internal Server Error' }) };
      return { ...invocation, answer: { status: result.statusCode, contentType: result.headers?.['content-type'] ?? null, body: result.body && !result.isBase64Encoded ? JSON.parse(result.body) : null } };
    },
    async close() {
      await Promise.all([...functions.values()].flatMap((f) => [f.runtime.stop(), f.store.close()]));
      await dynalite.close();
      assembly.dispose();
    },
  };
}
