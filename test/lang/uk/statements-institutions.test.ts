import { describeInstitutionStatements } from '../../pipeline/institution-statements.js';

describeInstitutionStatements('uk', [
  { text: 'Повітряні сили ЗСУ повідомили у Telegram: «Уночі збито 30 ударних дронів над Київською областю».', speaker: { name: 'Повітряні сили ЗСУ', role: 'military' }, platform: 'Telegram', claim: ['intercepted', 30] },
]);
