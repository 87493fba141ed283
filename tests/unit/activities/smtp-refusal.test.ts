// Which SMTP failures end a message's sending for good, as nodemailer reports them.
import { isPermanentRefusal } from '../../../activities/smtp-refusal';

describe('a permanent SMTP refusal', () => {
  it('is a 501 to RCPT TO (an address the server cannot parse)', () => {
    expect(isPermanentRefusal({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 501 })).toBe(true);
  });

  it('is a 554 to the message itself', () => {
    expect(isPermanentRefusal({ code: 'EMESSAGE', command: 'DATA', responseCode: 554 })).toBe(true);
  });

  it('is not a 451 (try again later)', () => {
    expect(isPermanentRefusal({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 451 })).toBe(false);
  });

  it('is not a lost connection or a timeout, which carry no reply code', () => {
    expect(isPermanentRefusal({ code: 'ECONNECTION' })).toBe(false);
    expect(isPermanentRefusal({ code: 'ETIMEDOUT', command: 'CONN' })).toBe(false);
  });

  it('is not a 535 to AUTH or a 550 to MAIL FROM: the server refuses our credentials or sender, for every message', () => {
    expect(isPermanentRefusal({ code: 'EAUTH', command: 'AUTH PLAIN', responseCode: 535 })).toBe(false);
    expect(isPermanentRefusal({ code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 550 })).toBe(false);
  });
});
