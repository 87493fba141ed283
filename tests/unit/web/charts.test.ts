// The server-drawn bar chart: one bar per row, its length proportional to its value, each row's label and
// value written beside it and in the image's description.
import { renderToString } from 'preact-render-to-string';
import { BAR_SPACE, BarChart, barLength } from '../../../web/staff/charts';

const bars = [
  { label: 'Terdaftar', value: 40 },
  { label: 'MS', value: 30 },
  { label: 'Hadir SKD', value: 10, valueText: '10 orang' },
  { label: 'Diangkat', value: 0 },
];
const svg = renderToString(BarChart({ id: 'funnel', title: 'Corong seleksi', bars }));

describe('the bar chart', () => {
  it('draws one bar per row, each as long as its share of the largest value', () => {
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([BAR_SPACE, BAR_SPACE * 0.75, BAR_SPACE * 0.25, 0]);
  });

  it('writes each label and value beside its bar and in its description', () => {
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual(['Terdaftar', '40', 'MS', '30', 'Hadir SKD', '10 orang', 'Diangkat', '0']);
    expect(svg).toContain(
      '<desc id="funnel-desc">Terdaftar: 40; MS: 30; Hadir SKD: 10 orang; Diangkat: 0</desc>',
    );
  });

  it('is an image named by its title and described by its rows, with no inline style', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="funnel-title funnel-desc"/);
    expect(svg).toContain('<title id="funnel-title">Corong seleksi</title>');
    expect(svg).not.toContain('style=');
  });

  it('draws no bar at all when every value is 0, and caps none beyond the space', () => {
    expect(barLength(0, 0)).toBe(0);
    expect(barLength(5, 0)).toBe(0);
    expect(barLength(1, 3)).toBeCloseTo(BAR_SPACE / 3, 1);
  });
});
