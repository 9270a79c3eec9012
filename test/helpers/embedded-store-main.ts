/**
 * The embedded store (dynalite with transactions and its change feed) alone in a process, for
 * tests and benchmarks that kill and restart it: `--port N [--path DIR]`.
 */
import { parseArgs } from 'node:util';
import { startEmbeddedStore } from '../../functions/local/embedded-store.js';

const { values } = parseArgs({ options: { port: { type: 'string' }, path: { type: 'string' } } });
const store = await startEmbeddedStore({ port: Number(values.port), ...(values.path ? { dataDir: values.path } : {}) });
process.once('SIGTERM', () => void store.close().then(() => process.exit(0)));
