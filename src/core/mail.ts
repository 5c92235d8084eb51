import { createTransport } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Mail for password resets and email verification (decision 0023). `send` only queues: the
 * request answers before the mail server does, so whether a mail went out (an account exists or
 * not) never shows in how long the answer took, and a slow or failing mail server never fails it.
 */
export interface Mailer {
  /** False without SMTP_URL: nothing can be sent, and the features fall back. */
  readonly configured: boolean;
  send(mail: OutgoingMail): void;
  /** Resolves once every queued mail was handed to the mail server (or failed): for shutdown. */
  idle(): Promise<void>;
  close(): void;
}

export function createMailer(mail: Config['mail'], log: FastifyBaseLogger): Mailer {
  if (!mail) {
    return { configured: false, send: () => {}, idle: async () => {}, close: () => {} };
  }
  const transport = createTransport(mail.smtpUrl, { from: mail.from });
  const pending = new Set<Promise<void>>();
  return {
    configured: true,
    send(message) {
      // After this turn of the event loop, once the answer is on its way: building and sending the mail costs the request nothing.
      const sending = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => transport.sendMail(message))
        .then(
          () => undefined,
          // By code only: the address and the link stay out of the logs.
          (error: { code?: string; responseCode?: number }) => log.warn({ mail: 'failed', code: error.code, responseCode: error.responseCode }, 'a mail could not be sent'),
        )
        .finally(() => pending.delete(sending));
      pending.add(sending);
    },
    async idle() {
      await Promise.all([...pending]);
    },
    close: () => transport.close(),
  };
}
