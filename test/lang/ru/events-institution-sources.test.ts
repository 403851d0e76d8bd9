import { describeInstitutionSources } from '../../pipeline/institution-sources.js';

describeInstitutionSources('ru', {
  emergency: { text: 'Ракета попала в жилой дом в Белгороде, погибли два человека, сообщили в МЧС.', source: { role: 'emergency' }, words: 'МЧС' },
  health: { text: 'В понедельник удар по Донецку унес жизни трех человек, сообщили в Минздраве.', source: { role: 'health' }, words: 'Минздраве' },
});
