import type { MedicalStrings } from './types';

// Written in our own words from shared/domain/facts.md; every claim is traced in sources.ts.
export const en: MedicalStrings = {
  areas: {
    forehead: { label: 'Forehead lines', hint: 'Lines across the forehead' },
    'frown-lines': { label: 'Frown lines (the "11s")', hint: 'Vertical lines between the brows' },
    'crows-feet': { label: "Crow's feet", hint: 'Lines at the outer corners of the eyes' },
    cheeks: { label: 'Cheeks', hint: 'Flat or hollow cheeks' },
    temples: { label: 'Temples', hint: 'Hollows at the sides of the forehead' },
    'under-eyes': { label: 'Under the eyes', hint: 'Hollows under the eyes' },
    lips: { label: 'Lips', hint: 'Thin lips or lost lip shape' },
    'lip-lines': { label: 'Lip lines', hint: 'Fine lines around the mouth' },
    'nasolabial-folds': { label: 'Smile lines', hint: 'Folds from the nose to the corners of the mouth' },
    'marionette-lines': { label: 'Marionette lines', hint: 'Lines from the corners of the mouth down to the chin' },
    chin: { label: 'Chin', hint: 'A weak or receding chin' },
    jawline: { label: 'Jawline', hint: 'A soft, less defined jawline' },
    masseter: { label: 'Jaw muscle (masseter)', hint: 'A wide or square jaw, or clenching' },
    'neck-bands': { label: 'Neck bands', hint: 'Vertical bands on the neck' },
  },
  appearances: {
    'with-expression': {
      label: 'Only when I make an expression',
      help: 'They appear when you raise your brows, frown, squint or smile, and fade when your face relaxes.',
    },
    'at-rest': { label: 'Even when my face is relaxed', help: 'They are still there with a neutral face.' },
    'lost-volume': { label: 'It looks hollow, flat or thinner', help: 'The area has lost fullness or shape more than it has a line.' },
    'not-sure': { label: "I'm not sure", help: 'That is fine: a provider will look at your face at rest and moving.' },
  },
  flags: {
    'pregnant-or-breastfeeding': "I'm pregnant or breastfeeding",
    'neuromuscular-condition': 'I have a neuromuscular condition (such as myasthenia gravis, Lambert-Eaton syndrome or ALS)',
    'allergy-to-ingredients': "I've had an allergic reaction to botulinum toxin, lidocaine or a filler, or I have several severe allergies",
    'active-skin-infection': 'I have a skin infection, cold sore or inflamed skin where I would be treated',
    'blood-thinners': 'I take blood thinners, or I bruise or bleed easily',
    'under-18': "I'm under 18",
  },
  treatments: {
    neuromodulator: {
      name: 'Neuromodulator (such as Botox)',
      summary: 'Small injections relax the muscles that crease the skin, so lines that come with expressions soften.',
    },
    filler: {
      name: 'Hyaluronic-acid filler',
      summary: 'A gel of hyaluronic acid, a substance your body makes, restores lost volume and smooths lines and folds.',
    },
    combination: {
      name: 'Both, as one plan',
      summary: 'A neuromodulator for lines from muscle movement and a filler for volume or lines it cannot fix. A provider tailors the mix.',
    },
    'consult-first': {
      name: 'See a provider first',
      summary: 'Something in your answers means a licensed provider should assess you in person before any injectable.',
    },
  },
  reasons: {
    'upper-face-dynamic':
      'Lines that appear only when you move your face come from repeated muscle movement. A neuromodulator relaxes that muscle, which softens these dynamic lines.',
    'upper-face-etched':
      'Lines still visible with your face relaxed have become etched in. Relaxing the muscle helps keep them from deepening, and a filler may be added for the crease that remains.',
    'upper-face-unsure':
      'Lines here usually come from muscle movement, so a neuromodulator is the usual starting point. A provider will confirm by looking at your face at rest and moving.',
    'lip-lines-dynamic':
      'Lines around the lips that show when you talk or purse your lips come from muscle movement and thinning skin. A soft filler smooths them, and some providers add a small neuromodulator dose, which is an off-label use here.',
    'lip-lines-static':
      'Lines around the lips that stay when your face is relaxed can be smoothed with a soft hyaluronic-acid filler made for lines around the mouth.',
    'volume-hollows':
      'Hollows and flattening come from lost volume. A neuromodulator cannot add volume; a hyaluronic-acid filler restores it.',
    'volume-lips': 'Thinning lips are a matter of volume. A hyaluronic-acid filler adds fullness and shape right away.',
    'volume-folds':
      'These folds deepen when you smile, but they come from lost volume and support, not from the muscle, so a filler, not Botox, treats them.',
    'neuromodulator-areas':
      'A wide jaw from a strong chewing muscle and vertical neck bands both come from muscle, so a neuromodulator, which relaxes it, is the usual treatment.',
    'volume-contour':
      'Chin and jawline definition depends on support under the skin. A hyaluronic-acid filler restores that support.',
    'safety-see-provider':
      'One of your health answers means a licensed provider should see you in person before any injectable treatment.',
    'safety-neuromuscular':
      'With a neuromuscular condition, neuromodulators carry a higher risk of serious weakness, so a provider must decide whether one is safe for you.',
  },
  cautions: {
    'pregnant-or-breastfeeding':
      'Neuromodulators have not been studied in pregnancy and are not recommended while pregnant or breastfeeding, and filler safety in pregnancy has not been established. Plan treatment for later and talk with your provider.',
    'neuromuscular-condition':
      'Conditions such as myasthenia gravis, Lambert-Eaton syndrome or ALS raise the risk of serious weakness from a neuromodulator, including trouble swallowing or breathing. Tell your provider before any treatment.',
    'allergy-to-ingredients':
      'An allergy to botulinum toxin, human albumin, lidocaine or a filler ingredient, or a history of severe allergies, can rule a product out. Bring the names of anything you reacted to.',
    'active-skin-infection': 'Treatment waits until an infection, cold sore or inflammation where you would be injected has healed.',
    'blood-thinners':
      'Blood thinners and bleeding problems make bruising more likely. Never stop a prescribed medicine on your own: ask the doctor who prescribed it, and tell your injector.',
    'under-18':
      'Cosmetic neuromodulator approvals are for adults, and fillers are approved for adults over 21. A provider and a parent or guardian need to be part of any decision.',
  },
  noRule: 'We could not match this answer to a rule, so a provider should advise you.',
  comparison: {
    title: 'Neuromodulator or filler: how they differ',
    rows: {
      howItWorks: {
        label: 'How it works',
        neuromodulator: 'Blocks the nerve signal that tightens a muscle, so the muscle relaxes and the line above it softens.',
        filler: 'A hyaluronic-acid gel holds water and adds volume under the skin, filling hollows and smoothing folds.',
      },
      treats: {
        label: 'What it treats',
        neuromodulator: "Lines from expressions: forehead lines, frown lines between the brows and crow's feet.",
        filler: 'Lost volume and lines at rest: cheeks, temples, under-eye hollows, lips, smile and marionette lines, lip lines, chin and jawline.',
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
    risks:
      'Both are medical treatments with rare but serious risks your provider will discuss: a neuromodulator’s effect can spread beyond the treated area, and a filler can rarely enter a blood vessel. Get care at once for trouble swallowing, speaking, breathing or seeing after a treatment.',
  },
  disclaimer:
    'Educational only, not medical advice or a diagnosis. Only a licensed provider who examines you can recommend a treatment, and results vary from person to person.',
  mirrorCheck:
    'Mirror check: relax your face and look straight ahead. Lines you see now are there at rest. Then raise your eyebrows, frown and squint: lines that show up only then come with expressions.',
};
