import type { QuizWords } from '../types';

// Spanish for New Mexico visitors: natural US Hispanic usage, "usted" throughout, written for
// the reader rather than translated word for word. Same sources as en.ts (sources.ts).
// The words the questions need, fetched while the visitor reads the intro; the result's load with the result.
export const words: QuizWords = {
  areas: {
    forehead: {
      label: 'Líneas de la frente',
      hint: 'Líneas horizontales en la frente',
    },
    'frown-lines': {
      label: 'Líneas del entrecejo (el "11")',
      hint: 'Líneas verticales entre las cejas',
    },
    'crows-feet': {
      label: 'Patas de gallo',
      hint: 'Líneas en las esquinas externas de los ojos',
    },
    cheeks: {
      label: 'Mejillas',
      hint: 'Mejillas planas o hundidas',
    },
    temples: {
      label: 'Sienes',
      hint: 'Hundimientos a los lados de la frente',
    },
    'under-eyes': {
      label: 'Debajo de los ojos',
      hint: 'La zona debajo de los ojos se ve hundida',
    },
    lips: {
      label: 'Labios',
      hint: 'Labios delgados o con menos forma',
    },
    'lip-lines': {
      label: 'Líneas alrededor de la boca',
      hint: 'Arruguitas finas sobre y bajo los labios',
    },
    'nasolabial-folds': {
      label: 'Líneas de la sonrisa (surcos nasogenianos)',
      hint: 'Pliegues de la nariz a las comisuras de la boca',
    },
    'marionette-lines': {
      label: 'Líneas de marioneta',
      hint: 'Líneas de las comisuras de la boca hacia el mentón',
    },
    chin: {
      label: 'Mentón',
      hint: 'Mentón pequeño, retraído o con hoyuelos',
    },
    jawline: {
      label: 'Línea de la mandíbula',
      hint: 'Mandíbula con menos definición',
    },
    masseter: {
      label: 'Mandíbula ancha o apretar los dientes',
      hint: 'Mandíbula ancha o cuadrada, o apretar los dientes',
    },
    'neck-bands': {
      label: 'Bandas del cuello',
      hint: 'Bandas verticales en el cuello',
    },
  },
  appearances: {
    'with-expression': {
      label: 'Solo cuando hago un gesto',
      help: 'Aparecen al levantar las cejas, fruncir el ceño o entrecerrar los ojos, y se borran al relajar la cara.',
    },
    'at-rest': { label: 'También con la cara relajada', help: 'Siguen ahí aunque no haga ningún gesto.' },
    'lost-volume': { label: 'Se ve hundido, plano o más delgado', help: 'La zona ha perdido volumen o forma más que tener una línea.' },
    'not-sure': { label: 'No estoy seguro/a', help: 'Está bien: un profesional revisará su cara en reposo y en movimiento.' },
  },
  appearancesFor: {
    'lip-lines': {
      'with-expression': { label: 'Solo cuando hablo, sonrío o frunzo los labios', help: 'Se borran cuando la boca descansa.' },
      'at-rest': { label: 'También con la boca relajada', help: 'Siguen ahí aunque no haga ningún gesto.' },
    },
    'marionette-lines': {
      'with-expression': { label: 'Las comisuras se me bajan al hablar o fruncir el ceño', help: 'Las líneas se marcan más cuando bajan las comisuras.' },
      'at-rest': { label: 'Las líneas siguen con la cara relajada', help: 'Se quedan aunque la boca descanse.' },
      'lost-volume': { label: 'La zona se ve hundida o caída', help: 'Debajo de las comisuras se ha perdido volumen.' },
    },
    chin: {
      'with-expression': { label: 'El mentón se me arruga al hablar', help: 'Un aspecto de "piel de naranja" que aparece con el movimiento.' },
      'lost-volume': { label: 'Mi mentón se ve pequeño o hacia atrás', help: 'Le falta forma o proyección, sobre todo de perfil.' },
    },
  },
  flags: {
    'under-18': 'Tengo menos de 18 años',
    'age-18-to-21': 'Tengo entre 18 y 21 años',
    'pregnant-or-breastfeeding': 'Estoy embarazada o amamantando',
    'active-skin-infection': 'Tengo una infección, un sarpullido o una llaga abierta donde me tratarían',
    'recent-illness-vaccine-or-dental-work': 'Estuve enfermo/a hace poco, me vacunaron o me hicieron un trabajo dental, o lo tengo programado',
    'allergy-to-ingredients': 'He tenido una reacción alérgica a la toxina botulínica, la lidocaína o un relleno, o tengo varias alergias graves',
    'neuromuscular-condition': 'Tengo una enfermedad neuromuscular (como miastenia grave, síndrome de Lambert-Eaton o ELA)',
    'bleeding-disorder': 'Tengo un trastorno de la coagulación',
    'blood-thinners': 'Tomo anticoagulantes, o me salen moretones con facilidad',
    'cold-sores': 'Me salen fuegos o herpes labial',
    'immune-condition': 'Tengo una enfermedad autoinmune, o tomo medicamentos que bajan las defensas',
    'previous-filler-or-implant': 'Tengo relleno o un implante permanente en una zona que elegí',
  },
  ages: { 'under-18': 'Menos de 18', '18-to-21': 'De 18 a 21', '22-or-older': '22 o más' },
  safetyGroups: { age: 'Su edad', now: 'En este momento', health: 'Su salud' },
  treatments: {
    neuromodulator: {
      name: 'Neuromodulador (como Botox)',
      summary: 'Pequeñas inyecciones relajan los músculos que arrugan la piel, y así pueden suavizarse las líneas de expresión.',
    },
    filler: {
      name: 'Relleno de ácido hialurónico',
      summary: 'Un gel de ácido hialurónico, una sustancia que su cuerpo produce, puede devolver el volumen perdido y suavizar líneas y pliegues.',
    },
    combination: {
      name: 'Ambos, en un solo plan',
      summary: 'Un neuromodulador para las líneas de movimiento y un relleno para el volumen o las líneas que aquel no alcanza. Un profesional ajusta la combinación.',
    },
    'consult-first': {
      name: 'Consulte primero a un profesional',
      summary: 'Una de sus respuestas de salud indica que un profesional con licencia debe evaluarle en persona antes de cualquier inyectable.',
    },
    'not-now': {
      name: 'Por ahora, no',
      summary: 'Algo en sus respuestas indica que los inyectables deben esperar. Esto es lo que puede hacer mientras tanto.',
    },
  },
  disclaimer:
    'Solo con fines educativos; no es un consejo médico ni un diagnóstico. Solo un profesional con licencia que le examine puede recomendar un tratamiento, y los resultados varían de una persona a otra.',
  mirrorCheck:
    'Prueba del espejo: relaje la cara y mire al frente. Las líneas que ve ahora están ahí en reposo. Luego levante las cejas, frunza el ceño y entrecierre los ojos: las líneas que aparecen solo entonces son de expresión.',

};
