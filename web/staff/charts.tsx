// Charts drawn on the server as small SVG (no chart library, no script): a horizontal bar chart, one bar
// per row, its length proportional to the value, with the row's label and value written beside it. The
// SVG is an image named by its title and described by its rows; the page puts the same numbers in a data
// table beside it. Colours and sizes are presentation attributes and classes of the one stylesheet: the
// pages' CSP allows no inline style.

export interface Bar {
  label: string;
  value: number;
  /** The value as the reader reads it (a count, a duration); the number itself when not given. */
  valueText?: string;
}

const WIDTH = 640;
const LABEL_WIDTH = 280;
const VALUE_WIDTH = 100;
const ROW = 30;
const BAR = 18;
export const BAR_SPACE = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

/** A bar's length: its share of the largest value, over the space bars have (0 when every value is 0). */
export function barLength(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.round((Math.min(value, max) / max) * BAR_SPACE * 10) / 10;
}

export function BarChart(props: { id: string; title: string; bars: Bar[]; className?: string }) {
  const { id, title, bars } = props;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 4;
  const text = (b: Bar) => b.valueText ?? String(b.value);
  return (
    <svg
      class={`chart ${props.className ?? ''}`.trim()}
      id={id}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{bars.map((b) => `${b.label}: ${text(b)}`).join('; ')}</desc>
      {bars.map((b, i) => {
        const y = i * ROW + 2;
        const length = barLength(b.value, max);
        return (
          <g key={i} class="bar">
            <text x={LABEL_WIDTH - 8} y={y + BAR - 4} text-anchor="end" class="bar-label">
              {b.label}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={length} height={BAR} class="bar-fill" />
            <text x={LABEL_WIDTH + length + 6} y={y + BAR - 4} class="bar-value">
              {text(b)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A column of a chart's data table: its header, and whether it holds numbers (right-aligned). */
export interface Column {
  header: string;
  num?: boolean;
}
/** A row of a chart's data table: its label (the row's header cell), its cells, a data attribute. */
export interface Row {
  key: string;
  label: string;
  cells: (string | number)[];
  data?: { name: string; value: string };
}

/**
 * The data table beside a chart (or standing alone): a caption, a header row whose first column names the
 * rows, one row per label. The same markup wherever a page shows counts.
 */
export function DataTable(props: { id: string; caption: string; columns: Column[]; rows: Row[] }) {
  const { id, caption, columns, rows } = props;
  return (
    <table id={id} class="ranking">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col" class={c.num ? 'num' : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} {...(r.data ? { [`data-${r.data.name}`]: r.data.value } : {})}>
            <th scope="row">{r.label}</th>
            {r.cells.map((cell, i) => (
              <td key={i} class={columns[i + 1]?.num ? 'num' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
