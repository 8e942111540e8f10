import { analyticsSender, debugPanel, leadDelivery, recommender, settings } from '../../src/embed/parts';
import { LOCALES } from '../../src/engine/types';
import { FaceDrawing, Launcher, LeadForm, Practices, Share, theme } from '../../src/ui/parts';
import { partWords, quizWords, resultWords, uiWords } from '../../src/ui/words';
import { AppearanceStep, AreasStep, Result, SafetyStep, SharedComparison } from '../../src/ui/screens';

// Every unit and component test starts with the widget's parts loaded (src/ui/parts.ts), as a
// visitor has them by the time each screen shows: a part that has arrived renders in the same
// pass, so a test can look at the screen right after rendering it. What happens while a part is
// still on its way, or when it fails, is tested on its own (tests/ui/lazy.test.tsx, tests/e2e).
await Promise.all([
  ...LOCALES.flatMap((l) => [uiWords[l](), quizWords[l](), resultWords[l](), partWords[l]()]),
  ...[AreasStep, AppearanceStep, SafetyStep, FaceDrawing, Launcher, LeadForm, Practices, Result, Share, SharedComparison].map((c) => c.preload()),
  theme(),
  ...[settings, analyticsSender, leadDelivery, debugPanel, recommender].map((p) => p()),
]);
