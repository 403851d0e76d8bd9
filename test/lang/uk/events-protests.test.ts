import { describeProtests } from '../../pipeline/protests.js';

describeProtests('uk', {
  protest: { text: 'У неділю тисячі людей вийшли на мітинг у Тбілісі.', place: 'Tbilisi', act: 'мітинг' },
  riot: { text: 'У понеділок у Дакарі почалися заворушення після виборів.', place: 'Dakar', act: 'заворушення' },
  notProtest: { text: 'У березні російська ракета влучила в житловий будинок у Харкові.', place: 'Kharkiv', act: 'ракета' },
});
