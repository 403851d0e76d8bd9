import { describeInstitutionStatements } from '../../pipeline/institution-statements.js';

describeInstitutionStatements('it', [
  { text: 'L\'aeronautica ucraina ha scritto su Telegram: "Nella notte abbiamo abbattuto 30 droni russi".', speaker: { name: 'aeronautica ucraina', role: 'military' }, platform: 'Telegram', claim: ['intercepted', 30] },
]);
