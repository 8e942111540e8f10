import type { MedicalStrings } from './types';

// Spanish for New Mexico visitors: neutral Latin American Spanish, "usted" register.
export const es: MedicalStrings = {
  areas: {
    forehead: { label: 'Líneas de la frente', hint: 'Líneas horizontales en la frente' },
    'frown-lines': { label: 'Líneas del entrecejo (el "11")', hint: 'Líneas verticales entre las cejas' },
    'crows-feet': { label: 'Patas de gallo', hint: 'Líneas en las esquinas externas de los ojos' },
    cheeks: { label: 'Mejillas', hint: 'Mejillas planas o hundidas' },
    temples: { label: 'Sienes', hint: 'Hundimientos a los lados de la frente' },
    'under-eyes': { label: 'Debajo de los ojos', hint: 'Ojeras hundidas' },
    lips: { label: 'Labios', hint: 'Labios delgados o con menos forma' },
    'lip-lines': { label: 'Líneas de los labios', hint: 'Arrugas finas alrededor de la boca' },
    'nasolabial-folds': { label: 'Surcos nasogenianos', hint: 'Pliegues de la nariz a las comisuras de la boca' },
    'marionette-lines': { label: 'Líneas de marioneta', hint: 'Líneas de las comisuras de la boca hacia el mentón' },
    chin: { label: 'Mentón', hint: 'Mentón pequeño o retraído' },
    jawline: { label: 'Línea de la mandíbula', hint: 'Mandíbula con menos definición' },
    masseter: { label: 'Músculo de la mandíbula (masetero)', hint: 'Mandíbula ancha o cuadrada, o apretar los dientes' },
    'neck-bands': { label: 'Bandas del cuello', hint: 'Bandas verticales en el cuello' },
  },
  appearances: {
    'with-expression': {
      label: 'Solo cuando hago un gesto',
      help: 'Aparecen al levantar las cejas, fruncir el ceño, entrecerrar los ojos o sonreír, y se borran al relajar la cara.',
    },
    'at-rest': { label: 'Incluso con la cara relajada', help: 'Siguen ahí con la cara en reposo.' },
    'lost-volume': { label: 'Se ve hundido, plano o más delgado', help: 'La zona ha perdido volumen o forma más que tener una línea.' },
    'not-sure': { label: 'No estoy seguro/a', help: 'No pasa nada: un profesional mirará su cara en reposo y en movimiento.' },
  },
  flags: {
    'pregnant-or-breastfeeding': 'Estoy embarazada o amamantando',
    'neuromuscular-condition': 'Tengo una enfermedad neuromuscular (como miastenia gravis, síndrome de Lambert-Eaton o ELA)',
    'allergy-to-ingredients': 'He tenido una reacción alérgica a la toxina botulínica, la lidocaína o un relleno, o tengo varias alergias graves',
    'active-skin-infection': 'Tengo una infección, un herpes labial o la piel inflamada donde me tratarían',
    'blood-thinners': 'Tomo anticoagulantes, o me salen moretones o sangro con facilidad',
    'under-18': 'Tengo menos de 18 años',
  },
  treatments: {
    neuromodulator: {
      name: 'Neuromodulador (como Botox)',
      summary: 'Pequeñas inyecciones relajan los músculos que arrugan la piel, y así se suavizan las líneas de expresión.',
    },
    filler: {
      name: 'Relleno de ácido hialurónico',
      summary: 'Un gel de ácido hialurónico, una sustancia que su cuerpo produce, devuelve el volumen perdido y suaviza líneas y pliegues.',
    },
    combination: {
      name: 'Ambos, en un plan',
      summary: 'Un neuromodulador para las líneas de movimiento y un relleno para el volumen o las líneas que aquel no corrige. Un profesional ajusta la combinación.',
    },
    'consult-first': {
      name: 'Consulte primero a un profesional',
      summary: 'Algo en sus respuestas indica que un profesional con licencia debe evaluarle en persona antes de cualquier inyectable.',
    },
  },
  reasons: {
    'upper-face-dynamic':
      'Las líneas que aparecen solo al mover la cara vienen del movimiento repetido del músculo. Un neuromodulador relaja ese músculo y suaviza estas líneas dinámicas.',
    'upper-face-etched':
      'Las líneas que se ven con la cara relajada ya están marcadas. Relajar el músculo ayuda a que no se hagan más profundas, y se puede añadir un relleno para el surco que queda.',
    'upper-face-unsure':
      'Las líneas en esta zona suelen venir del movimiento del músculo, así que un neuromodulador es el punto de partida habitual. Un profesional lo confirmará mirando su cara en reposo y en movimiento.',
    'lip-lines-dynamic':
      'Las líneas alrededor de los labios que se ven al hablar o fruncir la boca vienen del movimiento del músculo y de una piel más fina. Un relleno suave las alisa, y algunos profesionales añaden una pequeña dosis de neuromodulador, un uso no aprobado específicamente para esta zona.',
    'lip-lines-static':
      'Las líneas alrededor de los labios que siguen con la cara relajada se pueden suavizar con un relleno suave de ácido hialurónico hecho para la zona de la boca.',
    'volume-hollows':
      'Los hundimientos y el aplanamiento vienen de la pérdida de volumen. Un neuromodulador no puede añadir volumen; un relleno de ácido hialurónico lo devuelve.',
    'volume-lips': 'Los labios que se afinan son cuestión de volumen. Un relleno de ácido hialurónico añade volumen y forma de inmediato.',
    'volume-folds':
      'Estos pliegues se marcan más al sonreír, pero vienen de la pérdida de volumen y soporte, no del músculo, por eso los trata un relleno y no el Botox.',
    'neuromodulator-areas':
      'Una mandíbula ancha por un músculo de masticar fuerte y las bandas verticales del cuello vienen del músculo; por eso lo habitual es un neuromodulador, que lo relaja.',
    'volume-contour':
      'La definición del mentón y de la mandíbula depende del soporte bajo la piel. Un relleno de ácido hialurónico devuelve ese soporte.',
    'safety-see-provider':
      'Una de sus respuestas de salud indica que un profesional con licencia debe verle en persona antes de cualquier tratamiento inyectable.',
    'safety-neuromuscular':
      'Con una enfermedad neuromuscular, los neuromoduladores tienen más riesgo de causar debilidad grave, así que un profesional debe decidir si uno es seguro para usted.',
  },
  cautions: {
    'pregnant-or-breastfeeding':
      'Los neuromoduladores no se han estudiado en el embarazo y no se recomiendan durante el embarazo ni la lactancia, y la seguridad de los rellenos en el embarazo no está establecida. Deje el tratamiento para más adelante y hable con su profesional.',
    'neuromuscular-condition':
      'Enfermedades como la miastenia gravis, el síndrome de Lambert-Eaton o la ELA aumentan el riesgo de debilidad grave con un neuromodulador, incluso dificultad para tragar o respirar. Dígaselo a su profesional antes de cualquier tratamiento.',
    'allergy-to-ingredients':
      'Una alergia a la toxina botulínica, la albúmina humana, la lidocaína o un ingrediente de los rellenos, o antecedentes de alergias graves, pueden descartar un producto. Lleve el nombre de lo que le causó la reacción.',
    'active-skin-infection': 'El tratamiento espera hasta que se cure la infección, el herpes o la inflamación en la zona a inyectar.',
    'blood-thinners':
      'Los anticoagulantes y los problemas de sangrado hacen más probables los moretones. Nunca deje un medicamento recetado por su cuenta: pregunte al médico que se lo recetó y avise a quien le inyecte.',
    'under-18':
      'Los neuromoduladores cosméticos están aprobados para adultos, y los rellenos para mayores de 21 años. Un profesional y su madre, padre o tutor deben participar en cualquier decisión.',
  },
  noRule: 'No pudimos relacionar esta respuesta con una regla, así que un profesional debe orientarle.',
  comparison: {
    title: 'Neuromodulador o relleno: en qué se diferencian',
    rows: {
      howItWorks: {
        label: 'Cómo funciona',
        neuromodulator: 'Bloquea la señal del nervio que contrae el músculo; el músculo se relaja y la línea encima se suaviza.',
        filler: 'Un gel de ácido hialurónico retiene agua y añade volumen bajo la piel, rellena hundimientos y alisa pliegues.',
      },
      treats: {
        label: 'Qué trata',
        neuromodulator: 'Líneas de expresión: líneas de la frente, del entrecejo y patas de gallo.',
        filler: 'Volumen perdido y líneas en reposo: mejillas, sienes, ojeras hundidas, labios, surcos nasogenianos y líneas de marioneta, líneas de los labios, mentón y mandíbula.',
      },
      onset: {
        label: 'Cuándo se nota',
        neuromodulator: 'Empieza en pocos días y alcanza su efecto completo en unas dos semanas.',
        filler: 'De inmediato; la hinchazón o los moretones pueden tardar unos días en bajar.',
      },
      lasts: {
        label: 'Cuánto dura',
        neuromodulator: 'Unos 3 a 4 meses con la mayoría de los productos.',
        filler: 'Unos 6 a 12 meses según el producto, y algunos duran más.',
      },
      brands: {
        label: 'Ejemplos',
        neuromodulator: 'Botox Cosmetic, Dysport, Xeomin, Jeuveau, Daxxify, Letybo',
        filler: 'Las familias Juvéderm y Restylane',
      },
    },
    risks:
      'Ambos son tratamientos médicos con riesgos poco frecuentes pero graves que su profesional le explicará: el efecto de un neuromodulador puede extenderse más allá de la zona tratada, y un relleno puede, rara vez, entrar en un vaso sanguíneo. Busque atención de inmediato si tiene dificultad para tragar, hablar, respirar o ver después de un tratamiento.',
  },
  disclaimer:
    'Solo con fines educativos; no es un consejo médico ni un diagnóstico. Solo un profesional con licencia que le examine puede recomendar un tratamiento, y los resultados varían de una persona a otra.',
  mirrorCheck:
    'Prueba del espejo: relaje la cara y mire al frente. Las líneas que ve ahora están en reposo. Luego levante las cejas, frunza el ceño y entrecierre los ojos: las líneas que aparecen solo entonces son de expresión.',
};
