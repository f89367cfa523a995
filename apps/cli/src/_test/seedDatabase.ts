import { ordosPlan } from '@plan/indicators';
import { demoObservations, planBaselineObservations } from '@plan/observations';
import { databaseTargetFrom, type NewObservation, openStore } from '@plan/store';

/** Official figures the tests rely on: one beside a demo figure of the same year, one alone. */
export const officialObservations: NewObservation[] = [
  {
    indicatorId: 'regular-exercise-share',
    region: 'ordos',
    year: 2023,
    date: '2023-12-31',
    period: 'year',
    value: 44.1,
    source: 'statistics-bureau',
    note: null,
  },
  {
    indicatorId: 'student-myopia-rate',
    region: 'ordos',
    year: 2022,
    date: '2022-12-31',
    period: 'year',
    value: 57.2,
    source: 'health-commission',
    note: null,
  },
];

/**
 * Fills a database as the server would on first start (the plan's 2020 values
 * and the demo figures), plus a few official figures.
 */
export async function seedDatabase(databaseUrl: string, options: { demo: boolean }) {
  const store = await openStore(databaseTargetFrom(databaseUrl));
  try {
    await store.importObservations(planBaselineObservations(ordosPlan), { name: 'seed' });
    if (options.demo) await store.importObservations(demoObservations(ordosPlan), { name: 'seed' });
    await store.importObservations(officialObservations, { name: 'test' });
  } finally {
    await store.close();
  }
}
