// The embedded SMTP capture server: a real SMTP server (smtp-server) that keeps every message it
// receives, parsed with mailparser, as JSON files under a folder, and serves them over HTTP so that
// tests and people can list and read them (GET /messages?to=…, GET /messages/:id, GET / for a page).
import { createServer, type Server } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type AddressObject } from 'mailparser';
import { escapeHtml } from '../domain/email/content';

export interface CapturedMessage {
  id: string;
  receivedAt: string;
  messageId?: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface SmtpCapture {
  smtpUrl: string;
  httpUrl: string;
  messages(): CapturedMessage[];
  stop(): Promise<void>;
}

function addresses(a: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(a) ? a : a ? [a] : [];
  return list.flatMap((x) => x.value.map((v) => (v.address ?? '').toLowerCase()));
}

export async function startSmtpCapture(opts: {
  smtpPort: number;
  httpPort: number;
  dir: string;
  host?: string;
}): Promise<SmtpCapture> {
  const host = opts.host ?? '127.0.0.1';
  mkdirSync(opts.dir, { recursive: true });
  const store: CapturedMessage[] = readdirSync(opts.dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(opts.dir, f), 'utf8')) as CapturedMessage);
  let counter = store.length;

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          counter += 1;
          const id = `${Date.now().toString().padStart(14, '0')}-${String(counter).padStart(6, '0')}`;
          const headers: Record<string, string> = {};
          for (const [k, v] of mail.headers) if (typeof v === 'string') headers[k] = v;
          const msg: CapturedMessage = {
            id,
            receivedAt: new Date().toISOString(),
            messageId: mail.messageId,
            from: addresses(mail.from)[0] ?? '',
            to: addresses(mail.to),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            headers,
          };
          writeFileSync(path.join(opts.dir, `${id}.json`), JSON.stringify(msg, null, 1));
          store.push(msg);
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });

  const http: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    const to = url.searchParams.get('to')?.toLowerCase();
    const list = to ? store.filter((m) => m.to.includes(to)) : store;
    const byId = /^\/messages\/([\w-]+)$/.exec(url.pathname);
    if (req.method === 'GET' && url.pathname === '/messages') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list));
    } else if (req.method === 'GET' && byId) {
      const m = store.find((x) => x.id === byId[1]);
      if (m) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(m));
      else res.writeHead(404).end();
    } else if (req.method === 'GET' && url.pathname === '/') {
      const rows = [...list]
        .reverse()
        .map(
          (m) =>
            `<tr><td>${escapeHtml(m.receivedAt)}</td><td>${escapeHtml(m.to.join(', '))}</td><td><a href="/messages/${m.id}">${escapeHtml(m.subject)}</a></td></tr>`,
        )
        .join('\n');
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><meta charset="utf-8"><title>sdm-flow mail</title><h1>Captured mail (${list.length})</h1><table>${rows}</table>`,
        );
    } else {
      res.writeHead(404).end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    smtp.on('error', reject);
    smtp.listen(opts.smtpPort, host, () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    http.on('error', reject);
    http.listen(opts.httpPort, host, () => resolve());
  });

  return {
    smtpUrl: `smtp://${host}:${opts.smtpPort}`,
    httpUrl: `http://${host}:${opts.httpPort}`,
    messages: () => [...store],
    stop: async () => {
      await new Promise<void>((r) => smtp.close(() => r()));
      await new Promise<void>((r) => http.close(() => r()));
    },
  };
}
