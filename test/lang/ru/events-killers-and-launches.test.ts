import { describeKillersAndLaunches } from '../../pipeline/killers-and-launches.js';

describeKillersAndLaunches('ru', {
  killer: { text: 'В понедельник в Белгороде мужчина убил двух соседей.', place: 'Belgorod', victims: 'убил двух' },
  execution: { text: 'В воскресенье боевики расстреляли 20 жителей деревни в штате Борно.', place: 'Borno State', victims: 'расстреляли 20' },
  rockets: { text: 'В понедельник боевики ХАМАС выпустили десятки ракет по Ашкелону.', place: 'Ashkelon', weapon: 'десятки ракет', actor: 'Hamas Movement' },
  firedAndDowned: { text: 'Ночью Россия выпустила 40 ракет по Украине, 30 из них были сбиты.', place: 'Ukraine' },
  partOfWhole: { text: 'В понедельник ПВО сбила 50 из 72 беспилотников над Брянской областью.', place: 'Bryansk Oblast', weapons: '50 из 72 беспилотников' },
});
