import nodemailer from 'nodemailer';
import type { NoticeLanguage } from '@hearth/core';

/**
 * E-mail through an SMTP server named by HEARTH_SMTP_URL (`smtp://host:port`, `smtps://user:pass@host`).
 * With none configured the mailer says so, and the notice is logged as not sent: never dropped quietly.
 */

export type OutgoingMail = { to: string; subject: string; text: string; language: NoticeLanguage };

export type Mailer = {
  /** A mail server is configured. */
  configured: boolean;
  /** Hands one message to the server; resolves with its Message-ID once the server accepted it. */
  send: (mail: OutgoingMail) => Promise<{ messageId: string }>;
};

export const DEFAULT_FROM = 'Hearth notices <notices@hearth.invalid>';

export function createMailer(opts: { smtpUrl?: string | undefined; from?: string | undefined }): Mailer {
  if (!opts.smtpUrl)
    return {
      configured: false,
      send: () => Promise.reject(new Error('no mail server configured')),
    };
  const url = new URL(opts.smtpUrl);
  const secure = url.protocol === 'smtps:';
  const transport = nodemailer.createTransport({
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    // Sending happens while the clerk waits: a server that does not answer is a failure, not a hang.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  const from = opts.from ?? DEFAULT_FROM;
  return {
    configured: true,
    async send(mail) {
      const info = await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        headers: { 'Content-Language': mail.language },
      });
      return { messageId: info.messageId };
    },
  };
}
