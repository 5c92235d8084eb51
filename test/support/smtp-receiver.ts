import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
}

/**
 * A mail server on 127.0.0.1 that keeps what it is sent: the app's real SMTP conversation
 * (nodemailer) ends here, and each message is parsed as a mail program would read it.
 */
export async function startSmtpReceiver() {
  const received: ReceivedMail[] = [];
  const waiters: Array<{ to: string; resolve: (mail: ReceivedMail) => void }> = [];
  const taken = new Set<ReceivedMail>();

  const deliver = (mail: ReceivedMail) => {
    received.push(mail);
    const index = waiters.findIndex((w) => mail.to.includes(w.to));
    if (index >= 0) {
      taken.add(mail);
      waiters.splice(index, 1)[0]!.resolve(mail);
    }
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          deliver({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: typeof session.envelope.mailFrom === 'object' && session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Every mail sent to this address so far. */
    to: (address: string) => received.filter((m) => m.to.includes(address.toLowerCase())),
    /** The next mail to this address not handed out yet (waits for it, at most `waitMs`). */
    next(address: string, waitMs = 20_000): Promise<ReceivedMail> {
      const to = address.toLowerCase();
      const ready = received.find((m) => !taken.has(m) && m.to.includes(to));
      if (ready) {
        taken.add(ready);
        return Promise.resolve(ready);
      }
      return new Promise((resolve, reject) => {
        const waiter = { to, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) {
            waiters.splice(index, 1);
            reject(new Error(`no mail to ${to} arrived in ${waitMs} ms (${received.length} mails in all)`));
          }
        }, waitMs).unref();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpReceiver = Awaited<ReturnType<typeof startSmtpReceiver>>;

/** The one-time link in a mail, and its token. */
export function linkIn(mail: ReceivedMail, path: '/reset-password' | '/verify-email'): { url: string; token: string } {
  const match = new RegExp(`(https?://[^\\s#]+${path})#([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in the mail "${mail.subject}":\n${mail.text}`);
  return { url: `${match[1]}#${match[2]}`, token: match[2]! };
}
