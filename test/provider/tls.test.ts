/** The provider's in-process TLS certificate: what go-plugin's mutual TLS and Terraform need of it. */
import { X509Certificate } from 'node:crypto';
import * as tls from 'node:tls';
import { generateServerCertificate } from '../../src/provider/tls';

describe('generateServerCertificate', () => {
  it('is a self-signed P-256 CA for localhost, for server and client auth, valid now for 30 days', () => {
    const now = new Date();
    const { certPem, keyPem, handshakeCert } = generateServerCertificate(now);
    const cert = new X509Certificate(certPem);
    expect(cert.subject).toBe('CN=localhost');
    expect(cert.issuer).toBe('CN=localhost');
    expect(cert.subjectAltName).toBe('DNS:localhost');
    expect(cert.ca).toBe(true);
    expect(cert.keyUsage).toEqual(expect.arrayContaining(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']));
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(new Date(cert.validFrom).getTime()).toBeLessThan(now.getTime());
    expect(new Date(cert.validTo).getTime() - now.getTime()).toBeGreaterThan(29 * 86_400_000);
    expect(Buffer.from(handshakeCert, 'base64').equals(cert.raw)).toBe(true);
    // Node's TLS stack accepts the pair and trusts the certificate as its own CA for `localhost`.
    expect(() => tls.createSecureContext({ cert: certPem, key: keyPem, ca: certPem })).not.toThrow();
    expect(tls.checkServerIdentity('localhost', { subjectaltname: cert.subjectAltName, subject: { CN: 'localhost' } } as unknown as tls.PeerCertificate)).toBeUndefined();
  });

  it('is new each time (key and serial)', () => {
    const [a, b] = [generateServerCertificate(), generateServerCertificate()];
    expect(a.keyPem).not.toBe(b.keyPem);
    expect(new X509Certificate(a.certPem).serialNumber).not.toBe(new X509Certificate(b.certPem).serialNumber);
  });
});
