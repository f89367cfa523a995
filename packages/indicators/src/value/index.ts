export { checkValue, type FieldProblem, RATIO_TOLERANCE, type ValueIndicator } from './checkValue.js';
export { ObservationValue } from './observationValue.js';
export { ratioShare, scalarValue } from './scalarValue.js';
