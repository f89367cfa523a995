import { observation } from './fakeApi.js';

/** A few official and illustrative observations of 鄂尔多斯市, as the seeded API holds them. */
export function sampleObservations() {
  return [
    observation({
      indicatorId: 'preschool-enrolment-rate',
      year: 2020,
      value: 98.5,
      source: 'plan',
    }),
    observation({
      indicatorId: 'preschool-enrolment-rate',
      year: 2021,
      value: 98.6,
      source: 'demo',
    }),
    observation({
      indicatorId: 'preschool-enrolment-rate',
      year: 2023,
      value: 98.9,
      source: 'demo',
    }),
    observation({ indicatorId: 'student-myopia-rate', year: 2020, value: 58, source: 'plan' }),
    observation({
      indicatorId: 'student-myopia-rate',
      year: 2022,
      value: 59,
      source: 'statistics',
    }),
    observation({
      indicatorId: 'dual-qualified-teachers-share',
      year: 2020,
      value: { parts: { secondary: 58, higher: 40 } },
      source: 'plan',
    }),
    observation({
      indicatorId: 'dual-qualified-teachers-share',
      year: 2022,
      value: { parts: { secondary: 59, higher: 52 } },
      source: 'demo',
    }),
  ];
}
