import { createPrivateKey, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';

export interface ServerCertificate {
  certPem: string;
  keyPem: string;
  /** DER bytes, base64 without padding: the form go-plugin expects in the handshake line. */
  handshakeCert: string;
}

/**
 * A throw-away self-signed certificate for go-plugin's automatic mutual TLS, built in process: Node's
 * crypto makes the P-256 key and the ECDSA signature, and the X.509 structure (RFC 5280) is DER-encoded
 * here, since Node cannot build certificates. It mirrors go-plugin's own: CN and DNS SAN `localhost`
 * (the name Terraform verifies), CA, server and client auth, valid from 5 minutes ago for 30 days.
 */
export function generateServerCertificate(now = new Date()): ServerCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const name = seq(set(seq(oid('2.5.4.3'), tlv(0x0c, Buffer.from('localhost')))));
  const tbs = seq(
    tlv(0xa0, int(Buffer.from([2]))), // v3
    int(serialNumber()),
    ECDSA_SHA256,
    name,
    seq(time(new Date(now.getTime() - 5 * 60_000)), time(new Date(now.getTime() + 30 * 86_400_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    tlv(0xa3, seq(
      extension('2.5.29.17', false, seq(tlv(0x82, Buffer.from('localhost')))), // subjectAltName dNSName
      extension('2.5.29.19', true, seq(tlv(0x01, Buffer.from([0xff])))), // basicConstraints CA:TRUE
      // keyUsage digitalSignature, keyEncipherment, keyAgreement, keyCertSign (bits 0, 2, 4, 5; 2 unused bits)
      extension('2.5.29.15', true, tlv(0x03, Buffer.from([0x02, 0xac]))),
      extension('2.5.29.37', false, seq(oid('1.3.6.1.5.5.7.3.1'), oid('1.3.6.1.5.5.7.3.2'))), // serverAuth, clientAuth
    )),
  );
  const signature = sign('sha256', tbs, privateKey); // DER ECDSA-Sig-Value
  const der = seq(tbs, ECDSA_SHA256, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const certPem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  // Parse back and verify: a malformed encoding fails here, at start-up, with a clear message.
  const cert = new X509Certificate(certPem);
  if (!cert.verify(publicKey) || !cert.checkPrivateKey(createPrivateKey(keyPem)) || !cert.ca || cert.subjectAltName !== 'DNS:localhost') {
    throw new Error('the generated plugin TLS certificate does not verify');
  }
  return { certPem, keyPem, handshakeCert: der.toString('base64').replace(/=+$/, '') };
}

/** A DER tag-length-value. */
function tlv(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const length = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
}

const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));
/** A non-negative INTEGER from big-endian bytes (a leading zero keeps the sign bit clear). */
const int = (bytes: Buffer) => tlv(0x02, bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * a + b];
  for (const n of rest) {
    const groups = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) groups.unshift((v & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return tlv(0x06, Buffer.from(bytes));
}

const ECDSA_SHA256 = seq(oid('1.2.840.10045.4.3.2'));

/** UTCTime (dates before 2050), YYMMDDHHMMSSZ. */
function time(date: Date): Buffer {
  return tlv(0x17, Buffer.from(`${date.toISOString().slice(2, 19).replace(/[-T:]/g, '')}Z`));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return seq(oid(id), ...(critical ? [tlv(0x01, Buffer.from([0xff]))] : []), tlv(0x04, value));
}

/** 16 random bytes, positive and non-zero. */
function serialNumber(): Buffer {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] & 0x7f) | 0x01;
  return bytes;
}
