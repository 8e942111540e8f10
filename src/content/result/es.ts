import type { ResultWords } from '../types';

// Spanish for New Mexico visitors: natural US Hispanic usage, "usted" throughout, written for
// the reader rather than translated word for word. Same sources as en.ts (sources.ts).
// The words of the result page: a separate file, loaded with the result.
export const words: ResultWords = {
  approvals: {
    forehead: 'Botox Cosmetic está aprobado por la FDA para las líneas de la frente (2017), y Xeomin para las líneas de la parte superior de la cara (2024).',
    'frown-lines': 'Todos los neuromoduladores cosméticos que se venden en EE. UU. están aprobados por la FDA para el entrecejo.',
    'crows-feet': 'Botox Cosmetic está aprobado por la FDA para las patas de gallo (2013), y Xeomin para las líneas de la parte superior de la cara (2024).',
    cheeks: 'Rellenos de ácido hialurónico como Juvéderm Voluma XC y Restylane Contour están aprobados por la FDA para dar volumen a las mejillas.',
    temples: 'Juvéderm Voluma XC está aprobado por la FDA para las sienes hundidas (2024), el primer relleno de ácido hialurónico para esta zona.',
    'under-eyes': 'Solo algunos rellenos están aprobados por la FDA aquí: Juvéderm Volbella XC (2022) y Restylane Eyelight (2023).',
    lips: 'Rellenos de ácido hialurónico como Juvéderm Volbella XC y Restylane Kysse están aprobados por la FDA para los labios.',
    'lip-lines': 'Rellenos como Juvéderm Volbella XC y Restylane Kysse están aprobados por la FDA para las líneas alrededor de la boca; ningún neuromodulador lo está.',
    'nasolabial-folds': 'Rellenos como Juvéderm Vollure XC y Restylane Refyne están aprobados por la FDA para estos pliegues.',
    'marionette-lines': 'Los rellenos están aprobados por la FDA para arrugas y pliegues de la cara como estos; ningún neuromodulador está aprobado aquí.',
    chin: 'Juvéderm Voluma XC y Restylane Defyne están aprobados por la FDA para el mentón; usar un neuromodulador para el mentón con hoyuelos es un uso no aprobado.',
    jawline: 'Juvéderm Volux XC está aprobado por la FDA para definir la mandíbula (2022).',
    masseter: 'Ningún neuromodulador está aprobado por la FDA para el músculo de la mandíbula: tratarlo es un uso no aprobado.',
    'neck-bands': 'Botox Cosmetic está aprobado por la FDA para las bandas verticales del cuello (platisma) (2024).',
  },
  reasons: {
    'upper-face-dynamic':
      'Las líneas que aparecen solo al mover la cara vienen del movimiento repetido del músculo. Un neuromodulador relaja ese músculo, y así pueden suavizarse.',
    'upper-face-etched':
      'Las líneas que se ven con la cara relajada ya están marcadas. Aun así, un neuromodulador es el punto de partida: pueden suavizarse con tratamientos repetidos, y las más profundas pueden necesitar otros tratamientos que elija su profesional. El relleno en esta zona es una opción de alto riesgo y no aprobada que solo un profesional puede considerar; nunca la sugerimos.',
    'upper-face-unsure':
      'Las líneas en esta zona suelen venir del movimiento del músculo, así que un neuromodulador es el punto de partida habitual. Un profesional lo confirma al ver su cara en reposo y en movimiento.',
    'lip-lines-dynamic':
      'Las líneas alrededor de los labios que se ven al hablar o fruncir la boca vienen del movimiento del músculo y de una piel más fina. Un relleno suave puede alisarlas, y algunos profesionales añaden una pequeña dosis de neuromodulador, un uso no aprobado en esta zona.',
    'lip-lines-static':
      'Las líneas alrededor de los labios que siguen con la cara relajada pueden suavizarse con un relleno suave de ácido hialurónico hecho para la zona de la boca.',
    'marionette-dynamic':
      'Un músculo que baja las comisuras de la boca marca más estas líneas. Un relleno puede devolver el soporte, y algunos profesionales también relajan ese músculo con un neuromodulador, un uso no aprobado.',
    'marionette-volume':
      'Las líneas que bajan desde las comisuras vienen de la pérdida de volumen y soporte. Un relleno de ácido hialurónico puede devolverlo.',
    'chin-dimpled':
      'El mentón con hoyuelos o "piel de naranja" viene de un músculo del mentón muy activo. Un neuromodulador puede relajarlo; es un uso no aprobado que decide su profesional.',
    'chin-volume': 'Un mentón pequeño o retraído es cuestión de soporte. Un relleno de ácido hialurónico puede darle forma y proyección.',
    masseter:
      'Una mandíbula ancha o cuadrada, o apretar los dientes, suele venir de un músculo masticador fuerte. Algunos profesionales lo relajan con un neuromodulador, un uso no aprobado: ninguno está aprobado por la FDA para esto.',
    'neck-bands': 'Las bandas verticales del cuello vienen del músculo platisma. Botox Cosmetic está aprobado por la FDA para tratarlas.',
    'volume-hollows':
      'Los hundimientos y el aplanamiento vienen de la pérdida de volumen. Un neuromodulador no puede añadir volumen; un relleno de ácido hialurónico puede devolverlo.',
    'volume-under-eyes':
      'La zona hundida debajo de los ojos viene de la pérdida de volumen. Es una zona avanzada: solo algunos rellenos están aprobados para ella, así que elija a alguien con mucha experiencia. Las ojeras oscuras y las bolsas casi nunca se tratan con relleno.',
    'volume-lips': 'Los labios que se afinan son cuestión de volumen. Un relleno de ácido hialurónico puede darles volumen y forma de inmediato.',
    'volume-folds':
      'Las líneas de la sonrisa se marcan más al sonreír, pero vienen de la pérdida de volumen y soporte, no del músculo; por eso las trata un relleno y no un neuromodulador.',
    'volume-jawline': 'La definición de la mandíbula depende del soporte bajo la piel. Un relleno de ácido hialurónico puede devolverlo.',
    'safety-pregnancy':
      'Espere hasta después del embarazo y la lactancia: no se ha establecido que los inyectables sean seguros en esa etapa.',
    'safety-skin-infection': 'Espere a que la infección, el sarpullido o la llaga sanen por completo: el tratamiento es solo para piel sana.',
    'safety-under-18': 'Los inyectables cosméticos son para adultos. Si algo de su cara le preocupa, hable con su mamá, papá o tutor y con su médico.',
    'safety-age-18-to-21': 'La FDA aprueba los rellenos para adultos de 22 años o más, así que un profesional debe evaluarle antes de cualquier relleno.',
    'safety-allergy': 'Una alergia a un ingrediente puede descartar un producto, así que un profesional debe revisarla con usted antes de cualquier tratamiento.',
    'safety-neuromuscular':
      'Con una enfermedad neuromuscular, un neuromodulador tiene más riesgo de causar debilidad grave. Su médico y un profesional deben decidir juntos si es seguro para usted.',
    'safety-neuromuscular-combination':
      'Con una enfermedad neuromuscular, la parte del neuromodulador necesita la aprobación de su médico; la parte del relleno todavía puede ayudarle.',
    'safety-bleeding':
      'La FDA indica que los rellenos pueden no ser adecuados para personas con trastornos de la coagulación, así que un profesional debe evaluarle primero.',
  },
  cautions: {
    'under-18': 'Los neuromoduladores están aprobados para adultos, y los rellenos para personas de 22 años o más.',
    'age-18-to-21':
      'Los usos aprobados por la FDA de los rellenos son para personas de 22 años o más, y los neuromoduladores están aprobados para adultos. Un profesional debe evaluarle antes de cualquier relleno.',
    'pregnant-or-breastfeeding':
      'No se ha demostrado que los neuromoduladores sean seguros en el embarazo, y la seguridad de los rellenos en el embarazo y la lactancia no está establecida.',
    'active-skin-infection': 'Las indicaciones de los productos descartan inyectar donde hay una infección.',
    'recent-illness-vaccine-or-dental-work':
      'Se ha reportado hinchazón cerca de un relleno después de una enfermedad, una vacuna o un trabajo dental, a veces semanas después. Suele tener tratamiento. Avísele a su profesional para que planee el momento.',
    'allergy-to-ingredients':
      'Una alergia a la toxina botulínica, la albúmina humana, la lidocaína o un ingrediente de los rellenos, o antecedentes de alergias graves, pueden descartar un producto. Lleve el nombre de lo que le causó la reacción.',
    'neuromuscular-condition':
      'Enfermedades como la miastenia grave, el síndrome de Lambert-Eaton o la ELA aumentan el riesgo de debilidad grave con un neuromodulador, incluso dificultad para tragar o respirar. Dígaselo a su médico y a su profesional antes de cualquier tratamiento.',
    'bleeding-disorder': 'Lleve a la consulta su diagnóstico y el nombre de su médico.',
    'blood-thinners':
      'Los anticoagulantes hacen más probables los moretones y el sangrado. Nunca deje de tomar un medicamento recetado por su cuenta: pregunte al médico que se lo recetó y avise a quien le vaya a inyectar.',
    'cold-sores': 'Las inyecciones cerca de los labios pueden hacer que vuelva el herpes labial. Avise a su profesional antes de tratar la zona de la boca.',
    'immune-condition':
      'No se ha establecido la seguridad de los rellenos con una enfermedad autoinmune o con tratamientos que bajan las defensas. Cuéntele a su profesional su condición y sus medicamentos.',
    'previous-filler-or-implant':
      'No se ha establecido la seguridad de un relleno sobre otro relleno o un implante permanente. Dígale a su profesional qué le pusieron, dónde y cuándo.',
  },
  noRule: 'No pudimos relacionar esta respuesta con una regla, así que un profesional debe orientarle.',
  comparison: {
    title: 'Neuromodulador o relleno: en qué se diferencian',
    rows: {
      howItWorks: {
        label: 'Cómo funciona',
        neuromodulator: 'Bloquea la señal del nervio que contrae el músculo; el músculo se relaja y la línea encima puede suavizarse.',
        filler: 'Un gel de ácido hialurónico retiene agua y añade volumen bajo la piel, y así puede rellenar hundimientos y alisar pliegues.',
      },
      treats: {
        label: 'Aprobado por la FDA para',
        neuromodulator:
          'Entrecejo, patas de gallo y líneas de la frente; Botox Cosmetic también para las bandas del cuello (platisma). Otros usos, como el músculo de la mandíbula, no están aprobados.',
        filler:
          'Volumen perdido y líneas: mejillas, sienes, hundimiento bajo los ojos, labios, líneas alrededor de la boca, líneas de la sonrisa y otros pliegues, mentón y mandíbula, cada uno con productos específicos.',
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
    trademarks:
      'Botox Cosmetic, Dysport, Xeomin, Jeuveau, Daxxify, Letybo, Juvéderm y Restylane son marcas de sus respectivos dueños, que no tienen relación con este cuestionario.',
    risks:
      'El efecto de un neuromodulador puede extenderse más allá de la zona tratada y causar dificultad para tragar, hablar o respirar, desde horas hasta semanas después de la inyección: si eso pasa, busque atención médica de inmediato. Un relleno que entra en un vaso sanguíneo puede taparlo y causar daño en la piel, pérdida de la vista o un derrame cerebral. Es poco frecuente, pero un dolor fuera de lo normal, piel que se pone blanca u oscura, o cualquier cambio en la vista después de un relleno significa volver de inmediato. La hinchazón y los moretones en la zona tratada son comunes y se quitan solos.',
    riskSummary: 'Ambos tienen riesgos poco frecuentes pero graves: conozca las señales de alarma antes de pedir cita.',
    approvalsTitle: 'Aprobación de la FDA para sus zonas',
  },
};
