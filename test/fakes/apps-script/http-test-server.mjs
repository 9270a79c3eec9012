// A small HTTP server for url-fetch.test.ts. It runs in a worker thread because the fake
// UrlFetchApp blocks the test's own thread while it waits (see sync-http.ts). It tells its port
// with postMessage and stops when it receives 'close'.
//   /echo        200 JSON {method, path, headers, body}; counts the calls
//   /count       how many /echo calls arrived
//   /status/N    status N with a JSON error body
//   /redirect    302 to /echo?redirected=1
//   /cookies     two Set-Cookie headers and an X-Mixed-Case header
//   /hang        never answers
import http from 'node:http';
import { parentPort } from 'node:worker_threads';

let echoed = 0;

function json(response, status, body) {
  response.setHeader('Content-Type', 'application/json');
  response.writeHead(status).end(JSON.stringify(body));
}

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const body = Buffer.concat(chunks).toString('utf8');
    if (pathname === '/echo') {
      echoed += 1;
      json(response, 200, { method: request.method, path: request.url, headers: request.headers, body });
    } else if (pathname === '/count') {
      json(response, 200, { echoed });
    } else if (pathname.startsWith('/status/')) {
      const status = Number(pathname.slice('/status/'.length));
      json(response, status, { error: { code: 'test', message: `status ${status}` } });
    } else if (pathname === '/redirect') {
      response.writeHead(302, { Location: '/echo?redirected=1' }).end();
    } else if (pathname === '/cookies') {
      response.setHeader('Set-Cookie', ['a=1', 'b=2']);
      response.setHeader('X-Mixed-Case', 'yes');
      response.writeHead(200).end('ok');
    } else if (pathname !== '/hang') {
      json(response, 404, { error: 'not found' });
    }
  });
});

server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (message) => {
  if (message !== 'close') return;
  server.closeAllConnections();
  server.close(() => parentPort.close());
});
