/**
 * Plugin logging goes to stderr only: stdout carries the go-plugin handshake line and nothing else.
 * Terraform shows these lines under TF_LOG. Never pass credentials here.
 */
export function log(level: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR', message: string): void {
  process.stderr.write(`[${level}] genesyscobrowse: ${message}\n`);
}
