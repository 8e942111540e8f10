// Where a lead the visitor sent is: the one list the queue answers with, the form shows and the
// `lead` event (and so opted-in analytics) may carry.
//   sent; queued: saved on this device, retrying; unsaved: the browser would not let us save it
//   (private mode, full storage), retrying while the page is open; rejected: refused for good.
export const LEAD_STATUSES = ['sent', 'queued', 'unsaved', 'rejected'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
