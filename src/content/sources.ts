// Where each claim shown to a visitor comes from (see shared/domain/facts.md and
// sources-detail.md). Keys name the content they back, so a test can check none is unsourced.

export interface Source {
  readonly claim: string;
  readonly refs: readonly string[];
}

export const sources = {
  'comparison.howItWorks':
    {
      claim: 'Neuromodulators block nerve signals to the muscle; HA fillers bind water and add volume.',
      refs: [
        'Seed article "What is the Difference Between Botox and Dermal Fillers?"',
        'TGA, Letybo product information (tga.gov.au)',
        'FDA, Dermal Fillers Approved by the Center for Devices and Radiological Health (fda.gov)',
      ],
    },
  'comparison.treats': {
    claim: "Botox Cosmetic: frown lines (2002), crow's feet (2013), forehead lines (2017); HA fillers: cheeks, temples, under-eyes, lips, perioral lines, folds, chin, jawline.",
    refs: [
      'American Med Spa Association news, 2017-10-04 (americanmedspa.org)',
      'Fitzpatrick’s Dermatology 9e, "Botulinum Toxin" (dermatology.mhmedical.com)',
      'pharmacytimes.com, "FDA Approves Hyaluronic Acid Injection to Improve Temple Hollowing" (2024)',
      'plasticsurgerypractice.com, "FDA OKs Juvederm Volux XC to improve jawline definition" (2022)',
      'galderma.com, Restylane Eyelight approval (2023)',
      'fda.gov, Dermal fillers (soft tissue fillers)',
    ],
  },
  'comparison.onset': {
    claim: 'Neuromodulator: first effect within days, full effect at about two weeks; filler: immediate, with swelling or bruising.',
    refs: ['healthline.com, "How long does Botox take to work"', 'juvederm.ca, What to expect'],
  },
  'comparison.lasts': {
    claim: 'Neuromodulators about 3–4 months; HA fillers about 6–12 months, some products longer.',
    refs: ['hcp.daxxify.com ("a median of approximately 3-4 months")', 'fda.gov dermal fillers ("approximately 6–12 months")', 'Seed article'],
  },
  'comparison.brands': {
    claim: 'FDA-approved cosmetic neuromodulators and HA filler families.',
    refs: ['shared/domain/sources-detail.md table of brands, each with its FDA label or press release'],
  },
  'comparison.risks': {
    claim: 'Boxed warning on distant spread of toxin effect; FDA 2015 safety communication on filler injection into blood vessels.',
    refs: ['api.fda.gov Botox Cosmetic label (boxed warning)', 'FDA safety communication, May 2015 (JAMA 2015;314(3):217)'],
  },
  reasons: {
    claim: 'Dynamic lines respond to neuromodulators; etched lines may add filler; volume loss and folds call for filler; perioral toxin is off-label.',
    refs: [
      'toceyeandface.com, "Are your wrinkles static or dynamic"',
      'princetonderm.com, Frown lines',
      'fda.gov, Dermal fillers approved uses',
      'realself.com, Off-label Botox injections',
    ],
  },
  'cautions.pregnant-or-breastfeeding': {
    claim: 'Not studied in pregnancy, not recommended while pregnant or nursing; filler safety not established.',
    refs: ['peakexpression.co.uk, Who should not get treated with Botox', 'oncologynurseadvisor.com, Juvéderm Volux label summary'],
  },
  'cautions.neuromuscular-condition': {
    claim: 'Higher risk of serious weakness, swallowing and breathing problems.',
    refs: ['Botox prescribing information, as quoted at botoxsarasotafl.com', 'hcp.daxxify.com'],
  },
  'cautions.allergy-to-ingredients': {
    claim: 'Hypersensitivity to toxin or formulation (human albumin); lidocaine, bacterial proteins or severe allergies for fillers.',
    refs: ['Jeuveau important safety information', 'Juvéderm Voluma XC directions for use'],
  },
  'cautions.active-skin-infection': {
    claim: 'Infection at the injection site is a contraindication until healed.',
    refs: ['Botox label as quoted at ebroon.com', 'Juvéderm Volux label'],
  },
  'cautions.blood-thinners': {
    claim: 'More bruising; do not stop prescribed anticoagulants without the prescriber.',
    refs: ['pharmacytimes.com (Juvéderm bleeding risk)', 'medx.it.com'],
  },
  'cautions.under-18': {
    claim: 'Cosmetic toxin approvals are for adults; fillers for adults over 21.',
    refs: ['renalandurologynews.com (Botox Cosmetic, under 18 not established)', 'fda.gov dermal fillers ("over the age of 21")'],
  },
  disclaimer: {
    claim: 'Educational, not a diagnosis; only a provider can decide; results vary.',
    refs: ['Radiesse (+) patient guide disclaimer pattern', 'FDA Drug Trials Snapshot disclaimer pattern'],
  },
  mirrorCheck: {
    claim: 'Lines present with a neutral face are static; lines that appear with expression are dynamic.',
    refs: ['cosmeticmedicineforum.com, t-58', 'juvederm.ca, What to expect'],
  },
} as const satisfies Record<string, Source>;
