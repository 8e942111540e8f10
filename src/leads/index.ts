// Lead capture (opt-in): the visitor's contact details + recommendation type -> the owner's endpoint.
export { buildLead, leadProblems, type Lead, type LeadInput, type LeadProblem } from './lead';
export { backoff, createLeadQueue, type DeliveryStatus, type FlushResult, type LeadQueue, type LeadQueueOptions } from './queue';
export { deliverWaitingLeads, holdLeadQueue, type LeadQueueHold } from './deliver';
export { MAX_AGE_MS, STORAGE_KEY, loadPending, type LeadStorage, type Pending } from './store';
