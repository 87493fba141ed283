// A real SMTP server (smtp-server) that refuses some recipients at RCPT TO with the reply a test gives and
// accepts every other message, counting what it saw. Like any server, it answers an address it cannot
// parse (a local part over RFC 5321's 64 characters) with 501 before asking the test.
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../stack/ports';

export interface RefusingSmtp {
  url: string;
  /** Mail transactions begun (MAIL FROM), i.e. send attempts. */
  transactions: number;
  delivered: number;
  stop(): Promise<void>;
}

export async function startRefusingSmtp(
  refuse: (address: string) => { code: number; message: string } | undefined,
): Promise<RefusingSmtp> {
  const port = await freePort();
  const state = { transactions: 0, delivered: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      state.transactions += 1;
      callback();
    },
    onRcptTo({ address }, _session, callback) {
      const refusal = refuse(address);
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    onData(stream, _session, callback) {
      stream.on('end', () => {
        state.delivered += 1;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return Object.assign(state, {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
