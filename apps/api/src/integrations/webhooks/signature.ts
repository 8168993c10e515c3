import { createHmac } from 'node:crypto';

/** `v1=<hex HMAC-SHA256(secret, "<id>.<timestamp>.<body>")>`: what `Webhook-Signature` holds. */
export function webhookSignature(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): string {
  return `v1=${createHmac('sha256', secret).update(`${id}.${timestamp}.${body}`).digest('hex')}`;
}
