import { describeInstitutionSources } from '../../pipeline/institution-sources.js';

describeInstitutionSources('ru', {
  emergency: { text: 'Ракета попала в жилой дом в Белгороде, погибли два человека, сообщили в МЧС.', source: { name: 'МЧС', role: 'emergency' }, words: 'МЧС' },
  health: { text: 'В понедельник удар по Донецку унес жизни трех человек, сообщили в Минздраве.', source: { name: 'Минздраве', role: 'health' }, words: 'Минздраве' },
  body: { text: 'В понедельник на Купянском направлении ВСУ 12 раз атаковали российские позиции, сообщило Минобороны России.', source: { name: 'Минобороны России', role: 'minister' }, words: 'Минобороны России' },
});
