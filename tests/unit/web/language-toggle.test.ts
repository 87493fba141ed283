// The link to the same page in the other language keeps which view it is (the list's page, the filter, the
// one application) and nothing else a request carried: a personal link's token never lands in a page.
import type { Request } from 'express';
import { otherLanguageHref } from '../../../web/context';

const req = (path: string, query: Record<string, unknown>) =>
  ({ baseUrl: '/hr', path, query }) as unknown as Request;

describe('the other language link', () => {
  it('keeps the page, the filter and the application, and switches the language', () => {
    expect(
      otherLanguageHref(
        req('/recruitment/cycles/C-1/screening', { id: 'C-1-ab', page: '2', lang: 'id' }),
        'id',
      ),
    ).toBe('/hr/recruitment/cycles/C-1/screening?page=2&id=C-1-ab&lang=en');
    expect(otherLanguageHref(req('/', {}), 'en')).toBe('/hr/?lang=id');
  });

  it('drops everything else, repeated or over-long parameters among them', () => {
    const href = otherLanguageHref(
      req('/link', { token: 'eyJhbGciOi.secret', page: ['1', '2'], status: 'x'.repeat(101), stage: 'skd' }),
      'id',
    );
    expect(href).toBe('/hr/link?stage=skd&lang=en');
  });
});
