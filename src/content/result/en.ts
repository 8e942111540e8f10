import type { ResultWords } from '../types';

// Written in our own words from shared/domain/facts.md; every claim is traced in sources.ts.
// "Can" rather than "will": results vary, and only a provider who examines you decides.
// The words of the result page: a separate file, loaded with the result.
export const words: ResultWords = {
  approvals: {
    forehead: 'Botox Cosmetic is FDA-approved for forehead lines (2017), and Xeomin for upper facial lines (2024).',
    'frown-lines': 'Every cosmetic neuromodulator sold in the US is FDA-approved for frown lines.',
    'crows-feet': "Botox Cosmetic is FDA-approved for crow's feet (2013), and Xeomin for upper facial lines (2024).",
    cheeks: 'Hyaluronic-acid fillers such as Juvéderm Voluma XC and Restylane Contour are FDA-approved for cheek volume.',
    temples: 'Juvéderm Voluma XC is FDA-approved for temple hollows (2024), the first hyaluronic-acid filler for this area.',
    'under-eyes': 'Only some fillers are FDA-approved here: Juvéderm Volbella XC (2022) and Restylane Eyelight (2023).',
    lips: 'Hyaluronic-acid fillers such as Juvéderm Volbella XC and Restylane Kysse are FDA-approved for the lips.',
    'lip-lines': 'Fillers such as Juvéderm Volbella XC and Restylane Kysse are FDA-approved for lines around the mouth; no neuromodulator is.',
    'nasolabial-folds': 'Fillers such as Juvéderm Vollure XC and Restylane Refyne are FDA-approved for these folds.',
    'marionette-lines': 'Fillers are FDA-approved for facial wrinkles and folds such as these; no neuromodulator is approved here.',
    chin: 'Juvéderm Voluma XC and Restylane Defyne are FDA-approved for the chin; a neuromodulator for a dimpled chin is off-label.',
    jawline: 'Juvéderm Volux XC is FDA-approved for jawline definition (2022).',
    masseter: 'No neuromodulator is FDA-approved for the jaw muscle: treating it is off-label.',
    'neck-bands': 'Botox Cosmetic is FDA-approved for vertical neck (platysma) bands (2024).',
  },
  reasons: {
    'upper-face-dynamic':
      'Lines that appear only when you move your face come from repeated muscle movement. A neuromodulator relaxes that muscle, which can soften these lines.',
    'upper-face-etched':
      'Lines still visible with your face relaxed are etched in. A neuromodulator is still the starting point: they can soften over repeated treatments, and deeper ones may need other treatments your provider chooses. Filler here is a high-risk, off-label choice only a provider can make, so we never suggest it.',
    'upper-face-unsure':
      'Lines here usually come from muscle movement, so a neuromodulator is the usual starting point. A provider confirms by looking at your face at rest and moving.',
    'lip-lines-dynamic':
      'Lines around the lips that show when you talk or purse your lips come from muscle movement and thinning skin. A soft filler can smooth them, and some providers add a small neuromodulator dose, which is an off-label use here.',
    'lip-lines-static':
      'Lines around the lips that stay when your face is relaxed can be smoothed with a soft hyaluronic-acid filler made for the area around the mouth.',
    'marionette-dynamic':
      'A muscle that pulls the mouth corners down deepens these lines. A filler can restore support, and some providers also relax that muscle with a neuromodulator, which is an off-label use.',
    'marionette-volume':
      'Lines from the mouth corners down come from lost volume and support. A hyaluronic-acid filler can restore it.',
    'chin-dimpled':
      'A dimpled, "orange-peel" chin comes from an overactive chin muscle. A neuromodulator can relax it; this is an off-label use your provider decides on.',
    'chin-volume': 'A small or receding chin is a matter of support. A hyaluronic-acid filler can add shape and projection.',
    masseter:
      'A wide, square jaw or clenching often comes from a strong chewing muscle. Providers may relax it with a neuromodulator, an off-label use: none is FDA-approved for it.',
    'neck-bands': 'Vertical neck bands come from the platysma muscle. Botox Cosmetic is FDA-approved to treat them.',
    'volume-hollows': 'Hollows and flattening come from lost volume. A neuromodulator cannot add volume; a hyaluronic-acid filler can restore it.',
    'volume-under-eyes':
      'Hollows under the eyes come from lost volume. This is an advanced area: only some fillers are approved for it, so choose an experienced injector. Dark circles and puffy bags are usually not a filler problem.',
    'volume-lips': 'Thinning lips are a matter of volume. A hyaluronic-acid filler can add fullness and shape right away.',
    'volume-folds':
      'Smile lines deepen when you smile, but they come from lost volume and support, not from the muscle, so a filler, not a neuromodulator, treats them.',
    'volume-jawline': 'Jawline definition depends on support under the skin. A hyaluronic-acid filler can restore it.',
    'safety-pregnancy':
      'Wait until after pregnancy and breastfeeding: the safety of injectables then has not been established.',
    'safety-skin-infection': 'Wait until the infection, rash or sore has fully healed: treatment is only for healthy skin.',
    'safety-under-18': 'Cosmetic injectables are for adults. If something about your face bothers you, talk with a parent and your doctor.',
    'safety-age-18-to-21': 'FDA approvals for fillers are for adults 22 and older, so a provider should assess you before any filler.',
    'safety-allergy': 'An allergy to an ingredient can rule a product out, so a provider should check it with you before any treatment.',
    'safety-neuromuscular':
      'With a neuromuscular condition, a neuromodulator carries a higher risk of serious weakness. Your doctor and a provider must decide together whether one is safe for you.',
    'safety-neuromuscular-combination':
      'With a neuromuscular condition, the neuromodulator part needs your doctor; the filler part can still help here.',
    'safety-bleeding': 'The FDA says fillers may not be appropriate for people with bleeding disorders, so a provider should assess you first.',
  },
  cautions: {
    'under-18': 'Neuromodulator approvals are for adults, and filler approvals for people 22 and older.',
    'age-18-to-21':
      'FDA-approved uses of dermal fillers are for people 22 and older, and neuromodulator approvals are for adults. A provider should assess you before any filler.',
    'pregnant-or-breastfeeding':
      'Neuromodulators have not been shown to be safe in pregnancy, and filler safety in pregnancy and breastfeeding has not been established.',
    'active-skin-infection': 'The product labels rule out injecting where there is an infection.',
    'recent-illness-vaccine-or-dental-work':
      'Swelling near a filler has been reported after an illness, a vaccine or dental work, sometimes weeks later. It is usually treatable. Tell your provider so they can plan the timing.',
    'allergy-to-ingredients':
      'An allergy to botulinum toxin, human albumin, lidocaine or a filler ingredient, or a history of severe allergies, can rule a product out. Bring the names of anything you reacted to.',
    'neuromuscular-condition':
      'Conditions such as myasthenia gravis, Lambert-Eaton syndrome or ALS raise the risk of serious weakness from a neuromodulator, including trouble swallowing or breathing. Tell your doctor and your provider before any treatment.',
    'bleeding-disorder': 'Bring your diagnosis and the name of your doctor to the consultation.',
    'blood-thinners':
      'Blood thinners make bruising and bleeding more likely. Never stop taking a prescribed medicine on your own: ask the doctor who prescribed it, and tell your injector.',
    'cold-sores': 'Injections near the lips can bring back cold sores. Tell your provider before any treatment around the mouth.',
    'immune-condition':
      'Filler safety with an autoimmune disease or immune-suppressing treatment has not been established. Tell your provider about your condition and medicines.',
    'previous-filler-or-implant':
      'Filler safety over an earlier filler or a permanent implant has not been established. Tell your provider what was used, where and when.',
  },
  noRule: 'We could not match this answer to a rule, so a provider should advise you.',
  comparison: {
    title: 'Neuromodulator or filler: how they differ',
    rows: {
      howItWorks: {
        label: 'How it works',
        neuromodulator: 'Blocks the nerve signal that tightens a muscle, so the muscle relaxes and the line above it can soften.',
        filler: 'A hyaluronic-acid gel holds water and adds volume under the skin, which can fill hollows and smooth folds.',
      },
      treats: {
        label: 'FDA-approved for',
        neuromodulator: "Frown lines, crow's feet and forehead lines; Botox Cosmetic also neck (platysma) bands. Other uses, such as the jaw muscle, are off-label.",
        filler: 'Lost volume and lines: cheeks, temples, under-eye hollows, lips, lines around the mouth, smile lines and other folds, chin and jawline, each by specific products.',
      },
      onset: {
        label: 'How fast it works',
        neuromodulator: 'Starts within a few days and reaches its full effect in about two weeks.',
        filler: 'Right away; swelling or bruising can take a few days to settle.',
      },
      lasts: {
        label: 'How long it lasts',
        neuromodulator: 'About 3 to 4 months for most products.',
        filler: 'About 6 to 12 months depending on the product, and some last longer.',
      },
      brands: {
        label: 'Examples',
        neuromodulator: 'Botox Cosmetic, Dysport, Xeomin, Jeuveau, Daxxify, Letybo',
        filler: 'The Juvéderm and Restylane families',
      },
    },
    trademarks:
      'Botox Cosmetic, Dysport, Xeomin, Jeuveau, Daxxify, Letybo, Juvéderm and Restylane are trademarks of their owners, who are not connected with this quiz.',
    risks:
      'A neuromodulator’s effect can spread beyond the treated area and cause trouble swallowing, speaking or breathing, hours to weeks after the injection: get medical care at once if that happens. A filler that enters a blood vessel can block it and cause skin damage, vision loss or a stroke. This is rare, but unusual pain, skin turning white or dark, or any change in your vision after a filler means going back at once. Swelling and bruising where you were treated are common and settle on their own.',
    riskSummary: 'Both have rare but serious risks: know the warning signs before you book.',
    approvalsTitle: 'FDA approval for your areas',
  },
};
