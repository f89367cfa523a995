import type { IndicatorId } from '@plan/indicators';

/**
 * An authored type with its links to indicators (`indicatorId`, `indicator`)
 * narrowed to the ids of the Ordos plan, so a typo in this plan's data fails
 * to compile. The generic schemas take any plan's ids as strings;
 * `buildCatalogue` and `checkConsistency` check them against the plan.
 */
export type OrdosLinks<T> = T extends readonly (infer Item)[]
  ? OrdosLinks<Item>[]
  : T extends object
    ? {
        [Key in keyof T]: Key extends 'indicatorId' | 'indicator'
          ? Exclude<T[Key], string> | IndicatorId
          : OrdosLinks<T[Key]>;
      }
    : T;
