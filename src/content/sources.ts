// Where each claim shown to a visitor comes from (see shared/domain/facts.md and
// sources-detail.md). Only three kinds of source back the product's words: an FDA label
// (prescribing information, directions for use, approval summaries), an FDA communication
// (safety communications, consumer updates, device pages), or a manufacturer's announcement.
// Keys name the content they back, so a test can check none is unsourced.

export const SOURCE_KINDS = ['fda-label', 'fda-communication', 'manufacturer'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Ref {
  readonly kind: SourceKind;
  readonly title: string;
}

export interface Source {
  readonly claim: string;
  readonly refs: readonly Ref[];
}

const label = (title: string): Ref => ({ kind: 'fda-label', title });
const fda = (title: string): Ref => ({ kind: 'fda-communication', title });
const maker = (title: string): Ref => ({ kind: 'manufacturer', title });

const BOTOX_LABEL = label('Botox Cosmetic (onabotulinumtoxinA) prescribing information, Indications and Usage revised 10/2024 (FDA label)');
const FILLER_PAGE = fda('FDA, "Dermal Fillers (Soft Tissue Fillers)" and "Dermal Fillers Approved by the Center for Devices and Radiological Health"');
const FILLER_DOS = fda('FDA consumer update, "Dermal Filler Do\'s and Don\'ts for Wrinkles, Lips and More"');
const VOLUMA_DFU = label('Juvéderm Voluma XC directions for use (FDA PMA P110033), contraindications, warnings and precautions');
const VESSELS = fda('FDA Safety Communication, 28 May 2015, "Unintentional Injection of Soft Tissue Filler into Blood Vessels in the Face"');
const TOXIN_LABELS = label('Boxed warning "Distant spread of toxin effect" on every botulinum toxin label (Botox Cosmetic, Dysport, Xeomin, Jeuveau, Daxxify, Letybo)');

export const sources = {
  'areas.approval': {
    claim:
      "Botox Cosmetic: frown lines (2002), crow's feet (2013), forehead lines (2017), platysma bands (2024); Xeomin: upper facial lines (2024); Dysport, Jeuveau, Daxxify, Letybo: frown lines. HA fillers by area: Voluma XC cheeks, chin (2020), temples (2024); Volux XC jawline (2022); Volbella XC lips and perioral lines (2016), under-eye hollows (2022); Restylane Eyelight under-eyes (2023); Kysse lips and perioral lines (2020); Defyne chin (2021); Vollure XC, Refyne folds; masseter, dimpled chin, mouth-corner and lip-line toxin uses are not in any label.",
    refs: [
      BOTOX_LABEL,
      maker('Allergan announcement, 3 October 2017: Botox Cosmetic approved for forehead lines'),
      maker('AbbVie announcement, October 2024: Botox Cosmetic approved for moderate to severe platysma bands'),
      maker('Merz Aesthetics announcement, July 2024: Xeomin approved for simultaneous treatment of upper facial lines'),
      label('Dysport, Jeuveau, Daxxify and Letybo prescribing information: glabellar lines'),
      maker('Allergan Aesthetics announcement, March 2024: Juvéderm Voluma XC approved for temple hollows'),
      maker('Allergan Aesthetics announcement, 2022: Juvéderm Volux XC approved for jawline definition'),
      maker('Allergan Aesthetics announcement, 2022: Juvéderm Volbella XC approved for infraorbital hollows'),
      maker('Galderma announcement, June 2023: Restylane Eyelight approved for undereye hollows'),
      label('Restylane Kysse summary of safety and effectiveness (FDA PMA P140029/S021)'),
      fda('FDA, Recently approved devices: Restylane Defyne (P140029/S027), chin augmentation'),
      FILLER_PAGE,
    ],
  },
  'comparison.howItWorks': {
    claim: 'Neuromodulators block the nerve signal to the muscle and relax it; HA fillers bind water and add volume.',
    refs: [BOTOX_LABEL, FILLER_PAGE],
  },
  'comparison.treats': {
    claim: 'What each is FDA-approved for (see areas.approval); other toxin uses are off-label.',
    refs: [BOTOX_LABEL, maker('Merz Aesthetics announcement, July 2024 (Xeomin upper facial lines)'), FILLER_PAGE],
  },
  'comparison.onset': {
    claim: 'Neuromodulator: first effect within days, full effect at about two weeks; filler: immediate, with swelling or bruising.',
    refs: [BOTOX_LABEL, FILLER_PAGE],
  },
  'comparison.lasts': {
    claim: 'Neuromodulators about 3–4 months; HA fillers about 6–12 months, some products longer.',
    refs: [maker('Revance, Daxxify HCP information: conventional frown line treatments last "a median of approximately 3-4 months"'), FILLER_PAGE],
  },
  'comparison.brands': {
    claim: 'FDA-approved cosmetic neuromodulators and HA filler families.',
    refs: [BOTOX_LABEL, label('Dysport, Xeomin, Jeuveau, Daxxify and Letybo prescribing information'), FILLER_PAGE],
  },
  'comparison.trademarks': {
    claim: 'The brand names belong to their makers (AbbVie/Allergan, Galderma/Ipsen, Merz, Evolus, Revance, Hugel).',
    refs: [BOTOX_LABEL, label('Each product\'s FDA label names its maker')],
  },
  'comparison.risks': {
    claim:
      'Distant spread of toxin effect: swallowing, speaking or breathing difficulty hours to weeks after injection; filler in a blood vessel: skin necrosis, vision impairment or blindness, stroke; warning signs: unusual pain, blanching or discoloration, vision change; common: swelling and bruising.',
    refs: [TOXIN_LABELS, VESSELS, VOLUMA_DFU, FILLER_PAGE],
  },
  'comparison.riskSummary': {
    claim: 'Both have rare but serious risks (as comparison.risks).',
    refs: [TOXIN_LABELS, VESSELS],
  },
  reasons: {
    claim:
      'Dynamic lines come from muscle activity, which neuromodulators relax; etched upper-face lines start with a neuromodulator (filler there is high-risk and FDA advises against it); volume loss, folds, lips, chin and jawline call for filler; masseter, dimpled chin, mouth-corner and lip-line toxin uses are off-label; platysma bands are an approved Botox Cosmetic use; under-eye hollows are approved for only some fillers.',
    refs: [
      label('Botox Cosmetic prescribing information: lines "associated with" corrugator/procerus, orbicularis oculi, frontalis and platysma muscle activity'),
      VESSELS,
      FILLER_PAGE,
      maker('Allergan Aesthetics announcement, 2022 (Volbella XC infraorbital hollows); Galderma announcement, June 2023 (Restylane Eyelight)'),
    ],
  },
  'reasons.safety': {
    claim:
      'Under 18: no cosmetic approval; fillers for 22 and older; pregnancy and breastfeeding: safety not established; infection at the site: contraindicated until healed; allergy: contraindication; neuromuscular disease: higher risk with toxins; bleeding disorders: fillers may not be appropriate.',
    refs: [BOTOX_LABEL, FILLER_DOS, VOLUMA_DFU],
  },
  'cautions.under-18': {
    claim: 'Safety and effectiveness of cosmetic toxins are not established under 18; fillers are approved for people 22 and older.',
    refs: [BOTOX_LABEL, FILLER_DOS],
  },
  'cautions.age-18-to-21': {
    claim: 'Dermal fillers are approved "for specific uses in people aged 22 and older"; toxin approvals are for adults.',
    refs: [FILLER_DOS, label('Restylane Kysse labeling: "over the age of 21"'), BOTOX_LABEL],
  },
  'cautions.pregnant-or-breastfeeding': {
    claim: 'No adequate data for toxins in pregnancy; filler safety in pregnancy and breastfeeding not established.',
    refs: [label('Botox Cosmetic prescribing information, 8.1 Pregnancy and 8.2 Lactation'), VOLUMA_DFU],
  },
  'cautions.active-skin-infection': {
    claim: 'Infection at the proposed injection site is a contraindication; fillers are deferred with active inflammation or infection.',
    refs: [label('Botox Cosmetic prescribing information, 4 Contraindications'), label('Juvéderm Volux XC directions for use')],
  },
  'cautions.recent-illness-vaccine-or-dental-work': {
    claim: 'Delayed-onset inflammation near filler sites has been reported after viral or bacterial illness, vaccination or dental procedures; usually treatable.',
    refs: [fda('FDA, "Dermal Fillers (Soft Tissue Fillers)": update on delayed-onset inflammation after illness, vaccination or dental procedures')],
  },
  'cautions.allergy-to-ingredients': {
    claim: 'Hypersensitivity to any botulinum toxin or formulation component (human albumin); fillers: lidocaine, gram-positive bacterial proteins, multiple severe allergies or anaphylaxis.',
    refs: [label('Botox Cosmetic and Jeuveau prescribing information, 4 Contraindications'), VOLUMA_DFU, FILLER_DOS],
  },
  'cautions.neuromuscular-condition': {
    claim: 'Higher risk of clinically significant effects, including severe swallowing and breathing problems, with neuromuscular disorders.',
    refs: [label('Botox Cosmetic prescribing information, 5 Warnings: pre-existing neuromuscular disorders'), label('Daxxify prescribing information, warnings')],
  },
  'cautions.bleeding-disorder': {
    claim: '"Dermal fillers may not be appropriate for people with certain conditions, such as bleeding disorders or some allergies."',
    refs: [FILLER_DOS, label('Restylane labeling: not for patients with bleeding disorders')],
  },
  'cautions.blood-thinners': {
    claim: 'Aspirin, NSAIDs and anticoagulants raise the risk of bruising or bleeding at the injection site; prescribed medicines are changed only by the prescriber.',
    refs: [VOLUMA_DFU, label('Botox Cosmetic Medication Guide: tell your doctor if you take blood thinners')],
  },
  'cautions.cold-sores': {
    claim: 'Injections near the lips can reactivate herpes; a history of herpes is a precaution.',
    refs: [label('Restylane Kysse directions for use, precautions: recurrence of herpetic eruptions')],
  },
  'cautions.immune-condition': {
    claim: 'Filler safety with autoimmune disease or immunosuppressive therapy has not been established.',
    refs: [VOLUMA_DFU, label('Restylane directions for use, precautions')],
  },
  'cautions.previous-filler-or-implant': {
    claim: 'Safety of injecting over other fillers or permanent implants has not been established.',
    refs: [VOLUMA_DFU],
  },
  disclaimer: {
    claim: 'Educational, not a diagnosis; only a licensed provider who examines you can decide; results vary.',
    refs: [FILLER_DOS, BOTOX_LABEL],
  },
  mirrorCheck: {
    claim: 'Approved toxin uses are for lines associated with muscle activity (seen with expression); lines present with a neutral face are at rest.',
    refs: [BOTOX_LABEL],
  },
} as const satisfies Record<string, Source>;
