import { describeGroundViolence } from '../../pipeline/ground-violence.js';

describeGroundViolence('ru', {
  openFire: { text: 'В Казани мужчина открыл огонь в торговом центре, погибли три человека.', place: 'Kazan', act: 'открыл огонь', killed: 3 },
  shootings: [
    { text: 'Стрельба в Самаре: погибли два человека.', place: 'Samara', act: 'Стрельба', killed: 2 },
    { text: 'В Самаре неизвестный застрелил мужчину у подъезда.', place: 'Samara', act: 'застрелил', killed: 1 },
    { text: 'В Курске неизвестный зарезал двух мирных жителей.', place: 'Kursk', act: 'зарезал', killed: 2 },
  ],
  gunfight: { text: 'Суданская армия и бойцы СБР вступили в перестрелку в Омдурмане, погибли 15 человек.', place: 'Omdurman', act: 'перестрелку', killed: 15 },
  groupRaid: {
    text: 'Боевики Сил быстрого реагирования напали на деревню под Омдурманом и убили 12 мирных жителей.',
    place: 'Omdurman', act: 'напали', killed: 12, actorText: 'Боевики Сил быстрого реагирования',
  },
  israeliStrike: {
    text: 'В результате израильского авиаудара по Хан-Юнису погибли пять человек.',
    place: 'Khān Yūnis', act: 'авиаудара', killed: 5, actorText: 'израильского авиаудара',
  },
  // "обстрел" is shelling, not "стрельба"
  shelling: { text: 'Российские войска обстреляли Херсон, погибли два человека.', place: 'Kherson', act: 'обстреляли', killed: 2 },
  shotDown: { text: 'Силы ПВО сбили 20 беспилотников над Белгородом.', place: 'Belgorod', act: 'сбили' },
  stateAttack: { text: 'ВСУ атаковали Белгород ночью.', place: 'Belgorod', act: 'атаковали', actor: 'Military Forces of Ukraine', actorText: 'ВСУ' },
});
