export {
  checkValue,
  type FieldProblem,
  type FieldProblemCode,
  RATIO_TOLERANCE,
  type ValueIndicator,
} from './checkValue.js';
export { ObservationValue } from './observationValue.js';
export { ratioShare, scalarValue } from './scalarValue.js';
