import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';

export interface ServerCertificate {
  certPem: string;
  keyPem: string;
  /** DER bytes, base64 without padding: the form go-plugin expects in the handshake line. */
  handshakeCert: string;
}

/**
 * A throw-away self-signed certificate for go-plugin's automatic mutual TLS. Node's crypto can sign but
 * cannot build X.509 certificates and no X.509 library is installed, so we ask the openssl CLI (present
 * on Linux and macOS CI images). The certificate mirrors go-plugin's own: ECDSA, CN and DNS SAN
 * `localhost` (the name Terraform verifies), CA, server and client auth.
 */
export function generateServerCertificate(): ServerCertificate {
  let out: string;
  try {
    out = execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', '-', '-out', '-', '-days', '30', '-subj', '/CN=localhost',
        '-addext', 'subjectAltName=DNS:localhost',
        '-addext', 'basicConstraints=critical,CA:TRUE',
        '-addext', 'keyUsage=critical,digitalSignature,keyEncipherment,keyAgreement,keyCertSign',
        '-addext', 'extendedKeyUsage=serverAuth,clientAuth',
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (err) {
    throw new Error(
      `could not create the plugin TLS certificate with the openssl CLI (${(err as Error).message.split('\n')[0]}); ` +
        'install openssl (1.1.1 or later) and make sure it is on PATH',
    );
  }
  const keyPem = pemBlock(out, 'PRIVATE KEY');
  const certPem = pemBlock(out, 'CERTIFICATE');
  const handshakeCert = new X509Certificate(certPem).raw.toString('base64').replace(/=+$/, '');
  return { certPem, keyPem, handshakeCert };
}

function pemBlock(text: string, label: string): string {
  const match = new RegExp(`-----BEGIN ${label}-----[\\s\\S]+?-----END ${label}-----\\n?`).exec(text);
  if (!match) throw new Error(`openssl output has no ${label} block`);
  return match[0];
}
