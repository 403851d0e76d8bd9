import { describeProtests } from '../../pipeline/protests.js';

describeProtests('ru', {
  protest: { text: 'В воскресенье тысячи человек вышли на митинг в Тбилиси.', place: 'Tbilisi', act: 'митинг' },
  riot: { text: 'В понедельник в Дакаре начались беспорядки после выборов.', place: 'Dakar', act: 'беспорядки' },
  notProtest: { text: 'В марте российская ракета попала в жилой дом в Харькове.', place: 'Kharkiv', act: 'ракета' },
});
