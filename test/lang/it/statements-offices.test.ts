import { describeSpeakerOffices } from '../../pipeline/speaker-offices.js';

describeSpeakerOffices('it', [
  { text: 'Il portavoce del Cremlino Dmitry Peskov ha detto ai giornalisti: "Non commentiamo le perdite".', name: 'Dmitry Peskov', role: 'spokesperson' },
  { text: 'Il presidente ucraino, Volodymyr Zelensky, ha scritto su X: "Basta attacchi contro le città".', name: 'Volodymyr Zelensky', role: 'president' },
]);
