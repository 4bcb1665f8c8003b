import { readFileSync } from 'node:fs';
import { globalAgent } from 'node:https';
import { rootCertificates } from 'node:tls';
import { log } from './log';

/**
 * NODE_EXTRA_CA_CERTS, deferred to live checks. Node 20 reads that variable as it starts, before any code
 * runs, and loads every root certificate then (about 40 ms of each of the about three provider starts per
 * plan), although only live checks open TLS connections. So the mirror's launcher (install.ts) hands the
 * path on in this variable instead, and live checks trust the file's certificates besides Node's bundled
 * ones, as NODE_EXTRA_CA_CERTS would have made them. The launcher leaves the variable alone where
 * OpenSSL's store, not the bundled one, is Node's default.
 */
export const EXTRA_CA_CERTS_ENV = 'GENESYSCOBROWSE_EXTRA_CA_CERTS';

/** Adds the certificates of EXTRA_CA_CERTS_ENV, if set, to those HTTPS requests on Node's default agent trust. */
export function trustExtraCaCerts(env: NodeJS.ProcessEnv = process.env): void {
  const file = env[EXTRA_CA_CERTS_ENV];
  if (!file) return;
  try {
    globalAgent.options.ca = [...rootCertificates, readFileSync(file, 'utf8')];
  } catch (err) {
    // As Node does for NODE_EXTRA_CA_CERTS: warn, and go on with the bundled certificates.
    log('WARN', `Ignoring extra certs from \`${file}\`, load failed: ${(err as Error).message}`);
  }
}
