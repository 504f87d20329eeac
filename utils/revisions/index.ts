export {
  type CarryCandidate,
  type CarryResult,
  type CarryStatus,
  carryOver,
} from './carry-over.ts';
export { earlierRevisions, type RevisionFamily, revisionFamilies } from './family.ts';
export { sameProvision } from './provision.ts';
