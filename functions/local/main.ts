/**
 * `npm start`: the whole product on a laptop. Environment (DESIGN §2): PORT (8787), DATA_DIR
 * (.data/), MEMORY=1 for an in-memory store, DEMO=0 to start empty, ADMIN_EMAILS, LIVE_SCORECARDS=0
 * to refresh scorecards only on compute (no change feed). For tests,
 * DEMO_PROVINCE=0 to leave the province example out of the demo, and TRUST_ISSUER: JSON {issuer,
 * audience, keys} of one more token issuer to accept.
 */
const env = process.env;
// CloudWatch turns metric lines into metrics; on a laptop they would only clutter the console.
// Set before the handlers load, since Powertools reads it once.
env.POWERTOOLS_METRICS_DISABLED ??= 'true';
const { startLocalStack } = await import('./server.js');
const { DEMO_ACCOUNTS, PROVINCE_DEMO_ACCOUNTS } = await import('./demo.js');

const started = Date.now();
const starting = startLocalStack({
  port: Number(env.PORT ?? 8787),
  dataDir: env.DATA_DIR ?? '.data',
  memory: env.MEMORY === '1',
  demo: env.DEMO !== '0',
  adminEmails: env.ADMIN_EMAILS ?? 'admin@localhost',
  liveScorecards: env.LIVE_SCORECARDS !== '0',
  ...(env.DYNAMODB_ENDPOINT ? { dynamoEndpoint: env.DYNAMODB_ENDPOINT } : {}),
  ...(env.TRUST_ISSUER ? { alsoTrust: JSON.parse(env.TRUST_ISSUER) } : {}),
});

// Listen before start-up finishes: a signal meanwhile must not kill the store mid-write; the
// stack closes once it is up, letting acknowledged work finish first.
let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: đang dừng / stopping…`);
  void starting
    .then((stack) => stack.close())
    .then(() => {
      console.log('stopped');
      process.exit(0);
    });
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

const stack = await starting;

const admins = [...stack.deps.adminEmails].join(', ');
const provinceAccounts = env.DEMO_PROVINCE === '0' ? '' : `

    Hải Phòng 2026 (ví dụ, không phải số liệu chính thức / example, not official data):
    lãnh đạo / leader (viewer) ........ ${PROVINCE_DEMO_ACCOUNTS.leader}
    văn phòng / city office ........... ${PROVINCE_DEMO_ACCOUNTS.reviewer}
    cán bộ xã / commune reporter ...... ${PROVINCE_DEMO_ACCOUNTS.reporterOf('xa-tu-ky')}  (any unit id @haiphong.local)`;
console.log(`
  Bảng điểm KPI một cửa / One-stop KPI scorecards
  ▸ ${stack.url}   (ready in ${((Date.now() - started) / 1000).toFixed(1)} s${stack.demoLoaded ? ', demo data loaded' : ''})
  ▸ API: ${stack.url}/v1   OpenAPI: ${stack.url}/openapi.json
  ▸ Store: ${env.MEMORY === '1' ? 'in memory' : (env.DATA_DIR ?? '.data')}

  Tài khoản demo / demo accounts (sign in on the page, or POST ${stack.url}/dev/token {"email"}):
    Tứ Kỳ 2024:
    lãnh đạo / leader (viewer) ........ ${DEMO_ACCOUNTS.leader}
    văn phòng / district office ....... ${DEMO_ACCOUNTS.reviewer}
    cán bộ xã / commune reporter ...... ${DEMO_ACCOUNTS.reporterOf('xa-dai-son')}  (any unit id @tuky.local)${provinceAccounts}

    quản trị / admin .................. ${admins}
`);
