import { describeInstitutionStatements } from '../../pipeline/institution-statements.js';

describeInstitutionStatements('ru', [
  { text: 'Минобороны России сообщило: «За ночь силы ПВО уничтожили 44 украинских беспилотника».', speaker: { name: 'Минобороны России', role: 'minister' }, claim: ['intercepted', 44] },
]);
