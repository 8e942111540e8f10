/** Share links the result page can offer (no third-party scripts: plain links). Kept out of
 * schema.ts so the widget's first screen can name them without loading the validator. */
export const SHARE_NETWORKS = ['facebook', 'x', 'linkedin', 'pinterest'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

/** Where a visitor can share a result (the `share` event's network): a network's link, the copy
 * button, or the device's own share sheet. */
export const SHARE_TARGETS = [...SHARE_NETWORKS, 'copy', 'native'] as const;
export type ShareTarget = (typeof SHARE_TARGETS)[number];
