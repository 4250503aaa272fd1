export { checkIntegrity, INTEGRITY_CHECKS, type IntegrityOptions } from './check-integrity';
export { MAX_CYCLE_LINKS, cycleOverlap, type CycleLink, type Overlap } from './cycles';
export { buildReport, type Finding, type IntegrityCheck, type IntegrityReport, type IntervalCheck } from './findings';
export { formatReport } from './format-report';
