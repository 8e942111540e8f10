import type { QuizWords } from '../types';

// Written in our own words from shared/domain/facts.md; every claim is traced in sources.ts.
// "Can" rather than "will": results vary, and only a provider who examines you decides.
// The words the questions need, fetched while the visitor reads the intro; the result's load with the result.
export const words: QuizWords = {
  areas: {
    forehead: {
      label: 'Forehead lines',
      hint: 'Lines across the forehead',
    },
    'frown-lines': {
      label: 'Frown lines (the "11s")',
      hint: 'Vertical lines between the brows',
    },
    'crows-feet': {
      label: "Crow's feet",
      hint: 'Lines at the outer corners of the eyes',
    },
    cheeks: {
      label: 'Cheeks',
      hint: 'Flat or hollow cheeks',
    },
    temples: {
      label: 'Temples',
      hint: 'Hollows at the sides of the forehead',
    },
    'under-eyes': {
      label: 'Under the eyes',
      hint: 'A sunken, hollow look under the eyes',
    },
    lips: {
      label: 'Lips',
      hint: 'Thin lips or lost lip shape',
    },
    'lip-lines': {
      label: 'Lip lines',
      hint: 'Fine lines around the mouth',
    },
    'nasolabial-folds': {
      label: 'Smile lines (nasolabial folds)',
      hint: 'Folds from the nose to the corners of the mouth',
    },
    'marionette-lines': {
      label: 'Marionette lines',
      hint: 'Lines from the corners of the mouth down to the chin',
    },
    chin: {
      label: 'Chin',
      hint: 'A small or receding chin, or a dimpled chin',
    },
    jawline: {
      label: 'Jawline',
      hint: 'A soft, less defined jawline',
    },
    masseter: {
      label: 'Wide jaw or clenching',
      hint: 'A wide or square jaw, or clenching',
    },
    'neck-bands': {
      label: 'Neck bands',
      hint: 'Vertical bands on the neck',
    },
  },
  appearances: {
    'with-expression': {
      label: 'Only when I make an expression',
      help: 'They appear when you raise your brows, frown or squint, and fade when your face relaxes.',
    },
    'at-rest': { label: 'Even when my face is relaxed', help: 'They are still there with a neutral face.' },
    'lost-volume': { label: 'It looks hollow, flat or thinner', help: 'The area has lost fullness or shape more than it has a line.' },
    'not-sure': { label: "I'm not sure", help: 'That is fine: a provider will look at your face at rest and moving.' },
  },
  appearancesFor: {
    'lip-lines': {
      'with-expression': { label: 'Only when I talk, smile or purse my lips', help: 'They fade when your mouth relaxes.' },
      'at-rest': { label: 'Even when my mouth is relaxed', help: 'They are still there with a neutral face.' },
    },
    'marionette-lines': {
      'with-expression': { label: 'My mouth corners pull down when I talk or frown', help: 'The lines deepen as the corners turn down.' },
      'at-rest': { label: 'The lines are there with my face relaxed', help: 'They stay when your mouth is at rest.' },
      'lost-volume': { label: 'The area looks hollow or saggy', help: 'Below the mouth corners has lost fullness.' },
    },
    chin: {
      'with-expression': { label: 'My chin dimples or puckers when I talk', help: 'An "orange-peel" look that comes with movement.' },
      'lost-volume': { label: 'My chin looks small or set back', help: 'It lacks shape or projection, most visible from the side.' },
    },
  },
  flags: {
    'under-18': "I'm under 18",
    'age-18-to-21': "I'm 18 to 21",
    'pregnant-or-breastfeeding': "I'm pregnant or breastfeeding",
    'active-skin-infection': 'I have an infection, rash or open sore where I would be treated',
    'recent-illness-vaccine-or-dental-work': 'I was recently ill, had a vaccine or dental work, or have one coming up',
    'allergy-to-ingredients': "I've had an allergic reaction to botulinum toxin, lidocaine or a filler, or I have several severe allergies",
    'neuromuscular-condition': 'I have a neuromuscular condition (such as myasthenia gravis, Lambert-Eaton syndrome or ALS)',
    'bleeding-disorder': 'I have a bleeding disorder',
    'blood-thinners': 'I take blood thinners, or I bruise easily',
    'cold-sores': 'I get cold sores',
    'immune-condition': 'I have an autoimmune disease, or take medicine that weakens the immune system',
    'previous-filler-or-implant': 'I have had filler, or have a permanent implant, in an area I chose',
  },
  ages: { 'under-18': 'Under 18', '18-to-21': '18 to 21', '22-or-older': '22 or older' },
  safetyGroups: { age: 'Your age', now: 'Right now', health: 'Your health' },
  treatments: {
    neuromodulator: {
      name: 'Neuromodulator (such as Botox)',
      summary: 'Small injections relax the muscles that crease the skin, so lines that come with expressions can soften.',
    },
    filler: {
      name: 'Hyaluronic-acid filler',
      summary: 'A gel of hyaluronic acid, a substance your body makes, can restore lost volume and smooth lines and folds.',
    },
    combination: {
      name: 'Both, as one plan',
      summary: 'A neuromodulator for lines from muscle movement and a filler for volume or lines it cannot reach. A provider tailors the mix.',
    },
    'consult-first': {
      name: 'See a provider first',
      summary: 'One of your health answers means a licensed provider should assess you in person before any injectable.',
    },
    'not-now': {
      name: 'Not right now',
      summary: 'Something in your answers means injectables should wait. Here is what to do instead.',
    },
  },
  disclaimer:
    'Educational only, not medical advice or a diagnosis. Only a licensed provider who examines you can recommend a treatment, and results vary from person to person.',
  mirrorCheck:
    'Mirror check: relax your face and look straight ahead. Lines you see now are there at rest. Then raise your eyebrows, frown and squint: lines that show up only then come with expressions.',

};
