/** Validation stage. */
export { validateWorkflow, type ValidationResult } from './validateWorkflow';
export { describeCycles, describeEmptyWorkflow } from './cycleIssues';
