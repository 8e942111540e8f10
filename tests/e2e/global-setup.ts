import { executablePath } from './harness';

// @sparticuz/chromium unpacks its browser to the temp folder on first use, and a second worker
// that finds the half-written file spawns it and fails with ETXTBSY. Unpack it once, here,
// before any worker starts.
export default async function setup(): Promise<void> {
  process.env.CHROMIUM_PATH = await executablePath();
}
