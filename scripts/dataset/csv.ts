// A small RFC 4180 CSV reader: quoted fields, doubled quotes, newlines inside quotes, a leading BOM.
// Rows come back as string arrays; `readCsvObjects` keys them by the header row.

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      field = '';
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface CsvTable {
  header: string[];
  rows: Record<string, string>[];
  /** Rows whose field count differs from the header's (kept out of `rows`). */
  malformed: number;
}

export function readCsvObjects(text: string): CsvTable {
  const all = parseCsv(text);
  const header = (all[0] ?? []).map((h) => h.trim());
  const rows: Record<string, string>[] = [];
  let malformed = 0;
  for (let r = 1; r < all.length; r++) {
    const cells = all[r]!;
    if (cells.length !== header.length) {
      malformed++;
      continue;
    }
    const o: Record<string, string> = {};
    header.forEach((h, j) => (o[h] = cells[j]!.trim()));
    rows.push(o);
  }
  return { header, rows, malformed };
}
