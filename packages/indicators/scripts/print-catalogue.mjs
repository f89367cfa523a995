// Prints the indicator catalogue as a table: the interim main job until the API serves it.
import { ordosPlan } from '../dist/index.js';

const show = (value) => (value.printed === '' ? '·' : value.printed);
console.log(`${ordosPlan.title.zh}\n${ordosPlan.title.en}\n`);
for (const table of ordosPlan.tables) {
  console.log(`${table.title.zh}`);
  const rows = ordosPlan.indicators
    .filter((indicator) => indicator.table === table.id)
    .map((indicator) => ({
      id: indicator.id,
      指标: indicator.printed,
      '鄂尔多斯 2020': show(indicator.values.subject.baseline),
      '鄂尔多斯 2025': show(indicator.values.subject.target),
      '内蒙古 2020': show(indicator.values.benchmark.baseline),
      '内蒙古 2025': show(indicator.values.benchmark.target),
      方向: indicator.direction,
    }));
  console.table(rows);
}
