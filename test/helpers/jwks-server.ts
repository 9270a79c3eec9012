/** Serves a JSON Web Key Set over real HTTP on 127.0.0.1 (a free port), as Google does. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JSONWebKeySet } from 'jose';

export interface JwksServer {
  url: URL;
  close(): Promise<void>;
}

export async function serveJwks(jwks: JSONWebKeySet): Promise<JwksServer> {
  const server = createServer((request, response) => {
    if (request.url !== '/jwks.json') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}/jwks.json`),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections(); // fetch keeps connections alive
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
