import { lazy } from '../lazy';
import type { ResultSlotProps } from '../slots';

// The lead form, its delivery queue, wording and styles are a separate file fetched only on a
// result page of a site that configured `leads`: most sites and visitors never download it.
export const LeadForm = lazy<ResultSlotProps>(() => import('./LeadForm').then((m) => m.LeadForm));
