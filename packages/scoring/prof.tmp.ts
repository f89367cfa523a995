import { assess } from './src/assess.js';

const method = (process.env.M ?? 'time-progress') as 'time-progress';
const inputs = [];
for (let i = 0; i < 4096; i++)
  inputs.push({
    method,
    direction: 'increase' as const,
    series: [2020, 2021, 2022, 2023].map((year, j) => ({
      year,
      value: 50 + (i % 7) + j * ((i % 5) + 0.37),
    })),
    target: { year: 2025, value: 70 },
  });
let sink = 0;
for (let i = 0; i < 200000; i++) sink += assess(inputs[i % 4096]!).status.length;
const t = performance.now();
const N = 1000000;
for (let i = 0; i < N; i++) sink += assess(inputs[i % 4096]!).status.length;
console.log(((performance.now() - t) / N) * 1000, 'µs/call', sink);
