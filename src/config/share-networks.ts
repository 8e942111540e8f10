/** Share links the result page can offer (no third-party scripts: plain links). Kept out of
 * schema.ts so the widget's first screen can name them without loading the validator. */
export const SHARE_NETWORKS = ['facebook', 'x', 'linkedin', 'pinterest'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];
