/** @module A figures table as the report prints it: a header row, one row per indicator or budget line, and why values are missing where the data says so. */
import type { FC } from 'hono/jsx';
import type { SectionTable } from '../export/section';

export const PrintedTable: FC<{ table: SectionTable; labelledBy?: string; withNotes?: boolean }> = ({ table, labelledBy, withNotes }) => (
  <div class="scroll">
    <table aria-labelledby={labelledBy}>
      <thead>
        <tr>
          {table.headers.map((h, i) => (
            <th scope="col" class={i === 0 ? undefined : 'num'}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr>
            <th scope="row">{r.name}</th>
            {r.cells.map((c) => (
              <td class="num">{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
    {withNotes && table.notes.length ? (
      <details class="table-notes">
        <summary>Varför värden saknas ({table.notes.length})</summary>
        <ul>
          {table.notes.map((n) => (
            <li>{n}</li>
          ))}
        </ul>
      </details>
    ) : null}
  </div>
);
