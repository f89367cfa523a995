import { describe, expect, it } from 'vitest';
import { readSheetRows } from './readSheetRows.js';

// 事项编号,牵头单位 / P08-M2,市财政局 in GBK, as Excel saves "CSV (逗号分隔)" on Chinese Windows.
const GBK = Uint8Array.from([
  0xca, 0xc2, 0xcf, 0xee, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xc7, 0xa3, 0xcd, 0xb7, 0xb5, 0xa5, 0xce,
  0xbb, 0x0a, 0x50, 0x30, 0x38, 0x2d, 0x4d, 0x32, 0x2c, 0xca, 0xd0, 0xb2, 0xc6, 0xd5, 0xfe, 0xbe,
  0xd6, 0x0a,
]);

describe('readSheetRows', () => {
  it('reads UTF-8 CSV with a BOM, rows numbered from the header', async () => {
    const bytes = new TextEncoder().encode('\uFEFFitemId,lead\nP08-M2,finance\n');
    expect(await readSheetRows(bytes, 'csv')).toEqual([
      { row: 1, cells: ['itemId', 'lead'] },
      { row: 2, cells: ['P08-M2', 'finance'] },
    ]);
  });

  it('reads GBK CSV as Excel writes it in China', async () => {
    expect(await readSheetRows(GBK, 'csv')).toEqual([
      { row: 1, cells: ['事项编号', '牵头单位'] },
      { row: 2, cells: ['P08-M2', '市财政局'] },
    ]);
  });

  it('refuses bytes that are not a workbook, and a list longer than a plan has items', async () => {
    await expect(readSheetRows(new Uint8Array([1, 2, 3]), 'xlsx')).rejects.toThrow();
    const long = new TextEncoder().encode(`itemId,lead\n${'P08-M2,finance\n'.repeat(5_001)}`);
    await expect(readSheetRows(long, 'csv')).rejects.toThrow('more than 5000 rows');
  });
});
